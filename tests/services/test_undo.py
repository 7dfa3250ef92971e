"""Undo at the desk (services.undo): a check-out and an invited visitor's check-in taken
back for five minutes, audited, refused once the visit changed or another desk got there
first."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from receptionist.domain.enums import VisitStatus
from receptionist.domain.errors import Conflict
from receptionist.services import clock, customers, feedback, kiosk, planning, undo, visits
from receptionist.store import audit
from receptionist.store import visits as visit_store
from tests import staffing

DAY = date(2024, 11, 22)


@pytest.fixture
def morning(fixed_clock):
    """09:00 local time on DAY."""
    fixed_clock.set(clock.local_day_start(DAY) + timedelta(hours=9))
    return fixed_clock


@pytest.fixture
def checked_out(morning, actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    morning.tick(minutes=30)
    return visits.check_out(actor.id, visit.code)


@pytest.fixture
def planner(actor):

    return staffing.add("Planner", "Sales", "receptionist")


@pytest.fixture
def arrived(morning, actor, planner, zhang):
    """Zhang was planned for 10:30 by the planner and checked in at the desk at 09:00."""
    planned = planning.plan_visit(
        planner.id,
        customer_id=zhang.id,
        purpose="sales",
        expected_at=clock.local_day_start(DAY) + timedelta(hours=10.5),
    )
    return planning.check_in_expected(actor.id, planned.id)


def actions(visit_id: int) -> list[str]:
    return [e.action for e in audit.entries("visit", visit_id)]


# -- undo a check-out ----------------------------------------------------------------------
def test_undo_check_out_puts_the_visitor_back_on_site(morning, actor, checked_out):
    morning.tick(minutes=1)
    back = undo.undo_check_out(actor.id, checked_out.code.lower())  # as typed
    assert back.status is VisitStatus.ON_SITE
    assert back.check_out_at is None and back.check_in_at == checked_out.check_in_at
    assert [v.code for v in visits.on_site_board(actor.id)] == [checked_out.code]
    assert actions(back.id)[-1] == "visit.undo_check_out"
    entry = audit.entries("visit", back.id)[-1]
    assert entry.staff_id == actor.id and json.loads(entry.details) == {"code": back.code}
    # And the visitor can be checked out again, normally.
    assert visits.check_out(actor.id, back.code).status is VisitStatus.DONE


def test_undo_check_out_is_refused_after_five_minutes(morning, actor, checked_out, table_counts):
    morning.tick(minutes=5, seconds=1)
    before = table_counts()
    with pytest.raises(Conflict) as info:
        undo.undo_check_out(actor.id, checked_out.code)
    assert info.value.code == "undo_too_late"
    assert table_counts() == before
    assert visits.visit_by_code(actor.id, checked_out.code).status is VisitStatus.DONE


def test_undo_check_out_twice_changes_nothing_the_second_time(actor, checked_out, table_counts):
    undo.undo_check_out(actor.id, checked_out.code)
    before = table_counts()
    with pytest.raises(Conflict) as info:
        undo.undo_check_out(actor.id, checked_out.code)
    assert info.value.code == "undo_nothing"
    assert table_counts() == before


def test_undo_check_out_is_refused_once_feedback_was_entered(actor, checked_out):
    feedback.record_feedback(actor.id, checked_out.code, overall=4)
    with pytest.raises(Conflict) as info:
        undo.undo_check_out(actor.id, checked_out.code)
    assert info.value.code == "undo_changed"
    assert visits.visit_by_code(actor.id, checked_out.code).status is VisitStatus.DONE


def test_undo_check_out_is_refused_when_the_visitor_checked_in_again(actor, zhang, checked_out):
    again = visits.check_in(actor.id, customer_id=zhang.id, purpose="after_sales")
    with pytest.raises(Conflict) as info:
        undo.undo_check_out(actor.id, checked_out.code)
    assert info.value.code == "undo_changed"
    assert [v.code for v in visits.on_site_board(actor.id)] == [again.code]


def test_undo_check_out_names_the_status_it_expects(actor, checked_out, monkeypatch):
    """Another desk changes the visit between the read and the write: the UPDATE's WHERE
    clause (status and check-out time) finds no row and nothing is undone."""
    real = visit_store.reopen

    def another_desk_first(visit_id, checked_out_at):
        visit_store.Visit.update(check_out_at=checked_out_at + timedelta(seconds=1)).where(
            visit_store.Visit.id == visit_id
        ).execute()
        return real(visit_id, checked_out_at)

    monkeypatch.setattr(visit_store, "reopen", another_desk_first)
    with pytest.raises(Conflict) as info:
        undo.undo_check_out(actor.id, checked_out.code)
    assert info.value.code == "undo_changed"
    assert visits.visit_by_code(actor.id, checked_out.code).status is VisitStatus.DONE
    assert "visit.undo_check_out" not in actions(checked_out.id)


def test_a_visit_on_site_has_no_check_out_to_undo(morning, actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    with pytest.raises(Conflict) as info:
        undo.undo_check_out(actor.id, visit.code)
    assert info.value.code == "undo_nothing"


# -- undo an invited visitor's check-in ----------------------------------------------------
def test_undo_check_in_makes_the_invited_visitor_expected_again(
    morning, actor, planner, zhang, arrived
):
    assert customers.get_customer(actor.id, zhang.id).visit_count == 1
    morning.tick(minutes=2)
    planned = undo.undo_check_in(actor.id, arrived.code)
    assert planned.status is VisitStatus.PLANNED
    assert planned.code == planned.invite_code == arrived.invite_code
    assert planned.check_in_at is None and planned.expected_at == arrived.expected_at
    assert visits.on_site_board(actor.id) == []
    assert [v.id for v in planning.expected_on(actor.id)] == [arrived.id]
    customer = customers.get_customer(actor.id, zhang.id)
    assert customer.visit_count == 0 and customer.last_visit_at is None
    assert visit_store.by_id(arrived.id).receptionist_id == planner.id  # who planned it
    entry = audit.entries("visit", arrived.id)[-1]
    assert entry.action == "visit.undo_check_in" and entry.staff_id == actor.id
    assert json.loads(entry.details) == {"code": arrived.code, "invite_code": arrived.invite_code}
    # The invitation works again; the arrival gets a new visit code.
    again = planning.check_in_expected(actor.id, arrived.id)
    assert again.status is VisitStatus.ON_SITE and again.code != arrived.code


def test_undo_check_in_restores_the_last_visit_of_a_returning_customer(
    morning, actor, zhang, arrived
):
    morning.tick(minutes=1)
    undo.undo_check_in(actor.id, arrived.code)
    earlier = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    visits.check_out(actor.id, earlier.code)
    second = planning.plan_visit(
        actor.id,
        customer_id=zhang.id,
        purpose="sales",
        expected_at=clock.local_day_start(DAY) + timedelta(hours=15),
    )
    morning.tick(minutes=1)
    came = planning.check_in_expected(actor.id, second.id)
    undo.undo_check_in(actor.id, came.code)
    customer = customers.get_customer(actor.id, zhang.id)
    assert customer.visit_count == 1 and customer.last_visit_at == earlier.check_in_at


def test_undo_check_in_is_refused_after_five_minutes(morning, actor, arrived, table_counts):
    morning.tick(minutes=6)
    before = table_counts()
    with pytest.raises(Conflict) as info:
        undo.undo_check_in(actor.id, arrived.code)
    assert info.value.code == "undo_too_late"
    assert table_counts() == before


def test_undo_check_in_is_refused_once_a_playbook_step_was_ticked(actor, arrived):
    step = visits.playbook_for(arrived.category, arrived.purpose)[0]
    visits.set_playbook_step(actor.id, arrived.id, step.id, True)
    with pytest.raises(Conflict) as info:
        undo.undo_check_in(actor.id, arrived.code)
    assert info.value.code == "undo_changed"


def test_only_an_invited_check_in_at_the_desk_can_be_undone(morning, actor, zhang, john):
    walk_in = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    planned = planning.plan_visit(
        actor.id,
        customer_id=john.id,
        purpose="sales",
        expected_at=clock.local_day_start(DAY) + timedelta(hours=11),
    )
    at_kiosk = kiosk.check_in_invited(planned.invite_code, consent=True)
    for code in (walk_in.code, at_kiosk.code):
        with pytest.raises(Conflict) as info:
            undo.undo_check_in(actor.id, code)
        assert info.value.code == "undo_nothing"
    assert len(visits.on_site_board(actor.id)) == 2
