"""The dashboard's figures as chart data, labelled in the user's language. Plain
conversions from ``services.report_views`` (no rule is decided here): what each chart and
its table show."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.enums import Category, Purpose, Tier
from ...services.report_views import (
    RATINGS,
    ComplaintFigures,
    Dashboard,
    FollowUpFigures,
    Satisfaction,
    TierFigures,
)
from ..common.labels import category_label, purpose_label, tier_label
from .chart import ChartData, Series

_CTX = "Dashboard"
MOVES = ("up", "down", "same", "new", "dropped")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def rating_label(rating: str) -> str:
    return {
        "overall": _t("Overall"),
        "attitude": _t("Attitude"),
        "professionalism": _t("Professionalism"),
        "speed": _t("Speed"),
        "environment": _t("Environment"),
    }[rating]


def move_label(move: str) -> str:
    return {
        "up": _t("Moved up"),
        "down": _t("Moved down"),
        "same": _t("Stayed"),
        "new": _t("New"),
        "dropped": _t("Dropped out"),
    }[move]


def bucket_text(day: date, board: Dashboard) -> str:
    """A bucket's first day: month-day within one year, else the whole date."""
    if board.period.start.year == board.period.end.year:
        return f"{day.month:02d}-{day.day:02d}"
    return day.isoformat()


def bucket_title(board: Dashboard) -> str:
    return _t("Day") if board.period.bucket == "day" else _t("Week of")


def _fit(values: tuple[int, ...], length: int) -> tuple[int | None, ...]:
    """Last year's buckets side by side with this year's (by position)."""
    padded: list[int | None] = list(values[:length])
    return tuple(padded + [None] * (length - len(padded)))


def visits_by_purpose(board: Dashboard) -> ChartData:
    visits = board.visits
    length = len(visits.current.buckets)
    return ChartData(
        categories=tuple(bucket_text(b, board) for b in visits.current.buckets),
        bars=tuple(
            Series(purpose_label(Purpose(s.key)), s.counts) for s in visits.current.by_purpose
        ),
        lines=(Series(_t("Last year (all)"), _fit(visits.last_year.per_bucket, length)),),
        stacked=True,
        table_only=(Series(_t("This year (all)"), visits.current.per_bucket),),
    )


def visits_by_category(board: Dashboard) -> ChartData:
    current = board.visits.current
    return ChartData(
        categories=tuple(bucket_text(b, board) for b in current.buckets),
        bars=tuple(Series(category_label(Category(s.key)), s.counts) for s in current.by_category),
        stacked=True,
    )


def rating_averages(sat: Satisfaction) -> ChartData:
    averages = sat.averages
    return ChartData(
        categories=tuple(rating_label(r) for r in RATINGS),
        bars=(Series(_t("Average (1–5)"), tuple(getattr(averages, r) for r in RATINGS)),),
        y_range=(0.0, 5.0),
        decimals=2,
    )


def nps_split(sat: Satisfaction) -> ChartData:
    nps = sat.nps
    return ChartData(
        categories=(_t("Promoters (9–10)"), _t("Passives (7–8)"), _t("Detractors (0–6)")),
        bars=(Series(_t("Answers"), (nps.promoters, nps.passives, nps.detractors)),),
    )


def satisfaction_trend(sat: Satisfaction, board: Dashboard) -> ChartData:
    return ChartData(
        categories=tuple(bucket_text(p.bucket, board) for p in sat.trend),
        lines=(Series(_t("Overall (1–5)"), tuple(p.overall for p in sat.trend)),),
        y_range=(0.0, 5.0),
        decimals=2,
        table_only=(Series(_t("Answers"), tuple(p.answers for p in sat.trend)),),
    )


def nps_trend(sat: Satisfaction, board: Dashboard) -> ChartData:
    return ChartData(
        categories=tuple(bucket_text(p.bucket, board) for p in sat.trend),
        lines=(Series(_t("Recommend score (NPS)"), tuple(p.nps for p in sat.trend)),),
        y_range=(-100.0, 100.0),
        decimals=1,
        table_only=(Series(_t("Answers"), tuple(p.answers for p in sat.trend)),),
    )


def complaint_counts(c: ComplaintFigures) -> ChartData:
    return ChartData(
        categories=(_t("Opened"), _t("Closed"), _t("Overdue now")),
        bars=(Series(_t("Complaints"), (c.opened, c.closed, c.overdue)),),
    )


def step_label(step: int) -> str:
    return {
        1: _t("1 Listen"),
        2: _t("2 Empathise"),
        3: _t("3 Propose"),
        4: _t("4 Carry out"),
        5: _t("5 Call back"),
    }[step]


def step_times(c: ComplaintFigures) -> ChartData:
    return ChartData(
        categories=tuple(step_label(s.step) for s in c.steps),
        bars=(
            Series(
                _t("Mean hours"),
                tuple(None if s.mean_seconds is None else s.mean_seconds / 3600 for s in c.steps),
            ),
        ),
        decimals=1,
        table_only=(Series(_t("Done"), tuple(s.done for s in c.steps)),),
    )


def tier_distribution(t: TierFigures) -> ChartData:
    return ChartData(
        categories=tuple(tier_label(Tier(c.tier)) for c in t.distribution),
        bars=(Series(_t("Customers"), tuple(c.customers for c in t.distribution)),),
    )


def tier_moves(t: TierFigures) -> ChartData:
    return ChartData(
        categories=tuple(move_label(m) for m in MOVES) if t.moves else (),
        bars=(Series(_t("Customers"), tuple(t.moves.get(m, 0) for m in MOVES)),),
    )


def tier_or_none(tier: str | None) -> str:
    return tier_label(Tier(tier)) if tier else _t("No tier")


def follow_ups(f: FollowUpFigures) -> ChartData:
    return ChartData(
        categories=tuple(s.name or _t("Unassigned") for s in f.staff),
        bars=(
            Series(_t("Done in the period"), tuple(s.done for s in f.staff)),
            Series(_t("Overdue now"), tuple(s.overdue for s in f.staff)),
        ),
    )


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f} %"
