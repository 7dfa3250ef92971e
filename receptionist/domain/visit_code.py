"""Visit codes: short, unique and easy to read aloud (``V-1122-0042``), and the slip's
long form the kiosk requires (``V-1122-0042-K7QM3``).

The middle part is the local check-in date (month and day); the last part is a sequence
for that month-day that never restarts, so codes stay unique across years. Digits only
after the ``V``: no O/0 or I/1 confusion when read over the phone.

The short code is sequential, so anyone holding one slip can name its neighbours. The
desk (trusted staff) takes the short code; the unattended kiosk takes only the long form,
whose check part is an HMAC of the short code under a secret of the site: five characters
from 31 unambiguous ones (no 0/O, 1/I/L), about 2.9 × 10^7 values, that cannot be worked
out from other slips without the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from datetime import date

CHECK_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CHECK_LENGTH = 5
CHECK_VALUES = len(CHECK_ALPHABET) ** CHECK_LENGTH

_CODE = re.compile(r"^\s*[Vv]?[-\s]?([0-9]{4})[-\s]?([0-9]{4,6})\s*$")
_LONG = re.compile(rf"^V?([0-9]{{4}})([0-9]{{4,6}})([{CHECK_ALPHABET}]{{{CHECK_LENGTH}}})$")


def day_key(day: date) -> str:
    return f"{day.month:02d}{day.day:02d}"


def format_visit_code(day: date, sequence: int) -> str:
    return f"V-{day_key(day)}-{sequence:04d}"


def _canonical(mmdd: str, seq: str) -> str | None:
    month, day = int(mmdd[:2]), int(mmdd[2:])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"V-{mmdd}-{int(seq):04d}"


def parse_long_visit_code(text: str) -> tuple[str, str] | None:
    """The short code and the check part of a long code a person or a scanner typed,
    or None. Any case, with or without dashes or spaces: ``V-1122-0042-K7QM3``,
    ``v11220042k7qm3``."""
    compact = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text or "")).upper()
    match = _LONG.match(compact)
    if not match:
        return None
    mmdd, seq, check = match.groups()
    code = _canonical(mmdd, seq)
    return (code, check) if code else None


def parse_visit_code(text: str) -> str | None:
    """Canonical short code for what a person or a barcode scanner typed, or None.

    Accepts ``V-1122-0042``, ``v11220042``, ``1122-0042`` and ``V 1122 0042``, and a long
    code (its check part is not verified here: the desk takes a short code anyway).
    """
    match = _CODE.match(unicodedata.normalize("NFKC", text or ""))
    if match:
        return _canonical(*match.groups())
    long = parse_long_visit_code(text)
    return long[0] if long else None


def check_part(secret: bytes, code: str) -> str:
    """The check part of the canonical short ``code`` under the site's secret."""
    digest = hmac.new(secret, code.encode("ascii"), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")  # 2^64 values over 31^5: bias < 2 × 10^-12
    chars = []
    for _ in range(CHECK_LENGTH):
        number, index = divmod(number, len(CHECK_ALPHABET))
        chars.append(CHECK_ALPHABET[index])
    return "".join(chars)


def long_visit_code(secret: bytes, code: str) -> str:
    """The slip's long form of the canonical short ``code`` (``V-1122-0042-K7QM3``)."""
    return f"{code}-{check_part(secret, code)}"


def verify_long_visit_code(secret: bytes, text: str) -> str | None:
    """The short code when ``text`` is a long code with the right check part, else None."""
    parsed = parse_long_visit_code(text)
    if parsed is None:
        return None
    code, check = parsed
    return code if hmac.compare_digest(check, check_part(secret, code)) else None
