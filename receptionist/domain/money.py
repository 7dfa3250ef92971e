"""Money, exactly: amounts are integer cents (hundredths of the site's currency unit),
never floats. Text from a person or a file is read with ``Decimal``; what is shown is
formatted from the cents.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import ValidationError

# The site's currency (a setting): ISO 4217 code -> symbol shown before an amount.
CURRENCIES: dict[str, str] = {
    "CNY": "¥",
    "HKD": "HK$",
    "TWD": "NT$",
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "SGD": "S$",
}
DEFAULT_CURRENCY = "CNY"

# Plus or minus, digits with optional thousands separators, up to two decimals.
_AMOUNT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$")
# The largest amount accepted: 1e12 currency units (fits a 64-bit integer of cents
# many times over; bigger is a typing or file error).
MAX_CENTS = 100_000_000_000_000


def parse_amount(text: str, *, field: str = "amount") -> int:
    """``text`` ("1234.5", "-20", "1,299.00", "¥ 88") as integer cents.

    Raises ``ValidationError("amount_invalid")`` for anything else: no number, more than
    two decimals, exponent notation, or beyond ``MAX_CENTS``.
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    for symbol in sorted(set(CURRENCIES.values()), key=len, reverse=True):
        cleaned = cleaned.replace(symbol, "")
    cleaned = cleaned.replace("，", ",").replace("．", ".")
    match = _AMOUNT.match(cleaned)
    if not match:
        raise ValidationError("amount_invalid", field=field)
    sign, whole, fraction = match.groups()
    try:
        value = Decimal(whole.replace(",", "") + "." + (fraction or "0"))
    except InvalidOperation as exc:  # the pattern makes this unreachable; kept exact
        raise ValidationError("amount_invalid", field=field) from exc
    cents = int(value * 100)
    if cents > MAX_CENTS:
        raise ValidationError("amount_invalid", field=field)
    return -cents if sign == "-" else cents


def cents_to_decimal(cents: int) -> Decimal:
    """Cents as a ``Decimal`` of currency units with two places (for files and JSON)."""
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def plain(cents: int) -> str:
    """Cents as plain text of currency units, two decimals, no grouping: "-1234.50"."""
    return f"{cents_to_decimal(cents):.2f}"


def format_money(cents: int, currency: str = DEFAULT_CURRENCY) -> str:
    """Cents for people: the currency's symbol, thousands grouped, two decimals:
    "¥1,234.50", "-¥20.00"."""
    symbol = CURRENCIES.get(currency, currency + " ")
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{symbol}{units:,}.{rest:02d}"
