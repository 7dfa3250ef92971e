"""The customer's timeline: every kind of entry, newest first, paged by a keyset cursor
without gaps or repeats, purchase amounts only for those who see reports."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from receptionist.domain.errors import Refused
from receptionist.services import customers, feedback, purchases, timeline, visits
from receptionist.services.timeline import EntryKind
from receptionist.store.models import CustomerMerge, TierResult, TierRun
from tests import staffing


@pytest.fixture(autouse=True)
def clock_first(fixed_clock):
    """The clock is fixed before any customer is registered."""
    return fixed_clock


@pytest.fixture
def manager(db):
    return staffing.add("Mona Manager", "Sales", "manager")


def add_tier(customer_id: int, period: str, at: datetime, tier: str, stars: int, current=True):
    run = TierRun.create(
        period=period,
        starts_on=date(int(period), 1, 1),
        ends_on=date(int(period), 12, 31),
        computed_at=at,
        customers=1,
        current=current,
    )
    TierResult.create(
        run=run.id,
        customer=customer_id,
        revenue_cents=100,
        purchases=1,
        last_purchase_on=date(int(period), 6, 1),
        rank=1,
        tier=tier,
        stars=stars,
    )


@pytest.fixture
def history(fixed_clock, actor, manager, host, zhang):
    """Registered 2024-11-22 02:00 UTC, then one of each kind an hour apart from 08:00."""
    fixed_clock.set(datetime(2024, 11, 22, 8, tzinfo=UTC))
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    fixed_clock.tick(hours=1)
    visits.check_out(actor.id, visit.code)
    feedback.record_feedback(actor.id, visit.code, overall=4, comment="Friendly\nslow coffee")
    fixed_clock.tick(hours=1)
    customers.change_category(actor.id, zhang.id, "existing", "First purchase")
    add_tier(zhang.id, "2023", fixed_clock.tick(hours=1), "gold", 4)
    add_tier(zhang.id, "2023", fixed_clock.at, "lead", 1, current=False)  # replaced run
    CustomerMerge.create(
        kept=zhang.id,
        merged_id=999,
        merged_name="张叁",
        merged_at=fixed_clock.tick(hours=1),
        merged_by=manager.id,
    )
    fixed_clock.tick(days=1)
    purchases.record_purchase(manager.id, zhang.id, date(2024, 11, 21), "1280.50", note="Tea set")
    return visit


def test_every_kind_appears_newest_first(actor, manager, zhang, history):
    page = timeline.timeline(manager.id, zhang.id)
    assert [e.kind for e in page.entries] == [
        EntryKind.MERGE,
        EntryKind.TIER,
        EntryKind.CATEGORY,
        EntryKind.FEEDBACK,
        EntryKind.VISIT,
        EntryKind.CATEGORY,
        EntryKind.PURCHASE,
    ]
    merge, tier, category, said, visit, registered, bought = (e.detail for e in page.entries)
    assert (registered.from_category, registered.to_category) == (None, "prospect")
    assert merge.merged_name == "张叁" and merge.staff_name == "Mona Manager"
    assert (tier.period, tier.tier, tier.stars) == ("2023", "gold", 4)
    assert (category.from_category, category.to_category) == ("prospect", "existing")
    assert category.reason == "First purchase" and category.staff_name == "Front desk"
    assert (said.overall, said.comment_line) == (4, "Friendly")
    assert visit.purpose == "sales" and visit.host_name == "李经理"
    assert visit.check_out_at is not None
    assert (bought.amount_cents, bought.note_line) == (128050, "Tea set")
    assert page.next is None


def test_a_receptionist_sees_a_purchase_without_its_amount(actor, zhang, history):
    [bought] = [e for e in timeline.timeline(actor.id, zhang.id).entries if e.kind == "purchase"]
    assert bought.detail.amount_cents is None
    assert bought.detail.purchased_on == date(2024, 11, 21)


def test_a_host_may_not_open_the_timeline(host, zhang, history):
    with pytest.raises(Refused):
        timeline.timeline(host.id, zhang.id)


def test_pages_cover_everything_once_in_order(actor, manager, host, zhang, history, fixed_clock):
    for _ in range(7):  # visits, some at the same instant as purchases' day starts
        fixed_clock.tick(hours=5)
        visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
        visits.check_out(actor.id, visit.code)
        purchases.record_purchase(manager.id, zhang.id, fixed_clock.at.date(), "3")
        purchases.record_purchase(manager.id, zhang.id, fixed_clock.at.date(), "4")
    whole = timeline.timeline(manager.id, zhang.id, limit=1000).entries
    assert len(whole) == 7 + 7 * 3
    for size in (1, 2, 5):
        seen, cursor = [], None
        while True:
            page = timeline.timeline(manager.id, zhang.id, before=cursor, limit=size)
            seen.extend(page.entries)
            if page.next is None:
                break
            cursor = page.next
        assert seen == list(whole), size
    keys = [e.cursor for e in whole]
    assert keys == sorted(keys, reverse=True)


def test_a_new_customers_timeline_is_their_registration(actor, john):
    page = timeline.timeline(actor.id, john.id)
    [registered] = page.entries
    assert registered.detail.from_category is None and registered.detail.reason == "registered"
    assert page.next is None
