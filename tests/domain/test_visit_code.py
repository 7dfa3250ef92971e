"""Visit codes: V-MMDD-NNNN, and every way a person or a scanner may type one."""

from __future__ import annotations

from datetime import date

import pytest

from receptionist.domain.visit_code import day_key, format_visit_code, parse_visit_code


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
