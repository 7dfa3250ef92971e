"""Staff rows."""

from __future__ import annotations

from ..domain.errors import Conflict
from .concurrency import refused_as
from .models import Staff


def all_staff(active_only: bool = True) -> list[Staff]:
    query = Staff.select()
    if active_only:
        query = query.where(Staff.active == True)  # noqa: E712 (peewee expression)
    return list(query.order_by(Staff.name))


def get(staff_id: int) -> Staff | None:
    return Staff.get_or_none(Staff.id == staff_id)


def by_name(name: str) -> Staff | None:
    return Staff.get_or_none(Staff.name == name)


def insert(**fields) -> Staff:
    """A name is unique: added at two stations at the same moment, the second is refused
    (``staff_exists``) by the database's unique index."""
    with refused_as("staff_name", Conflict("staff_exists", field="name")):
        return Staff.create(**fields)


def set_active(staff_id: int, active: bool) -> None:
    Staff.update(active=active).where(Staff.id == staff_id).execute()


def departments() -> list[str]:
    """The departments of active staff, sorted, without blanks."""
    rows = (
        Staff.select(Staff.department)
        .distinct()
        .where((Staff.active == True) & (Staff.department != ""))  # noqa: E712
        .order_by(Staff.department)
    )
    return [r.department for r in rows]
