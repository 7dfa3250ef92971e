"""Managing the staff list (hosts and receptionists) and choosing the acting member."""

from __future__ import annotations

from ..domain.enums import Role
from ..domain.errors import Conflict, NotFound, Refused, ValidationError
from ..domain.roles import Permission
from ..domain.validation import clean_name, clean_text
from ..store import audit
from ..store import staff as store
from ..store.connection import transaction
from . import clock
from ._convert import staff_view
from .access import authorize
from .views import StaffView

DEPARTMENT_MAX = 100


def list_staff(actor_id: int, active_only: bool = True) -> list[StaffView]:
    authorize(actor_id, Permission.DESK)
    return [staff_view(s) for s in store.all_staff(active_only)]


def require_actor(actor_id: int) -> StaffView:
    """The acting staff member, who must exist and be active."""
    row = store.get(actor_id)
    if row is None or not row.active:
        raise NotFound("actor_unknown")
    return staff_view(row)


def clean_department(department: str | None) -> str:
    return clean_text(department, field="department", maximum=DEPARTMENT_MAX, required=False)


def _check_reach(actor: StaffView, department: str, role: Role) -> None:
    """Admins manage everyone; a manager only their own department's staff, never an
    admin (``Refused("role_refused")``)."""
    if actor.role is Role.ADMIN:
        return
    if role is Role.ADMIN or department != actor.department:
        raise Refused("role_refused")


def checked_new_member(
    actor_id: int, name: str, department: str, role: Role | str
) -> tuple[str, str, Role]:
    """Before anything is written: the cleaned name, department and role of a member the
    actor (a staff manager, within their reach) may add."""
    actor = authorize(actor_id, Permission.STAFF)
    clean = clean_name(name)
    dept = clean_department(department)
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError("role_invalid", field="role") from None
    _check_reach(actor, dept, role)
    return clean, dept, role


def add_staff(
    actor_id: int, name: str, department: str = "", role: Role | str = Role.HOST
) -> StaffView:
    clean, dept, role = checked_new_member(actor_id, name, department, role)
    with transaction():
        return put_staff_row(actor_id, clean, dept, role)


def put_staff_row(
    actor_id: int | None, name: str, department: str, role: Role, **details: object
) -> StaffView:
    """Within a transaction: a new member from cleaned values, audited (with
    ``details``). Only for services that checked their actor, or that may create staff
    without one (the first start)."""
    if store.by_name(name) is not None:
        raise Conflict("staff_exists", field="name")
    row = store.insert(
        name=name, department=department, role=str(role), active=True, created_at=clock.now()
    )
    audit.record(clock.now(), actor_id, "staff.add", "staff", row.id, role=str(role), **details)
    return staff_view(row)


def set_active(actor_id: int, staff_id: int, active: bool) -> None:
    actor = authorize(actor_id, Permission.STAFF)
    with transaction():
        row = store.get(staff_id)
        if row is None:
            raise NotFound("staff_unknown")
        _check_reach(actor, row.department, Role(row.role))
        store.set_active(staff_id, active)
        audit.record(clock.now(), actor_id, "staff.active", "staff", staff_id, active=active)


def find_by_name(actor_id: int, name: str) -> StaffView:
    authorize(actor_id, Permission.DESK)
    row = store.by_name((name or "").strip())
    if row is None or not row.active:
        raise NotFound("staff_name_unknown", field="host")
    return staff_view(row)
