"""What a password or a PIN must be, and the lock after wrong ones (pure rules).

A secret of 4-8 digits is a PIN, anything else a password. Only the roles of
``roles.PIN_ROLES`` may sign in with a PIN (a shared desk switches fast); the others need
a password of at least ``PASSWORD_MIN`` characters. Hashing is the service's (argon2id).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .enums import Role
from .errors import ValidationError
from .pin import PIN_LENGTHS
from .roles import PIN_ROLES

PASSWORD = "password"
PIN = "pin"
PASSWORD_MIN = 8
PASSWORD_MAX = 128
MAX_FAILURES = 5  # wrong secrets in a row that lock the account
LOCK_MINUTES = 15


def is_pin(secret: str) -> bool:
    shortest, longest = PIN_LENGTHS
    return secret.isascii() and secret.isdigit() and shortest <= len(secret) <= longest


def secret_kind(role: Role | str, secret: str | None) -> str:
    """``PIN`` or ``PASSWORD`` for a new secret of a staff member of ``role``, or a
    ValidationError (field ``secret``) saying what is wrong with it."""
    value = secret or ""
    if is_pin(value):
        if Role(role) not in PIN_ROLES:
            raise ValidationError("pin_not_for_role", field="secret")
        return PIN
    if len(value) < PASSWORD_MIN:
        raise ValidationError("password_too_short", field="secret", minimum=PASSWORD_MIN)
    if len(value) > PASSWORD_MAX:
        raise ValidationError("password_too_long", field="secret", maximum=PASSWORD_MAX)
    return PASSWORD


def after_failure(failures: int, now: datetime) -> tuple[int, datetime | None]:
    """Failures in a row (including this one) and, when that reaches the limit, until
    when the account is locked (the count starts again after the lock)."""
    failures += 1
    if failures >= MAX_FAILURES:
        return 0, now + timedelta(minutes=LOCK_MINUTES)
    return failures, None


def locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until
