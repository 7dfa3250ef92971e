"""The staff PIN that lets a person leave the kiosk: checked, hashed, locked after misses.

Stored as ``pbkdf2_sha256$iterations$salt$hash``. A 4-8 digit PIN has few possible values,
so the hash only keeps it from being read off the database; what protects the kiosk is the
lock after repeated wrong PINs.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from .errors import ValidationError

ITERATIONS = 120_000
MAX_FAILURES = 5
LOCK_MINUTES = 5
PIN_LENGTHS = (4, 8)  # shortest and longest PIN, in digits


def clean_pin(pin: str) -> str:
    value = (pin or "").strip()
    shortest, longest = PIN_LENGTHS
    if not (value.isascii() and value.isdigit() and shortest <= len(value) <= longest):
        raise ValidationError("pin_invalid", field="pin", shortest=shortest, longest=longest)
    return value


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        again = hashlib.pbkdf2_hmac(
            "sha256", (pin or "").encode("utf-8"), bytes.fromhex(salt), int(iterations)
        )
    except ValueError:
        return False
    return hmac.compare_digest(again.hex(), digest)


def after_failure(failures: int, now: datetime) -> tuple[int, datetime | None]:
    """Failures counted so far (including this one) and, when that reaches the limit,
    until when the exit is locked (the count starts again after the lock)."""
    failures += 1
    if failures >= MAX_FAILURES:
        return 0, now + timedelta(minutes=LOCK_MINUTES)
    return failures, None
