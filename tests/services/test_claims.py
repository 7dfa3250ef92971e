"""Nobody checks in as someone else at the kiosk (issue 11): "王五" typing 王大伟's phone
is recorded as a new person *claiming* 王大伟, and only the desk's confirmation makes the
visit his. Two desks settling one claim at the same moment: tests/store/
test_concurrent_desks.py."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from receptionist.domain.errors import Conflict, NotFound, Refused
from receptionist.services import claims, clock, customers, kiosk, notifications, planning, visits
from receptionist.store import audit
from receptionist.store import customers as customer_store

DAY = date(2024, 11, 22)
PHONE = "13900139000"
# What 王大伟's record holds that the person at the kiosk did not type.
HIS = ("大伟", "总经理", "星辰", "green tea", "vip", "VIP", "+86", PHONE)


@pytest.fixture
def morning(fixed_clock):
    fixed_clock.set(clock.local_day_start(DAY) + timedelta(hours=9))
    return fixed_clock


@pytest.fixture
def wang(actor):
    """王大伟: a VIP on file with a title and notes, who never gave consent."""
    person = customers.register_customer(
        actor.id, name="王大伟", phone=PHONE, company="星辰汽车", category="vip"
    )
    customer_store.update(customer_store.get(person.id), title="总经理", notes="green tea")
    return customers.get_customer(actor.id, person.id)


def stored(customer_id: int) -> dict:
    """What the claim must leave alone on a customer's row."""
    row = customer_store.get(customer_id)
    fields = ("name", "phone", "company", "title", "category", "consent", "visit_count")
    return {f: getattr(row, f) for f in (*fields, "last_visit_at", "row_version")}


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in strings(getattr(value, f.name))]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings(v)]
    return []


def wang_wu(host_id=None, phone="139 0013 9000"):
    return kiosk.check_in_walk_in(
        name="王五", phone=phone, company="", purpose="sales", host_id=host_id, consent=True
    )


def test_wang_wu_with_wang_daweis_phone_only_claims_him(morning, actor, host, wang):
    before = stored(wang.id)
    his_audit = len(audit.entries("customer", wang.id))
    receipt = wang_wu(host.id)

    # The kiosk greets by the typed surname, no title, and shows nothing of his.
    assert receipt.greeting == kiosk.Greeting("王", "")
    for text in strings(receipt):
        assert not any(secret in text for secret in HIS), text
    # His record: no visit counted, no consent, no category change, not even touched.
    assert stored(wang.id) == before
    assert len(audit.entries("customer", wang.id)) == his_audit
    assert visits.on_site_board(actor.id)[0].customer_id != wang.id
    # The visit belongs to the person as typed, claiming him for the desk to confirm.
    visit = visits.visit_by_code(actor.id, receipt.code)
    assert (visit.customer_name, visit.customer_phone, str(visit.category)) == (
        "王五",
        None,
        "prospect",
    )
    assert (visit.claimed_customer_id, visit.claimed_customer_name) == (wang.id, "王大伟")
    typed = stored(visit.customer_id)
    assert (typed["phone"], typed["consent"], typed["category"]) == (None, True, "prospect")
    # The desk is told of an ordinary arrival to confirm: no VIP alert.
    [note] = notifications.unseen_notifications(actor.id)
    assert (note.customer_name, note.urgent, note.claim, str(note.category)) == (
        "王五",
        False,
        True,
        "prospect",
    )
    assert [e.action for e in audit.entries("visit", visit.id)] == [
        "visit.check_in",
        "visit.claim",
    ]


def test_confirming_makes_the_visit_his_and_then_the_vip_alert_fires(morning, actor, host, wang):
    receipt = wang_wu(host.id)
    arrived = visits.visit_by_code(actor.id, receipt.code)
    placeholder = arrived.customer_id
    morning.tick(minutes=3)
    visit = claims.confirm_claim(actor.id, arrived.id)

    assert (visit.customer_id, visit.customer_name, str(visit.category)) == (
        wang.id,
        "王大伟",
        "vip",
    )
    assert visit.claimed_customer_id is None and visit.code == receipt.code
    after = stored(wang.id)
    assert (after["visit_count"], after["consent"]) == (1, True)  # he said yes at the kiosk
    assert after["last_visit_at"] == arrived.check_in_at
    assert (after["title"], after["company"], after["category"]) == ("总经理", "星辰汽车", "vip")
    # The record the kiosk made is gone: no ghost in the search.
    with pytest.raises(NotFound):
        customers.get_customer(actor.id, placeholder)
    assert customers.search(actor.id, "王五").hits == ()
    assert [h.id for h in customers.search(actor.id, "王大伟").hits] == [wang.id]
    # Now the VIP alert fires, for the host.
    urgent = [n for n in notifications.unseen_notifications(actor.id) if n.urgent]
    assert [(n.visit_code, n.customer_name, n.host_name) for n in urgent] == [
        (receipt.code, "王大伟", "李经理")
    ]
    assert not any(n.claim for n in notifications.unseen_notifications(actor.id))
    assert [e.action for e in audit.entries("visit", visit.id)][-1] == "visit.claim_confirmed"
    assert [e.action for e in audit.entries("customer", placeholder)][-1] == "customer.merged"
    assert "customer.consent" in [e.action for e in audit.entries("customer", wang.id)]
    for settled in (claims.confirm_claim, claims.reject_claim):
        with pytest.raises(Conflict) as err:
            settled(actor.id, visit.id)
        assert err.value.code == "claim_settled"


def test_rejecting_keeps_the_person_as_a_new_customer(morning, actor, wang):
    before = stored(wang.id)
    visit = visits.visit_by_code(actor.id, wang_wu().code)
    rejected = claims.reject_claim(actor.id, visit.id)
    assert rejected.claimed_customer_id is None and rejected.customer_id == visit.customer_id
    assert stored(wang.id) == before
    assert [h.id for h in customers.search(actor.id, "王五").hits] == [visit.customer_id]
    new = customers.get_customer(actor.id, visit.customer_id)
    assert (new.name, new.phone, str(new.category), new.visit_count) == (
        "王五",
        None,
        "prospect",
        1,
    )
    assert not any(n.urgent for n in notifications.unseen_notifications(actor.id))
    assert [e.action for e in audit.entries("visit", visit.id)][-1] == "visit.claim_rejected"
    with pytest.raises(Conflict) as err:
        claims.confirm_claim(actor.id, visit.id)
    assert err.value.code == "claim_settled"


def test_confirming_while_he_is_on_site_already_is_refused_with_a_clear_message(
    morning, actor, wang
):
    visits.check_in(actor.id, customer_id=wang.id, purpose="sales")
    visit = visits.visit_by_code(actor.id, wang_wu().code)  # the kiosk neither knows nor tells
    before = stored(wang.id)
    with pytest.raises(Conflict) as err:
        claims.confirm_claim(actor.id, visit.id)
    assert err.value.code == "claim_on_site"
    assert "already on site" in err.value.message and "reject" in err.value.message
    assert stored(wang.id) == before
    assert visits.visit_by_code(actor.id, visit.code).claimed_customer_id == wang.id
    assert claims.reject_claim(actor.id, visit.id).claimed_customer_id is None


def test_only_desk_roles_settle_a_claim(morning, actor, host, wang):
    visit = visits.visit_by_code(actor.id, wang_wu().code)
    for settle in (claims.confirm_claim, claims.reject_claim):
        with pytest.raises(Refused) as err:
            settle(host.id, visit.id)
        assert err.value.code == "role_refused"
    with pytest.raises(NotFound):
        claims.confirm_claim(actor.id, 999_999)
    assert visits.visit_by_code(actor.id, visit.code).claimed_customer_id == wang.id


def test_an_invitation_code_is_proof_enough(morning, actor, host, wang):
    planned = planning.plan_visit(
        actor.id,
        customer_id=wang.id,
        purpose="after_sales",
        expected_at=morning.at + timedelta(hours=2),
        host_id=host.id,
    )
    receipt = kiosk.check_in_invited(planned.invite_code, consent=True)
    assert receipt.greeting == kiosk.Greeting("王", "总经理")
    visit = visits.visit_by_code(actor.id, receipt.code)
    assert (visit.customer_id, visit.claimed_customer_id) == (wang.id, None)
    assert stored(wang.id)["visit_count"] == 1
    assert [n.urgent for n in notifications.unseen_notifications(actor.id)] == [True]


def test_a_walk_in_with_a_new_phone_is_registered_as_before(morning, actor):
    receipt = wang_wu(phone="13700137000")
    visit = visits.visit_by_code(actor.id, receipt.code)
    assert (visit.customer_phone, visit.claimed_customer_id) == ("+8613700137000", None)
    assert customers.find_by_phone(actor.id, "13700137000").id == visit.customer_id
    assert [n.claim for n in notifications.unseen_notifications(actor.id)] == [False]
