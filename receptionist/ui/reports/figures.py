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

MOVES = ("up", "down", "same", "new", "dropped")


def rating_label(rating: str) -> str:
    return {
        "overall": QCoreApplication.translate("Dashboard", "Overall"),
        "attitude": QCoreApplication.translate("Dashboard", "Attitude"),
        "professionalism": QCoreApplication.translate("Dashboard", "Professionalism"),
        "speed": QCoreApplication.translate("Dashboard", "Speed"),
        "environment": QCoreApplication.translate("Dashboard", "Environment"),
    }[rating]


def move_label(move: str) -> str:
    return {
        "up": QCoreApplication.translate("Dashboard", "Moved up"),
        "down": QCoreApplication.translate("Dashboard", "Moved down"),
        "same": QCoreApplication.translate("Dashboard", "Stayed"),
        "new": QCoreApplication.translate("Dashboard", "New"),
        "dropped": QCoreApplication.translate("Dashboard", "Dropped out"),
    }[move]


def bucket_text(day: date, board: Dashboard) -> str:
    """A bucket's first day: month-day within one year, else the whole date."""
    if board.period.start.year == board.period.end.year:
        return f"{day.month:02d}-{day.day:02d}"
    return day.isoformat()


def bucket_title(board: Dashboard) -> str:
    return (
        QCoreApplication.translate("Dashboard", "Day")
        if board.period.bucket == "day"
        else QCoreApplication.translate("Dashboard", "Week of")
    )


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
        lines=(
            Series(
                QCoreApplication.translate("Dashboard", "Last year (all)"),
                _fit(visits.last_year.per_bucket, length),
            ),
        ),
        stacked=True,
        table_only=(
            Series(
                QCoreApplication.translate("Dashboard", "This year (all)"),
                visits.current.per_bucket,
            ),
        ),
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
        bars=(
            Series(
                QCoreApplication.translate("Dashboard", "Average (1–5)"),
                tuple(getattr(averages, r) for r in RATINGS),
            ),
        ),
        y_range=(0.0, 5.0),
        decimals=2,
    )


def nps_split(sat: Satisfaction) -> ChartData:
    nps = sat.nps
    return ChartData(
        categories=(
            QCoreApplication.translate("Dashboard", "Promoters (9–10)"),
            QCoreApplication.translate("Dashboard", "Passives (7–8)"),
            QCoreApplication.translate("Dashboard", "Detractors (0–6)"),
        ),
        bars=(
            Series(
                QCoreApplication.translate("Dashboard", "Answers"),
                (nps.promoters, nps.passives, nps.detractors),
            ),
        ),
    )


def satisfaction_trend(sat: Satisfaction, board: Dashboard) -> ChartData:
    return ChartData(
        categories=tuple(bucket_text(p.bucket, board) for p in sat.trend),
        lines=(
            Series(
                QCoreApplication.translate("Dashboard", "Overall (1–5)"),
                tuple(p.overall for p in sat.trend),
            ),
        ),
        y_range=(0.0, 5.0),
        decimals=2,
        table_only=(
            Series(
                QCoreApplication.translate("Dashboard", "Answers"),
                tuple(p.answers for p in sat.trend),
            ),
        ),
    )


def nps_trend(sat: Satisfaction, board: Dashboard) -> ChartData:
    return ChartData(
        categories=tuple(bucket_text(p.bucket, board) for p in sat.trend),
        lines=(
            Series(
                QCoreApplication.translate("Dashboard", "Recommend score (NPS)"),
                tuple(p.nps for p in sat.trend),
            ),
        ),
        y_range=(-100.0, 100.0),
        decimals=1,
        table_only=(
            Series(
                QCoreApplication.translate("Dashboard", "Answers"),
                tuple(p.answers for p in sat.trend),
            ),
        ),
    )


def complaint_counts(c: ComplaintFigures) -> ChartData:
    return ChartData(
        categories=(
            QCoreApplication.translate("Dashboard", "Opened"),
            QCoreApplication.translate("Dashboard", "Closed"),
            QCoreApplication.translate("Dashboard", "Overdue now"),
        ),
        bars=(
            Series(
                QCoreApplication.translate("Dashboard", "Complaints"),
                (c.opened, c.closed, c.overdue),
            ),
        ),
    )


def step_label(step: int) -> str:
    return {
        1: QCoreApplication.translate("Dashboard", "1 Listen"),
        2: QCoreApplication.translate("Dashboard", "2 Empathise"),
        3: QCoreApplication.translate("Dashboard", "3 Propose"),
        4: QCoreApplication.translate("Dashboard", "4 Carry out"),
        5: QCoreApplication.translate("Dashboard", "5 Call back"),
    }[step]


def step_times(c: ComplaintFigures) -> ChartData:
    return ChartData(
        categories=tuple(step_label(s.step) for s in c.steps),
        bars=(
            Series(
                QCoreApplication.translate("Dashboard", "Mean hours"),
                tuple(None if s.mean_seconds is None else s.mean_seconds / 3600 for s in c.steps),
            ),
        ),
        decimals=1,
        table_only=(
            Series(QCoreApplication.translate("Dashboard", "Done"), tuple(s.done for s in c.steps)),
        ),
    )


def tier_distribution(t: TierFigures) -> ChartData:
    return ChartData(
        categories=tuple(tier_label(Tier(c.tier)) for c in t.distribution),
        bars=(
            Series(
                QCoreApplication.translate("Dashboard", "Customers"),
                tuple(c.customers for c in t.distribution),
            ),
        ),
    )


def tier_moves(t: TierFigures) -> ChartData:
    return ChartData(
        categories=tuple(move_label(m) for m in MOVES) if t.moves else (),
        bars=(
            Series(
                QCoreApplication.translate("Dashboard", "Customers"),
                tuple(t.moves.get(m, 0) for m in MOVES),
            ),
        ),
    )


def tier_or_none(tier: str | None) -> str:
    return tier_label(Tier(tier)) if tier else QCoreApplication.translate("Dashboard", "No tier")


def follow_ups(f: FollowUpFigures) -> ChartData:
    return ChartData(
        categories=tuple(
            s.name or QCoreApplication.translate("Dashboard", "Unassigned") for s in f.staff
        ),
        bars=(
            Series(
                QCoreApplication.translate("Dashboard", "Done in the period"),
                tuple(s.done for s in f.staff),
            ),
            Series(
                QCoreApplication.translate("Dashboard", "Overdue now"),
                tuple(s.overdue for s in f.staff),
            ),
        ),
    )


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f} %"
