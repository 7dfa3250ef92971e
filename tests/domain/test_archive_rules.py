"""The archive's pure rules: special dates (real days, Feb 29, the next occurrence across
a year end), tags, and what each kind of customer expects."""

from __future__ import annotations

from datetime import date

import pytest

from receptionist.domain import archive as rules
from receptionist.domain.archive import Expectation, SpecialDateKind
from receptionist.domain.enums import Kind
from receptionist.domain.errors import ValidationError


def code_of(call) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.code, refused.value.field


@pytest.mark.parametrize(
    ("today", "month", "day", "days"),
    [
        (date(2026, 3, 10), 3, 10, 0),  # today
        (date(2026, 3, 10), 3, 13, 3),
        (date(2026, 3, 10), 3, 9, 364),  # just passed: next year
        (date(2026, 12, 29), 1, 2, 4),  # across the year end
        (date(2026, 12, 31), 12, 31, 0),
        (date(2027, 2, 25), 2, 29, 3),  # common year: Feb 29 falls on Feb 28
        (date(2028, 2, 25), 2, 29, 4),  # leap year: on the day itself
        (date(2027, 3, 1), 2, 29, 365),  # passed in 2027; next is 2028-02-29
    ],
)
def test_days_until_the_next_occurrence(today, month, day, days):
    assert rules.days_until(month, day, today) == days


def test_february_29_is_a_real_day_without_a_year_or_in_a_leap_year():
    assert rules.clean_special_date("birthday", 2, 29).day == 29
    assert rules.clean_special_date("birthday", 2, 29, 1996).year == 1996
    assert code_of(lambda: rules.clean_special_date("birthday", 2, 29, 1997)) == (
        "special_date_invalid",
        "special_dates",
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("birthday", 13, 1), "special_date_invalid"),
        (("birthday", 4, 31), "special_date_invalid"),
        (("birthday", 0, 1), "special_date_invalid"),
        (("birthday", "x", 1), "special_date_invalid"),
        (("birthday", 4, None), "special_date_invalid"),
        (("birthday", 4, 1, 1850), "special_date_year_invalid"),
        (("anniversary", 4, 1), "special_date_kind_invalid"),
        (("other", 4, 1, None, "  "), "special_date_label_required"),
        (("other", 4, 1, None, "x" * 61), "special_date_label_too_long"),
    ],
)
def test_a_special_date_that_is_not_a_real_day_is_refused(args, code):
    assert code_of(lambda: rules.clean_special_date(*args))[0] == code


def test_other_with_a_label_and_a_consumers_founding_day_are_allowed():
    assert rules.clean_special_date("other", 9, 1, None, "入职纪念日").label == "入职纪念日"
    assert rules.clean_special_date("founding", 6, 1, "2001").kind is SpecialDateKind.FOUNDING


def test_a_list_of_dates_is_sorted_and_a_repeat_kept_once():
    dates = rules.clean_special_dates(
        [
            {"kind": "wedding", "month": 10, "day": 2},
            {"kind": "birthday", "month": 5, "day": 20, "year": 1980},
            {"kind": "wedding", "month": 10, "day": 2},
        ]
    )
    assert [(d.kind, d.month, d.day) for d in dates] == [("birthday", 5, 20), ("wedding", 10, 2)]
    many = [{"kind": "other", "label": str(i), "month": 1, "day": 1} for i in range(21)]
    assert code_of(lambda: rules.clean_special_dates(many))[0] == "special_dates_too_many"


def test_tags_are_trimmed_deduplicated_and_limited():
    assert rules.clean_tags([" green tea ", "", "Green Tea", "no stairs"]) == (
        "green tea",
        "no stairs",
    )
    assert rules.clean_tags("绿茶\n不走楼梯") == ("绿茶", "不走楼梯")
    assert code_of(lambda: rules.clean_tags(["x" * 31])) == (
        "preference_tags_too_long",
        "preference_tags",
    )
    assert code_of(lambda: rules.clean_tags([str(i) for i in range(21)]))[0] == (
        "preference_tags_too_many"
    )


def test_each_kind_expects_what_the_practice_lists():
    assert rules.EXPECTATIONS[Kind.CONSUMER] == (Expectation.PRICE, Expectation.AFTER_SALES)
    assert rules.EXPECTATIONS[Kind.BUSINESS] == (
        Expectation.PRICE,
        Expectation.DELIVERY,
        Expectation.AFTER_SALES,
    )
    assert rules.EXPECTATIONS[Kind.INTERNAL] == (
        Expectation.CARE,
        Expectation.TIMELY_INFORMATION,
    )
