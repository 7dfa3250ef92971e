"""Staff rows."""

from __future__ import annotations

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
