"""Every status change names the status it expects: a station acting on what it read a
moment ago, after another station changed the visit, is told in one sentence and writes
nothing (the races themselves, between processes: tests/store/test_concurrent_desks.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from receptionist.domain.enums import Station, VisitStatus
from receptionist.domain.errors import Conflict
from receptionist.services import customers, planning, visits
from receptionist.store import visits as visit_store
from receptionist.store.connection import transaction
from receptionist.store.models import AuditEntry


def actions(name: str) -> int:
    return AuditEntry.select().where(AuditEntry.action == name).count()


@pytest.fixture
def planned(fixed_clock, actor, zhang):
    return planning.plan_visit(
        actor.id,
        customer_id=zhang.id,
        purpose="sales",
        expected_at=fixed_clock.at + timedelta(hours=1),
    )


def test_a_visit_checked_out_at_another_station_is_not_checked_out_again(fixed_clock, actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    seen_here = visit_store.by_code(visit.code)  # on site when this desk read it
    done = visits.check_out(actor.id, visit.code)  # the other desk
    fixed_clock.tick(minutes=3)
    with pytest.raises(Conflict) as refused, transaction():
        visits.record_check_out(actor.id, seen_here)
    assert refused.value.message == "This visitor has already been checked out."
    assert visits.visit_by_code(actor.id, visit.code).check_out_at == done.check_out_at
    assert actions("visit.check_out") == 1


def test_an_invitation_used_at_another_station_is_refused(fixed_clock, actor, zhang, planned):
    seen_at_kiosk = visit_store.by_id(planned.id)  # still planned when the kiosk read it
    arrived = planning.check_in_expected(actor.id, planned.id)  # the desk was first
    with pytest.raises(Conflict) as refused, transaction():
        visits.arrive_planned(None, seen_at_kiosk, Station.KIOSK)
    assert (refused.value.code, refused.value.field) == ("invite_used", "code")
    assert visits.visit_by_code(actor.id, arrived.code) == arrived
    assert customers.get_customer(actor.id, zhang.id).visit_count == 1
    assert actions("visit.check_in") == 1


def test_an_invitation_cancelled_at_another_station_does_not_arrive(actor, zhang, planned):
    seen_here = visit_store.by_id(planned.id)
    planning.cancel_planned(actor.id, planned.id)
    with pytest.raises(Conflict) as refused, transaction():
        visits.arrive_planned(actor.id, seen_here, Station.DESK)
    assert refused.value.code == "invite_used"
    assert planning.invitation(actor.id, planned.invite_code).status is VisitStatus.CANCELLED
    assert customers.get_customer(actor.id, zhang.id).visit_count == 0


def test_a_visitor_who_arrived_is_not_cancelled(actor, planned):
    arrived = planning.check_in_expected(actor.id, planned.id)
    with pytest.raises(Conflict) as refused:
        planning.cancel_planned(actor.id, planned.id)
    assert refused.value.code == "cancel_not_planned"
    assert visits.visit_by_code(actor.id, arrived.code).status is VisitStatus.ON_SITE
    assert actions("visit.cancel") == 0


def test_a_guarded_change_from_a_stale_read_writes_nothing(actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    stale = visit_store.by_code(visit.code)
    visits.check_out(actor.id, visit.code)
    with transaction():
        changed = visit_store.transition(stale, VisitStatus.ON_SITE, status="cancelled")
    assert changed is False
    assert stale.status == "on_site"  # the row object is left as read
    assert visits.visit_by_code(actor.id, visit.code).status is VisitStatus.DONE
