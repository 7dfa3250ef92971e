"""Invitation codes of planned visits (``I-7KQM-3XPA``).

Random, not sequential: the kiosk accepts an invitation code on its own, so a code must
not be guessable from another one. Eight characters from 31 (no 0/O, 1/I/L) give about
8.5 × 10^11 codes. Scanners and people may type it in any case, with or without dashes.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_CODE = re.compile(rf"^I([{ALPHABET}]{{8}})$")


def new_invite_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"I-{body[:4]}-{body[4:]}"


def parse_invite_code(text: str) -> str | None:
    """Canonical code for what a person or a scanner typed, or None."""
    compact = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text or "")).upper()
    match = _CODE.match(compact)
    if not match:
        return None
    body = match.group(1)
    return f"I-{body[:4]}-{body[4:]}"
