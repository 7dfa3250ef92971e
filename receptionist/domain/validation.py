"""Validation of what people type at the desk.

Each check returns the clean value or raises ``ValidationError`` with a stable ``code``
(its sentence is in ``messages.py``; the UI translates it) and the ``field`` to show it
next to. Messages never repeat the rejected value: it may be personal data.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import ValidationError

if TYPE_CHECKING:
    import phonenumbers

NAME_MAX = 100
COMPANY_MAX = 120
NOTE_MAX = 500
REASON_MAX = 300
PARTY_MIN, PARTY_MAX = 1, 200
ROOM_MAX = 20
TITLE_MAX = 60
NOTES_MAX = 2000
DEFAULT_REGION = "CN"
MOBILE_DIGITS = 11  # a mainland mobile number, without the country code

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Characters that draw nothing. A value made only of them is empty: format characters
# (Cf: zero-width space U+200B, word joiner U+2060, soft hyphen U+00AD, byte-order mark
# U+FEFF...), combining marks with nothing to combine with (Mn, Me), separators, and
# fillers that count as letters but are blank (Hangul fillers, the blank Braille cell).
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Zs", "Zl", "Zp"})
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Invisible characters a paste often brings at either end; trimmed like spaces.
_TRIMMED = r"[\s\u200b\u200c\u200d\u2060\u00ad\ufeff]"
_EDGES = re.compile(rf"^{_TRIMMED}+|{_TRIMMED}+$")
# Direction overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069): they
# reorder what follows, so text could read differently on the board, a slip or a
# terminal from what was stored.
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def is_blank(text: str) -> bool:
    """True when ``text`` draws nothing (empty, spaces, invisible characters only)."""
    return all(
        ch in _BLANK_LETTERS or unicodedata.category(ch) in _INVISIBLE_CATEGORIES for ch in text
    )


def check_valid_text(text: str, *, field: str | None) -> None:
    """Refuse text that cannot be stored or could be displayed misleadingly: lone
    surrogates (a broken paste, bytes from a terminal in another encoding) and
    direction-override characters."""
    if _SURROGATE.search(text):
        raise ValidationError("text_invalid", field=field)
    if _BIDI_CONTROLS.search(text):
        raise ValidationError("text_bidi", field=field)


def _has_control(text: str, allow_newlines: bool = False) -> bool:
    for ch in text:
        if allow_newlines and ch in "\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            return True
    return False


def clean_text(
    value: str | None,
    *,
    field: str,
    maximum: int,
    required: bool,
    allow_newlines: bool = False,
) -> str:
    """Trimmed text of at most ``maximum`` characters without control characters. The
    refusals' codes are ``{field}_required``, ``{field}_control`` and ``{field}_too_long``:
    each field has its own sentences in the catalogue."""
    text = value or ""
    check_valid_text(text, field=field)
    text = _EDGES.sub("", text)
    if is_blank(text):
        if required:
            raise ValidationError(f"{field}_required", field=field)
        return ""
    if _has_control(text, allow_newlines):
        raise ValidationError(f"{field}_control", field=field)
    if len(text) > maximum:
        raise ValidationError(f"{field}_too_long", field=field, maximum=maximum)
    return text


def clean_name(value: str | None) -> str:
    """A person's name: trimmed, 1-100 characters, any script, no control characters."""
    text = clean_text(value, field="name", maximum=len(value or ""), required=True)
    text = re.sub(r"\s+", " ", text)
    if len(text) > NAME_MAX:
        raise ValidationError("name_too_long", field="name", maximum=NAME_MAX)
    return text


def clean_company(value: str | None) -> str:
    return clean_text(value, field="company", maximum=COMPANY_MAX, required=False)


def clean_note(value: str | None) -> str:
    return clean_text(value, field="note", maximum=NOTE_MAX, required=False, allow_newlines=True)


def clean_title(value: str | None) -> str:
    """How a customer is addressed or their position (经理, Dr.): optional, one line."""
    return clean_text(value, field="title", maximum=TITLE_MAX, required=False)


def clean_notes(value: str | None) -> str:
    """The desk's notes on a customer: optional, several lines."""
    return clean_text(value, field="notes", maximum=NOTES_MAX, required=False, allow_newlines=True)


def clean_reason(value: str | None) -> str:
    return clean_text(
        value,
        field="reason",
        maximum=REASON_MAX,
        required=True,
        allow_newlines=True,
    )


def clean_room(value: str | None) -> str:
    return clean_text(value, field="room", maximum=ROOM_MAX, required=False)


def clean_email(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        return ""
    invisible = any(unicodedata.category(ch) in ("Cf", "Cs", "Cc") for ch in text)
    if invisible or len(text) > 254 or not _EMAIL.match(text):
        raise ValidationError("email_invalid", field="email")
    return text.lower()


def clean_party_size(value: int | str | None) -> int:
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        size = int(value) if value not in (None, "") else 1
    except (TypeError, ValueError):
        raise ValidationError("party_size_invalid", field="party_size") from None
    if not PARTY_MIN <= size <= PARTY_MAX:
        raise ValidationError(
            "party_size_range", field="party_size", smallest=PARTY_MIN, largest=PARTY_MAX
        )
    return size


@dataclass(frozen=True)
class Phone:
    """A normalised phone number.

    ``e164`` is the stored, unique form; ``search`` is the digits a person types from the
    start (national form with trunk 0 for Chinese landlines, country code + number for
    international); ``last4`` are the last four digits.
    """

    e164: str
    search: str
    last4: str
    display: str


def _phonenumbers() -> ModuleType:
    """``phonenumbers``, imported when a phone is first checked: loading its metadata
    takes ~13 ms that the desk's first frame does not need (docs/performance.md)."""
    import phonenumbers

    return phonenumbers


def _mobile_length(number: phonenumbers.PhoneNumber) -> str | None:
    """'short' or 'long' when a mainland number that looks like a mobile (starts with 1, no
    area code) has the wrong length, else None. Landline lengths vary, so they are left to
    the validity check."""
    national = str(number.national_number)
    if not national.startswith("1") or _phonenumbers().is_valid_number(number):
        return None
    if national.startswith("10") and len(national) in (10, 11):  # Beijing landline (010)
        return None
    if len(national) < MOBILE_DIGITS:
        return "short"
    if len(national) > MOBILE_DIGITS:
        return "long"
    return None


def _check_length(number: phonenumbers.PhoneNumber) -> None:
    """Refuse a number of a length no number of its country has. A mainland number's
    refusal says how long a mobile is and that a landline needs its area code."""
    pn = _phonenumbers()
    reason = pn.is_possible_number_with_reason(number)
    if reason == pn.ValidationResult.INVALID_COUNTRY_CODE:
        raise ValidationError("phone_country", field="phone")
    mainland = number.country_code == 86
    lengths = {
        pn.ValidationResult.TOO_SHORT: "short",
        pn.ValidationResult.TOO_LONG: "long",
        pn.ValidationResult.INVALID_LENGTH: "length",
    }
    problem = lengths.get(reason) or (_mobile_length(number) if mainland else None)
    if problem == "long":
        raise ValidationError("phone_too_long", field="phone")
    if problem == "short" and mainland:
        raise ValidationError("phone_too_short", field="phone", digits=MOBILE_DIGITS)
    if problem == "short":
        raise ValidationError("phone_foreign_too_short", field="phone")
    if problem == "length" and mainland:
        raise ValidationError("phone_length", field="phone", digits=MOBILE_DIGITS)
    if problem == "length":
        raise ValidationError("phone_foreign_length", field="phone")


def clean_phone(value: str | None, region: str = DEFAULT_REGION) -> Phone | None:
    """Normalise a phone: mainland mobile, landline with area code, or international ``+``.

    Empty input gives ``None``; anything else that is not a valid number is refused with
    the reason.
    """
    # Full-width digits and signs (＋８６ １３８－…) are what a Chinese input method types.
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not text:
        return None
    if re.search(r"[^\d\s\-+().]", text):
        raise ValidationError("phone_chars", field="phone")
    pn = _phonenumbers()
    try:
        number = pn.parse(text, region)
    except pn.NumberParseException:
        raise ValidationError("phone_unparsable", field="phone") from None
    _check_length(number)
    if not pn.is_valid_number(number):
        raise ValidationError("phone_invalid", field="phone")
    e164 = pn.format_number(number, pn.PhoneNumberFormat.E164)
    if number.country_code == 86:
        national = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
        search = re.sub(r"\D", "", national)
        display = national
        if pn.number_type(number) == pn.PhoneNumberType.MOBILE:
            n = str(number.national_number)
            display = f"{n[:3]} {n[3:7]} {n[7:]}"
    else:
        search = e164[1:]
        display = pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL)
    return Phone(e164=e164, search=search, last4=e164[-4:], display=display)


def display_phone(e164: str | None) -> str:
    """The readable form of a stored phone, or '' when there is none."""
    if not e164:
        return ""
    phone = clean_phone(e164)
    return phone.display if phone else ""


def mask_phone(e164: str | None) -> str:
    """A phone for lists: the last four digits only (``•••• 5678``)."""
    if not e164:
        return ""
    return "•••• " + e164[-4:]


def mask_phone_middle(e164: str | None) -> str:
    """A phone with its middle hidden, as people recognise their own (``138****5678``,
    ``010****5678``, ``+1 202***0143``): enough to tell whose it is, not enough to call."""
    phone = clean_phone(e164) if e164 else None
    if phone is None:
        return ""
    if phone.e164.startswith("+86"):
        return _mask_digits(phone.search)
    national = _phonenumbers().parse(phone.e164).national_number
    country = phone.e164[: len(phone.e164) - len(str(national))]
    return f"{country} {_mask_digits(str(national))}"


def _mask_digits(digits: str) -> str:
    """Keep the first three and last four digits; a short number keeps the last four."""
    if len(digits) >= 8:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    return "*" * max(len(digits) - 4, 1) + digits[-4:]
