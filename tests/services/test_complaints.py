"""The five-step complaint through the services, on both backends: opening (handler,
deadlines, the category suggestion), the steps in order, the call-back by someone else,
closing and reopening, who may do what, conflicts, overdue with a fixed clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from receptionist.domain.enums import Category
from receptionist.domain.errors import Conflict, NotFound, Refused, ValidationError
from receptionist.services import complaint_settings, complaints, customers, visits
from receptionist.store import audit
from tests import staffing


@pytest.fixture
def people(db):
    return {
        "host": staffing.add("Hugo Host", "Sales", "host"),
        "other_host": staffing.add("Olga Host", "Sales", "host"),
        "desk2": staffing.add("Second desk", "Reception", "receptionist"),
        "manager": staffing.add("Mona Manager", "Sales", "manager"),
    }


def five_steps(actor_id: int, complaint_id: int, upto: int = 4) -> None:
    for step in range(1, upto + 1):
        complaints.record_step(actor_id, complaint_id, step, f"step {step} done")


def test_opening_takes_the_visits_host_and_suggests_the_problem_category(
    actor, zhang, people, fixed_clock
):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales",
                            host_id=people["host"].id)  # fmt: skip
    opened = complaints.open_complaint(
        actor.id, zhang.id, "Delivery late", visit_code=visit.code, severity="urgent",
        description="Promised Monday, came Friday",
    )  # fmt: skip
    view = opened.complaint
    assert view.handler_id == people["host"].id and view.visit_code == visit.code
    assert (view.status, view.step, view.next_step) == ("open", 0, 1)
    assert view.acknowledge_by == fixed_clock.at + timedelta(hours=1)
    assert view.resolve_by == fixed_clock.at + timedelta(days=1)
    assert view.category_before is Category.PROSPECT
    assert opened.suggest_category is Category.PROBLEM
    # the customer's category is only suggested, never changed
    assert customers.get_customer(actor.id, zhang.id).category is Category.PROSPECT
    [entry] = [e for e in audit.entries("complaint", view.id)]
    assert entry.action == "complaint.open" and "Delivery" not in str(entry.details)


def test_the_handler_defaults_to_the_actor_and_can_be_named(actor, zhang, people, fixed_clock):
    assert complaints.open_complaint(actor.id, zhang.id, "Rude").complaint.handler_id == actor.id
    named = complaints.open_complaint(actor.id, zhang.id, "Cold", handler_id=people["host"].id)
    assert named.complaint.handler_name == "Hugo Host"
    with pytest.raises(NotFound) as info:
        complaints.open_complaint(actor.id, zhang.id, "x", handler_id=424242)
    assert info.value.code == "handler_unknown"


def test_a_visit_of_another_customer_or_bad_input_is_refused(actor, zhang, john, fixed_clock):
    theirs = visits.check_in(actor.id, customer_id=john.id, purpose="sales")
    for kwargs, code in (
        ({"visit_code": theirs.code}, "complaint_visit_mismatch"),
        ({"severity": "critical"}, "severity_invalid"),
        ({"channel": "fax"}, "channel_invalid"),
    ):
        with pytest.raises(ValidationError) as info:
            complaints.open_complaint(actor.id, zhang.id, "Subject", **kwargs)
        assert info.value.code == code
    with pytest.raises(ValidationError) as info:
        complaints.open_complaint(actor.id, zhang.id, "   ")
    assert info.value.code == "subject_required"
    assert complaints.complaints(actor.id) == []


def test_five_steps_with_the_call_back_by_someone_else_close_it(actor, zhang, people, fixed_clock):
    cid = complaints.open_complaint(actor.id, zhang.id, "Broken cup").complaint.id
    with pytest.raises(Conflict) as info:
        complaints.record_step(actor.id, cid, 2, "skipping ahead")
    assert info.value.code == "complaint_step_order"
    five_steps(actor.id, cid)
    with pytest.raises(Refused) as info:  # the handler may not call back
        complaints.record_step(actor.id, cid, 5, "called", resolved=True)
    assert info.value.code == "complaint_call_back_by_handler"
    fixed_clock.tick(hours=3)
    done = complaints.record_step(people["desk2"].id, cid, 5, "customer happy", resolved=True)
    view = done.complaint
    assert (view.status, view.resolution, view.closed_at) == ("closed", "resolved", fixed_clock.at)
    assert [(s.step, s.action, s.staff_name) for s in view.steps] == [
        (1, "done", "Front desk"), (2, "done", "Front desk"), (3, "done", "Front desk"),
        (4, "done", "Front desk"), (5, "done", "Second desk"),
    ]  # fmt: skip
    assert view.steps[-1].resolved is True and view.steps[-1].at == fixed_clock.at
    with pytest.raises(Conflict) as info:
        complaints.record_step(people["desk2"].id, cid, 5, "again", resolved=True)
    assert info.value.code == "complaint_closed"


def test_the_handler_is_refused_the_call_back_whatever_the_role(zhang, actor, people, fixed_clock):
    manager = people["manager"]
    cid = complaints.open_complaint(actor.id, zhang.id, "x", handler_id=manager.id).complaint.id
    five_steps(manager.id, cid)
    with pytest.raises(Refused) as info:
        complaints.record_step(manager.id, cid, 5, "called", resolved=True)
    assert info.value.code == "complaint_call_back_by_handler"
    assert complaints.complaint(actor.id, cid).status == "open"


def test_not_resolved_reopens_step_three(actor, zhang, people, fixed_clock):
    cid = complaints.open_complaint(actor.id, zhang.id, "Still broken").complaint.id
    five_steps(actor.id, cid)
    again = complaints.record_step(people["desk2"].id, cid, 5, "not happy", resolved=False)
    view = again.complaint
    assert (view.status, view.step, view.next_step, view.resolution) == (
        "open", 2, 3, "not_resolved",
    )  # fmt: skip
    assert again.suggest_category is None
    complaints.record_step(actor.id, cid, 3, "new solution")


def test_closing_the_last_open_complaint_suggests_the_category_before(
    actor, zhang, people, fixed_clock
):
    first = complaints.open_complaint(actor.id, zhang.id, "One").complaint.id
    customers.change_category(actor.id, zhang.id, "problem", "open complaint")
    second = complaints.open_complaint(actor.id, zhang.id, "Two")
    assert second.suggest_category is None  # already a problem customer
    assert second.complaint.category_before is Category.PROSPECT  # not "problem"
    five_steps(actor.id, first)
    closed = complaints.record_step(people["desk2"].id, first, 5, "ok", resolved=True)
    assert closed.suggest_category is None  # another is still open
    five_steps(actor.id, second.complaint.id)
    last = complaints.record_step(people["desk2"].id, second.complaint.id, 5, "ok", resolved=True)
    assert last.suggest_category is Category.PROSPECT


def test_reopening_by_the_handler_or_a_manager_with_the_reason_recorded(
    actor, zhang, people, fixed_clock
):
    cid = complaints.open_complaint(actor.id, zhang.id, "x").complaint.id
    five_steps(actor.id, cid, upto=3)
    with pytest.raises(Refused) as info:
        complaints.reopen_step(people["desk2"].id, cid, 2, "wrong details")
    assert info.value.code == "complaint_not_handler"
    view = complaints.reopen_step(actor.id, cid, 2, "wrong details").complaint
    assert (view.step, view.next_step) == (1, 2)
    assert (view.steps[-1].action, view.steps[-1].note) == ("reopened", "wrong details")
    with pytest.raises(Conflict):
        complaints.reopen_step(actor.id, cid, 3, "not done")
    five_steps_from = [2, 3, 4]
    for step in five_steps_from:
        complaints.record_step(actor.id, cid, step, "again")
    complaints.record_step(people["desk2"].id, cid, 5, "ok", resolved=True)
    reopened = complaints.reopen_step(people["manager"].id, cid, 5, "customer called again")
    assert reopened.complaint.status == "open" and reopened.complaint.closed_at is None
    assert reopened.suggest_category is Category.PROBLEM
    with pytest.raises(ValidationError):
        complaints.reopen_step(actor.id, cid, 4, "  ")


def test_a_host_works_only_on_the_complaints_they_handle(actor, zhang, people, fixed_clock):
    host, other = people["host"], people["other_host"]
    mine = complaints.open_complaint(actor.id, zhang.id, "Mine", handler_id=host.id).complaint.id
    theirs = complaints.open_complaint(actor.id, zhang.id, "Theirs").complaint.id
    complaints.record_step(host.id, mine, 1, "listened")
    for call in (
        lambda: complaints.record_step(host.id, theirs, 1, "listened"),
        lambda: complaints.complaint(host.id, theirs),
        lambda: complaints.reopen_step(other.id, mine, 1, "why"),
    ):
        with pytest.raises(Refused) as info:
            call()
        assert info.value.code == "complaint_not_handler"
    assert [c.id for c in complaints.complaints(host.id)] == [mine]
    assert complaints.complaints(other.id) == []
    assert {c.id for c in complaints.complaints(actor.id)} == {mine, theirs}
    with pytest.raises(Refused) as info:
        complaints.open_complaint(host.id, zhang.id, "x")
    assert info.value.code == "role_refused"


def test_a_stale_version_is_refused_and_nothing_written(actor, zhang, people, fixed_clock):
    view = complaints.open_complaint(actor.id, zhang.id, "x").complaint
    complaints.record_step(actor.id, view.id, 1, "first", expected_version=view.row_version)
    with pytest.raises(Conflict) as info:
        complaints.record_step(actor.id, view.id, 2, "late", expected_version=view.row_version)
    assert info.value.code == "complaint_changed"
    assert len(complaints.complaint(actor.id, view.id).steps) == 1


def test_change_handler_is_for_managers(actor, zhang, people, fixed_clock):
    cid = complaints.open_complaint(actor.id, zhang.id, "x").complaint.id
    with pytest.raises(Refused):
        complaints.change_handler(actor.id, cid, people["host"].id)
    view = complaints.change_handler(people["manager"].id, cid, people["host"].id)
    assert view.handler_id == people["host"].id
    assert audit.entries("complaint", cid)[-1].action == "complaint.handler"


def test_overdue_with_a_fixed_clock_and_the_sites_deadlines(actor, zhang, people, fixed_clock):
    admin = staffing.add("Ada Admin", "", "admin")
    complaint_settings.save_complaint_deadlines(admin.id, {"normal": (2, 10)})
    normal = complaints.open_complaint(actor.id, zhang.id, "Normal").complaint
    assert normal.resolve_by - normal.opened_at == timedelta(hours=10)
    low = complaints.open_complaint(actor.id, zhang.id, "Low", severity="low").complaint
    assert complaints.overdue_count(actor.id) == 0
    fixed_clock.tick(hours=2, minutes=1)  # normal not acknowledged in 2 h
    assert [c.id for c in complaints.complaints(actor.id, overdue_only=True)] == [normal.id]
    assert complaints.overdue_count(actor.id) == 1
    complaints.record_step(actor.id, normal.id, 1, "listened")
    assert complaints.overdue_count(actor.id) == 0
    fixed_clock.tick(hours=8)  # 10 h 1 min: normal not resolved in time
    assert complaints.overdue_count(actor.id) == 1
    assert complaints.complaint(actor.id, normal.id).overdue
    assert not complaints.complaint(actor.id, low.id).overdue
    with pytest.raises(Refused):
        complaint_settings.save_complaint_deadlines(people["manager"].id, {"low": (1, 2)})
    with pytest.raises(ValidationError):
        complaint_settings.save_complaint_deadlines(admin.id, {"low": (5, 2)})


def test_open_only_and_the_customers_open_complaints(actor, zhang, john, people, fixed_clock):
    closed = complaints.open_complaint(actor.id, zhang.id, "Closed").complaint.id
    five_steps(actor.id, closed)
    complaints.record_step(people["desk2"].id, closed, 5, "ok", resolved=True)
    still = complaints.open_complaint(actor.id, zhang.id, "Open").complaint.id
    johns = complaints.open_complaint(actor.id, john.id, "John's").complaint.id
    assert {c.id for c in complaints.complaints(actor.id, open_only=True)} == {still, johns}
    assert len(complaints.complaints(actor.id)) == 3
    assert [c.id for c in complaints.open_complaints_of(actor.id, zhang.id)] == [still]
