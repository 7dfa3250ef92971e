"""The desk's day at a glance, for when no visitor is chosen: how many checked in today,
who is on site, who is expected next, the last few check-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from ..domain.planning import is_late
from ..domain.roles import Permission
from ..store import visits as store
from . import clock
from ._convert import log_row_view, visit_view
from .access import authorize
from .views import VisitView
from .visit_log import LogFilter


@dataclass(frozen=True)
class TodayView:
    checked_in: int  # visits checked in today (the computer's local day)
    on_site: int  # on site now, whenever they came
    expected: int  # planned for today and not arrived yet, late ones included
    late: int  # of those, expected before now
    next_expected: VisitView | None  # the first expected from now on
    recent: tuple[VisitView, ...]  # today's last check-ins, newest first


def today_at_desk(actor_id: int, recent: int = 5) -> TodayView:
    """Today's numbers and the ``recent`` last check-ins; every query an index range."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    day = clock.local(now).date()
    since = clock.local_day_start(day)
    until = clock.local_day_start(day + timedelta(days=1))
    expected = [visit_view(v) for v in store.planned_between(since, until)]
    today = LogFilter(since=since, until=until)
    return TodayView(
        checked_in=store.count_log(today),
        on_site=store.count_on_site(),
        expected=len(expected),
        late=sum(1 for v in expected if is_late(v.expected_at, now)),
        next_expected=next(
            (v for v in expected if v.expected_at is not None and not is_late(v.expected_at, now)),
            None,
        ),
        recent=tuple(log_row_view(row) for row in store.log_page(today, recent, None)),
    )
