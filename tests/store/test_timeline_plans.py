"""The timeline and the purchase pages answer from indexes: every source is a SEARCH
through an index on the customer with a LIMIT, never a scan. Visits and purchases
come in index order; the sorted ones are named (``MAY_SORT``): feedback has no customer
column (its newest rows are found through the customer's visits, docs/performance.md)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from receptionist.services import customers, feedback, purchases, timeline, visits
from tests import staffing
from tests.store.test_search_plans import Statements, problems

pytestmark = pytest.mark.sqlite_only

# Sources that may be sorted in memory: the customer's feedback (through their visits),
# and their category changes, tier results and merges (a few per customer; their indexes
# are on the customer alone). Visits and purchases, the long histories, never are.
MAY_SORT = {"feedback", "category_change", "tier_result", "customer_merge"}


@pytest.fixture
def statements(db, monkeypatch):
    spy = Statements(db)
    monkeypatch.setattr(db, "execute_sql", spy)
    return spy


def test_timeline_and_purchase_pages_use_indexes(db, statements):
    desk = staffing.add("Front desk", "Reception", "receptionist")
    boss = staffing.add("Mona Manager", "Sales", "manager")
    person = customers.register_customer(desk.id, name="张三", phone="13800138000")
    for _ in range(3):
        visit = visits.check_in(desk.id, customer_id=person.id, purpose="sales")
        visits.check_out(desk.id, visit.code)
        feedback.record_feedback(desk.id, visit.code, overall=4)
        purchases.record_purchase(boss.id, person.id, date(2024, 1, 2), "10")
    statements.seen.clear()
    page = timeline.timeline(boss.id, person.id, limit=2)
    timeline.timeline(boss.id, person.id, before=page.next, limit=2)
    listed = purchases.list_purchases(boss.id, person.id, limit=2)
    purchases.list_purchases(boss.id, person.id, before=listed[-1].cursor, limit=2)
    purchases.purchase_summary(boss.id, person.id)
    plans = statements.plans()
    assert any('FROM "visit"' in sql for sql, _ in plans)
    sorted_tables = set()
    for problem in problems(plans):
        assert problem.startswith("USE TEMP B-TREE FOR ORDER BY"), problem
        sorted_tables.add(re.search(r'FROM "(\w+)"', problem)[1])
    assert "feedback" in sorted_tables and sorted_tables <= MAY_SORT, sorted_tables
