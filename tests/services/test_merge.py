"""Duplicate customers: the candidate rules against a database, and merging a pair
(``services/merge.py``), on both backends."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from receptionist.domain.duplicates import Reason
from receptionist.domain.errors import Conflict, CustomerChanged, ValidationError
from receptionist.services import complaints, customers, merge, planning, privacy, visits
from receptionist.store.models import (
    AuditEntry,
    CategoryChange,
    Complaint,
    Customer,
    CustomerMerge,
    FollowUp,
    LostReview,
    Purchase,
    SpecialDate,
    TierResult,
    TierRun,
    Visit,
    database,
)
from tests import staffing


@pytest.fixture
def manager(db):
    return staffing.add("Mona Manager", "Sales", "manager")


def _pairs(actor_id: int) -> dict[tuple[int, int], set[Reason]]:
    return {(p.keep_id, p.other_id): set(p.reasons) for p in merge.duplicate_candidates(actor_id)}


def test_each_rule_finds_its_pairs_and_nothing_else(actor, manager):
    reg = customers.register_customer
    a = reg(actor.id, name="Chen Jing", phone="13125550143")  # a mainland mobile
    b = reg(actor.id, name="Jing Chen", phone="+13125550143")  # the same digits as US
    c = reg(actor.id, name="Wang Fang", company="ＡＢＣ Ltd")
    d = reg(actor.id, name="wang  fang", company="abc ltd")
    e = reg(actor.id, name="张伟", phone="13812345678")
    f = reg(actor.id, name="章伟", phone="13812345679")  # reads the same, one digit apart
    g = reg(actor.id, name="张伟", phone="15900005678")  # same name, same last four as e
    # Not candidates: a shared name without a company; the same company, other names;
    # a similar phone under another name; the same name with an unlike phone.
    reg(actor.id, name="Wang Fang")
    reg(actor.id, name="Li Lei", company="ABC Ltd")
    reg(actor.id, name="李娜", phone="13812345670")
    reg(actor.id, name="张伟", phone="18600001111")
    found = _pairs(manager.id)
    assert found == {
        (a.id, b.id): {Reason.SAME_PHONE},
        (c.id, d.id): {Reason.SAME_NAME_COMPANY},
        (e.id, f.id): {Reason.SIMILAR_NAME_PHONE},
        (e.id, g.id): {Reason.SIMILAR_NAME_PHONE},
    }


def test_erased_customers_are_no_candidates(actor, manager, admin):
    customers.register_customer(actor.id, name="Wang Fang", company="ABC")
    other = customers.register_customer(actor.id, name="Wang Fang", company="ABC")
    assert len(_pairs(manager.id)) == 1
    privacy.erase_customer(admin.id, other.id)
    assert _pairs(manager.id) == {}


@pytest.fixture
def pair(actor, host, fixed_clock):
    """Two records of one person, each with a row of every kind that hangs off a
    customer: visits (one checked out, one planned), a kiosk claim, purchases, special
    dates, tier results (a run holding both, a run holding only the other), an earlier
    merge."""
    keep = customers.register_customer(actor.id, name="张伟", phone="13812345678", company="Acme")
    other = customers.register_customer(
        actor.id, name="章伟", phone="13812345679", company="ACME", category="vip"
    )
    for who in (keep, other):
        done = visits.check_in(actor.id, customer_id=who.id, purpose="sales", host_id=host.id)
        fixed_clock.tick(hours=1)
        visits.check_out(actor.id, done.code)
    planning.plan_visit(
        actor.id,
        customer_id=other.id,
        purpose="sales",
        expected_at=fixed_clock.at + timedelta(days=1),
    )
    walk_in = customers.register_customer(actor.id, name="Kiosk Walker")
    claim = visits.check_in(actor.id, customer_id=walk_in.id, purpose="sales")
    Visit.update(claimed_customer=other.id).where(Visit.id == claim.id).execute()
    for who, cents in ((keep, 10_000), (other, 25_000), (other, -5_000)):
        Purchase.create(
            customer=who.id,
            purchased_on=date(2024, 3, 1),
            amount_cents=cents,
            source="desk",
            created_at=fixed_clock.at,
        )
    SpecialDate.create(customer=other.id, kind="birthday", month=5, day=4)
    both = TierRun.create(
        period="2024",
        starts_on=date(2024, 1, 1),
        ends_on=date(2024, 12, 31),
        computed_at=fixed_clock.at,
        customers=2,
        current=True,
    )
    alone = TierRun.create(
        period="2023",
        starts_on=date(2023, 1, 1),
        ends_on=date(2023, 12, 31),
        computed_at=fixed_clock.at,
        customers=1,
        current=True,
    )
    for run, who, cents in ((both, keep, 10_000), (both, other, 20_000), (alone, other, 700)):
        TierResult.create(
            run=run.id,
            customer=who.id,
            revenue_cents=cents,
            purchases=1,
            last_purchase_on=date(2024, 3, 1),
            rank=1,
            tier="platinum",
            stars=3,
        )
    CustomerMerge.create(
        kept=other.id,
        merged_id=9999,
        merged_name="Zhang Wei",
        merged_company="",
        merged_at=fixed_clock.at,
    )
    complaints.open_complaint(actor.id, other.id, "A complaint")
    return keep, other


def _owned(customer_id: int) -> dict[str, int]:
    return {
        "visits": Visit.select().where(Visit.customer == customer_id).count(),
        "claims": Visit.select().where(Visit.claimed_customer == customer_id).count(),
        "purchases": Purchase.select().where(Purchase.customer == customer_id).count(),
        "category_changes": CategoryChange.select()
        .where(CategoryChange.customer == customer_id)
        .count(),
        "special_dates": SpecialDate.select().where(SpecialDate.customer == customer_id).count(),
        "tier_results": TierResult.select().where(TierResult.customer == customer_id).count(),
        "merges": CustomerMerge.select().where(CustomerMerge.kept == customer_id).count(),
        "complaints": Complaint.select().where(Complaint.customer == customer_id).count(),
        "follow_ups": FollowUp.select().where(FollowUp.customer == customer_id).count(),
        "lost_reviews": LostReview.select().where(LostReview.customer == customer_id).count(),
    }


def test_a_merge_keeps_every_row(manager, pair, table_counts):
    keep, other = pair
    before_keep, before_other = _owned(keep.id), _owned(other.id)
    before = table_counts()
    result = merge.merge_customers(manager.id, keep.id, other.id, take={"phone": "other"})
    after = table_counts()
    # Every row moved, the clashing tier result (run 2024 held both) excepted.
    expected = {k: before_keep[k] + before_other[k] for k in before_keep}
    expected["tier_results"] -= 1
    expected["merges"] += 1
    assert _owned(keep.id) == expected
    assert _owned(other.id) == dict.fromkeys(expected, 0)
    assert result.moved == {**before_other, "tier_results": 1}
    assert result.recompute_periods == ("2024",)
    assert after["customer"] == before["customer"] - 1
    assert after["customer_merge"] == before["customer_merge"] + 1
    assert after["purchase"] == before["purchase"]
    assert after["visit"] == before["visit"]
    assert after["tier_result"] == before["tier_result"] - 1
    kept = Customer.get_by_id(keep.id)
    assert kept.phone == "+8613812345679"  # taken from the other, after it was freed
    assert kept.phone_last4 == "5679"
    assert (kept.name, kept.company) == ("张伟", "Acme")
    assert kept.visit_count == 2
    arrivals = Visit.select(Visit.check_in_at).where(
        (Visit.customer == keep.id) & Visit.check_in_at.is_null(False)
    )
    assert kept.last_visit_at == max(v.check_in_at for v in arrivals)
    record = CustomerMerge.get(CustomerMerge.merged_id == other.id)
    assert (record.kept_id, record.merged_name, record.merged_company) == (
        keep.id,
        "章伟",
        "ACME",
    )
    assert json.loads(record.moved)["recompute"] == ["2024"]
    entry = AuditEntry.select().where(AuditEntry.action == "customer.merge").get()
    assert entry.record_id == keep.id
    assert "章伟" not in entry.details and "张伟" not in entry.details
    assert json.loads(entry.details)["merged"] == other.id


def test_chosen_fields_are_taken_from_the_other(manager, pair):
    keep, other = pair
    result = merge.merge_customers(
        manager.id, keep.id, other.id, take={"name": "other", "category": "other", "email": "keep"}
    )
    assert result.kept.name == "章伟"
    assert str(result.kept.category) == "vip"
    assert result.taken == ("category", "name")
    # The name given up is the one recorded: search finds the customer by both.
    assert CustomerMerge.get(CustomerMerge.merged_id == other.id).merged_name == "张伟"
    for query in ("张伟", "章伟", "zhangwei"):
        assert keep.id in [h.id for h in customers.search(manager.id, query).hits], query


def test_merging_is_refused_when_both_are_on_site(actor, manager, table_counts):
    a = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    b = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    for who in (a, b):
        visits.check_in(actor.id, customer_id=who.id, purpose="sales")
    before = table_counts()
    with pytest.raises(Conflict) as info:
        merge.merge_customers(manager.id, a.id, b.id)
    assert info.value.code == "merge_both_on_site"
    assert table_counts() == before


def test_one_on_site_merges(actor, manager):
    a = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    b = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    visits.check_in(actor.id, customer_id=b.id, purpose="sales")
    assert merge.merge_customers(manager.id, a.id, b.id).kept.on_site


def test_erased_customers_cannot_be_merged(actor, manager, admin, table_counts):
    a = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    b = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    privacy.erase_customer(admin.id, b.id)
    before = table_counts()
    for keep, other in ((a.id, b.id), (b.id, a.id)):
        with pytest.raises(Conflict) as info:
            merge.merge_customers(manager.id, keep, other)
        assert info.value.code == "merge_erased"
    assert table_counts() == before


def test_bad_requests_are_refused(actor, manager):
    a = customers.register_customer(actor.id, name="Li Lei")
    with pytest.raises(ValidationError) as info:
        merge.merge_customers(manager.id, a.id, a.id)
    assert info.value.code == "merge_same"
    for take in ({"visit_count": "other"}, {"phone": "both"}):
        with pytest.raises(ValidationError) as info:
            merge.merge_customers(manager.id, a.id, a.id + 1, take=take)
        assert info.value.code == "merge_take_invalid"


@pytest.fixture
def customer_deletes_refused(backend, db):
    """A real fault at the merge's last step: the database refuses to delete a customer
    (a trigger; dropped afterwards, as a PostgreSQL test database is reused)."""
    if backend == "postgresql":
        database.execute_sql(
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'no deletes'; END $$ LANGUAGE plpgsql"
        )
        database.execute_sql(
            "CREATE TRIGGER no_delete BEFORE DELETE ON customer "
            "FOR EACH ROW EXECUTE FUNCTION refuse()"
        )
    else:
        database.execute_sql(
            "CREATE TRIGGER no_delete BEFORE DELETE ON customer "
            "BEGIN SELECT RAISE(ABORT, 'no deletes'); END"
        )
    yield
    database.execute_sql("DROP TRIGGER no_delete" + (" ON customer" if backend != "sqlite" else ""))
    if backend == "postgresql":
        database.execute_sql("DROP FUNCTION refuse()")


def test_a_failure_in_the_middle_writes_nothing(manager, pair, table_counts, request):
    keep, other = pair
    before_keep, before_other = _owned(keep.id), _owned(other.id)
    before = table_counts()
    request.getfixturevalue("customer_deletes_refused")
    with pytest.raises(Exception, match="no deletes"):
        merge.merge_customers(manager.id, keep.id, other.id, take={"phone": "other"})
    assert table_counts() == before
    assert (_owned(keep.id), _owned(other.id)) == (before_keep, before_other)
    assert Customer.get_by_id(other.id).phone == "+8613812345679"
    assert Customer.get_by_id(keep.id).phone == "+8613812345678"


def test_search_finds_the_kept_customer_by_either_old_name(actor, manager):
    keep = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    other = customers.register_customer(actor.id, name="李雷", company="ABC")
    merge.merge_customers(manager.id, keep.id, other.id)
    for query in ("Li Lei", "李雷", "lilei", "ll"):
        assert [h.id for h in customers.search(actor.id, query).hits] == [keep.id], query


def test_a_rename_keeps_the_merged_name(actor, manager):
    keep = customers.register_customer(actor.id, name="李雷")
    other = customers.register_customer(actor.id, name="李磊")  # shares 李 and "lilei"
    merge.merge_customers(manager.id, keep.id, other.id)
    row = customers.get_customer(actor.id, keep.id)
    customers.update_customer(actor.id, keep.id, row.row_version, name="Lei Li")
    for query in ("李磊", "李", "lilei", "Lei Li"):
        assert [h.id for h in customers.search(actor.id, query).hits] == [keep.id], query
    assert customers.search(actor.id, "李雷").hits == ()  # the old own name is gone


def test_erasure_clears_the_merged_names(actor, manager, admin):
    keep = customers.register_customer(actor.id, name="Li Lei", company="ABC")
    other = customers.register_customer(actor.id, name="李雷", company="XYZ")
    merge.merge_customers(manager.id, keep.id, other.id)
    privacy.erase_customer(admin.id, keep.id)
    for query in ("李雷", "lilei", "Li Lei"):
        assert customers.search(actor.id, query).hits == (), query
    record = CustomerMerge.get(CustomerMerge.kept == keep.id)
    assert (record.merged_name, record.merged_company) == ("", "")


def test_merge_sides_show_both_with_their_rows(manager, pair):
    keep, other = pair
    left, right = merge.merge_sides(manager.id, keep.id, other.id)
    assert (left.phone_display, right.phone_display) == ("138 1234 5678", "138 1234 5679")
    assert right.rows["purchases"] == 2 and right.rows["special_dates"] == 1


def test_an_edit_read_before_a_merge_does_not_undo_what_it_took(actor, manager, pair):
    keep, other = pair
    read = customers.get_customer(actor.id, keep.id)
    merge.merge_customers(manager.id, keep.id, other.id, take={"name": "other"})
    with pytest.raises(CustomerChanged) as info:
        customers.update_customer(actor.id, keep.id, read.row_version, name="张大伟")
    assert info.value.changes == {"name": ("张大伟", "章伟")}
    # A field the merge did not take is saved.
    saved = customers.update_customer(actor.id, keep.id, read.row_version, title="经理")
    assert (saved.name, saved.title) == ("章伟", "经理")
