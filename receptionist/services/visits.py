"""Check-in, check-out, the on-site board, playbooks during a visit, and the visit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from ..domain.enums import Category, Flow, Purpose, Station, VisitStatus
from ..domain.errors import Conflict, NotFound, PhoneTaken, ValidationError
from ..domain.flow import suggest_flow
from ..domain.planning import InvitationState, invitation_state
from ..domain.playbooks import PlaybookStep, playbook
from ..domain.roles import Permission
from ..domain.validation import clean_note, clean_party_size, clean_phone, clean_room
from ..domain.visit_code import day_key, format_visit_code
from ..store import audit
from ..store import customers as customer_store
from ..store import staff as staff_store
from ..store import stations as station_store
from ..store import visits as store
from ..store.connection import transaction
from . import clock
from ._convert import visit_view
from ._customer_guards import locked
from ._lookup import visit_row
from .access import authorize
from .checkout_codes import ensure_secret
from .complaints import customers_with_open_complaints, has_open_complaint
from .customers import parse_category, register_customer
from .outbox import notify_arrival
from .views import VisitView

__all__ = [
    "check_in",
    "check_in_walk_in",
    "check_out",
    "on_site_board",
    "parse_flow",
    "parse_purpose",
    "playbook_for",
    "set_playbook_step",
    "suggested_flow",
    "visit_by_code",
]


def parse_purpose(value: str | Purpose) -> Purpose:
    try:
        return Purpose(value)
    except ValueError:
        raise ValidationError("purpose_invalid", field="purpose") from None


def parse_flow(value: str | Flow) -> Flow:
    try:
        return Flow(value)
    except ValueError:
        raise ValidationError("flow_invalid", field="flow") from None


def suggested_flow(
    customer_id: int | None, purpose: str | Purpose, category: str | Category | None = None
) -> Flow:
    """The flow the desk pre-selects for this customer (None: a new one) and purpose:
    complaint handling when the customer has an open complaint."""
    purpose = parse_purpose(purpose)
    row = customer_store.get(customer_id) if customer_id is not None else None
    cat = Category(row.category) if row else parse_category(category or Category.PROSPECT)
    return suggest_flow(
        purpose=purpose,
        category=cat,
        previous_visits=row.visit_count if row else 0,
        has_open_complaint=row is not None and has_open_complaint(row.id),
    )


def playbook_for(category: str | Category, purpose: str | Purpose) -> tuple[PlaybookStep, ...]:
    return playbook(parse_category(category), parse_purpose(purpose))


def active_host_id(host_id: int | None) -> int | None:
    if host_id is None:
        return None
    row = staff_store.get(host_id)
    if row is None or not row.active:
        raise NotFound("host_unknown", field="host")
    return row.id


def check_in(
    actor_id: int,
    *,
    customer_id: int,
    purpose: str | Purpose,
    flow: str | Flow | None = None,
    host_id: int | None = None,
    party_size: int | str = 1,
    note: str = "",
    room: str = "",
    station: Station = Station.DESK,
) -> VisitView:
    """Check a known customer in. One transaction: the visit, its code, the customer's
    visit count and the audit entry are written together or not at all."""
    authorize(actor_id, Permission.DESK)
    return record_check_in(
        actor_id,
        customer_id=customer_id,
        purpose=purpose,
        flow=flow,
        host_id=host_id,
        party_size=party_size,
        note=note,
        room=room,
        station=station,
    )


def record_check_in(
    actor_id: int | None,
    *,
    customer_id: int,
    purpose: str | Purpose,
    flow: str | Flow | None = None,
    host_id: int | None = None,
    party_size: int | str = 1,
    note: str = "",
    room: str = "",
    station: Station = Station.DESK,
) -> VisitView:
    """``check_in`` for a caller that has checked who acts (``None``: the kiosk)."""
    purpose = parse_purpose(purpose)
    size = clean_party_size(party_size)
    note = clean_note(note)
    room = clean_room(room)
    now = clock.now()
    with transaction():
        customer = _arriving_customer(customer_id)
        host = active_host_id(host_id)
        chosen = parse_flow(flow) if flow else suggested_flow(customer.id, purpose)
        fields = dict(
            code=_new_code(now),
            purpose=str(purpose),
            flow=str(chosen),
            category=customer.category,
            host=host,
            receptionist=actor_id,
            party_size=size,
            room=room,
            note=note,
            status=str(VisitStatus.ON_SITE),
            station=str(station),
            station_ref=station_store.current_id(),
            check_in_at=now,
        )
        # Expected today? Then this is that visit arriving (what was just chosen wins),
        # not a second one beside a planned visit that would end as a no-show.
        row = _planned_today(customer.id, now)
        if row is not None:
            fields["host"] = host if host is not None else row.host_id
            fields["note"] = note or row.note
        if row is None or not store.transition(row, VisitStatus.PLANNED, **fields):
            row = store.insert(customer=customer.id, **fields)  # (cancelled meanwhile)
        _count_visit(customer, now)
        audit.record(
            now,
            actor_id,
            "visit.check_in",
            "visit",
            row.id,
            code=row.code,
            purpose=str(purpose),
            flow=str(chosen),
            station=str(station),
            planned=row.invite_code is not None,
        )
        view = visit_view(store.existing(row.id))
        notify_arrival(view, actor_id)  # the host's messages, sent after the commit
    return view


def _planned_today(customer_id: int, now: datetime):
    day = clock.local(now).date()
    return store.planned_for_customer(
        customer_id, clock.local_day_start(day), clock.local_day_start(day + timedelta(days=1))
    )


def _arriving_customer(customer_id: int):
    """The customer row of someone checking in, who must not be on site already; locked
    until the transaction ends, so that two stations checking the same customer in take
    turns (the second finds them on site; the database's one-on-site index backs it)."""
    customer = locked(customer_id)
    _not_on_site(customer.id)
    return customer


def _not_on_site(customer_id: int) -> None:
    if store.on_site_for_customer(customer_id) is not None:
        raise Conflict("already_on_site")


def _new_code(now: datetime) -> str:
    """The next visit code; the site's secret for its long form is made with the first."""
    ensure_secret()
    day = clock.local(now).date()
    return format_visit_code(day, store.next_sequence(day_key(day)))


def _count_visit(customer, now: datetime) -> None:
    customer_store.update(
        customer, visit_count=customer.visit_count + 1, last_visit_at=now, updated_at=now
    )


def check_invitation(row, now: datetime) -> None:
    """Refuse the invitation of the visit ``row`` unless it can be used ``now``: planned,
    for today (another day: the desk plans it again or checks the visitor in as they
    come)."""
    expected = clock.local(row.expected_at).date() if row.expected_at else None
    state = invitation_state(row.status, expected, clock.local(now).date())
    if state is InvitationState.OTHER_DAY:
        raise Conflict("invite_other_day", field="code")
    if state is not InvitationState.USABLE:
        raise Conflict("invite_used", field="code")


def arrive_planned(actor_id: int | None, row, station: Station) -> VisitView:
    """Turn a planned visit into an on-site one: today's visit code, the customer's current
    category, the flow the rule suggests now. Call inside a transaction."""
    now = clock.now()
    check_invitation(row, now)
    customer = locked(row.customer_id)  # arrivals take turns (see _arriving_customer)
    if store.status_of(row.id) != VisitStatus.PLANNED:  # another station was first
        raise Conflict("invite_used", field="code")
    _not_on_site(customer.id)
    flow = suggested_flow(customer.id, row.purpose)
    arrived = store.transition(
        row,
        VisitStatus.PLANNED,
        code=_new_code(now),
        status=str(VisitStatus.ON_SITE),
        check_in_at=now,
        receptionist=actor_id,
        station=str(station),
        station_ref=station_store.current_id(),
        category=customer.category,
        flow=str(flow),
    )
    if not arrived:  # cancelled by another station since the status was read
        raise Conflict("invite_used", field="code")
    _count_visit(customer, now)
    audit.record(
        now,
        actor_id,
        "visit.check_in",
        "visit",
        row.id,
        code=row.code,
        purpose=row.purpose,
        flow=str(flow),
        station=str(station),
        planned=True,
    )
    view = visit_view(store.existing(row.id))
    notify_arrival(view, actor_id)
    return view


def check_in_walk_in(
    actor_id: int,
    *,
    name: str,
    purpose: str | Purpose,
    phone: str | None = None,
    company: str | None = None,
    category: str | Category | None = None,
    flow: str | Flow | None = None,
    host_id: int | None = None,
    party_size: int | str = 1,
    note: str = "",
    room: str = "",
    station: Station = Station.DESK,
) -> VisitView:
    """Check in by name and phone: a phone already on file reuses that customer,
    otherwise a new customer is registered. All in one transaction."""
    authorize(actor_id, Permission.DESK)
    parse_purpose(purpose)
    phone_value = clean_phone(phone)
    with transaction():
        existing = customer_store.by_phone(phone_value.e164) if phone_value else None
        if existing is not None:
            customer_id = existing.id
        else:
            try:
                customer_id = register_customer(
                    actor_id,
                    name=name,
                    phone=phone,
                    company=company,
                    category=category or Category.PROSPECT,
                ).id
            except PhoneTaken as taken:  # registered at another station a moment ago
                customer_id = taken.customer_id
        return check_in(
            actor_id,
            customer_id=customer_id,
            purpose=purpose,
            flow=flow,
            host_id=host_id,
            party_size=party_size,
            note=note,
            room=room,
            station=station,
        )


def visit_by_code(actor_id: int, text: str) -> VisitView:
    authorize(actor_id, Permission.DESK)
    return visit_view(visit_row(text))


def check_out(actor_id: int, code: str) -> VisitView:
    """Check a visitor out by visit code. Twice, or a visit not on site, changes nothing."""
    authorize(actor_id, Permission.DESK)
    with transaction():
        return record_check_out(actor_id, visit_row(code))


def record_check_out(actor_id: int | None, row) -> VisitView:
    """Check out the visit ``row`` (``actor_id`` None: the kiosk); inside a transaction."""
    if row.status == VisitStatus.DONE:
        raise Conflict("already_checked_out")
    if row.status != VisitStatus.ON_SITE:
        raise Conflict("not_on_site")
    now = clock.now()
    fields = dict(status=str(VisitStatus.DONE), check_out_at=now, checked_out_by=actor_id)
    if not store.transition(row, VisitStatus.ON_SITE, **fields):  # another station was first
        done = store.status_of(row.id) == VisitStatus.DONE
        raise Conflict("already_checked_out" if done else "not_on_site")
    audit.record(now, actor_id, "visit.check_out", "visit", row.id, code=row.code)
    return visit_view(store.existing(row.id))


def on_site_board(actor_id: int) -> list[VisitView]:
    """Everyone on site now, longest waiting first; ``open_complaint`` flags a visitor
    with an open complaint."""
    authorize(actor_id, Permission.DESK)
    rows = store.on_site()
    flagged = customers_with_open_complaints([v.customer_id for v in rows])
    return [replace(visit_view(v), open_complaint=v.customer_id in flagged) for v in rows]


def set_playbook_step(actor_id: int, visit_id: int, step_id: str, done: bool) -> VisitView:
    """Tick (or untick) a playbook step of a visit; stored with the visit."""
    authorize(actor_id, Permission.DESK)
    with transaction():
        store.lock(visit_id)  # two stations ticking steps of one visit take turns
        row = store.by_id(visit_id)
        if row is None:
            raise NotFound("visit_id_unknown")
        steps = {s.id for s in playbook(Category(row.category), Purpose(row.purpose))}
        if step_id not in steps:
            raise ValidationError("step_invalid", field="step")
        current = [s for s in (row.playbook_done or "").split(",") if s]
        if done and step_id not in current:
            current.append(step_id)
        elif not done and step_id in current:
            current.remove(step_id)
        else:
            return visit_view(row)
        store.set_playbook_done(row, ",".join(current))
        audit.record(
            clock.now(), actor_id, "visit.playbook", "visit", row.id, step=step_id, done=done
        )
    return visit_view(row)
