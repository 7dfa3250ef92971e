"""The five-step complaint (处理投诉五步): open, record each step, reopen a step, change
the handler, and read them (one, a list, the overdue count, a customer's open ones).

Who may do what: a receptionist (DESK) opens complaints and records any step; a host
(OWN_VISITS only) records the steps of the complaints they handle and sees only those;
COMPLAINTS (managers) changes handlers and reopens any step, a handler reopens their
own. Step 5, the call-back, is refused to the handler whatever their role. Receptionists
see every complaint: the desk does the steps and the call-backs, and shows the count of
those overdue.

Every write is one transaction, audited, and names the ``row_version`` it read
(``expected_version``; another station's change in between is ``complaint_changed``).
Audit entries carry numbers and codes, never the subject, notes or reasons (free text
may name people; erasure clears it from the complaint, and the trail is never
rewritten)."""

from __future__ import annotations

from datetime import datetime

from ..domain import complaints as rules
from ..domain.enums import Category
from ..domain.errors import Conflict, NotFound, Refused, ValidationError
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..store import audit
from ..store import complaints as store
from ..store import customers as customer_store
from ..store import staff as staff_store
from ..store import visits as visit_store
from ..store.connection import transaction
from ..store.models import Complaint, Customer
from . import clock
from ._customer_guards import locked
from .access import allowed, authorize
from .complaint_settings import deadline_hours
from .complaint_views import ComplaintChange, ComplaintStepView, ComplaintView, OpenComplaint
from .views import StaffView

STEP_NOTE_MAX = 2000


def _steps(complaint_id: int) -> tuple[ComplaintStepView, ...]:
    return tuple(
        ComplaintStepView(
            step=s.step,
            action=s.action,
            note=s.note,
            resolved=s.resolved,
            staff_id=s.staff_id,
            staff_name=s.staff.name if s.staff is not None else None,
            at=s.at,
        )
        for s in store.steps_of([complaint_id])
    )


def _view(row: Complaint, now: datetime, with_steps: bool = False) -> ComplaintView:
    handler = getattr(row, "handler", None) if row.handler_id else None
    visit = getattr(row, "visit", None) if row.visit_id else None
    return ComplaintView(
        id=row.id,
        customer_id=row.customer_id,
        customer_name=row.customer.name,
        visit_code=visit.code if visit else None,
        subject=row.subject,
        description=row.description,
        severity=row.severity,
        channel=row.channel,
        handler_id=row.handler_id,
        handler_name=handler.name if handler else None,
        status=row.status,
        step=row.step,
        resolution=row.resolution,
        category_before=Category(row.category_before) if row.category_before else None,
        opened_at=row.opened_at,
        acknowledge_by=row.acknowledge_by,
        resolve_by=row.resolve_by,
        closed_at=row.closed_at,
        overdue=rules.is_overdue(
            now,
            status=row.status,
            step=row.step,
            acknowledge_by=row.acknowledge_by,
            resolve_by=row.resolve_by,
        ),
        row_version=row.row_version,
        steps=_steps(row.id) if with_steps else (),
    )


def _full_view(complaint_id: int) -> ComplaintView:
    row = store.one(complaint_id)
    if row is None:
        raise NotFound("complaint_unknown")
    return _view(row, clock.now(), with_steps=True)


def clean_subject(value: str | None) -> str:
    return clean_text(value, field="subject", maximum=rules.SUBJECT_MAX, required=True)


def clean_description(value: str | None) -> str:
    return clean_text(
        value,
        field="description",
        maximum=rules.DESCRIPTION_MAX,
        required=False,
        allow_newlines=True,
    )


def clean_step_note(value: str | None) -> str:
    return clean_text(
        value, field="step_note", maximum=STEP_NOTE_MAX, required=True, allow_newlines=True
    )


def _active_staff(staff_id: int) -> int:
    row = staff_store.get(staff_id)
    if row is None or not row.active:
        raise NotFound("handler_unknown", field="handler")
    return row.id


def _visit_of(customer: Customer, code: str | None) -> tuple[int | None, int | None]:
    """The visit's id and host; refused when the code is unknown or another's visit."""
    if not code:
        return None, None
    visit = visit_store.by_code(code.strip().upper())
    if visit is None:
        raise NotFound("visit_unknown", field="visit")
    if visit.customer_id != customer.id:
        raise ValidationError("complaint_visit_mismatch", field="visit")
    return visit.id, visit.host_id


def open_complaint(
    actor_id: int,
    customer_id: int,
    subject: str,
    *,
    description: str = "",
    visit_code: str | None = None,
    severity: str = "normal",
    channel: str = "desk",
    handler_id: int | None = None,
) -> ComplaintChange:
    """Open a complaint of a customer, with its deadlines from the site's settings. The
    handler is ``handler_id``, else the visit's host, else the actor. Suggests the
    problem category unless the customer has it already."""
    authorize(actor_id, Permission.DESK)
    level, via = rules.check_severity(severity), rules.check_channel(channel)
    title, text = clean_subject(subject), clean_description(description)
    if handler_id is not None:
        handler_id = _active_staff(handler_id)
    now = clock.now()
    with transaction():
        customer = locked(customer_id)
        visit_id, host_id = _visit_of(customer, visit_code)
        handler = handler_id or host_id or actor_id
        others = store.open_of(customer.id)
        before = others[0].category_before if others else None
        acknowledge_by, resolve_by = rules.deadlines(now, level, deadline_hours())
        row = store.add(
            customer=customer.id,
            visit=visit_id,
            subject=title,
            description=text,
            severity=level,
            channel=via,
            handler=handler,
            status=rules.OPEN,
            step=0,
            category_before=before or customer.category,
            opened_at=now,
            opened_by=actor_id,
            acknowledge_by=acknowledge_by,
            resolve_by=resolve_by,
        )
        audit.record(
            now,
            actor_id,
            "complaint.open",
            "complaint",
            row.id,
            customer_id=customer.id,
            visit_id=visit_id,
            severity=level,
            channel=via,
            handler_id=handler,
        )
    problem = customer.category != str(Category.PROBLEM)
    return ComplaintChange(_full_view(row.id), Category.PROBLEM if problem else None)


def _locked(complaint_id: int, expected_version: int | None) -> Complaint:
    row = store.lock(complaint_id)
    if row is None:
        raise NotFound("complaint_unknown")
    if expected_version is not None and row.row_version != expected_version:
        raise Conflict("complaint_changed")
    return row


def _write(row: Complaint, **fields: object) -> None:
    if not store.update_versioned(row.id, row.row_version, **fields):
        raise Conflict("complaint_changed")


def _state(row: Complaint) -> rules.State:
    return rules.State(row.step, row.status, row.resolution)


def _return_category(row: Complaint) -> Category | None:
    """Once a complaint closed: the category the customer had before, when this was
    their last open complaint and they are tagged problem now."""
    customer = customer_store.existing(row.customer_id)
    if store.open_of(row.customer_id) or customer.category != str(Category.PROBLEM):
        return None
    before = row.category_before
    if not before or before == str(Category.PROBLEM):
        return None
    return Category(before)


def record_step(
    actor_id: int,
    complaint_id: int,
    step: int,
    note: str,
    resolved: bool | None = None,
    *,
    expected_version: int | None = None,
) -> ComplaintChange:
    """Record step ``step`` (1-5) as done by the actor, with a note; step 5 (the
    call-back, not by the handler) with the customer's answer: resolved closes the
    complaint, not resolved reopens step 3."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    rules.check_step_number(step)
    text = clean_step_note(note)
    now = clock.now()
    with transaction():
        row = _locked(complaint_id, expected_version)
        _refuse_unless(actor, row, Permission.DESK)
        state = rules.after_step(
            _state(row), step, resolved=resolved, actor_id=actor_id, handler_id=row.handler_id
        )
        closed = state.status == rules.CLOSED
        _write(
            row,
            step=state.step,
            status=state.status,
            resolution=state.resolution,
            closed_at=now if closed else None,
        )
        store.add_step(row.id, step, rules.DONE, text, resolved, actor_id, now)
        audit.record(
            now,
            actor_id,
            "complaint.step",
            "complaint",
            row.id,
            customer_id=row.customer_id,
            step=step,
            resolved=resolved,
            status=state.status,
        )
        suggest = _return_category(row) if closed else None
    return ComplaintChange(_full_view(row.id), suggest)


def _refuse_unless(actor: StaffView, row: Complaint, permission: Permission) -> None:
    """Refuse a member without ``permission`` unless they handle the complaint."""
    if not allowed(actor, permission) and row.handler_id != actor.id:
        raise Refused("complaint_not_handler")


def reopen_step(
    actor_id: int,
    complaint_id: int,
    step: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ComplaintChange:
    """Reopen a step done before, with a reason (recorded as the step's note): it and
    every later step are to do again; a closed complaint opens again (and the problem
    category is suggested again)."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    rules.check_step_number(step)
    text = clean_text(reason, field="reason", maximum=STEP_NOTE_MAX, required=True)
    now = clock.now()
    with transaction():
        row = _locked(complaint_id, expected_version)
        _refuse_unless(actor, row, Permission.COMPLAINTS)
        was_closed = row.status == rules.CLOSED
        state = rules.after_reopen(_state(row), step)
        _write(row, step=state.step, status=state.status, resolution=None, closed_at=None)
        store.add_step(row.id, step, rules.REOPENED, text, None, actor_id, now)
        audit.record(
            now,
            actor_id,
            "complaint.reopen",
            "complaint",
            row.id,
            customer_id=row.customer_id,
            step=step,
        )
        customer = customer_store.existing(row.customer_id)
    problem = was_closed and customer.category != str(Category.PROBLEM)
    return ComplaintChange(_full_view(row.id), Category.PROBLEM if problem else None)


def change_handler(
    actor_id: int, complaint_id: int, handler_id: int, *, expected_version: int | None = None
) -> ComplaintView:
    """Give the complaint to another active staff member."""
    authorize(actor_id, Permission.COMPLAINTS)
    now = clock.now()
    with transaction():
        row = _locked(complaint_id, expected_version)
        new = _active_staff(handler_id)
        if new != row.handler_id:
            _write(row, handler=new)
            audit.record(
                now,
                actor_id,
                "complaint.handler",
                "complaint",
                row.id,
                customer_id=row.customer_id,
                before=row.handler_id,
                after=new,
            )
    return _full_view(complaint_id)


def complaint(actor_id: int, complaint_id: int) -> ComplaintView:
    """One complaint with its steps (who, when, note); a host sees only those they
    handle."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    view = _full_view(complaint_id)
    if not allowed(actor, Permission.DESK) and view.handler_id != actor.id:
        raise Refused("complaint_not_handler")
    return view


def complaints(
    actor_id: int, open_only: bool = False, overdue_only: bool = False
) -> list[ComplaintView]:
    """Complaints, open ones first by their resolve-by deadline; a host sees those they
    handle. ``overdue_only``: open ones past a deadline now."""
    actor = authorize(actor_id, Permission.OWN_VISITS)
    now = clock.now()
    mine = None if allowed(actor, Permission.DESK) else actor.id
    rows = store.listed(
        open_only=open_only, overdue_at=now if overdue_only else None, handler_id=mine
    )
    return [_view(row, now) for row in rows]


def overdue_count(actor_id: int) -> int:
    """How many open complaints are past a deadline now (the desk shows it)."""
    authorize(actor_id, Permission.DESK)
    return store.overdue_count(clock.now())


def open_complaints_of(actor_id: int, customer_id: int) -> list[ComplaintView]:
    """The customer's open complaints, oldest first."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    rows = store.listed(open_only=True, overdue_at=None, handler_id=None, customer_id=customer_id)
    return sorted((_view(row, now) for row in rows), key=lambda v: (v.opened_at, v.id))


def first_open_complaint(customer_id: int) -> OpenComplaint | None:
    """The customer's most urgent open complaint (overdue first, then by deadline), for
    the check-in glance; its caller checked the role."""
    now = clock.now()
    rows = store.open_of(customer_id)
    if not rows:
        return None
    views = [
        (
            not rules.is_overdue(
                now,
                status=r.status,
                step=r.step,
                acknowledge_by=r.acknowledge_by,
                resolve_by=r.resolve_by,
            ),
            r.resolve_by or now,
            r,
        )
        for r in rows
    ]
    not_overdue, _, row = min(views, key=lambda v: (v[0], v[1], v[2].id))
    return OpenComplaint(row.id, row.subject, row.severity, not not_overdue)


def customers_with_open_complaints(customer_ids: list[int]) -> set[int]:
    """Which of these customers have an open complaint (the board's flag); its caller
    checked the role."""
    return store.customers_with_open(customer_ids)


def has_open_complaint(customer_id: int) -> bool:
    """Whether the customer has an open complaint (the flow suggestion)."""
    return bool(store.customers_with_open([customer_id]))
