"""Taking a desk action back for a short while after it: a check-out (a scanned slip, a
wrong row) and the check-in of an invited visitor (a scanned invitation).

An undo is a write like any other: one transaction, the status it expects in the WHERE
clause, an audit entry. It is refused once the visit has changed since (feedback, a new
check-in, a playbook tick, another desk) or after ``UNDO_WINDOW``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..domain.enums import Station, VisitStatus
from ..domain.errors import Conflict
from ..domain.roles import Permission
from ..store import audit
from ..store import customers as customer_store
from ..store import feedback as feedback_store
from ..store import visits as store
from ..store.connection import transaction
from . import clock
from ._convert import visit_view
from ._customer_guards import locked
from ._lookup import visit_row
from .access import authorize
from .views import VisitView

__all__ = ["UNDO_WINDOW", "undo_check_in", "undo_check_out"]

UNDO_WINDOW = timedelta(minutes=5)


def _nothing() -> Conflict:
    return Conflict("undo_nothing")


def _changed() -> Conflict:
    return Conflict("undo_changed")


def _check_recent(at: datetime | None, now: datetime) -> None:
    if at is None or now - at > UNDO_WINDOW:
        raise Conflict("undo_too_late", minutes=int(UNDO_WINDOW.total_seconds() // 60))


def undo_check_out(actor_id: int, code: str) -> VisitView:
    """The visitor of ``code`` is back on site: their check-out (the visit's latest state,
    less than ``UNDO_WINDOW`` ago) is taken back."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    with transaction():
        row = visit_row(code)
        if row.status != VisitStatus.DONE:
            raise _nothing()
        _check_recent(row.check_out_at, now)
        if feedback_store.for_visit(row.id) is not None:
            raise _changed()
        locked(row.customer_id)  # a check-in of the same customer elsewhere takes turns
        if store.on_site_for_customer(row.customer_id) is not None:
            raise _changed()  # checked in again since
        if not store.reopen(row.id, row.check_out_at):
            raise _changed()
        audit.record(now, actor_id, "visit.undo_check_out", "visit", row.id, code=row.code)
    return visit_view(store.existing(row.id))


def undo_check_in(actor_id: int, code: str) -> VisitView:
    """The invited visitor of visit ``code`` is expected again: their arrival at the desk
    (the visit's latest state, less than ``UNDO_WINDOW`` ago) is taken back, the visit is
    planned again under its invitation code and the customer's visit count is restored."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    with transaction():
        row = visit_row(code)
        if row.status != VisitStatus.ON_SITE or not row.invite_code or row.station != Station.DESK:
            raise _nothing()
        _check_recent(row.check_in_at, now)
        if row.playbook_done or feedback_store.for_visit(row.id) is not None:
            raise _changed()
        visit_code = row.code
        planned_by = next(
            (e.staff_id for e in audit.entries("visit", row.id) if e.action == "visit.plan"),
            row.receptionist_id,
        )
        customer = locked(row.customer_id)  # the same order as a check-in: no deadlock
        if not store.unarrive(
            row.id, row.check_in_at, code=row.invite_code, receptionist=planned_by
        ):
            raise _changed()
        customer_store.update(
            customer,
            visit_count=max(customer.visit_count - 1, 0),
            last_visit_at=store.last_check_in_at(customer.id, excluding=row.id),
            updated_at=now,
        )
        audit.record(
            now,
            actor_id,
            "visit.undo_check_in",
            "visit",
            row.id,
            code=visit_code,
            invite_code=row.invite_code,
        )
    return visit_view(store.existing(row.id))
