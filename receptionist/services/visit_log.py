"""The visit log (接待记录): pages of past visits for a filter, newest first, and how many
there are."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..domain.roles import Permission
from ..store import visits as store
from ..store.visits import LogFilter
from . import clock
from ._convert import log_row_view
from .access import authorize
from .customers import CustomerMatch, match_customers
from .views import VisitView

__all__ = [
    "VISITOR_IDS_MAX",
    "LogFilter",
    "count_visits",
    "log_filter_for_days",
    "page_after",
    "visit_log_page",
]

# A visitor filter holds at most this many customers as ids; a name shared by more is
# matched through the search index instead (store.visits.LogFilter).
VISITOR_IDS_MAX = 2000


def log_filter_for_days(
    actor_id: int,
    first: date | None = None,
    last: date | None = None,
    *,
    visitor: str = "",
    **filters,
) -> LogFilter:
    """A visit-log filter for whole local days from ``first`` to ``last`` (both included;
    None: open-ended); ``visitor`` is what the desk's search box takes (name, pinyin
    initials, phone, last four digits, company, visit code); ``filters`` are the other
    ``LogFilter`` fields."""
    authorize(actor_id, Permission.VISIT_LOG)
    match = (
        match_customers(actor_id, visitor, VISITOR_IDS_MAX) if visitor.strip() else CustomerMatch()
    )
    return LogFilter(
        since=clock.local_day_start(first) if first else None,
        until=clock.local_day_start(last + timedelta(days=1)) if last else None,
        customer_ids=match.ids,
        name_term=match.name_term,
        visitor_capped=match.capped,
        **filters,
    )


def visit_log_page(
    actor_id: int, flt: LogFilter, limit: int = 100, after: tuple[datetime, int] | None = None
) -> list[VisitView]:
    """One page of the visit log, newest first; pass the last row's
    ``(check_in_at, id)`` (``page_after``) as ``after`` for the next page."""
    authorize(actor_id, Permission.VISIT_LOG)
    return [log_row_view(row) for row in store.log_page(flt, limit, after)]


def page_after(row: VisitView) -> tuple[datetime, int]:
    """The ``after`` of the page that follows the visit-log row ``row``."""
    if row.check_in_at is None:  # never: the log lists checked-in visits only
        raise ValueError("a visit that was never checked in is no visit-log row")
    return row.check_in_at, row.id


def count_visits(actor_id: int, flt: LogFilter) -> int:
    """How many visits match ``flt`` (over millions of visits this takes a moment: call it
    off the GUI thread)."""
    authorize(actor_id, Permission.VISIT_LOG)
    return store.count_log(flt)
