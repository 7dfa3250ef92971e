"""The dashboard's rules (pure): report periods, the same period last year, the buckets a
period is drawn in, the recommend score (NPS) and a chart's axis ticks."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from .errors import ValidationError


class PeriodKind(StrEnum):
    TODAY = "today"
    WEEK = "week"  # Monday to Sunday
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"  # start..end, both included


class Bucket(StrEnum):
    DAY = "day"
    WEEK = "week"  # starting on Monday


# A period of up to this many days is drawn per day, a longer one per week.
DAILY_MAX_DAYS = 31
# A custom period may not be longer than this (the whole history of a site fits).
MAX_DAYS = 366 * 50


@dataclass(frozen=True)
class ReportPeriod:
    """Whole local days from ``start`` to ``end``, both included."""

    kind: PeriodKind
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def bucket(self) -> Bucket:
        return bucket_for(self.start, self.end)


def _shift_year(day: date, years: int) -> date:
    """The same day ``years`` later (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def period_of(kind: PeriodKind | str, today: date) -> ReportPeriod:
    """The period of ``kind`` that holds ``today`` (not ``custom``: see ``custom_period``)."""
    kind = PeriodKind(kind)
    if kind is PeriodKind.TODAY:
        return ReportPeriod(kind, today, today)
    if kind is PeriodKind.WEEK:
        monday = today - timedelta(days=today.weekday())
        return ReportPeriod(kind, monday, monday + timedelta(days=6))
    if kind is PeriodKind.MONTH:
        first = today.replace(day=1)
        after = (first + timedelta(days=32)).replace(day=1)
        return ReportPeriod(kind, first, after - timedelta(days=1))
    if kind is PeriodKind.QUARTER:
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        after = (first + timedelta(days=95)).replace(day=1)
        return ReportPeriod(kind, first, after - timedelta(days=1))
    if kind is PeriodKind.YEAR:
        return ReportPeriod(kind, date(today.year, 1, 1), date(today.year, 12, 31))
    raise ValidationError("report_period_invalid", field="period")


def custom_period(start: date, end: date) -> ReportPeriod:
    """``start``..``end`` (both included); refused when the end is before the start or
    the span is longer than ``MAX_DAYS``."""
    if end < start:
        raise ValidationError("report_period_reversed", field="to")
    if (end - start).days + 1 > MAX_DAYS:
        raise ValidationError("report_period_too_long", field="from", longest=MAX_DAYS)
    return ReportPeriod(PeriodKind.CUSTOM, start, end)


def last_year(period: ReportPeriod) -> ReportPeriod:
    """The same days one year earlier (a week: the week of the same ISO number, Monday
    start, so weekdays line up; otherwise the same calendar dates)."""
    if period.kind is PeriodKind.WEEK:
        year, week, _ = period.start.isocalendar()
        try:
            monday = date.fromisocalendar(year - 1, week, 1)
        except ValueError:  # week 53 in a year that has 52
            monday = date.fromisocalendar(year - 1, 52, 1)
        return ReportPeriod(period.kind, monday, monday + timedelta(days=6))
    start = _shift_year(period.start, -1)
    end = _shift_year(period.end, -1)
    if period.end.month == 2 and period.end.day == 28 and _is_leap(period.end.year - 1):
        end = end.replace(day=29)  # February last year, to its end
    return ReportPeriod(period.kind, start, end)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def bucket_for(start: date, end: date) -> Bucket:
    """Days for a period of up to ``DAILY_MAX_DAYS`` days, weeks for a longer one."""
    return Bucket.DAY if (end - start).days + 1 <= DAILY_MAX_DAYS else Bucket.WEEK


def bucket_start(day: date, bucket: Bucket) -> date:
    """The first day of the bucket that holds ``day`` (a week starts on Monday)."""
    return day if bucket is Bucket.DAY else day - timedelta(days=day.weekday())


def bucket_starts(start: date, end: date, bucket: Bucket) -> list[date]:
    """Every bucket from the one holding ``start`` to the one holding ``end``, in order
    (a week-bucketed period's first and last weeks may reach outside it)."""
    step = timedelta(days=1 if bucket is Bucket.DAY else 7)
    first = bucket_start(start, bucket)
    count = (bucket_start(end, bucket) - first) // step + 1
    return [first + i * step for i in range(count)]


# -- recommend score ------------------------------------------------------------------------

PROMOTER_MIN = 9  # 9-10 promote
DETRACTOR_MAX = 6  # 0-6 detract; 7-8 are passive


@dataclass(frozen=True)
class NpsCounts:
    promoters: int = 0
    passives: int = 0
    detractors: int = 0

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> float | None:
        """% promoters − % detractors (−100..100); None without answers."""
        return nps(self.promoters, self.detractors, self.answers)


def nps_group(score: int) -> str:
    """ "promoter", "passive" or "detractor" for a 0-10 recommend score."""
    if not 0 <= score <= 10:
        raise ValueError(f"a recommend score is 0-10, not {score}")
    if score >= PROMOTER_MIN:
        return "promoter"
    return "detractor" if score <= DETRACTOR_MAX else "passive"


def nps_counts(scores: list[int]) -> NpsCounts:
    groups = [nps_group(s) for s in scores]
    return NpsCounts(groups.count("promoter"), groups.count("passive"), groups.count("detractor"))


def nps(promoters: int, detractors: int, answers: int) -> float | None:
    """The recommend score from counts, rounded to one decimal; None without answers."""
    if answers <= 0:
        return None
    return round(100.0 * (promoters - detractors) / answers, 1)


def ratio(part: int, whole: int, digits: int = 3) -> float | None:
    """``part / whole`` rounded; None when ``whole`` is 0 (no division by zero)."""
    return None if whole <= 0 else round(part / whole, digits)


def mean(total: float, count: int, digits: int = 2) -> float | None:
    """``total / count`` rounded; None when nothing was counted."""
    return None if count <= 0 else round(total / count, digits)


# -- complaints ------------------------------------------------------------------------------


def step_times(
    opened_at: datetime, events: list[tuple[datetime, int, str, bool | None]]
) -> list[tuple[datetime, int, float]]:
    """When each step of one complaint was done and how long it took, in seconds: from the
    complaint's previous event (opened, a step done, a step reopened) to this step's
    "done". ``events``: (at, step, action, resolved) in time order; gives (at, step,
    seconds)."""
    times = []
    previous = opened_at
    for at, step, action, _resolved in events:
        if action == "done":
            times.append((at, step, max(0.0, (at - previous).total_seconds())))
        previous = at
    return times


def nice_ticks(low: float, high: float, count: int = 5, integers: bool = False) -> list[float]:
    """Round tick values from ``low`` to ``high`` (about ``count`` of them), for a chart on
    screen and the same chart printed."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if integers else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in steps if m * magnitude >= raw)
    if integers:
        step = max(1, round(step))  # counts: whole ticks
    ticks, value = [], math.floor(low / step) * step
    while value < high + step * 0.999:
        ticks.append(round(value, 6))
        value += step
    return ticks
