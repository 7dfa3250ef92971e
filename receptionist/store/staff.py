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


def set_secret(staff_id: int, secret_hash: str, kind: str) -> None:
    """A new password or PIN: the failures counted so far and any lock are cleared."""
    Staff.update(
        secret_hash=secret_hash, secret_kind=kind, sign_in_failures=0, locked_until=None
    ).where(Staff.id == staff_id).execute()


def record_failure(staff_id: int, failures: int, locked_until) -> None:
    Staff.update(sign_in_failures=failures, locked_until=locked_until).where(
        Staff.id == staff_id
    ).execute()


def record_sign_in(staff_id: int, at, secret_hash: str | None = None) -> None:
    """A successful sign-in (``secret_hash``: the hash again with today's parameters)."""
    fields: dict = {"sign_in_failures": 0, "locked_until": None, "last_sign_in_at": at}
    if secret_hash is not None:
        fields["secret_hash"] = secret_hash
    Staff.update(**fields).where(Staff.id == staff_id).execute()


def any_admin_can_sign_in() -> bool:
    """Whether an active admin with a password exists (the site is set up)."""
    return (
        Staff.select(Staff.id)
        .where(
            (Staff.role == "admin")
            & (Staff.active == True)  # noqa: E712
            & (Staff.secret_hash != "")
        )
        .exists()
    )


def set_role(staff_id: int, role: str) -> None:
    Staff.update(role=role).where(Staff.id == staff_id).execute()
