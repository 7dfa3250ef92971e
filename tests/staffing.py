"""Staff for tests, written straight to the store: a fixture needs people of every role
before anyone could add them through ``services.staff.add_staff`` (which needs an actor
holding STAFF). The product's only way to staff without an actor is the first admin."""

from __future__ import annotations

from receptionist.domain.enums import Role
from receptionist.services import clock
from receptionist.services._convert import staff_view
from receptionist.services.views import StaffView
from receptionist.store import staff as store


def add(name: str, department: str = "", role: Role | str = Role.HOST) -> StaffView:
    """A new active member of ``role``."""
    row = store.insert(
        name=name, department=department, role=str(Role(role)), active=True, created_at=clock.now()
    )
    return staff_view(row)


def desk_id() -> int:
    """The id of an active receptionist (the first one, else a new 'Front desk')."""
    for row in store.all_staff(active_only=True):
        if row.role == Role.RECEPTIONIST:
            return row.id
    return add("Front desk", "Reception", Role.RECEPTIONIST).id


def admin_id() -> int:
    """The id of an active administrator (the first one, else a new 'Ada Admin'): for
    tests that set the site up through the services that need one."""
    for row in store.all_staff(active_only=True):
        if row.role == Role.ADMIN:
            return row.id
    return add("Ada Admin", "", Role.ADMIN).id
