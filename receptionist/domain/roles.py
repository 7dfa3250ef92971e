"""What each role may do: the one table the services check and the docs print.

A permission names a kind of work, not a screen. Every service function states the
permission it needs (``services.permissions``); the services check the acting staff
member's role against ``ROLE_PERMISSIONS`` before they read or write. The desk hides what
a role cannot do, but hiding is a courtesy: the check is the service's.
"""

from __future__ import annotations

from enum import StrEnum

from .enums import Role


class Permission(StrEnum):
    # The front desk's work: the board, search, check-in and check-out, registering and
    # tagging visitors, feedback, planned visits, slips and cards.
    DESK = "desk"
    # A host's own visits, notifications and tasks.
    OWN_VISITS = "own_visits"
    # Every visit of the site, past and present (the visit log).
    VISIT_LOG = "visit_log"
    # A customer's full phone number (lists show it masked); every full view is audited.
    PHONE_FULL = "phone_full"
    # Managers: reports, exports of lists and of one customer's data, category overrides,
    # complaints, and the audit trail.
    REPORTS = "reports"
    EXPORT = "export"
    CATEGORY_OVERRIDE = "category_override"
    COMPLAINTS = "complaints"
    AUDIT = "audit"
    # Managers: the customer archive's bulk work (importing customers and purchases,
    # merging duplicates, recording and correcting purchases) and the value tiers
    # (recomputing a period, confirming the category suggestions, service standards).
    ARCHIVE = "archive"
    TIERS = "tiers"
    # Managers: everyone's follow-up tasks (assigning, reassigning, their department's
    # Today list with overdue counts) and the lost-customer reviews' decisions.
    FOLLOW_UPS = "follow_ups"
    # Staff: managers manage their own department's, admins everyone's.
    STAFF = "staff"
    # Admins: the site's settings, backups, retention and erasure, the database.
    SETTINGS = "settings"
    BACKUPS = "backups"
    RETENTION = "retention"
    DATABASE = "database"


_RECEPTIONIST = frozenset(
    {Permission.DESK, Permission.OWN_VISITS, Permission.VISIT_LOG, Permission.PHONE_FULL}
)
_HOST = frozenset({Permission.OWN_VISITS})
_MANAGER = _RECEPTIONIST | {
    Permission.REPORTS,
    Permission.EXPORT,
    Permission.CATEGORY_OVERRIDE,
    Permission.COMPLAINTS,
    Permission.AUDIT,
    Permission.STAFF,
    Permission.ARCHIVE,
    Permission.TIERS,
    Permission.FOLLOW_UPS,
}
_ADMIN = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: _RECEPTIONIST,
    Role.HOST: _HOST,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: _ADMIN,
}

# Roles that may sign in with a PIN of 4-8 digits; the others need a password.
PIN_ROLES = frozenset({Role.RECEPTIONIST})


def may(role: Role | str, permission: Permission) -> bool:
    """Whether ``role`` (a Role or its value; unknown: nothing) holds ``permission``."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def roles_with(permission: Permission) -> tuple[Role, ...]:
    """The roles holding ``permission``, in the order of ``Role``."""
    return tuple(role for role in Role if permission in ROLE_PERMISSIONS[role])
