"""The desk's day at a glance: today's check-ins, on site now, who is expected next."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from receptionist.services import clock, customers, planning, visits
from receptionist.services.today import today_at_desk
from tests.store.test_search_plans import Statements, problems

DAY = date(2024, 11, 22)


def at(hours: float, day: date = DAY):
    return clock.local_day_start(day) + timedelta(hours=hours)


def check_in_at(fixed_clock, actor, name: str, hours: float, day: date = DAY):
    fixed_clock.set(at(hours, day))
    customer = customers.register_customer(actor.id, name=name)
    return visits.check_in(actor.id, customer_id=customer.id, purpose="sales")


def test_an_empty_day(fixed_clock, actor):
    fixed_clock.set(at(9))
    today = today_at_desk(actor.id)
    assert (today.checked_in, today.on_site, today.expected, today.late) == (0, 0, 0, 0)
    assert today.next_expected is None and today.recent == ()


def test_counts_only_today_and_lists_the_latest_first(fixed_clock, actor, host):
    yesterday = DAY - timedelta(days=1)
    left = check_in_at(fixed_clock, actor, "Left Yesterday", 10, yesterday)
    visits.check_out(actor.id, left.code)
    check_in_at(fixed_clock, actor, "Stayed Overnight", 17, yesterday)
    today_visits = [check_in_at(fixed_clock, actor, f"Guest {n}", 8 + n / 4) for n in range(7)]
    visits.check_out(actor.id, today_visits[-1].code)  # Guest 6 has left again
    fixed_clock.set(at(11))
    today = today_at_desk(actor.id, recent=3)
    assert today.checked_in == 7  # yesterday's two are not today's
    assert today.on_site == 7  # six of today's, and the one who stayed since yesterday
    assert [v.customer_name for v in today.recent] == ["Guest 6", "Guest 5", "Guest 4"]


def test_the_next_expected_and_the_late_ones(fixed_clock, actor, host):
    fixed_clock.set(at(8))
    for name, hours in (("Early Bird", 9), ("Mid Day", 13), ("Afternoon", 15), ("Tomorrow", 33)):
        customer = customers.register_customer(actor.id, name=name)
        planning.plan_visit(
            actor.id,
            customer_id=customer.id,
            purpose="after_sales",
            expected_at=at(hours),
            host_id=host.id,
        )
    fixed_clock.set(at(10))
    today = today_at_desk(actor.id)
    assert (today.expected, today.late) == (3, 1)  # tomorrow's is not today's
    assert today.next_expected.customer_name == "Mid Day"
    assert today.next_expected.expected_at == at(13)
    assert today.next_expected.host_name == host.name
    fixed_clock.set(at(16))
    today = today_at_desk(actor.id)
    assert (today.expected, today.late, today.next_expected) == (3, 3, None)


@pytest.mark.sqlite_only  # SQLite's plans; tests/store/test_search_plans.py reads PostgreSQL's
def test_every_query_is_an_index_range(db, fixed_clock, actor, host):
    check_in_at(fixed_clock, actor, "Guest", 9)
    spy = Statements(db)
    db.execute_sql = spy
    try:
        today_at_desk(actor.id)
    finally:
        del db.execute_sql
    assert len(spy.plans()) == 5  # and the actor's role, by primary key
    assert problems(spy.plans()) == []
