"""The kiosk's reach: invited and walk-in check-in, check-out, hosts, the exit PIN, and no
stored customer data in anything it returns."""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

import pytest

from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.services import (
    clock,
    customers,
    kiosk,
    notifications,
    planning,
    settings,
    stations,
    visits,
)
from receptionist.services.outbox import TellState
from receptionist.store import audit
from receptionist.store import staff as staff_store
from tests import staffing

DAY = date(2024, 11, 22)


@pytest.fixture
def morning(fixed_clock):
    fixed_clock.set(clock.local_day_start(DAY) + timedelta(hours=9))
    return fixed_clock


@pytest.fixture
def vip(actor):
    person = customers.register_customer(
        actor.id, name="王建国", phone="13900139000", company="星辰汽车", category="vip"
    )
    customers.get_customer(actor.id, person.id)
    from receptionist.store import customers as store

    store.update(store.get(person.id), title="总经理", notes="prefers green tea")
    return person


@pytest.fixture
def lobby(db):
    """This process is the kiosk "Lobby kiosk" (as the kiosk window makes it at start)."""
    return stations.open_station("kiosk", name="Lobby kiosk")


def invite(actor, customer, hours=14, day=DAY, host=None):
    return planning.plan_visit(
        actor.id,
        customer_id=customer.id,
        purpose="after_sales",
        expected_at=clock.local_day_start(day) + timedelta(hours=hours),
        host_id=host.id if host else None,
    )


def _strings(value) -> list[str]:
    """Every string inside a kiosk view (dataclasses, tuples, lists)."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def test_invited_visitor_checks_in_by_code_and_the_host_is_told(morning, actor, vip, host):
    planned = invite(actor, vip, host=host)
    found = kiosk.find_invitation(planned.invite_code.lower())
    assert found.greeting == kiosk.Greeting(surname="王", title="总经理")
    assert (found.host_name, str(found.purpose)) == ("李经理", "after_sales")
    with pytest.raises(ValidationError):
        kiosk.check_in_invited(planned.invite_code, consent=False)
    receipt = kiosk.check_in_invited(planned.invite_code, consent=True)
    assert receipt.code.startswith("V-1122-")
    assert receipt.host_told is TellState.DESK  # the host has no e-mail or chat channel
    visit = visits.visit_by_code(actor.id, receipt.code)
    assert (str(visit.station), str(visit.status)) == ("kiosk", "on_site")
    assert customers.get_customer(actor.id, vip.id).visit_count == 1
    [note] = notifications.unseen_notifications(actor.id)
    assert (note.visit_code, note.customer_name, note.host_name, note.urgent) == (
        receipt.code,
        "王建国",
        "李经理",
        True,
    )
    with pytest.raises(Conflict) as err:
        kiosk.find_invitation(planned.invite_code)
    assert err.value.code == "invite_used"


def test_invitations_for_another_day_or_unknown_are_refused(morning, actor, vip):
    tomorrow = invite(actor, vip, day=DAY + timedelta(days=1))
    with pytest.raises(Conflict) as err:
        kiosk.check_in_invited(tomorrow.invite_code, consent=True)
    assert err.value.code == "invite_other_day"
    with pytest.raises(NotFound):
        kiosk.find_invitation("I-2345-6789")
    with pytest.raises(NotFound):
        kiosk.find_invitation("V-1122-0001")  # a visit code is not an invitation


def test_walk_in_registers_a_new_prospect_with_consent(morning, actor, host):
    receipt = kiosk.check_in_walk_in(
        name="Anna Lee",
        phone="+44 7911 123456",
        company="Lee & Co",
        purpose="sales",
        host_id=host.id,
        consent=True,
    )
    visit = visits.visit_by_code(actor.id, receipt.code)
    assert (visit.customer_name, str(visit.category), visit.host_name) == (
        "Anna Lee",
        "prospect",
        "李经理",
    )
    customer = customers.get_customer(actor.id, visit.customer_id)
    assert customer.company == "Lee & Co"
    assert [e.action for e in audit.entries("customer", customer.id)] == [
        "customer.register",
        "customer.consent",
    ]
    assert receipt.greeting == kiosk.Greeting("Lee", "")
    assert visit.claimed_customer_id is None
    assert notifications.unseen_notifications(actor.id)[0].urgent is False


def test_walk_in_needs_name_phone_and_consent_and_writes_nothing_otherwise(
    morning, actor, table_counts
):
    before = table_counts()
    for args in (
        dict(name="", phone="13800138000"),
        dict(name="张三", phone=""),
        dict(name="张三", phone="12"),
        dict(name="张三", phone="13800138000", consent=False),
        dict(name="张三", phone="13800138000", purpose="x"),
    ):
        full = dict(company="", purpose="sales", host_id=None, consent=True) | args
        with pytest.raises(ValidationError):
            kiosk.check_in_walk_in(**full)
    assert table_counts() == before


def test_check_out_at_the_kiosk_by_slip_or_invitation_code(morning, actor, vip, zhang):
    walk_in = kiosk.check_in_walk_in(
        name="张三", phone="13800138000", purpose="sales", host_id=None, consent=True
    )
    assert kiosk.check_out(walk_in.checkout_code.replace("-", " ").lower()) == walk_in.code
    assert str(visits.visit_by_code(actor.id, walk_in.code).status) == "done"
    refusals = []
    for code in (
        walk_in.checkout_code,  # already checked out
        invite(actor, vip).invite_code,  # not here yet
        "V-0101-9999",
        "I-2345-6789",
    ):  # unknown
        with pytest.raises(Conflict) as err:
            kiosk.check_out(code)
        refusals.append(err.value.message)
    assert len(set(refusals)) == 1  # never tells which codes exist
    planned = planning.expected_on(actor.id)[0]
    kiosk.check_in_invited(planned.invite_code, consent=True)
    assert kiosk.check_out(planned.invite_code).startswith("V-")


def test_hosts_by_name_and_department(actor, host):
    staffing.add("Sarah Johnson", "After-sales", "host")
    gone = staffing.add("Old Host", "Sales", "host")
    staff_store.set_active(gone.id, False)
    assert kiosk.departments() == ["After-sales", "Reception", "Sales"]
    assert {(h.name, h.department) for h in kiosk.hosts()} == {
        ("Front desk", "Reception"),
        ("李经理", "Sales"),
        ("Sarah Johnson", "After-sales"),
    }


def test_exit_pin_refused_counted_locked_and_allowed(admin, morning, actor, lobby):
    with pytest.raises(NotFound) as missing:
        kiosk.verify_exit_pin("1234")
    assert missing.value.code == "pin_not_set"
    settings.save_kiosk_settings(admin.id, idle_seconds=60, closing_time=time(18), pin="2468")
    kiosk.verify_exit_pin("2468")
    for _ in range(4):
        with pytest.raises(ValidationError):
            kiosk.verify_exit_pin("0000")
    with pytest.raises(Conflict) as err:
        kiosk.verify_exit_pin("0000")
    assert err.value.code == "pin_locked"
    with pytest.raises(Conflict):
        kiosk.verify_exit_pin("2468")  # even the right PIN, while locked
    morning.tick(minutes=5, seconds=1)
    kiosk.verify_exit_pin("2468")
    assert kiosk.exit_locked_until() is None


def test_a_kiosk_slip_goes_into_the_print_history_as_printed_by_nobody(morning, actor):
    from receptionist.services import printing

    receipt = kiosk.check_in_walk_in(
        name="Anna Lee", phone="13700137000", purpose="sales", host_id=None, consent=True
    )
    kiosk.record_slip_print(receipt.code, "label62", "Lobby printer", True)
    [record] = printing.print_history(actor.id, receipt.code)
    assert (record.document, record.outcome, record.printer, record.staff_name) == (
        "slip",
        "printed",
        "Lobby printer",
        None,
    )


def test_a_new_pin_lifts_the_lock(admin, morning, actor, lobby):
    settings.save_kiosk_settings(admin.id, idle_seconds=60, closing_time=time(18), pin="2468")
    for _ in range(5):
        with pytest.raises((ValidationError, Conflict)):
            kiosk.verify_exit_pin("0000")
    assert kiosk.exit_locked_until() is not None
    settings.save_kiosk_settings(admin.id, idle_seconds=60, closing_time=time(18), pin="1357")
    assert kiosk.exit_locked_until() is None
    kiosk.verify_exit_pin("1357")
