"""The dashboard's figures as plain data (``services.reports.dashboard`` returns a
``Dashboard``). Every class has ``to_json()``: each figure by name, dates as ISO text,
None where there is nothing to average or divide (no division by zero)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

RATINGS = ("overall", "attitude", "professionalism", "speed", "environment")


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True)
class DashboardFilters:
    """What the caller narrows the figures to (None: anything): a purpose and a category
    (codes), a tier (the customer's tier in the tier run that covers the period's last
    day, if any), a host (staff name), a department (the host's), a station (name)."""

    purpose: str | None = None
    category: str | None = None
    tier: str | None = None
    host: str | None = None
    department: str | None = None
    station: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose,
            "category": self.category,
            "tier": self.tier,
            "host": self.host,
            "department": self.department,
            "station": self.station,
        }


@dataclass(frozen=True)
class PeriodView:
    """Local days ``start``..``end`` (both included), drawn per ``bucket`` (day, week)."""

    kind: str
    start: date
    end: date
    bucket: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "bucket": self.bucket,
        }


@dataclass(frozen=True)
class CountSeries:
    """Visits per bucket for one purpose or category (``counts`` in bucket order)."""

    key: str
    counts: tuple[int, ...]
    total: int

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "counts": list(self.counts), "total": self.total}


@dataclass(frozen=True)
class VisitCounts:
    """Visits (on site or done) of one period: per bucket (``buckets``: each bucket's
    first day), by purpose and by category (every code, in the enums' order)."""

    period: PeriodView
    buckets: tuple[date, ...]
    per_bucket: tuple[int, ...]
    by_purpose: tuple[CountSeries, ...]
    by_category: tuple[CountSeries, ...]
    total: int

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period.to_json(),
            "buckets": [_iso(b) for b in self.buckets],
            "per_bucket": list(self.per_bucket),
            "by_purpose": [s.to_json() for s in self.by_purpose],
            "by_category": [s.to_json() for s in self.by_category],
            "total": self.total,
        }


@dataclass(frozen=True)
class VisitFigures:
    """This period's visits and the same period last year's; ``change``: (this − last) /
    last (None when last year had none)."""

    current: VisitCounts
    last_year: VisitCounts
    change: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "current": self.current.to_json(),
            "last_year": self.last_year.to_json(),
            "change": self.change,
        }


@dataclass(frozen=True)
class RatingAverages:
    """Mean of each 1-5 rating (a rating left empty is not counted) and of the 0-10
    recommend score, over ``answers`` feedback; None with no answer for it."""

    answers: int
    overall: float | None
    attitude: float | None
    professionalism: float | None
    speed: float | None
    environment: float | None
    recommend: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            **{r: getattr(self, r) for r in RATINGS},
            "recommend": self.recommend,
        }


@dataclass(frozen=True)
class NpsView:
    """Recommend scores: promoters 9-10, passives 7-8, detractors 0-6; ``score`` = %
    promoters − % detractors (None without answers)."""

    answers: int
    promoters: int
    passives: int
    detractors: int
    score: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "promoters": self.promoters,
            "passives": self.passives,
            "detractors": self.detractors,
            "score": self.score,
        }


@dataclass(frozen=True)
class TrendPoint:
    """One bucket's feedback: answers, mean overall rating, recommend score."""

    bucket: date
    answers: int
    overall: float | None
    nps: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "bucket": _iso(self.bucket),
            "answers": self.answers,
            "overall": self.overall,
            "nps": self.nps,
        }


@dataclass(frozen=True)
class CommentView:
    """A visitor's comment (their own words: for managers), with its visit's check-in
    time, host (None: none), purpose and overall rating."""

    at: datetime
    host: str | None
    purpose: str
    overall: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "at": _iso(self.at),
            "host": self.host,
            "purpose": self.purpose,
            "overall": self.overall,
            "text": self.text,
        }


@dataclass(frozen=True)
class LowRated:
    """A host (``key``: their name; ``host_id``) or a purpose (``key``: its code) with
    its mean overall rating over ``answers`` feedback and its latest comments."""

    key: str
    host_id: int | None
    answers: int
    overall: float | None
    comments: tuple[CommentView, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "host_id": self.host_id,
            "answers": self.answers,
            "overall": self.overall,
            "comments": [c.to_json() for c in self.comments],
        }


@dataclass(frozen=True)
class Satisfaction:
    """Feedback on the period's visits. The lowest-rated hosts and purposes are those
    with at least ``min_answers`` feedback, lowest mean overall rating first."""

    averages: RatingAverages
    nps: NpsView
    trend: tuple[TrendPoint, ...]
    min_answers: int
    lowest_hosts: tuple[LowRated, ...]
    lowest_purposes: tuple[LowRated, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "averages": self.averages.to_json(),
            "nps": self.nps.to_json(),
            "trend": [p.to_json() for p in self.trend],
            "min_answers": self.min_answers,
            "lowest_hosts": [h.to_json() for h in self.lowest_hosts],
            "lowest_purposes": [p.to_json() for p in self.lowest_purposes],
        }


@dataclass(frozen=True)
class StepTime:
    """Step ``step`` (1-5) done ``done`` times in the period, taking ``mean_seconds`` on
    average from the complaint's previous event (opened, or the step before)."""

    step: int
    done: int
    mean_seconds: float | None

    def to_json(self) -> dict[str, Any]:
        return {"step": self.step, "done": self.done, "mean_seconds": self.mean_seconds}


@dataclass(frozen=True)
class ComplaintFigures:
    """Opened and closed in the period, overdue now (open and past a deadline), time per
    step, and the share of the closed ones whose customer confirmed the resolution (None:
    none closed). A complaint closes only on a confirmed call-back, so that share is below
    1 only for data from elsewhere; ``call_backs`` (step 5 done in the period) and
    ``call_backs_resolved`` (the customer said resolved) tell how often it took more than
    one solution."""

    opened: int
    closed: int
    closed_resolved: int
    resolved_share: float | None
    overdue: int
    call_backs: int
    call_backs_resolved: int
    steps: tuple[StepTime, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "opened": self.opened,
            "closed": self.closed,
            "closed_resolved": self.closed_resolved,
            "resolved_share": self.resolved_share,
            "overdue": self.overdue,
            "call_backs": self.call_backs,
            "call_backs_resolved": self.call_backs_resolved,
            "steps": [s.to_json() for s in self.steps],
        }


@dataclass(frozen=True)
class TierCount:
    tier: str
    customers: int

    def to_json(self) -> dict[str, Any]:
        return {"tier": self.tier, "customers": self.customers}


@dataclass(frozen=True)
class TierMoveCount:
    """Customers from ``from_tier`` to ``to_tier`` (None: no tier in that run)."""

    from_tier: str | None
    to_tier: str | None
    customers: int

    def to_json(self) -> dict[str, Any]:
        return {"from": self.from_tier, "to": self.to_tier, "customers": self.customers}


@dataclass(frozen=True)
class TierFigures:
    """The result in force of the latest period (``period`` None: no tiers computed) and
    the movements from the period before it (``previous_period`` None: none computed):
    ``moves`` counts up / down / same / dropped / new; ``matrix`` every pair."""

    period: str | None
    previous_period: str | None
    distribution: tuple[TierCount, ...]
    moves: dict[str, int] = field(default_factory=dict)
    matrix: tuple[TierMoveCount, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "previous_period": self.previous_period,
            "distribution": [t.to_json() for t in self.distribution],
            "moves": dict(self.moves),
            "matrix": [m.to_json() for m in self.matrix],
        }


@dataclass(frozen=True)
class StaffFollowUps:
    """A staff member's follow-ups (``staff_id`` None: not assigned): done in the period,
    open and overdue now."""

    staff_id: int | None
    name: str | None
    department: str
    done: int
    overdue: int

    def to_json(self) -> dict[str, Any]:
        return {
            "staff_id": self.staff_id,
            "name": self.name,
            "department": self.department,
            "done": self.done,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class FollowUpFigures:
    staff: tuple[StaffFollowUps, ...]
    done: int
    overdue: int

    def to_json(self) -> dict[str, Any]:
        return {
            "staff": [s.to_json() for s in self.staff],
            "done": self.done,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class ConversionFigures:
    """Prospects whose first visit is in the period, and those of them who bought (a
    purchase of a positive amount) within ``within_days`` days of its day."""

    within_days: int
    prospects: int
    bought: int
    rate: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "within_days": self.within_days,
            "prospects": self.prospects,
            "bought": self.bought,
            "rate": self.rate,
        }


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the manager's dashboard for one period and filter."""

    period: PeriodView
    last_year: PeriodView
    filters: DashboardFilters
    computed_at: datetime
    visits: VisitFigures
    satisfaction: Satisfaction
    complaints: ComplaintFigures
    tiers: TierFigures
    follow_ups: FollowUpFigures
    conversion: ConversionFigures

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period.to_json(),
            "last_year": self.last_year.to_json(),
            "filters": self.filters.to_json(),
            "computed_at": _iso(self.computed_at),
            "visits": self.visits.to_json(),
            "satisfaction": self.satisfaction.to_json(),
            "complaints": self.complaints.to_json(),
            "tiers": self.tiers.to_json(),
            "follow_ups": self.follow_ups.to_json(),
            "conversion": self.conversion.to_json(),
        }
