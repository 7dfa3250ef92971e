"""Lost-customer detection on a fixed dataset; every expectation worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from receptionist.domain import lost
from receptionist.domain.errors import ValidationError

TODAY = date(2026, 6, 30)
RULES = lost.LostRules(threshold_days=365, factor=3.0)

# name -> activity days. Hand-computed: idle days to 2026-06-30, gaps, median, rule.
DATASET = {
    # last 2025-06-29: idle 366 > 365 -> threshold
    "ann": [date(2025, 6, 29)],
    # last 2025-06-30: idle 365, not > 365; one day, no interval -> none
    "bob": [date(2025, 6, 30)],
    # days 03-01, 03-11, 03-21 (gaps 10, 10: median 10); idle to 06-30 = 101 > 30 -> interval
    "cai": [date(2026, 3, 1), date(2026, 3, 11), date(2026, 3, 21)],
    # the same, twice on 03-21 (counted once) and last 06-01: gaps 10, 10, 72 -> median 10;
    # idle 29, not > 30 -> none
    "dan": [
        date(2026, 3, 1),
        date(2026, 3, 11),
        date(2026, 3, 21),
        date(2026, 3, 21),
        date(2026, 6, 1),
    ],
    # two days only (gap 5, idle 100): fewer than 3 activities -> none
    "eve": [date(2026, 3, 17), date(2026, 3, 22)],
    # gaps 30, 60, 90, 120: median 75; last 2026-03-03, idle 119, not > 225 -> none
    "fay": [
        date(2025, 5, 7),
        date(2025, 6, 6),
        date(2025, 8, 5),
        date(2025, 11, 3),
        date(2026, 3, 3),
    ],
    # gaps 1, 1, 1: median 1; last 2026-06-26, idle 4 > 3 -> interval
    "gus": [date(2026, 6, 23), date(2026, 6, 24), date(2026, 6, 25), date(2026, 6, 26)],
    # idle 3, not > 3 -> none
    "hal": [date(2026, 6, 24), date(2026, 6, 25), date(2026, 6, 26), date(2026, 6, 27)],
}
EXPECTED = {"ann": "threshold", "cai": "interval", "gus": "interval"}


def detected(rules: lost.LostRules = RULES) -> dict[str, str]:
    found = {}
    for name, days in DATASET.items():
        activity = lost.summarise(days)
        assert activity is not None
        rule = lost.rule_for(activity, TODAY, rules)
        if rule:
            found[name] = rule
    return found


def test_the_fixed_dataset_gives_the_hand_computed_rules() -> None:
    assert detected() == EXPECTED


def test_summaries_count_each_day_once_and_take_the_median_gap() -> None:
    dan = lost.summarise(DATASET["dan"])
    assert dan == lost.Activity(4, date(2026, 6, 1), 10.0)
    fay = lost.summarise(DATASET["fay"])
    assert fay == lost.Activity(5, date(2026, 3, 3), 75.0)
    assert lost.summarise([date(2026, 1, 1)]) == lost.Activity(1, date(2026, 1, 1), None)
    assert lost.summarise([]) is None


def test_a_long_idle_customer_counts_by_threshold_even_when_the_interval_also_fits() -> None:
    many = [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 3)]
    activity = lost.summarise(many)
    assert activity and lost.rule_for(activity, TODAY, RULES) == lost.THRESHOLD


def test_the_settings_change_the_result() -> None:
    # a 100-day threshold: bob (365), cai (101) and fay (119) are idle longer; eve's 100
    # days are not more than 100; gus still by interval
    assert detected(lost.LostRules(100, 3.0)) == {
        "ann": "threshold",
        "bob": "threshold",
        "cai": "threshold",
        "fay": "threshold",
        "gus": "interval",
    }
    # factor 11: cai's 101 idle days are not > 110; gus's 4 are not > 11
    assert detected(lost.LostRules(365, 11.0)) == {"ann": "threshold"}


@pytest.mark.parametrize(
    ("days", "factor", "code"),
    [
        ("x", 3, "lost_threshold_invalid"),
        (10, 3, "lost_threshold_invalid"),
        (365, 1, "lost_factor_invalid"),
        (365, "y", "lost_factor_invalid"),
    ],
)
def test_bad_settings_are_refused(days: object, factor: object, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        lost.check_rules(days, factor)  # type: ignore[arg-type]
    assert caught.value.code == code


def test_reasons_and_statuses() -> None:
    assert lost.check_reason("price") == "price"
    with pytest.raises(ValidationError):
        lost.check_reason("weather")
    assert lost.closing_status(True) == "won_back"
    assert lost.closing_status(False) == "lost"
    assert lost.win_back_key(12) == "win_back:12"
