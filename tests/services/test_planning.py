"""Expected visitors: planning, the day's list, one-action check-in, no-shows, closing."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.services import clock, planning, settings, visit_log, visits
from receptionist.store import audit

DAY = date(2024, 11, 22)


@pytest.fixture
def morning(fixed_clock):
    """09:00 local time on DAY."""
    fixed_clock.set(clock.local_day_start(DAY) + timedelta(hours=9))
    return fixed_clock


def at(hours: float, day: date = DAY):
    return clock.local_day_start(day) + timedelta(hours=hours)


def plan(actor, customer, hours=14, day=DAY, **extra):
    return planning.plan_visit(
        actor.id, customer_id=customer.id, purpose="sales", expected_at=at(hours, day), **extra
    )


def test_a_planned_visit_has_an_invitation_code_and_no_visit_code_yet(morning, actor, zhang, host):
    visit = plan(actor, zhang, host_id=host.id, party_size=2, note="带样品")
    assert str(visit.status) == "planned"
    assert visit.invite_code and visit.code == visit.invite_code
    assert visit.expected_at == at(14) and visit.check_in_at is None
    assert (visit.host_name, visit.party_size, visit.note) == ("李经理", 2, "带样品")
    assert planning.invitation(actor.id, visit.invite_code.lower().replace("-", "")).id == visit.id
    assert [e.action for e in audit.entries("visit", visit.id)] == ["visit.plan"]
    # Not on the board and not in the visit log until the visitor arrives.
    assert visits.on_site_board(actor.id) == []
    assert visit_log.visit_log_page(actor.id, visit_log.LogFilter()) == []


def test_expected_today_lists_only_todays_planned_visits_in_time_order(morning, actor, zhang, john):
    later = plan(actor, zhang, hours=15)
    earlier = plan(actor, john, hours=10.5)
    plan(actor, zhang, hours=10, day=DAY + timedelta(days=1))
    assert [v.id for v in planning.expected_on(actor.id)] == [earlier.id, later.id]
    assert len(planning.expected_on(actor.id, DAY + timedelta(days=1))) == 1


def test_one_action_checks_an_expected_visitor_in(morning, actor, zhang):
    planned = plan(actor, zhang)
    visit = planning.check_in_expected(actor.id, planned.id)
    assert str(visit.status) == "on_site" and visit.code.startswith("V-1122-")
    assert visit.invite_code == planned.invite_code and visit.check_in_at == morning.at
    assert [v.id for v in visits.on_site_board(actor.id)] == [planned.id]
    assert planning.expected_on(actor.id) == []
    with pytest.raises(Conflict) as err:
        planning.check_in_expected(actor.id, planned.id)
    assert err.value.code == "invite_used"


def test_planning_refuses_bad_input_and_writes_nothing(morning, actor, zhang, table_counts):
    before = table_counts()
    cases = [
        dict(expected_at=at(9, DAY - timedelta(days=1))),
        dict(expected_at=at(9, DAY + timedelta(days=400))),
        dict(expected_at=at(9).replace(tzinfo=None)),
        dict(purpose="shopping"),
        dict(host_id=999),
        dict(customer_id=999),
        dict(party_size=0),
    ]
    for case in cases:
        args = dict(customer_id=zhang.id, purpose="sales", expected_at=at(14)) | case
        with pytest.raises((ValidationError, NotFound)):
            planning.plan_visit(actor.id, **args)
    assert table_counts() == before


def test_cancel_only_a_planned_visit(morning, actor, zhang):
    planned = plan(actor, zhang)
    assert str(planning.cancel_planned(actor.id, planned.id).status) == "cancelled"
    assert planning.expected_on(actor.id) == []
    with pytest.raises(Conflict) as cancelled_again:
        planning.cancel_planned(actor.id, planned.id)
    assert cancelled_again.value.message == "Only a planned visit can be cancelled."
    with pytest.raises(Conflict) as checked_in:
        planning.check_in_expected(actor.id, planned.id)
    assert (checked_in.value.code, checked_in.value.field) == ("invite_used", "code")


def test_visits_not_checked_in_by_the_end_of_their_day_become_no_shows(morning, actor, zhang, john):
    missed = plan(actor, zhang, hours=10)
    came = plan(actor, john, hours=11)
    tomorrow = plan(actor, zhang, hours=10, day=DAY + timedelta(days=1))
    planning.check_in_expected(actor.id, came.id)
    assert planning.mark_no_shows() == 0  # the day is not over
    morning.set(at(23.9))
    assert planning.mark_no_shows() == 0
    morning.set(at(0.5, DAY + timedelta(days=1)))
    assert planning.mark_no_shows() == 1
    assert str(planning.invitation(actor.id, missed.invite_code).status) == "no_show"
    assert str(planning.invitation(actor.id, tomorrow.invite_code).status) == "planned"
    assert str(planning.invitation(actor.id, came.invite_code).status) == "on_site"  # never silent
    assert planning.mark_no_shows() == 0


def test_after_closing_lists_who_is_still_on_site(admin, morning, actor, zhang, john):
    settings.save_kiosk_settings(admin.id, idle_seconds=60, closing_time=time(18, 30))
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    assert planning.after_closing(actor.id) == (False, [])
    morning.set(at(18.5))
    past, still = planning.after_closing(actor.id)
    assert past and [v.customer_name for v in still] == ["张三"]
    assert str(still[0].status) == "on_site"  # listed, not checked out


def test_checking_in_an_expected_customer_at_the_desk_uses_the_planned_visit(
    morning, actor, zhang, host
):
    planned = plan(actor, zhang, hours=14, host_id=host.id, note="带样品")
    later = plan(actor, zhang, hours=10, day=DAY + timedelta(days=2))
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="after_sales")
    assert visit.id == planned.id and visit.invite_code == planned.invite_code
    assert (str(visit.purpose), visit.host_name, visit.note) == ("after_sales", "李经理", "带样品")
    assert visit.code.startswith("V-") and planning.expected_on(actor.id) == []
    assert str(planning.invitation(actor.id, later.invite_code).status) == "planned"
    visits.check_out(actor.id, visit.code)
    again = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    assert again.id != planned.id and again.invite_code is None  # a second, new visit


def test_before_closing_an_earlier_days_visitor_still_on_site_is_listed(
    morning, actor, zhang, john
):
    morning.set(at(17, DAY - timedelta(days=1)))
    forgotten = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    morning.set(at(9))
    visits.check_in(actor.id, customer_id=john.id, purpose="sales")
    past, still = planning.after_closing(actor.id)
    assert not past and [v.id for v in still] == [forgotten.id]


def test_an_expected_visit_is_checked_in_on_its_own_day_only(morning, actor, zhang):
    tomorrow = plan(actor, zhang, hours=10, day=DAY + timedelta(days=1))
    with pytest.raises(Conflict) as err:
        planning.check_in_expected(actor.id, tomorrow.id)
    assert err.value.code == "invite_other_day"
    assert str(planning.invitation(actor.id, tomorrow.invite_code).status) == "planned"
