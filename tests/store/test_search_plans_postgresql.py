"""The guard of ``test_search_plans.py`` on PostgreSQL: search, the on-site board,
check-in and the visit log answer from indexes there too.

Every statement the services send is captured and explained (``EXPLAIN (FORMAT JSON)``,
with the statement's own parameters) with sequential scans, hash and merge joins switched
off: the test's tables are tiny, and on a tiny table reading all of it is the planner's
right choice (at a million rows a join of a page of visits to their customers is a
nested loop of key lookups); switched off, the planner still reads a whole table when no
index can answer the statement. On
the big tables (customers, visits, the term tables, …) a plan node must be an index
access *with an index condition* (or of a partial index, whose predicate is the
condition): a ``Seq Scan``, or a whole index read in order with only a filter, fails the
test. ``test_a_missing_index_fails_the_check`` drops an index and proves the check
notices.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from receptionist.services import clock, customers, visit_log, visits
from receptionist.services.visit_log import LogFilter
from receptionist.store.connection import close_database, open_database
from receptionist.store.models import database
from tests import postgres, staffing
from tests.store.test_search_plans import LOG_FILTERS, QUERIES, build_crowd

BIG_TABLES = {
    "customer",
    "visit",
    "search_term",
    "company_term",
    "notification",
    "audit_entry",
    "category_change",
    "feedback",
    "print_record",
}
_INDEXED = {"Index Scan", "Index Only Scan", "Bitmap Index Scan"}
_PLANNER = ("enable_seqscan", "enable_hashjoin", "enable_mergejoin")


def _nodes(plan: dict) -> Iterator[dict]:
    yield plan
    for child in plan.get("Plans", ()):
        yield from _nodes(child)


# The newest row by its primary key (the audit trail's last hash): the key read backwards,
# stopped by the LIMIT at its first row.
_NEWEST = re.compile(r'FROM "\w+" AS "t1" ORDER BY "t1"."id" DESC LIMIT %s$')


def plan_problems(sql: str, plan: dict, partial: set[str] = frozenset()) -> list[str]:
    """What in one statement's plan reads a big table other than through an index
    (``partial``: the partial indexes, read whole by design)."""
    bad = []
    for node in _nodes(plan):
        table = node.get("Relation Name")
        if table not in BIG_TABLES:
            continue
        kind = node["Node Type"]
        if kind == "Bitmap Heap Scan":
            continue  # its Bitmap Index Scan child is checked on its own
        if kind not in _INDEXED:
            bad.append(f"{kind} on {table}  <-  {sql}")
        elif _NEWEST.search(sql) and node.get("Scan Direction") == "Backward":
            continue
        elif "Index Cond" not in node and node.get("Index Name") not in partial:
            bad.append(f"{kind} on {table} without an index condition  <-  {sql}")
    return bad


class Statements:
    """What peewee sends to the server while a block runs, explained afterwards."""

    def __init__(self, db):
        self.db = db
        self.original = db.execute_sql
        self.seen: list[tuple[str, tuple]] = []

    def __call__(self, sql, params=None, *args, **kwargs):
        self.seen.append((sql, tuple(params or ())))
        return self.original(sql, params, *args, **kwargs)

    def plans(self) -> list[tuple[str, dict]]:
        out = []
        for sql, params in self.seen:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            row = self.original("EXPLAIN (FORMAT JSON) " + sql, params).fetchone()
            out.append((sql, row[0][0]["Plan"]))
        return out

    def problems(self) -> list[str]:
        partial = {
            row[0]
            for row in self.original(
                "SELECT indexrelid::regclass::text FROM pg_index WHERE indpred IS NOT NULL"
            ).fetchall()
        }
        return [line for sql, plan in self.plans() for line in plan_problems(sql, plan, partial)]

    def indexes(self) -> set[str]:
        return {
            node["Index Name"]
            for _sql, plan in self.plans()
            for node in _nodes(plan)
            if "Index Name" in node
        }


@pytest.fixture(scope="module")
def template(request):
    """The crowd of ``test_search_plans`` built once on the server for the module."""
    name = postgres.worker_name(request, "_plans")
    url = postgres.create_database(name)
    open_database(url)
    try:
        desk = staffing.add("Front desk", "Reception", "receptionist")
        crowd = build_crowd(desk.id)
        database.obj.execute_sql("ANALYZE")  # the same statistics, so the same plans, every run
    finally:
        close_database()
        clock.set_clock(None)
    yield url, desk, crowd
    close_database()
    postgres.drop_database(name)


@pytest.fixture
def db(template):
    database = open_database(template[0])
    for setting in _PLANNER:
        database.execute_sql(f"SET {setting} = off")
    yield database
    for setting in _PLANNER:
        database.execute_sql(f"RESET {setting}")
    close_database()
    clock.set_clock(None)


@pytest.fixture
def crowd(template, db):
    return template[2]


@pytest.fixture
def statements(db, monkeypatch):
    spy = Statements(db)
    monkeypatch.setattr(db, "execute_sql", spy)
    return spy


@pytest.mark.parametrize("kind", list(QUERIES))
def test_every_search_kind_is_an_index_lookup(crowd, statements, kind):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    query, expected = QUERIES[kind]
    statements.seen.clear()
    hits = customers.search(desk, query).hits
    if expected:
        assert expected in [h.name for h in hits], kind
    assert statements.plans(), "search ran no SELECT: the spy is not in place"
    assert statements.problems() == [], "\n".join(statements.problems())


def test_visit_code_search_is_an_index_lookup(crowd, statements):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    code = crowd["codes"][3]
    for typed in (code, code.lower().replace("-", ""), "V-0101-9999", code[2:]):
        statements.seen.clear()
        result = customers.search(desk, typed)
        assert statements.plans() and statements.problems() == []
        if "9999" not in typed:
            assert result.visit is not None and result.visit.code == code
    assert "visit_code" in statements.indexes()


def test_text_and_phone_queries_use_their_indexes(crowd, statements):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    customers.search(desk, "张")
    assert "search_term_pkey" in statements.indexes()
    statements.seen.clear()
    customers.search(desk, "8000")
    assert {"customer_phone_last4", "customer_phone_last4_id"} & statements.indexes()
    statements.seen.clear()
    customers.search(desk, "138 0013")
    assert "customer_phone_search" in statements.indexes()


@pytest.mark.parametrize(
    ("drop", "query"),
    [
        ("DROP INDEX customer_phone_last4, customer_phone_last4_id", "8000"),
        ("DROP INDEX customer_phone_search", "138 0013"),
        ("ALTER TABLE search_term DROP CONSTRAINT search_term_pkey", "张"),
        ("DROP INDEX customer_company", "技术"),
    ],
)
def test_a_missing_index_fails_the_check(crowd, statements, db, drop, query):
    """Without the index a search needs, the plan reads the table: the check says so.
    (Dropped inside a transaction that is rolled back: the next test has it again.)"""
    desk = staffing.desk_id()  # before the spy: not one of the statements
    with db.atomic() as transaction:
        db.execute_sql(drop)
        statements.seen.clear()
        customers.search(desk, query)
        bad = statements.problems()
        transaction.rollback()
    # A Seq Scan, or the primary key read backwards in full with a filter: both flagged.
    assert bad, f"{drop}: the search still looked indexed"


@pytest.mark.parametrize("name", list(LOG_FILTERS))
def test_visit_log_pages_are_index_ranges(crowd, statements, name):
    desk = staffing.desk_id()
    flt = LOG_FILTERS[name]
    first = visit_log.visit_log_page(desk, flt, limit=5)
    statements.seen.clear()
    if first:
        visit_log.visit_log_page(desk, flt, limit=5, after=(first[-1].check_in_at, first[-1].id))
    else:
        visit_log.visit_log_page(desk, flt, limit=5)
    assert statements.plans() and statements.problems() == [], "\n".join(statements.problems())


def test_a_visitor_given_as_customers_reads_each_ones_visits_by_index(crowd, statements):
    desk = staffing.desk_id()
    flt = visit_log.log_filter_for_days(desk, visitor="13100000001")
    assert flt.customer_ids and flt.name_term is None
    statements.seen.clear()
    page = visit_log.visit_log_page(desk, flt, limit=5)
    assert page and {v.customer_name for v in page} == {"张伟"}
    assert statements.problems() == []


@pytest.mark.parametrize(
    "flt",
    [LogFilter(purpose="sales"), LogFilter(name_term="张"), LogFilter(customer_id=3)],
)
def test_counting_the_log_reads_indexes_only(crowd, statements, flt):
    desk = staffing.desk_id()
    statements.seen.clear()
    assert visit_log.count_visits(desk, flt) >= 0
    assert statements.plans() and statements.problems() == []


def test_on_site_board_is_an_index_range(crowd, statements):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    statements.seen.clear()
    assert visits.on_site_board(desk)
    assert statements.problems() == []
    assert {"visit_status_check_in_at", "visit_one_on_site"} & statements.indexes()


def test_check_in_and_out_are_index_lookups(crowd, statements, template):
    actor = template[1]
    statements.seen.clear()
    fresh = customers.register_customer(actor.id, name="新人", phone="13912345678")
    visit = visits.check_in(actor.id, customer_id=fresh.id, purpose="sales")
    visits.set_playbook_step(actor.id, visit.id, "prospect.needs", True)
    visits.check_out(actor.id, visit.code)
    assert statements.plans() and statements.problems() == []
