"""Rules of the customer archive (issue 12): what the desk may store about a customer
beyond the contact details (source, preferences and their tags, special dates, the
reference in other systems, consent to be contacted) and what each kind of customer
expects. Each ``clean_*`` returns the clean value or raises ``ValidationError`` naming
the field; messages never repeat the value."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .enums import Kind
from .errors import ValidationError
from .validation import clean_text

SOURCE_MAX = 60
PREFERENCES_MAX = 2000
TAG_MAX = 30
TAGS_MAX = 20
CUSTOMER_REF_MAX = 60
LABEL_MAX = 60
SPECIAL_DATES_MAX = 20
YEAR_MIN = 1900
SOON_DAYS = 7  # the check-in glance mentions a special date this many days ahead


class SpecialDateKind(StrEnum):
    BIRTHDAY = "birthday"
    WEDDING = "wedding"  # wedding anniversary
    FOUNDING = "founding"  # company founding day (odd for a consumer, but allowed)
    OTHER = "other"  # needs a label


class Expectation(StrEnum):
    """What a kind of customer values most, as the practice lists it."""

    PRICE = "price"
    DELIVERY = "delivery"
    AFTER_SALES = "after_sales"
    CARE = "care"
    TIMELY_INFORMATION = "timely_information"


EXPECTATIONS: dict[Kind, tuple[Expectation, ...]] = {
    Kind.CONSUMER: (Expectation.PRICE, Expectation.AFTER_SALES),
    Kind.BUSINESS: (Expectation.PRICE, Expectation.DELIVERY, Expectation.AFTER_SALES),
    Kind.INTERNAL: (Expectation.CARE, Expectation.TIMELY_INFORMATION),
}


@dataclass(frozen=True, order=True)
class SpecialDateValue:
    """One special date: ``year`` None when not known."""

    month: int
    day: int
    kind: SpecialDateKind
    label: str = ""
    year: int | None = None


def clean_source(value: str | None) -> str:
    """Where the customer came from (a fair, a referral, the website): one line."""
    return clean_text(value, field="source", maximum=SOURCE_MAX, required=False)


def clean_preferences(value: str | None) -> str:
    """The free text of preferences: several lines allowed."""
    return clean_text(
        value, field="preferences", maximum=PREFERENCES_MAX, required=False, allow_newlines=True
    )


def clean_customer_ref(value: str | None) -> str:
    """The customer's reference in the site's other systems; '' when none."""
    return clean_text(value, field="customer_ref", maximum=CUSTOMER_REF_MAX, required=False)


def clean_tags(values: list[str] | tuple[str, ...] | str | None) -> tuple[str, ...]:
    """Preference tags ("green tea", "no stairs"): each one line of at most ``TAG_MAX``
    characters, blanks dropped, a tag given twice (any case) kept once, at most
    ``TAGS_MAX``. A string is one tag per line."""
    if values is None:
        return ()
    items = values.split("\n") if isinstance(values, str) else list(values)
    tags: list[str] = []
    seen: set[str] = set()
    for item in items:
        tag = clean_text(item, field="preference_tags", maximum=TAG_MAX, required=False)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    if len(tags) > TAGS_MAX:
        raise ValidationError("preference_tags_too_many", field="preference_tags", maximum=TAGS_MAX)
    return tuple(tags)


def tags_text(tags: tuple[str, ...]) -> str:
    """Tags as the customer row stores them: one per line."""
    return "\n".join(tags)


def parse_tags(text: str | None) -> tuple[str, ...]:
    return tuple(t for t in (text or "").split("\n") if t)


def clean_consent(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("contact_consent_invalid", field="contact_consent")
    return value


def _int_or_none(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError
    return int(str(value).strip())


def clean_special_date(
    kind: str | SpecialDateKind,
    month: object,
    day: object,
    year: object = None,
    label: str | None = "",
) -> SpecialDateValue:
    """One special date: a known kind (``other`` needs a label), a real month and day
    (Feb 29 without a year, or in a leap year), a year between 1900 and this century."""
    try:
        kind_value = SpecialDateKind(kind)
    except ValueError:
        raise ValidationError("special_date_kind_invalid", field="special_dates") from None
    label_value = clean_text(label, field="special_date_label", maximum=LABEL_MAX, required=False)
    if kind_value is SpecialDateKind.OTHER and not label_value:
        raise ValidationError("special_date_label_required", field="special_dates")
    try:
        m, d, y = _int_or_none(month), _int_or_none(day), _int_or_none(year)
    except ValueError:
        raise ValidationError("special_date_invalid", field="special_dates") from None
    if m is None or d is None or not 1 <= m <= 12:
        raise ValidationError("special_date_invalid", field="special_dates")
    if y is not None and not YEAR_MIN <= y <= 2999:
        raise ValidationError("special_date_year_invalid", field="special_dates", lowest=YEAR_MIN)
    longest = calendar.monthrange(y if y is not None else 2000, m)[1]  # 2000: a leap year
    if not 1 <= d <= longest:
        raise ValidationError("special_date_invalid", field="special_dates")
    return SpecialDateValue(month=m, day=d, kind=kind_value, label=label_value, year=y)


def clean_special_dates(values) -> tuple[SpecialDateValue, ...]:
    """A customer's whole list of special dates (it replaces the stored one); each item a
    ``SpecialDateValue`` or a mapping with kind, month, day, year, label. Sorted by day
    of the year; the same date of the same kind and label given twice is kept once."""
    dates: set[SpecialDateValue] = set()
    for item in values or ():
        if isinstance(item, SpecialDateValue):
            item = {
                "kind": item.kind,
                "month": item.month,
                "day": item.day,
                "year": item.year,
                "label": item.label,
            }
        dates.add(
            clean_special_date(
                item.get("kind", ""),
                item.get("month"),
                item.get("day"),
                item.get("year"),
                item.get("label", ""),
            )
        )
    if len(dates) > SPECIAL_DATES_MAX:
        raise ValidationError(
            "special_dates_too_many", field="special_dates", maximum=SPECIAL_DATES_MAX
        )
    return tuple(sorted(dates, key=lambda s: (s.month, s.day, s.kind, s.label, s.year or 0)))


def occurrence(month: int, day: int, year: int) -> date:
    """The day a yearly date falls on in ``year``: Feb 29 falls on Feb 28 in a common year."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def days_until(month: int, day: int, today: date) -> int:
    """Days from ``today`` to the next time the yearly date comes round (0: today)."""
    this_year = occurrence(month, day, today.year)
    if this_year >= today:
        return (this_year - today).days
    return (occurrence(month, day, today.year + 1) - today).days
