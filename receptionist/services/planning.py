"""Expected visitors: planning a visit ahead, the day's list, checking an expected visitor
in with one action, no-shows, and who is still on site at closing time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ..domain.enums import Purpose, Station, VisitStatus
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.invite_code import new_invite_code, parse_invite_code
from ..domain.roles import Permission
from ..domain.validation import clean_note, clean_party_size
from ..store import audit
from ..store import customers as customer_store
from ..store import visits as store
from ..store.connection import transaction
from . import clock
from ._convert import visit_view
from .access import authorize
from .settings import kiosk_settings
from .views import VisitView
from .visits import active_host_id, arrive_planned, parse_purpose, suggested_flow

PLAN_AHEAD_DAYS = 366


def _check_expected_at(expected_at: datetime) -> datetime:
    if expected_at.tzinfo is None:
        raise ValidationError("expected_at_invalid", field="expected_at")
    now = clock.now()
    today = clock.local(now).date()
    day = clock.local(expected_at).date()
    if day < today:
        raise ValidationError("expected_at_past", field="expected_at")
    if day > today + timedelta(days=PLAN_AHEAD_DAYS):
        raise ValidationError("expected_at_far", field="expected_at")
    return expected_at


def _unique_invite_code() -> str:
    while True:
        code = new_invite_code()
        if store.by_invite_code(code) is None:
            return code


def plan_visit(
    actor_id: int,
    *,
    customer_id: int,
    purpose: str | Purpose,
    expected_at: datetime,
    host_id: int | None = None,
    party_size: int | str = 1,
    note: str = "",
) -> VisitView:
    """Plan a visit: the customer is expected at ``expected_at``. The visit gets an
    invitation code (its ``code`` until check-in gives it a visit code)."""
    authorize(actor_id, Permission.DESK)
    purpose = parse_purpose(purpose)
    expected_at = _check_expected_at(expected_at)
    size = clean_party_size(party_size)
    note = clean_note(note)
    now = clock.now()
    with transaction():
        customer = customer_store.get(customer_id)
        if customer is None:
            raise NotFound("customer_unknown")
        host = active_host_id(host_id)
        invite = _unique_invite_code()
        row = store.insert(
            code=invite,
            invite_code=invite,
            expected_at=expected_at,
            customer=customer.id,
            purpose=str(purpose),
            flow=str(suggested_flow(customer.id, purpose)),
            category=customer.category,
            host=host,
            receptionist=actor_id,
            party_size=size,
            room="",
            note=note,
            status=str(VisitStatus.PLANNED),
            station=str(Station.DESK),
        )
        audit.record(
            now, actor_id, "visit.plan", "visit", row.id, invite_code=invite, purpose=str(purpose)
        )
    return visit_view(store.existing(row.id))


def planned_row(text: str):
    """The visit of an invitation code as typed or scanned, or NotFound."""
    code = parse_invite_code(text)
    row = store.by_invite_code(code) if code else None
    if row is None:
        raise NotFound("invite_unknown", field="code")
    return row


def invitation(actor_id: int, text: str) -> VisitView:
    """The visit an invitation code belongs to, whatever its status."""
    authorize(actor_id, Permission.DESK)
    return visit_view(planned_row(text))


def expected_on(actor_id: int, day: date | None = None) -> list[VisitView]:
    """Visitors expected on ``day`` (default today) who have not arrived, earliest first."""
    authorize(actor_id, Permission.DESK)
    day = day or clock.local(clock.now()).date()
    rows = store.planned_between(
        clock.local_day_start(day), clock.local_day_start(day + timedelta(days=1))
    )
    return [visit_view(v) for v in rows]


def check_in_expected(actor_id: int, visit_id: int) -> VisitView:
    """One action: the expected visitor is here."""
    authorize(actor_id, Permission.DESK)
    with transaction():
        row = store.by_id(visit_id)
        if row is None:
            raise NotFound("visit_id_unknown")
        return arrive_planned(actor_id, row, Station.DESK)


def cancel_planned(actor_id: int, visit_id: int) -> VisitView:
    authorize(actor_id, Permission.DESK)
    with transaction():
        row = store.by_id(visit_id)
        if row is None:
            raise NotFound("visit_id_unknown")
        # Guarded: a visitor who arrived at another station meanwhile stays on site.
        if not store.transition(row, VisitStatus.PLANNED, status=str(VisitStatus.CANCELLED)):
            raise Conflict("cancel_not_planned")
        audit.record(clock.now(), actor_id, "visit.cancel", "visit", row.id)
    return visit_view(store.existing(visit_id))


def mark_no_shows() -> int:
    """Planned visits whose day has ended become no-shows; how many did now."""
    now = clock.now()
    start_of_today = clock.local_day_start(clock.local(now).date())
    late = store.planned_before(start_of_today)
    if not late:
        return 0
    marked = 0
    with transaction():
        for row in store.planned_before(start_of_today):  # again, inside the transaction
            # Guarded: one arriving at another station now, or marked by another desk
            # already, is left as it is (and not counted twice).
            if store.transition(row, VisitStatus.PLANNED, status=str(VisitStatus.NO_SHOW)):
                audit.record(now, None, "visit.no_show", "visit", row.id, invite_code=row.code)
                marked += 1
    return marked


def after_closing(
    actor_id: int, now: datetime | None = None, on_site: list[VisitView] | None = None
) -> tuple[bool, list[VisitView]]:
    """Whether today's closing time has passed, and who should have been checked out by
    now: once it has, everyone on site; before it, those checked in on an earlier day
    (yesterday's forgotten check-outs are listed all morning, not only after closing).
    ``on_site`` is who is on site (default: read now), so a caller that has just read
    the board gets the same people."""
    authorize(actor_id, Permission.DESK)
    now = now or clock.now()
    past = clock.local(now).time() >= kiosk_settings().closing_time
    today = clock.local_day_start(clock.local(now).date())
    people = [visit_view(v) for v in store.on_site()] if on_site is None else on_site
    return past, [v for v in people if past or (v.check_in_at and v.check_in_at < today)]
