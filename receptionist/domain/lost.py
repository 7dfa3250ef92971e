"""Lost customers (流失客户): who is drifting away, by which rule, and the vocabulary of
the review (reasons, statuses). Pure: the store hands in each customer's activity days
(a visit's or a purchase's day, at most one per day) or their aggregates.

Two rules, the first that applies is the one recorded:
- ``threshold``: the last activity is more than ``threshold_days`` before today;
- ``interval``: with at least ``MIN_ACTIVITIES`` activity days, the time since the last
  one is more than ``factor`` times the customer's own median gap between them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import median

from .errors import ValidationError

THRESHOLD = "threshold"
INTERVAL = "interval"
RULES = (THRESHOLD, INTERVAL)

REASONS = ("product", "service", "both", "price", "moved", "other")

OPEN = "open"
ANALYSED = "analysed"
WON_BACK = "won_back"
LOST = "lost"
STATUSES = (OPEN, ANALYSED, WON_BACK, LOST)
ACTIVE = (OPEN, ANALYSED)  # a review in progress: the customer is not detected again

DEFAULT_THRESHOLD_DAYS = 365
DEFAULT_FACTOR = 3.0
MIN_ACTIVITIES = 3
THRESHOLD_RANGE = (30, 3650)
FACTOR_RANGE = (1.5, 20.0)
DEFAULT_WIN_BACK_DAYS = 7
WIN_BACK_RANGE = (1, 90)


@dataclass(frozen=True)
class LostRules:
    threshold_days: int = DEFAULT_THRESHOLD_DAYS
    factor: float = DEFAULT_FACTOR


@dataclass(frozen=True)
class Activity:
    """One customer's activity summed up: how many distinct days, the last one, and the
    median gap in days between consecutive ones (None under two days)."""

    days: int
    last_on: date
    median_gap: float | None


def summarise(days: Iterable[date]) -> Activity | None:
    """The activity of a customer from their activity days (any order, repeats allowed);
    None when there are none."""
    ordered = sorted(set(days))
    if not ordered:
        return None
    gaps = [(b - a).days for a, b in zip(ordered, ordered[1:], strict=False)]
    return Activity(len(ordered), ordered[-1], float(median(gaps)) if gaps else None)


def rule_for(activity: Activity, today: date, rules: LostRules) -> str | None:
    """The rule by which this customer counts as lost today, or None."""
    idle = (today - activity.last_on).days
    if idle > rules.threshold_days:
        return THRESHOLD
    if (
        activity.days >= MIN_ACTIVITIES
        and activity.median_gap is not None
        and idle > rules.factor * activity.median_gap
    ):
        return INTERVAL
    return None


def check_rules(threshold_days: int | str, factor: float | str) -> LostRules:
    """The detection settings, checked (``lost_threshold_invalid``, ``lost_factor_invalid``)."""
    try:
        days = int(threshold_days)
    except (TypeError, ValueError):
        days = -1
    if not THRESHOLD_RANGE[0] <= days <= THRESHOLD_RANGE[1]:
        shortest, longest = THRESHOLD_RANGE
        raise ValidationError(
            "lost_threshold_invalid", field="threshold_days", shortest=shortest, longest=longest
        )
    try:
        times = float(factor)
    except (TypeError, ValueError):
        times = -1.0
    if not FACTOR_RANGE[0] <= times <= FACTOR_RANGE[1]:
        smallest, largest = FACTOR_RANGE
        raise ValidationError(
            "lost_factor_invalid", field="factor", smallest=smallest, largest=largest
        )
    return LostRules(days, times)


def check_win_back_days(value: int | str) -> int:
    """Days until the win-back task is due (``lost_win_back_days_invalid``)."""
    try:
        days = int(value)
    except (TypeError, ValueError):
        days = 0
    if not WIN_BACK_RANGE[0] <= days <= WIN_BACK_RANGE[1]:
        shortest, longest = WIN_BACK_RANGE
        raise ValidationError(
            "lost_win_back_days_invalid", field="win_back_days", shortest=shortest, longest=longest
        )
    return days


def check_reason(reason: str) -> str:
    if reason not in REASONS:
        raise ValidationError("lost_reason_invalid", field="reason")
    return reason


def closing_status(won_back: bool) -> str:
    return WON_BACK if won_back else LOST


def win_back_key(review_id: int) -> str:
    """The win-back task's ``rule_key``: one task per review."""
    return f"win_back:{review_id}"
