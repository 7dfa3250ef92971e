"""Signing in: staff passwords and PINs, the lock after wrong ones, the first admin.

Secrets are hashed with argon2id (``argon2-cffi``: salted, memory-hard) and never stored,
logged or returned in clear. Five wrong secrets in a row lock the account for
``credentials.LOCK_MINUTES``, recorded on the staff row so every station sees it. A wrong
name and a wrong secret get the same sentence (the sign-in screen does not tell which
names exist), and an unknown name costs the same hash as a known one.

Every sign-in, refusal and new secret is audited (never the secret); ``prove`` (one
command-line command's user) records only refusals. ``recent_staff``
lists who signed in at a station lately, for fast switching at a shared desk.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..domain import credentials
from ..domain.enums import Role
from ..domain.errors import Conflict, NotFound, Refused
from ..domain.roles import Permission
from ..domain.validation import clean_name
from ..store import audit
from ..store import staff as store
from ..store import stations as station_store
from ..store.connection import transaction
from ..store.models import Staff
from . import clock
from ._convert import staff_view
from .access import authorize
from .staff import checked_new_member, clean_department, put_staff_row, require_actor
from .views import StaffView

# argon2-cffi's defaults (RFC 9106's second recommendation: 64 MiB, 3 passes): ~50 ms
# here. Tests swap in a cheap hasher (tests/conftest.py).
HASHER = PasswordHasher()
_DUMMY_HASH = ""  # hashed once, when first needed: an unknown name's cost
RECENT_DAYS = 30


def _hash(secret: str) -> str:
    return HASHER.hash(secret)


def _matches(stored: str, secret: str) -> bool:
    try:
        return HASHER.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _burn(secret: str) -> None:
    """Spend what checking a known name costs, so that timing does not tell names."""
    global _DUMMY_HASH
    if not _DUMMY_HASH:
        _DUMMY_HASH = _hash("not a secret of anyone")
    _matches(_DUMMY_HASH, secret)


def needs_admin() -> bool:
    """Whether nobody can administer the site yet: no active admin with a password (a
    new site, or one from before sign-in). The first start then creates one."""
    return not store.any_admin_can_sign_in()


def _put_first_admin(name: str, secret: str, department: str = "") -> StaffView:
    """Within a transaction: the first admin (an existing member of that name becomes
    the admin). Refused once an admin can sign in."""
    clean = clean_name(name)
    dept = clean_department(department)
    kind = credentials.secret_kind(Role.ADMIN, secret)
    if store.any_admin_can_sign_in():
        raise Conflict("setup_done", field="name")
    now = clock.now()
    row = store.by_name(clean)
    if row is None:
        row = store.insert(
            name=clean, department=dept, role=str(Role.ADMIN), active=True, created_at=now
        )
    else:
        store.set_role(row.id, str(Role.ADMIN))
        store.set_active(row.id, True)
    store.set_secret(row.id, _hash(secret), kind)
    audit.record(now, row.id, "staff.first_admin", "staff", row.id, role=str(Role.ADMIN))
    fresh = store.get(row.id)
    assert fresh is not None
    return staff_view(fresh)


def create_first_admin(name: str, password: str, department: str = "") -> StaffView:
    """The site's first admin, with a password (refused once an admin can sign in)."""
    with transaction():
        return _put_first_admin(name, password, department)


def sign_in(name: str, secret: str) -> StaffView:
    """The active staff member ``name`` whose password or PIN is ``secret``; else
    Refused: ``sign_in_wrong`` (either is wrong), ``sign_in_locked`` (too many wrong in
    a row: until when), ``sign_in_no_secret`` (nothing to check against yet)."""
    now = clock.now()
    row = _checked(name, secret, now)
    again = _hash(secret) if HASHER.check_needs_rehash(row.secret_hash) else None
    with transaction():
        store.record_sign_in(row.id, now, again)
        audit.record(now, row.id, "staff.sign_in", "staff", row.id)
    return staff_view(row)


def prove(name: str, secret: str) -> StaffView:
    """Who runs one command (the command line): refused as ``sign_in`` refuses, and a
    wrong secret counts towards the lock the same way, but a right one writes nothing
    (the command's own writes are audited with its actor; a refused command leaves the
    database as it was)."""
    return staff_view(_checked(name, secret, clock.now()))


def _checked(name: str, secret: str, now: datetime) -> Staff:
    """The staff row of ``name`` when ``secret`` is theirs; a wrong one is recorded
    (and locks the account after ``credentials.MAX_FAILURES``) and refused."""
    row = store.by_name((name or "").strip())
    if row is None or not row.active:
        _burn(secret or "")
        raise Refused("sign_in_wrong", field="secret")
    if credentials.locked(row.locked_until, now):
        raise Refused("sign_in_locked", field="secret", time=row.locked_until)
    if not row.secret_hash:
        raise Refused("sign_in_no_secret", field="name")
    if not _matches(row.secret_hash, secret or ""):
        failures, until = credentials.after_failure(row.sign_in_failures, now)
        with transaction():
            store.record_failure(row.id, failures, until)
            action = "staff.locked" if until else "staff.sign_in_failed"
            audit.record(now, None, action, "staff", row.id)
        if until is not None:
            raise Refused("sign_in_locked", field="secret", time=until)
        raise Refused("sign_in_wrong", field="secret")
    return row


def set_secret(actor_id: int, staff_id: int, secret: str) -> StaffView:
    """Give ``staff_id`` a new password or PIN (a PIN only for the PIN roles). Anyone may
    change their own; staff managers set others' (a manager: their own department's
    staff who are not admins)."""
    with transaction():
        if actor_id == staff_id:
            actor = require_actor(actor_id)
        else:
            actor = authorize(actor_id, Permission.STAFF)
        row = store.get(staff_id)
        if row is None:
            raise NotFound("staff_unknown")
        outside = row.role == Role.ADMIN or row.department != actor.department
        if actor_id != staff_id and actor.role is not Role.ADMIN and outside:
            raise Refused("role_refused")
        kind = credentials.secret_kind(row.role, secret)
        store.set_secret(row.id, _hash(secret), kind)
        audit.record(clock.now(), actor_id, "staff.secret", "staff", row.id, kind=kind)
        fresh = store.get(row.id)
        assert fresh is not None
        return staff_view(fresh)


def create_staff(
    actor_id: int, name: str, role: Role | str, secret: str, department: str = ""
) -> StaffView:
    """A new staff member who can sign in at once: ``secret`` is their password, or a
    PIN for the PIN roles. Staff managers only; a manager adds non-admins to their own
    department. Audited (the role and the kind of secret, never the secret)."""
    clean, dept, role = checked_new_member(actor_id, name, department, role)
    kind = credentials.secret_kind(role, secret)
    hashed = _hash(secret)  # before the transaction: the write lock stays short
    with transaction():
        person = put_staff_row(actor_id, clean, dept, role, kind=kind)
        store.set_secret(person.id, hashed, kind)
        fresh = store.get(person.id)
    assert fresh is not None
    return staff_view(fresh)


def list_users(actor_id: int, include_inactive: bool = False) -> list[StaffView]:
    """The staff list with how each member signs in (``StaffView.secret_kind``), for
    staff managers."""
    authorize(actor_id, Permission.STAFF)
    return [staff_view(row) for row in store.all_staff(not include_inactive)]


def recent_staff(station_id: int | None, limit: int = 8) -> list[StaffView]:
    """Who signed in at the station in the last ``RECENT_DAYS`` days, most recent first
    (active and able to sign in); none for a station without a name."""
    if station_id is None or station_store.get(station_id) is None:
        return []
    since = clock.now() - timedelta(days=RECENT_DAYS)
    people = []
    for staff_id in audit.recent_actors("staff.sign_in", station_id, since, limit):
        row = store.get(staff_id)
        if row is not None and row.active and row.secret_hash:
            people.append(staff_view(row))
    return people
