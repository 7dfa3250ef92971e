"""Personal data (issue 11, services.privacy): the full phone shown on purpose and audited,
a customer's export, erasure on request, and retention on a fixed dataset with a fixed
clock. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from receptionist.domain.errors import Conflict, Refused
from receptionist.services import (
    archive,
    clock,
    customers,
    feedback,
    merge,
    planning,
    privacy,
    purchases,
    tiers,
    undo,
    visits,
)
from receptionist.store import audit
from receptionist.store.models import Purchase
from tests import staffing
from tests.services.test_audited_writes import Watch


@pytest.fixture
def admin(db):
    return staffing.add("Admin", "IT", "admin")


@pytest.fixture
def manager(db):
    return staffing.add("Manager", "Sales", "manager")


@pytest.fixture
def visited(fixed_clock, actor, host, zhang, john):
    """Zhang came twice (feedback with a comment the second time); John once."""
    first = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    fixed_clock.tick(minutes=40)
    visits.check_out(actor.id, first.code)
    fixed_clock.tick(days=1)
    second = visits.check_in(
        actor.id, customer_id=zhang.id, purpose="after_sales", note="带了维修单"
    )
    fixed_clock.tick(minutes=20)
    visits.check_out(actor.id, second.code)
    feedback.record_feedback(actor.id, second.code, overall=4, comment="张三说服务很好")
    other = visits.check_in(actor.id, customer_id=john.id, purpose="sales")
    visits.check_out(actor.id, other.code)
    return first, second


def actions(customer_id: int) -> list[str]:
    return [e.action for e in audit.entries("customer", customer_id)]


# -- the full phone ------------------------------------------------------------------------
def test_lists_show_masked_phones(zhang):
    hit = customers.search(staffing.desk_id(), "张三").hits[0]
    assert hit.phone_masked.endswith("8000") and "138" not in hit.phone_masked
    assert "13800138000" not in repr(hit)


def test_reveal_phone_is_audited(actor, zhang):
    assert privacy.reveal_phone(actor.id, zhang.id) == "+8613800138000"
    assert actions(zhang.id)[-1] == "customer.phone_view"
    entry = audit.entries("customer", zhang.id)[-1]
    assert entry.staff_id == actor.id and "138" not in entry.details


def test_a_host_never_gets_a_full_phone(host, zhang):
    with pytest.raises(Refused) as info:
        privacy.reveal_phone(host.id, zhang.id)
    assert info.value.code == "role_refused"
    assert "customer.phone_view" not in actions(zhang.id)


# -- the export ----------------------------------------------------------------------------
def test_export_holds_everything_on_the_customer_and_nobody_else(manager, host, zhang, visited):
    data = privacy.export_customer(manager.id, zhang.id)
    assert data["customer"]["name"] == "张三"
    assert data["customer"]["phone"] == "+8613800138000"
    assert data["customer"]["company"] == "华为技术有限公司"
    assert data["customer"]["visit_count"] == 2
    assert [v["purpose"] for v in data["visits"]] == ["sales", "after_sales"]
    assert data["visits"][0]["host"] == host.name
    assert data["visits"][1]["note"] == "带了维修单"
    assert data["visits"][1]["feedback"]["comment"] == "张三说服务很好"
    assert data["category_history"][0]["to"] == "prospect"
    logged = {e["action"] for e in data["audit"]}
    assert {"customer.register", "visit.check_in", "visit.feedback"} <= logged
    text = json.dumps(data, ensure_ascii=False)
    assert "John" not in text and "2025550143" not in text and "Acme" not in text
    assert actions(zhang.id)[-1] == "customer.export"


def test_export_holds_the_archive_too(fixed_clock, admin, manager, actor, zhang, john):
    """Special dates, preference tags, purchases, tier places and merged records."""
    profile = archive.customer_profile(actor.id, zhang.id)
    archive.save_profile(
        actor.id,
        zhang.id,
        profile.row_version,
        preference_tags=["绿茶", "no stairs"],
        contact_consent=True,
        special_dates=[{"kind": "birthday", "month": 3, "day": 14, "year": 1980}],
    )
    bought = clock.local(fixed_clock.at).date()
    purchases.record_purchase(admin.id, zhang.id, bought, "1280.50", note="茶具")
    tiers.recompute(admin.id, str(bought.year))
    merge.merge_customers(admin.id, zhang.id, john.id)
    data = privacy.export_customer(manager.id, zhang.id)
    assert data["format"] == 2
    assert data["customer"]["preference_tags"] == ["绿茶", "no stairs"]
    assert data["customer"]["contact_consent"] is True
    assert data["special_dates"] == [
        {"kind": "birthday", "label": "", "month": 3, "day": 14, "year": 1980}
    ]
    assert [(p["amount"], p["amount_cents"], p["note"]) for p in data["purchases"]] == [
        ("1280.50", 128050, "茶具")
    ]
    assert [(t["tier"], t["rank"], t["revenue"]) for t in data["tiers"]] == [
        ("platinum", 1, "1280.50")
    ]
    assert [m["name"] for m in data["merged_records"]] == ["John Smith"]
    for lang in ("en", "zh_CN"):
        assert privacy.export_pdf(data, lang).startswith(b"%PDF")


def test_export_is_refused_to_a_receptionist(actor, zhang):
    with pytest.raises(Refused):
        privacy.export_customer(actor.id, zhang.id)
    assert "customer.export" not in actions(zhang.id)


# -- erasure -------------------------------------------------------------------------------
def test_erasure_anonymises_but_keeps_counts(admin, zhang, john, visited):
    privacy.erase_customer(admin.id, zhang.id)
    for query in ("张三", "zs", "13800138000", "8000", "华为"):
        assert [h.id for h in customers.search(staffing.desk_id(), query).hits] == [], query
    erased = customers.get_customer(staffing.desk_id(), zhang.id)
    assert erased.phone is None and erased.company == "" and erased.notes == ""
    assert "张" not in erased.name
    assert erased.visit_count == 2
    data = privacy.export_customer(admin.id, zhang.id)
    assert [v["purpose"] for v in data["visits"]] == ["sales", "after_sales"]
    assert all(v["check_in_at"] for v in data["visits"])
    assert data["visits"][1]["note"] == "" and data["visits"][1]["feedback"]["comment"] == ""
    assert data["customer"]["erased_at"] and data["customer"]["consent"] is False
    entry = [e for e in audit.entries("customer", zhang.id) if e.action == "customer.erase"]
    assert len(entry) == 1 and "张" not in entry[0].details
    assert customers.search(staffing.desk_id(), "John").hits[0].id == john.id  # others untouched


def test_an_erased_customer_cannot_be_used_again(fixed_clock, admin, actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    visits.check_out(actor.id, visit.code)
    privacy.erase_customer(admin.id, zhang.id)
    view = customers.get_customer(actor.id, zhang.id)
    for attempt in (
        lambda: privacy.erase_customer(admin.id, zhang.id),
        lambda: visits.check_in(actor.id, customer_id=zhang.id, purpose="sales"),
        lambda: customers.update_customer(actor.id, zhang.id, view.row_version, name="王五"),
        lambda: customers.change_category(actor.id, zhang.id, "vip", "big order"),
        lambda: undo.undo_check_out(actor.id, visit.code),  # no way back to the record
    ):
        with pytest.raises(Conflict) as info:
            attempt()
        assert info.value.code == "customer_erased"


def test_erasure_is_refused_while_on_site_and_for_other_roles(admin, manager, actor, zhang):
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    with pytest.raises(Conflict) as info:
        privacy.erase_customer(admin.id, zhang.id)
    assert info.value.code == "customer_erase_open_visit"
    with pytest.raises(Refused):
        privacy.erase_customer(manager.id, zhang.id)
    assert customers.get_customer(actor.id, zhang.id).name == "张三"


# -- retention -----------------------------------------------------------------------------
@pytest.fixture
def dataset(fixed_clock, actor):
    """Registered on 2024-11-22 02:00 UTC: old (never came back), kept (came back 20
    months later), planned (old, but expected soon), fresh (registered 20 months later)."""
    old = customers.register_customer(actor.id, name="Old Visitor", phone="13900000001")
    kept = customers.register_customer(actor.id, name="Kept Visitor", phone="13900000002")
    planned = customers.register_customer(actor.id, name="Planned Visitor")
    fixed_clock.tick(days=610)
    visit = visits.check_in(actor.id, customer_id=kept.id, purpose="sales")
    visits.check_out(actor.id, visit.code)
    fresh = customers.register_customer(actor.id, name="Fresh Visitor")
    planning.plan_visit(
        actor.id,
        customer_id=planned.id,
        purpose="sales",
        expected_at=fixed_clock.at + timedelta(days=3),
    )
    fixed_clock.tick(days=150)  # 760 days after registering: past 24 months
    return old, kept, planned, fresh


def test_retention_dry_run_then_run_on_a_fixed_dataset(admin, dataset, table_counts):
    old, kept, planned, fresh = dataset
    assert privacy.retention_months() == 24
    before = table_counts()
    dry = privacy.run_retention(admin.id, dry_run=True)
    assert table_counts() == before  # a dry run writes nothing
    assert dry.customer_ids == (old.id,) and dry.dry_run
    done = privacy.run_retention(admin.id)
    assert done.customer_ids == dry.customer_ids and not done.dry_run
    assert customers.get_customer(staffing.desk_id(), old.id).phone is None
    for other in (kept, planned, fresh):
        assert customers.get_customer(staffing.desk_id(), other.id).name == other.name
    assert privacy.run_retention(admin.id, dry_run=True).count == 0  # nothing left
    runs = [e for e in audit.entries("setting", 0) if e.action == "retention.run"]
    assert json.loads(runs[-1].details)["count"] == 1


def test_retention_follows_the_months_setting(admin, dataset):
    old, kept, _planned, fresh = dataset
    privacy.set_retention_months(admin.id, 3)  # the last visits are 150 days old
    found = privacy.retention_candidates(admin.id).customer_ids
    assert set(found) == {old.id, kept.id, fresh.id}


def test_a_customer_who_still_buys_is_kept(admin, dataset, fixed_clock):
    old = dataset[0]
    bought_on = clock.local(fixed_clock.at).date() - timedelta(days=40)
    Purchase.create(
        customer=old.id,
        purchased_on=bought_on,
        amount_cents=12_800,
        source="cli",
        created_at=fixed_clock.at,
    )
    assert privacy.run_retention(admin.id, dry_run=True).count == 0
    privacy.set_retention_months(admin.id, 1)  # the purchase is older than a month now
    assert old.id in privacy.retention_candidates(admin.id).customer_ids


def test_scheduled_retention_acts_as_the_system(dataset):
    old = dataset[0]
    report = privacy.run_scheduled_retention()
    assert report.customer_ids == (old.id,)
    entry = [e for e in audit.entries("customer", old.id) if e.action == "customer.erase"][0]
    assert entry.staff_id is None


def test_retention_is_refused_to_a_manager(manager, dataset):
    with pytest.raises(Refused):
        privacy.run_retention(manager.id, dry_run=True)
    with pytest.raises(Refused):
        privacy.set_retention_months(manager.id, 6)


def test_the_export_reads_as_a_pdf_in_both_languages(manager, zhang, visited):
    data = privacy.export_customer(manager.id, zhang.id)
    for lang in ("en", "zh_CN"):
        pdf = privacy.export_pdf(data, lang)
        assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # the CJK font embedded


def test_every_privacy_write_and_full_view_is_audited(db, admin, dataset):
    """As ``test_audited_writes``: each call that wrote a row wrote an audit entry too;
    the full views (phone, export) write nothing but their entry."""
    old, kept = dataset[0], dataset[1]
    watch = Watch()
    db.query_hooks.append(watch)
    try:
        calls = {
            "reveal_phone": lambda: privacy.reveal_phone(admin.id, kept.id),
            "export_customer": lambda: privacy.export_customer(admin.id, kept.id),
            "set_retention_months": lambda: privacy.set_retention_months(admin.id, 24),
            "run_retention": lambda: privacy.run_retention(admin.id),
            "erase_customer": lambda: privacy.erase_customer(admin.id, kept.id),
        }
        for label, call in calls.items():
            watch.tables.clear()
            call()
            assert "audit_entry" in watch.tables, label
        watch.tables.clear()
        privacy.run_retention(admin.id, dry_run=True)
        assert watch.tables == []  # a dry run writes nothing, not even an entry
    finally:
        db.query_hooks.remove(watch)
    assert customers.get_customer(staffing.desk_id(), old.id).erased


def test_a_view_built_without_the_full_phone_holds_only_the_masked_one(zhang):
    from receptionist.services._convert import customer_view
    from receptionist.store import customers as customer_store

    view = customer_view(customer_store.existing(zhang.id), phone_full=False)
    assert view.phone is None and view.phone_display == "138****8000"
    assert "13800138000" not in repr(view)
