"""Visit codes: short, unique and easy to read aloud (``V-1122-0042``).

The middle part is the local check-in date (month and day); the last part is a sequence
for that month-day that never restarts, so codes stay unique across years. Digits only
after the ``V``: no O/0 or I/1 confusion when read over the phone.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_CODE = re.compile(r"^\s*[Vv]?[-\s]?([0-9]{4})[-\s]?([0-9]{4,6})\s*$")


def day_key(day: date) -> str:
    return f"{day.month:02d}{day.day:02d}"


def format_visit_code(day: date, sequence: int) -> str:
    return f"V-{day_key(day)}-{sequence:04d}"


def parse_visit_code(text: str) -> str | None:
    """Canonical code for what a person or a barcode scanner typed, or None.

    Accepts ``V-1122-0042``, ``v11220042``, ``1122-0042`` and ``V 1122 0042``.
    """
    match = _CODE.match(unicodedata.normalize("NFKC", text or ""))
    if not match:
        return None
    mmdd, seq = match.groups()
    month, day = int(mmdd[:2]), int(mmdd[2:])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"V-{mmdd}-{int(seq):04d}"
