"""Visit codes: V-MMDD-NNNN, and every way a person or a scanner may type one."""

from __future__ import annotations

from datetime import date

import pytest

from receptionist.domain.visit_code import (
    CHECK_VALUES,
    check_part,
    day_key,
    format_visit_code,
    long_visit_code,
    parse_long_visit_code,
    parse_visit_code,
    verify_long_visit_code,
)


def test_format_uses_month_day_and_four_digit_sequence():
    assert format_visit_code(date(2024, 11, 22), 42) == "V-1122-0042"
    assert format_visit_code(date(2025, 1, 5), 1) == "V-0105-0001"
    assert day_key(date(2025, 1, 5)) == "0105"


def test_sequence_beyond_four_digits_still_round_trips():
    code = format_visit_code(date(2024, 11, 22), 12345)
    assert code == "V-1122-12345"
    assert parse_visit_code(code) == code


@pytest.mark.parametrize(
    "typed",
    [
        "V-1122-0042",
        "v-1122-0042",
        "v11220042",
        "V11220042",
        "1122-0042",
        "V 1122 0042",
        "  V-1122-0042  ",
        "11220042",
        "Ｖ－１１２２－００４２",
        "ｖ１１２２００４２",
    ],
)
def test_parse_accepts_usual_forms(typed):
    assert parse_visit_code(typed) == "V-1122-0042"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        None,
        "V",
        "V-1122",
        "张三",
        "V-1322-0042",
        "V-0032-0042",
        "V-0022-0042",
        "X-1122-0042",
        "V-1122-0042-1",
        "V--1122-0042",
        "V-1122-42",
        "13800138000",
        "V-١١٢٢-٠٠٤٢",
    ],
)
def test_parse_refuses_what_is_not_a_code(typed):
    assert parse_visit_code(typed) is None


# -- the slip's long form ----------------------------------------------------------------
SECRET = bytes(range(32))


def test_long_code_adds_a_five_character_check_from_the_unambiguous_alphabet():
    long = long_visit_code(SECRET, "V-1122-0042")
    short, check = long[:11], long[12:]
    assert short == "V-1122-0042" and long[11] == "-"
    assert len(check) == 5 and not set(check) & set("01OIL")
    assert check == check_part(SECRET, "V-1122-0042")  # the same every time
    assert check_part(bytes(32), "V-1122-0042") != check  # another site, another check


def test_neighbouring_codes_do_not_share_their_check_part():
    checks = {check_part(SECRET, format_visit_code(date(2024, 11, 22), n)) for n in range(200)}
    assert len(checks) == 200


@pytest.mark.parametrize(
    "typed",
    ["{}", "{} ", "{lower}", "{compact}", "{spaced}", "Ｖ－１１２２－００４２－{check}"],
)
def test_long_code_is_verified_however_it_is_typed(typed):
    long = long_visit_code(SECRET, "V-1122-0042")
    check = long[12:]
    text = typed.format(
        long,
        lower=long.lower(),
        compact=long.replace("-", ""),
        spaced=long.replace("-", " "),
        check=check,
    )
    assert verify_long_visit_code(SECRET, text) == "V-1122-0042"
    assert parse_visit_code(text) == "V-1122-0042"  # the desk takes it too


def test_a_short_or_wrong_long_code_is_not_verified():
    long = long_visit_code(SECRET, "V-1122-0042")
    wrong = long[:-1] + ("2" if long[-1] != "2" else "3")
    for text in ("V-1122-0042", wrong, "V-1122-0043" + long[11:], long + "2", ""):
        assert verify_long_visit_code(SECRET, text) is None, text


def test_long_code_of_a_long_sequence_round_trips():
    long = long_visit_code(SECRET, "V-1122-12345")
    assert parse_long_visit_code(long) == ("V-1122-12345", long[-5:])
    assert verify_long_visit_code(SECRET, long.replace("-", "")) == "V-1122-12345"


def test_guessing_odds():
    assert CHECK_VALUES == 31**5 == 28_629_151
