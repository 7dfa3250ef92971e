"""Who may do what: every service checks its actor here before it reads or writes.

``authorize(actor_id, permission)`` gives the acting staff member or refuses: nobody
signed in (``sign_in_required``), an unknown or inactive member (``actor_unknown``), or a
role without the permission (``role_refused``; ``domain.roles`` holds the table).
"""

from __future__ import annotations

from ..domain.errors import NotFound, Refused
from ..domain.roles import Permission, may
from ..store import staff as store
from ._convert import staff_view
from .views import StaffView


def authorize(actor_id: int | None, permission: Permission) -> StaffView:
    """The active staff member ``actor_id``, whose role holds ``permission``."""
    if actor_id is None:
        raise Refused("sign_in_required")
    row = store.get(actor_id)
    if row is None or not row.active:
        raise NotFound("actor_unknown")
    if not may(row.role, permission):
        raise Refused("role_refused")
    return staff_view(row)


def allowed(actor: StaffView, permission: Permission) -> bool:
    """Whether ``actor`` may do it: for the desk to hide what a role cannot do."""
    return actor.active and may(actor.role, permission)
