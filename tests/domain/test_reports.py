"""The dashboard's pure rules: periods, last year, buckets, the recommend score."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from receptionist.domain.errors import ValidationError
from receptionist.domain.reports import (
    Bucket,
    PeriodKind,
    bucket_for,
    bucket_starts,
    custom_period,
    last_year,
    mean,
    nps,
    nps_counts,
    nps_group,
    period_of,
    ratio,
    step_times,
)

FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("kind", "start", "end"),
    [
        ("today", date(2026, 3, 20), date(2026, 3, 20)),
        ("week", date(2026, 3, 16), date(2026, 3, 22)),  # Monday to Sunday
        ("month", date(2026, 3, 1), date(2026, 3, 31)),
        ("quarter", date(2026, 1, 1), date(2026, 3, 31)),
        ("year", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_periods_around_a_day(kind, start, end):
    period = period_of(kind, FRIDAY)
    assert (period.start, period.end, period.kind) == (start, end, PeriodKind(kind))


def test_month_and_quarter_ends():
    assert period_of("month", date(2024, 2, 10)).end == date(2024, 2, 29)
    assert period_of("quarter", date(2026, 11, 30)).start == date(2026, 10, 1)
    assert period_of("quarter", date(2026, 11, 30)).end == date(2026, 12, 31)
    assert period_of("week", date(2026, 3, 16)).start == date(2026, 3, 16)  # a Monday
    assert period_of("week", date(2026, 3, 22)).start == date(2026, 3, 16)  # a Sunday


def test_custom_periods_are_checked():
    assert custom_period(date(2026, 1, 1), date(2026, 1, 1)).days == 1
    with pytest.raises(ValidationError) as info:
        custom_period(date(2026, 2, 1), date(2026, 1, 1))
    assert info.value.code == "report_period_reversed"
    with pytest.raises(ValidationError):
        period_of("custom", FRIDAY)
    with pytest.raises(ValueError):
        period_of("fortnight", FRIDAY)


def test_the_same_period_last_year():
    march = custom_period(date(2026, 3, 1), date(2026, 3, 31))
    assert (last_year(march).start, last_year(march).end) == (date(2025, 3, 1), date(2025, 3, 31))
    leap = period_of("month", date(2024, 2, 1))
    assert (last_year(leap).start, last_year(leap).end) == (date(2023, 2, 1), date(2023, 2, 28))
    after_leap = period_of("month", date(2025, 2, 1))
    assert last_year(after_leap).end == date(2024, 2, 29)  # the whole February
    week = last_year(period_of("week", FRIDAY))
    assert (week.start, week.end) == (date(2025, 3, 17), date(2025, 3, 23))
    assert week.start.weekday() == 0
    week53 = last_year(period_of("week", date(2026, 12, 31)))  # 2026 has an ISO week 53
    assert week53.start.weekday() == 0 and week53.start.year == 2025


def test_buckets_are_days_up_to_31_days_then_weeks():
    assert bucket_for(date(2026, 3, 1), date(2026, 3, 31)) is Bucket.DAY
    assert bucket_for(date(2026, 3, 1), date(2026, 4, 1)) is Bucket.WEEK
    days = bucket_starts(date(2026, 3, 1), date(2026, 3, 3), Bucket.DAY)
    assert days == [date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)]
    weeks = bucket_starts(date(2026, 1, 1), date(2026, 1, 31), Bucket.WEEK)
    assert weeks[0] == date(2025, 12, 29) and weeks[-1] == date(2026, 1, 26)
    assert all(b.weekday() == 0 for b in weeks) and len(weeks) == 5


def test_the_recommend_score():
    assert [nps_group(s) for s in (0, 6, 7, 8, 9, 10)] == [
        "detractor",
        "detractor",
        "passive",
        "passive",
        "promoter",
        "promoter",
    ]
    counts = nps_counts([10, 9, 8, 3])
    assert (counts.promoters, counts.passives, counts.detractors, counts.nps) == (2, 1, 1, 25.0)
    assert nps_counts([]).nps is None
    assert nps(0, 3, 3) == -100.0
    assert nps(1, 0, 3) == 33.3
    with pytest.raises(ValueError):
        nps_group(11)


def test_no_division_by_zero():
    assert ratio(1, 0) is None and mean(5, 0) is None
    assert ratio(1, 3) == 0.333 and mean(11, 3) == 3.67


def test_time_per_complaint_step_counts_from_the_previous_event():
    t0 = datetime(2026, 3, 1, tzinfo=UTC)
    h = timedelta(hours=1)
    events = [
        (t0 + h, 1, "done", None),
        (t0 + 3 * h, 2, "done", None),
        (t0 + 4 * h, 2, "reopened", None),
        (t0 + 6 * h, 2, "done", None),
    ]
    assert step_times(t0, events) == [
        (t0 + h, 1, 3600.0),
        (t0 + 3 * h, 2, 7200.0),
        (t0 + 6 * h, 2, 7200.0),
    ]


def test_axis_ticks_are_round_and_cover_the_values():
    from receptionist.domain.reports import nice_ticks

    assert nice_ticks(0, 7, integers=True) == [0, 2, 4, 6, 8]  # counts: whole steps
    assert nice_ticks(1, 5) == [1.0, 2.0, 3.0, 4.0, 5.0]  # the ratings' axis
    assert nice_ticks(0, 1234) == [0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0]
    assert nice_ticks(0, 0) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]  # nothing yet: still an axis
