from decimal import Decimal

import pytest

from receptionist.domain.errors import ValidationError
from receptionist.domain.money import cents_to_decimal, format_money, parse_amount, plain


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1234.5", 123450),
        ("1234.56", 123456),
        ("-20", -2000),
        ("+7", 700),
        ("1,299.00", 129900),
        (" ¥ 88 ", 8800),
        ("0.01", 1),
        ("0", 0),
        ("0.1", 10),
        # 0.1 + 0.2 style values stay exact
        ("19.99", 1999),
    ],
)
def test_amounts_read_exactly(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text", ["", "abc", "1.234", "1e3", "12,34", "1..2", "--1", "1,2345.00", "NaN", "1" + "0" * 15]
)
def test_bad_amounts_are_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, field="amount")
    assert caught.value.code == "amount_invalid"
    assert caught.value.field == "amount"


def test_formatting():
    assert format_money(123450) == "¥1,234.50"
    assert format_money(-2000, "USD") == "-$20.00"
    assert format_money(5, "XYZ") == "XYZ 0.05"
    assert plain(-123450) == "-1234.50"
    assert cents_to_decimal(1999) == Decimal("19.99")
