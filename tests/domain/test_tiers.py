"""The value tier rule at its edges (issue 12's evidence: N = 1, 99, 100, 101, ties across
each cut-off, all equal, refunds bringing revenue to 0), stars, periods and suggestions."""

from __future__ import annotations

from datetime import date

import pytest

from receptionist.domain import tiers
from receptionist.domain.enums import Tier
from receptionist.domain.errors import ValidationError

END = date(2026, 12, 31)
P, G, IR, L = Tier.PLATINUM, Tier.GOLD, Tier.IRON, Tier.LEAD


def activity(revenues, purchases=None, last=None):
    return [
        tiers.Activity(
            i + 1,
            revenue,
            purchases[i] if purchases else 1,
            last[i] if last else END,
        )
        for i, revenue in enumerate(revenues)
    ]


def tiers_of(revenues):
    return [p.tier for p in sorted(tiers.place(activity(revenues)), key=lambda p: p.customer_id)]


def counts(placings):
    return {t: sum(p.tier is t for p in placings) for t in tiers.TIER_ORDER}


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, {P: 1, G: 0, IR: 0, L: 0}),
        (99, {P: 1, G: 4, IR: 15, L: 79}),
        (100, {P: 1, G: 4, IR: 15, L: 80}),
        (101, {P: 2, G: 4, IR: 15, L: 80}),
        (20, {P: 1, G: 0, IR: 3, L: 16}),
        (1000, {P: 10, G: 40, IR: 150, L: 800}),
    ],
)
def test_distinct_revenues_fill_the_tiers_by_the_ceilings(n, expected):
    placings = tiers.place(activity(range(n, 0, -1)))
    assert counts(placings) == expected
    assert [p.rank for p in placings] == list(range(1, n + 1))


def test_the_ceilings_are_exact_at_100_where_floats_would_slip():
    # 0.01 * 100 is 1.0 but 0.05 * 100 is 5.000000000000001 in floats: ceil would say 6.
    assert tiers.cutoffs(100) == (1, 5, 20)
    assert tiers.cutoffs(700) == (7, 35, 140)
    assert tiers.cutoffs(101) == (2, 6, 21)


def test_competition_ranking_shares_the_better_rank():
    placings = tiers.place(activity([500, 300, 300, 100]))
    assert [p.rank for p in placings] == [1, 2, 2, 4]


@pytest.mark.parametrize(("cutoff_rank", "name"), [(1, "platinum"), (5, "gold"), (20, "iron")])
def test_a_tie_across_a_cut_off_gives_everyone_the_better_tier(cutoff_rank, name):
    # 100 customers: the customers at the cut-off rank and the one after it tie.
    revenues = list(range(1000, 900, -1))
    revenues[cutoff_rank] = revenues[cutoff_rank - 1]
    result = tiers_of(revenues)
    assert result[cutoff_rank - 1] == result[cutoff_rank] == Tier(name)
    assert result[cutoff_rank + 1] != Tier(name)


def test_all_equal_revenue_is_all_platinum_with_five_equal_stars():
    placings = tiers.place(activity([700] * 250))
    assert {p.tier for p in placings} == {P}
    assert {p.rank for p in placings} == {1}
    assert {p.stars for p in placings} == {5}


def test_refunds_to_zero_or_below_leave_a_customer_without_a_tier():
    placings = tiers.place(activity([1000, 0, -50, 1]))
    assert [p.customer_id for p in placings] == [1, 4]
    assert tiers.place(activity([0, -1])) == []


def test_one_customer_is_platinum_with_five_stars():
    [only] = tiers.place(activity([1]))
    assert (only.rank, only.tier, only.stars) == (1, P, 5)


def test_stars_follow_the_documented_worked_example():
    # docs/tiers.md: five customers, period ending 2026-12-31.
    placings = tiers.place(
        activity(
            [900_000, 500_000, 500_000, 120_000, 3_000],
            purchases=[12, 3, 8, 1, 1],
            last=[
                date(2026, 12, 20),
                date(2026, 6, 1),
                date(2026, 11, 30),
                date(2026, 12, 20),
                date(2026, 2, 14),
            ],
        ),
    )
    got = [(p.customer_id, p.rank, p.recency, p.frequency, p.monetary, p.stars) for p in placings]
    assert got == [
        (1, 1, 5, 5, 5, 5),
        (2, 2, 2, 3, 4, 3),
        (3, 2, 3, 4, 4, 4),
        (4, 4, 5, 2, 2, 3),
        (5, 5, 1, 2, 1, 1),
    ]


def test_scores_span_one_to_five_and_ties_share_the_better():
    assert [tiers.score(r, 5) for r in range(1, 6)] == [5, 4, 3, 2, 1]
    assert [tiers.score(r, 10) for r in (1, 2, 3, 10)] == [5, 5, 4, 1]
    assert tiers.competition_ranks([3, 7, 7, 1]) == [3, 1, 1, 4]


def test_the_mean_of_scores_rounds_half_up():
    assert tiers.stars_of(1, 1, 2) == 1  # 1.33
    assert tiers.stars_of(1, 2, 2) == 2  # 1.67
    assert tiers.stars_of(5, 5, 4) == 5  # 4.67
    assert tiers.stars_of(1, 1, 1) == 1


def test_custom_shares_move_the_cut_offs():
    shares = tiers.check_shares([10, 10, 30, 50])
    assert tiers.cutoffs(10, shares) == (1, 2, 5)
    for bad in ([1, 4, 15, 81], [0, 5, 15, 80], [1, 4, 95], ["x", 1, 1, 98], [-1, 6, 15, 80]):
        with pytest.raises(ValidationError) as info:
            tiers.check_shares(bad)
        assert info.value.code == "tier_shares_invalid"


def test_periods_are_years_or_quarters_with_their_bounds():
    year = tiers.parse_period("2026")
    assert (year.starts_on, year.ends_on) == (date(2026, 1, 1), date(2026, 12, 31))
    q1 = tiers.parse_period("2024-q1", tiers.QUARTER)
    assert (q1.label, q1.starts_on, q1.ends_on) == ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31))
    q4 = tiers.parse_period("2026-Q4", tiers.QUARTER)
    assert (q4.starts_on, q4.ends_on) == (date(2026, 10, 1), date(2026, 12, 31))
    assert tiers.parse_period("2026", tiers.QUARTER).label == "2026"
    with pytest.raises(ValidationError) as info:
        tiers.parse_period("2026-Q1")
    assert info.value.code == "period_quarters_off"
    for bad in ("26", "2026-Q5", "2026-13", "", "abcd"):
        with pytest.raises(ValidationError) as info:
            tiers.parse_period(bad, tiers.QUARTER)
        assert info.value.code == "period_invalid"


def test_the_default_and_previous_periods():
    assert tiers.period_of(date(2026, 5, 17)).label == "2026"
    assert tiers.period_of(date(2026, 5, 17), tiers.QUARTER).label == "2026-Q2"
    assert tiers.previous_period(tiers.parse_period("2026")).label == "2025"
    q1 = tiers.parse_period("2026-Q1", tiers.QUARTER)
    assert tiers.previous_period(q1).label == "2025-Q4"


def test_movements_follow_the_tier_order():
    assert tiers.movement("lead", "gold") == tiers.UP
    assert tiers.movement("platinum", "iron") == tiers.DOWN
    assert tiers.movement("iron", "iron") == tiers.SAME
    assert tiers.movement("iron", None) == tiers.DROPPED
    assert tiers.movement(None, "lead") == tiers.NEW
    assert tiers.movement(None, None) is None


def test_suggestions_from_tiers_to_categories():
    assert tiers.suggestion_for("existing", "gold", True) == ("vip", tiers.SUGGEST_VIP)
    assert tiers.suggestion_for("prospect", "platinum", True) == ("vip", tiers.SUGGEST_VIP)
    assert tiers.suggestion_for("vip", "platinum", True) is None
    assert tiers.suggestion_for("vip", "iron", True) is None
    assert tiers.suggestion_for("vip", "lead", True) == ("existing", tiers.SUGGEST_REVIEW)
    assert tiers.suggestion_for("vip", None, False) == ("existing", tiers.SUGGEST_REVIEW)
    assert tiers.suggestion_for("prospect", "lead", True) == ("existing", tiers.SUGGEST_EXISTING)
    assert tiers.suggestion_for("prospect", None, False) is None
    assert tiers.suggestion_for("existing", "iron", True) is None
