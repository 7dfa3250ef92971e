"""Purchases per customer: recording (cents, refunds, dates), the first-purchase
suggestion, correcting and deleting with a reason, paging, the summary, the currency."""

from __future__ import annotations

from datetime import date

import pytest

from receptionist.domain.errors import NotFound, Refused, ValidationError
from receptionist.services import customers, privacy, purchases
from receptionist.store import audit
from tests import staffing


@pytest.fixture
def manager(db):
    return staffing.add("Mona Manager", "Sales", "manager")


def test_a_purchase_is_kept_in_exact_cents_and_listed_newest_first(manager, zhang, fixed_clock):
    purchases.record_purchase(manager.id, zhang.id, date(2024, 3, 1), "1,280.50")
    purchases.record_purchase(manager.id, zhang.id, "2024-05-02", "0.10")
    refund = purchases.record_purchase(manager.id, zhang.id, date(2024, 5, 2), "-20")
    listed = purchases.list_purchases(manager.id, zhang.id)
    assert [p.amount_cents for p in listed] == [-2000, 10, 128050]
    assert refund.purchase.amount_cents == -2000
    summary = purchases.purchase_summary(manager.id, zhang.id)
    assert (summary.count, summary.total_cents) == (3, 126060)
    assert (summary.first_on, summary.last_on) == (date(2024, 3, 1), date(2024, 5, 2))
    assert summary.to_json()["total"] == 1260.60


def test_pages_follow_each_other_without_gaps_or_repeats(manager, zhang, fixed_clock):
    for day in range(1, 8):
        for amount in ("10", "20"):
            purchases.record_purchase(manager.id, zhang.id, date(2024, 6, day), amount)
    seen, before = [], None
    while True:
        page = purchases.list_purchases(manager.id, zhang.id, before=before, limit=3)
        if not page:
            break
        seen.extend(page)
        before = page[-1].cursor
    assert len({p.id for p in seen}) == 14 == len(seen)
    keys = [(p.purchased_on, p.id) for p in seen]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize(
    ("day", "amount", "code"),
    [
        ("2024-11-23", "10", "purchase_date_future"),  # the clock says 2024-11-22
        ("22/11/2024", "10", "purchase_date_invalid"),
        ("2024-11-01", "0.00", "amount_zero"),
        ("2024-11-01", "12.345", "amount_invalid"),
        ("2024-11-01", "1e3", "amount_invalid"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(manager, zhang, fixed_clock, day, amount, code):
    with pytest.raises(ValidationError) as info:
        purchases.record_purchase(manager.id, zhang.id, day, amount)
    assert info.value.code == code
    assert purchases.purchase_summary(manager.id, zhang.id).count == 0


def test_a_note_and_a_reference_are_checked_like_other_text(manager, zhang, fixed_clock):
    with pytest.raises(ValidationError) as info:
        purchases.record_purchase(manager.id, zhang.id, "2024-11-01", "5", reference="x" * 61)
    assert info.value.code == "reference_too_long"
    with pytest.raises(ValidationError) as info:
        purchases.record_purchase(manager.id, zhang.id, "2024-11-01", "5", note="a\x00b")
    assert info.value.code == "note_control"


def test_a_prospects_first_purchase_suggests_existing_and_changes_nothing(
    manager, zhang, john, fixed_clock
):
    first = purchases.record_purchase(manager.id, zhang.id, "2024-11-01", "99")
    assert first.suggest_existing
    assert customers.get_customer(manager.id, zhang.id).category == "prospect"  # never silent
    assert not purchases.record_purchase(manager.id, zhang.id, "2024-11-02", "1").suggest_existing
    assert not purchases.record_purchase(manager.id, john.id, "2024-11-01", "5").suggest_existing


def test_a_correction_keeps_old_and_new_amounts_and_the_reason(manager, zhang, fixed_clock):
    recorded = purchases.record_purchase(manager.id, zhang.id, "2024-11-01", "1000")
    fixed = purchases.correct_purchase(
        manager.id, recorded.purchase.id, amount="100", reason="typed a zero too many"
    )
    assert fixed.amount_cents == 10000
    [entry] = [
        e for e in audit.entries("purchase", recorded.purchase.id) if e.action == "purchase.correct"
    ]
    assert '"amount_cents": 100000' in entry.details
    assert '"amount_cents": 10000' in entry.details
    assert "typed a zero too many" in entry.details


def test_a_correction_needs_a_reason(manager, zhang, fixed_clock):
    recorded = purchases.record_purchase(manager.id, zhang.id, "2024-11-01", "1000")
    with pytest.raises(ValidationError) as info:
        purchases.correct_purchase(manager.id, recorded.purchase.id, amount="1", reason=" ")
    assert info.value.code == "reason_required"
    assert purchases.list_purchases(manager.id, zhang.id)[0].amount_cents == 100000


def test_a_deleted_purchase_is_gone_and_the_trail_says_why(manager, zhang, fixed_clock):
    recorded = purchases.record_purchase(manager.id, zhang.id, "2024-11-01", "1000")
    purchases.delete_purchase(manager.id, recorded.purchase.id, "wrong customer")
    assert purchases.list_purchases(manager.id, zhang.id) == []
    actions = [e.action for e in audit.entries("purchase", recorded.purchase.id)]
    assert actions == ["purchase.record", "purchase.delete"]
    with pytest.raises(NotFound):
        purchases.delete_purchase(manager.id, recorded.purchase.id, "again")


def test_a_receptionist_neither_records_nor_sees_amounts(actor, manager, zhang, fixed_clock):
    purchases.record_purchase(manager.id, zhang.id, "2024-11-01", "1000")
    for call in (
        lambda: purchases.record_purchase(actor.id, zhang.id, "2024-11-01", "1"),
        lambda: purchases.list_purchases(actor.id, zhang.id),
        lambda: purchases.purchase_summary(actor.id, zhang.id),
    ):
        with pytest.raises(Refused):
            call()


def test_erasing_the_customer_clears_purchase_notes_and_references(
    admin, manager, zhang, fixed_clock
):
    purchases.record_purchase(
        manager.id, zhang.id, "2024-11-01", "5", note="for 张三's wife", reference="INV-7"
    )
    privacy.erase_customer(admin.id, zhang.id)
    [kept] = purchases.list_purchases(manager.id, zhang.id)
    assert (kept.note, kept.reference, kept.amount_cents) == ("", "", 500)


def test_the_currency_is_cny_until_an_admin_chooses(admin, manager):
    assert purchases.currency() == "CNY"
    assert purchases.save_currency(admin.id, "usd") == "USD"
    assert purchases.currency() == "USD"
    with pytest.raises(ValidationError):
        purchases.save_currency(admin.id, "XYZ")
    with pytest.raises(Refused):
        purchases.save_currency(manager.id, "EUR")
    assert purchases.currency() == "USD"
