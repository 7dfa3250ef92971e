"""Value tiers and stars (客观分级): the period's data decides, not anyone's opinion.

The whole rule, as ``docs/tiers.md`` explains it to people:

- **Period**: a calendar year ("2026") by default; a quarter ("2026-Q1" .. "2026-Q4") when
  the site counts in quarters. A period's purchases are those dated from its first day to
  its last day, both included.
- **Ranking**: customers whose revenue (purchases minus refunds) in the period is above
  zero, highest first; equal revenue shares the better rank (competition ranking: 1, 2, 2,
  4). Nobody else has a tier for the period.
- **Tier**: with N ranked customers and the site's shares (default 1 / 4 / 15 / 80 %),
  platinum if rank <= ceil(1 % of N), gold if rank <= ceil(5 % of N), iron if rank <=
  ceil(20 % of N), else lead. Ceilings are computed in integers.
- **Stars** 1-5 (RFM): R (recency: days from the last purchase to the period's last day,
  fewer is better), F (frequency: purchases in the period, refunds not counted) and M
  (monetary: revenue) are each scored 1-5 by their place among the N ranked customers:
  score = 5 - floor(5 * (r - 1) / N), r being the competition rank on that measure (ties
  share the better score). Stars = the mean of R, F and M rounded half up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from .enums import Tier
from .errors import ValidationError

YEAR = "year"
QUARTER = "quarter"
PERIOD_KINDS = (YEAR, QUARTER)

# The tiers best first; a share (whole percent) per tier, summing to 100.
TIER_ORDER: tuple[Tier, ...] = (Tier.PLATINUM, Tier.GOLD, Tier.IRON, Tier.LEAD)
DEFAULT_SHARES: tuple[int, int, int, int] = (1, 4, 15, 80)

_PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4]))?$")
FIRST_YEAR, LAST_YEAR = 1900, 9999


@dataclass(frozen=True)
class Period:
    """A named span of days: "2026" or "2026-Q3"."""

    label: str
    starts_on: date
    ends_on: date

    @property
    def is_quarter(self) -> bool:
        return "-Q" in self.label


def _year(year: int) -> Period:
    return Period(str(year), date(year, 1, 1), date(year, 12, 31))


def _quarter(year: int, quarter: int) -> Period:
    first = date(year, 3 * quarter - 2, 1)
    after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return Period(f"{year}-Q{quarter}", first, after - timedelta(days=1))


def parse_period(text: str, kind: str = YEAR) -> Period:
    """ "2026" (always) or "2026-Q1".."2026-Q4" (when ``kind`` is quarters) as a Period.

    Raises ``ValidationError("period_invalid")`` for anything else and
    ``ValidationError("period_quarters_off")`` for a quarter while the site counts years.
    """
    match = _PERIOD.match(text.strip().upper())
    if not match or not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        raise ValidationError("period_invalid", field="period")
    year, quarter = int(match.group(1)), match.group(2)
    if quarter is None:
        return _year(year)
    if kind != QUARTER:
        raise ValidationError("period_quarters_off", field="period")
    return _quarter(year, int(quarter))


def period_of(day: date, kind: str = YEAR) -> Period:
    """The period ``day`` falls in: its year, or its quarter when ``kind`` is quarters."""
    if kind == QUARTER:
        return _quarter(day.year, (day.month - 1) // 3 + 1)
    return _year(day.year)


def previous_period(period: Period) -> Period:
    """The period just before ``period``, of the same length (year or quarter)."""
    return period_of(period.starts_on - timedelta(days=1), QUARTER if period.is_quarter else YEAR)


# -- shares and cut-offs -------------------------------------------------------------------


def check_shares(shares: Sequence[int | str]) -> tuple[int, int, int, int]:
    """Four whole percents (platinum, gold, iron, lead), each 0-100, summing to 100, the
    first at least 1 (someone must be platinum). ``ValidationError("tier_shares_invalid")``."""
    try:
        values = tuple(int(s) for s in shares)
    except (TypeError, ValueError) as exc:
        raise ValidationError("tier_shares_invalid", field="shares") from exc
    if len(values) != 4 or sum(values) != 100 or min(values) < 0 or values[0] < 1:
        raise ValidationError("tier_shares_invalid", field="shares")
    platinum, gold, iron, lead = values
    return platinum, gold, iron, lead


def cutoffs(n: int, shares: Sequence[int] = DEFAULT_SHARES) -> tuple[int, int, int]:
    """The last rank of platinum, gold and iron among ``n`` ranked customers: the ceiling
    of the cumulative share of ``n``, in integers (1 % of 100 is exactly 1, not 1.0000001)."""
    platinum, gold, iron = shares[0], shares[0] + shares[1], shares[0] + shares[1] + shares[2]
    return tuple(-(-(share * n) // 100) for share in (platinum, gold, iron))  # type: ignore[return-value]


def tier_for(rank: int, limits: tuple[int, int, int]) -> Tier:
    """The tier of ``rank`` given ``cutoffs(...)``."""
    for tier, limit in zip(TIER_ORDER, limits, strict=False):
        if rank <= limit:
            return tier
    return Tier.LEAD


def tier_index(tier: Tier | str | None) -> int:
    """Position in ``TIER_ORDER`` (0 best); no tier ranks below lead."""
    return TIER_ORDER.index(Tier(tier)) if tier else len(TIER_ORDER)


# -- ranking and stars ---------------------------------------------------------------------


class Activity(NamedTuple):
    """A customer's period: revenue (cents, refunds included), purchases (refunds not
    counted), the last purchase's date. (Tuples: a year holds hundreds of thousands.)"""

    customer_id: int
    revenue_cents: int
    purchases: int
    last_purchase_on: date


class Placing(NamedTuple):
    customer_id: int
    revenue_cents: int
    purchases: int
    last_purchase_on: date
    rank: int
    tier: Tier
    stars: int
    recency: int  # R, F, M scores 1-5: how the stars came about
    frequency: int
    monetary: int


def competition_ranks(values: Sequence[int]) -> list[int]:
    """For each value (higher is better), 1 + how many values are strictly higher."""
    order = sorted(range(len(values)), key=values.__getitem__, reverse=True)
    ranks = [0] * len(values)
    previous, rank = None, 0
    for position, index in enumerate(order, start=1):
        if values[index] != previous:
            previous, rank = values[index], position
        ranks[index] = rank
    return ranks


def score(rank: int, n: int) -> int:
    """1-5 by quintile of a competition rank among ``n``: 5 - floor(5 (rank - 1) / n)."""
    return 5 - (5 * (rank - 1)) // n


def stars_of(recency: int, frequency: int, monetary: int) -> int:
    """The mean of three 1-5 scores rounded half up (integers only)."""
    return (2 * (recency + frequency + monetary) + 3) // 6


def place(activity: Iterable[Activity], shares: Sequence[int] = DEFAULT_SHARES) -> list[Placing]:
    """Rank, tier and stars of a period's customers; those without revenue above zero
    are left out. Ordered by rank, then customer id. (Recency ranks the last purchases'
    dates: the later, the fewer days before the period's end.)"""
    ranked = sorted(
        (a for a in activity if a.revenue_cents > 0),
        key=lambda a: (-a.revenue_cents, a.customer_id),
    )
    n = len(ranked)
    if not n:
        return []
    platinum, gold, iron = cutoffs(n, shares)
    money = competition_ranks([a.revenue_cents for a in ranked])
    often = competition_ranks([a.purchases for a in ranked])
    # Recency: a later last purchase is fewer days before the period's end.
    recent = competition_ranks([a.last_purchase_on.toordinal() for a in ranked])
    # The score of each rank once (5 - floor(5 (rank - 1) / n)), not per customer.
    scores = [0] + [5 - (5 * (rank - 1)) // n for rank in range(1, n + 1)]
    placings: list[Placing] = []
    append = placings.append
    for a, m_rank, f_rank, r_rank in zip(ranked, money, often, recent, strict=True):
        r, f, m = scores[r_rank], scores[f_rank], scores[m_rank]
        if m_rank <= platinum:
            tier = Tier.PLATINUM
        elif m_rank <= gold:
            tier = Tier.GOLD
        elif m_rank <= iron:
            tier = Tier.IRON
        else:
            tier = Tier.LEAD
        append(Placing(*a, m_rank, tier, (2 * (r + f + m) + 3) // 6, r, f, m))
    return placings


# -- movements and suggestions --------------------------------------------------------------

UP, DOWN, SAME, DROPPED, NEW = "up", "down", "same", "dropped", "new"


def movement(before: Tier | str | None, after: Tier | str | None) -> str | None:
    """How a customer moved from one period's tier to another's: up, down, same, dropped
    (a tier before, none after), new (none before, a tier after); None without either."""
    if before is None and after is None:
        return None
    if before is None:
        return NEW
    if after is None:
        return DROPPED
    old, new = tier_index(before), tier_index(after)
    return UP if new < old else DOWN if new > old else SAME


# Why a category change is suggested (stable codes; the UI translates them).
SUGGEST_VIP = "tier_high"  # platinum or gold, not yet VIP
SUGGEST_REVIEW = "vip_fell"  # a VIP at lead or without a tier
SUGGEST_EXISTING = "first_purchase"  # a prospect who has bought


def suggestion_for(
    category: str, tier: Tier | str | None, has_bought: bool
) -> tuple[str, str] | None:
    """(new category, reason code) suggested for a customer of ``category`` whose tier in
    the latest period is ``tier`` (None: no tier); None when nothing is suggested."""
    high = tier is not None and tier_index(tier) <= TIER_ORDER.index(Tier.GOLD)
    if high and category != "vip":
        return "vip", SUGGEST_VIP
    if category == "vip" and (tier is None or Tier(tier) is Tier.LEAD):
        return "existing", SUGGEST_REVIEW
    if category == "prospect" and has_bought:
        return "existing", SUGGEST_EXISTING
    return None
