"""Recomputing a period's tiers, the runs kept, movements, suggestions and their
confirmation, the tier settings and the service standard per tier (both backends)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.services import audit, customers, tier_settings, tiers
from receptionist.store.audit import TrailFilter
from tests.tiering import buy


@pytest.fixture
def site(db, admin, fixed_clock):
    """Six customers with 2025 and 2026 purchases (the clock in 2026)."""
    fixed_clock.set(datetime(2026, 6, 1, 9, tzinfo=UTC))
    people = {}
    for i, name in enumerate(["Ann", "Bob", "Cai", "Dan", "Eve", "Fay"]):
        people[name] = customers.register_customer(
            admin.id, name=name, phone=f"1380013800{i}", category="existing"
        ).id
    for name, cents in [("Ann", 90_000), ("Bob", 50_000), ("Cai", 50_000), ("Dan", 1_000)]:
        buy(people[name], "2025-03-01", cents)
    buy(people["Eve"], "2025-05-01", 3_000)
    buy(people["Eve"], "2025-06-01", -3_000)  # refunded: no revenue, no tier
    buy(people["Ann"], "2026-02-01", 100)
    buy(people["Fay"], "2026-01-15", 70_000)
    buy(people["Fay"], "2026-03-15", 10_000)
    return people


def by_name(rows):
    return {r.name: r for r in rows}


def test_recompute_ranks_the_period_and_show_lists_it(site, admin):
    run = tiers.recompute(admin.id, "2025")
    assert (run.period, run.customers, run.current) == ("2025", 4, True)
    assert run.computed_by == admin.name
    assert run.counts == {"platinum": 1, "gold": 0, "iron": 0, "lead": 3}
    rows = tiers.show(admin.id, "2025")
    assert [(r.name, r.rank, r.tier) for r in rows] == [
        ("Ann", 1, "platinum"),
        ("Bob", 2, "lead"),
        ("Cai", 2, "lead"),
        ("Dan", 4, "lead"),
    ]
    ann = by_name(rows)["Ann"]
    assert (ann.revenue_cents, ann.purchases, ann.last_purchase_on.isoformat()) == (
        90_000,
        1,
        "2025-03-01",
    )
    assert ann.phone == "138 0013 8000"  # the admin may see phones whole
    assert ann.to_json()["revenue"] == 900
    assert "Eve" not in by_name(rows)


def test_the_default_period_is_the_current_year(site, admin):
    run = tiers.recompute(admin.id)
    assert run.period == "2026"
    assert [r.name for r in tiers.show(admin.id)] == ["Fay", "Ann"]
    assert by_name(tiers.show(admin.id))["Fay"].purchases == 2


def test_a_recompute_replaces_the_period_keeps_the_old_run_and_other_periods(site, admin):
    first = tiers.recompute(admin.id, "2025")
    other = tiers.recompute(admin.id, "2026")
    buy(site["Dan"], "2025-12-31", 200_000)
    second = tiers.recompute(admin.id, "2025")
    assert by_name(tiers.show(admin.id, "2025"))["Dan"].tier == "platinum"
    assert by_name(tiers.show(admin.id, run_id=first.id))["Dan"].tier == "lead"  # re-opened
    assert [r.name for r in tiers.show(admin.id, "2026")] == ["Fay", "Ann"]
    kept = {r.id: r.current for r in tiers.runs(admin.id)}
    assert kept == {first.id: False, other.id: True, second.id: True}
    assert [r.id for r in tiers.runs(admin.id, "2025")] == [second.id, first.id]
    entries = audit.audit_page(admin.id, TrailFilter(action="tiers.recompute"))
    assert [(e.actor, e.record_id, e.details["period"]) for e in entries] == [
        (admin.name, second.id, "2025"),
        (admin.name, other.id, "2026"),
        (admin.name, first.id, "2025"),
    ]


@pytest.mark.parametrize("after_reports", [1, 2])  # before any result, after the results
def test_a_cancelled_recompute_changes_nothing(site, admin, table_counts, after_reports):
    tiers.recompute(admin.id, "2025")
    before = table_counts()
    seen = []
    with pytest.raises(tiers.RecomputeCancelled):
        tiers.recompute(
            admin.id,
            "2025",
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= after_reports,
        )
    assert seen == [(0, 4), (4, 4)][:after_reports]
    assert table_counts() == before
    assert [r.current for r in tiers.runs(admin.id)] == [True]


def test_progress_reaches_the_total(site, admin):
    seen = []
    tiers.recompute(admin.id, "2025", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)


def test_a_period_not_computed_or_a_run_unknown_is_refused(site, admin):
    with pytest.raises(NotFound) as info:
        tiers.show(admin.id, "2024")
    assert info.value.code == "tiers_not_computed"
    assert "2024" in info.value.message
    with pytest.raises(NotFound) as info:
        tiers.show(admin.id, run_id=999)
    assert info.value.code == "tier_run_unknown"
    with pytest.raises(ValidationError):
        tiers.recompute(admin.id, "2025-Q1")  # the site counts years


def test_movements_between_two_periods(site, admin):
    tiers.recompute(admin.id, "2025")
    tiers.recompute(admin.id, "2026")
    moved = tiers.movements(admin.id, "2025", "2026")
    names = {k: [m.name for m in getattr(moved, k)] for k in ("up", "down", "dropped", "new")}
    # 2026: Fay platinum, Ann lead (2 customers: ceil(1 % of 2) = 1).
    assert names == {"up": [], "down": ["Ann"], "dropped": ["Bob", "Cai", "Dan"], "new": ["Fay"]}
    assert (moved.down[0].before, moved.down[0].after) == ("platinum", "lead")
    assert moved.same == 0
    assert moved.to_json()["new"][0]["to"] == "platinum"


def test_suggestions_are_listed_then_confirmed_as_category_changes(site, admin):
    ann, dan = site["Ann"], site["Dan"]
    customers.change_category(admin.id, dan, "vip", "long partner")
    prospect = customers.register_customer(admin.id, name="Gus", category="prospect").id
    buy(prospect, "2024-01-01", 500)
    tiers.recompute(admin.id, "2025")
    found = {s.id: s for s in tiers.suggestions(admin.id)}
    assert set(found) == {f"{ann}:vip", f"{dan}:existing", f"{prospect}:existing"}
    assert found[f"{ann}:vip"].reason == "tier_high"
    assert found[f"{dan}:existing"].reason == "vip_fell"
    assert found[f"{prospect}:existing"].reason == "first_purchase"
    assert customers.get_customer(admin.id, ann).category == "existing"  # not applied

    done = tiers.confirm_suggestions(admin.id, [f"{ann}:vip"])
    assert [s.customer_id for s in done] == [ann]
    [change] = customers.category_history(admin.id, ann)[:1]
    assert (change.to_category, change.reason) == ("vip", "Tier platinum in 2025: suggested VIP")
    with pytest.raises(Conflict) as info:
        tiers.confirm_suggestions(admin.id, [f"{ann}:vip", f"{dan}:existing"])
    assert info.value.code == "suggestion_gone"
    assert customers.get_customer(admin.id, dan).category == "vip"  # nothing half done
    tiers.confirm_suggestions(admin.id)
    assert tiers.suggestions(admin.id) == []
    assert customers.get_customer(admin.id, prospect).category == "existing"


def test_tier_settings_change_the_cut_offs_and_allow_quarters(site, admin):
    assert tier_settings.tier_settings().shares == (1, 4, 15, 80)
    tier_settings.save_tier_settings(admin.id, [25, 25, 25, 25], "quarter")
    run = tiers.recompute(admin.id, "2025")
    assert run.counts == {"platinum": 1, "gold": 2, "iron": 0, "lead": 1}  # Bob and Cai tie
    assert tiers.recompute(admin.id).period == "2026-Q2"  # 1 June
    q1 = tiers.recompute(admin.id, "2026-Q1")
    assert q1.customers == 2
    for shares, kind in (([1, 4, 15, 79], "year"), ([1, 4, 15, 80], "month")):
        with pytest.raises(ValidationError):
            tier_settings.save_tier_settings(admin.id, shares, kind)
    assert tier_settings.tier_settings().period_kind == "quarter"


def test_service_standards_per_tier_and_a_customers_standard(site, admin):
    assert [s.tier for s in tier_settings.service_standards()] == [
        "platinum",
        "gold",
        "iron",
        "lead",
    ]
    saved = tier_settings.save_service_standard(
        admin.id, "platinum", 14, True, "客户本人及家属", "专属经理每两周回访"
    )
    assert tier_settings.service_standards()[0] == saved
    assert tier_settings.standard_for(admin.id, site["Ann"]) is None  # no tiers yet
    tiers.recompute(admin.id, "2025")
    tier, stars, period, standard = tier_settings.standard_for(admin.id, site["Ann"])
    assert (tier, period, standard.contact_every_days, standard.note) == (
        "platinum",
        "2025",
        14,
        "专属经理每两周回访",
    )
    assert 1 <= stars <= 5
    with pytest.raises(ValidationError) as info:
        tier_settings.save_service_standard(admin.id, "platinum", 0, True, "", "")
    assert info.value.code == "contact_days_invalid"
    with pytest.raises(ValidationError):
        tier_settings.save_service_standard(admin.id, "bronze", 30, True, "", "")
