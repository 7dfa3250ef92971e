"""The site's secret behind the slips' long visit codes (``domain.visit_code``).

Created once, with the first visit code (or on first use in a database from before), as
32 random bytes in the ``setting`` table, so every desk and kiosk of the site prints and
checks the same codes; a copy of the database to another backend keeps it, and with it
the slips already printed. It is never shown.
"""

from __future__ import annotations

import secrets

from ..domain.visit_code import long_visit_code, verify_long_visit_code
from ..store import settings as store
from ..store.connection import transaction

_SECRET_KEY = "visit_code_secret"


def _secret() -> bytes:
    value = store.get_many([_SECRET_KEY]).get(_SECRET_KEY)
    if value is None:
        with transaction():
            value = store.put_new(_SECRET_KEY, secrets.token_hex(32))
    return bytes.fromhex(value)


def ensure_secret() -> None:
    """Make the secret if the site has none yet (with the first visit code, in its
    transaction, so printing a slip later writes nothing it was not asked to)."""
    _secret()


def checkout_code(code: str) -> str:
    """The long form of a canonical short visit code, as the slip prints it."""
    return long_visit_code(_secret(), code)


def verified_code(text: str) -> str | None:
    """The short code of a long code typed or scanned with the right check part, else
    None (a short code alone is None too)."""
    return verify_long_visit_code(_secret(), text)
