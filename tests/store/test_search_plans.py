"""Search and the visit log answer from indexes: the guard that keeps them fast at a
million rows.

Every statement the services run is captured (by wrapping ``execute_sql`` on the open
database) and explained with ``EXPLAIN QUERY PLAN``. Every table access must be a
``SEARCH ... USING (COVERING) INDEX / PRIMARY KEY``; a ``SCAN`` of a table, or a temporary
b-tree (a sort of every matching row), fails the test.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from receptionist.services import clock, customers, visit_log, visits
from receptionist.services.visit_log import LogFilter
from receptionist.store.connection import close_database, open_database
from tests import staffing

_INDEXED = re.compile(
    r"^SEARCH \S+ USING (COVERING INDEX|INDEX|PRIMARY KEY|"
    r"INTEGER PRIMARY KEY) "
)
# Plan lines that are not table accesses.
_NEUTRAL = re.compile(
    r"^(LIST SUBQUERY|MULTI-INDEX OR|INDEX \d+|SCAN CONSTANT ROW|"
    r"CORRELATED |MATERIALIZE|CO-ROUTINE)"
)


class Statements:
    """What peewee sends to SQLite while a block runs."""

    def __init__(self, db):
        self.db = db
        self.original = db.execute_sql
        self.seen: list[tuple[str, tuple]] = []

    def __call__(self, sql, params=None, *args, **kwargs):
        self.seen.append((sql, tuple(params or ())))
        return self.original(sql, params, *args, **kwargs)

    def plans(self) -> list[tuple[str, list[str]]]:
        out = []
        for sql, params in self.seen:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            rows = self.original("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            out.append((sql, [r[3] for r in rows]))
        return out


@pytest.fixture
def statements(db, monkeypatch):
    spy = Statements(db)
    monkeypatch.setattr(db, "execute_sql", spy)
    return spy


# The newest row by its rowid (the audit trail's last hash): SQLite says SCAN, but the
# scan backwards stops at the first row, one descent of the table's b-tree.
_NEWEST = re.compile(r'FROM "\w+" AS "t1" ORDER BY "t1"."id" DESC LIMIT \?$')


def problems(plans: list[tuple[str, list[str]]]) -> list[str]:
    bad = []
    for sql, lines in plans:
        for line in lines:
            if _INDEXED.match(line) or _NEUTRAL.match(line):
                continue
            if line == "SCAN t1" and _NEWEST.search(sql):
                continue
            bad.append(f"{line}  <-  {sql}")
    return bad


SURNAMES = "张王李赵刘陈杨黄周吴"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
LATIN = [
    "John Smith",
    "Jane Smythe",
    "Johnny Walker",
    "Mary Jones",
    "Peter Parker",
    "Anna Lee",
    "Zoë Brown",
    "Omar Haddad",
]
COMPANIES = ["华为技术有限公司", "腾讯科技", "Acme Trading", "Globex", "阿里巴巴", ""]


def build_crowd(actor_id: int) -> dict:
    """A few hundred customers with phones, companies and visits."""
    made = []
    n = 0
    for s in SURNAMES:
        for g in GIVEN:
            n += 1
            made.append(
                customers.register_customer(
                    actor_id,
                    name=s + g + (GIVEN[n % len(GIVEN)] if n % 3 == 0 else ""),
                    phone=f"13{n % 10}{n:08d}",
                    company=COMPANIES[n % len(COMPANIES)],
                )
            )
    for i, name in enumerate(LATIN):
        made.append(
            customers.register_customer(
                actor_id,
                name=name,
                phone=f"+1 202 555 {1000 + i:04d}",
                company=COMPANIES[i % len(COMPANIES)],
            )
        )
    made.append(
        customers.register_customer(
            actor_id, name="张三", phone="13800138000", company="华为技术有限公司"
        )
    )
    made.append(customers.register_customer(actor_id, name="欧阳娜娜", phone="010-62345678"))
    start = datetime(2024, 5, 1, 1, 0, tzinfo=UTC)
    codes = []
    for i, customer in enumerate(made[:40]):
        clock.set_clock(lambda at=start + timedelta(hours=i): at)
        visit = visits.check_in(actor_id, customer_id=customer.id, purpose="sales")
        if i % 2:
            visits.check_out(actor_id, visit.code)
        codes.append(visit.code)
    clock.set_clock(None)
    return {"customers": made, "codes": codes}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The crowd built once for the module; each test opens its own copy of the file
    (building it per test took a quarter of the whole suite)."""
    path = tmp_path_factory.mktemp("search_plans") / "template.sqlite3"
    open_database(path)
    try:
        desk = staffing.add("Front desk", "Reception", "receptionist")
        crowd = build_crowd(desk.id)
    finally:
        close_database()
        clock.set_clock(None)
    return path, desk, crowd


@pytest.fixture
def db(template, db_path):
    """This module's database: a fresh copy of the template."""
    shutil.copyfile(template[0], db_path)
    database = open_database(db_path)
    yield database
    close_database()
    clock.set_clock(None)


@pytest.fixture
def actor(template, db):
    return template[1]


@pytest.fixture
def crowd(template, db):
    return template[2]


QUERIES = {
    "one Chinese character": ("张", "张三"),
    "two Chinese characters": ("张三", "张三"),
    "three Chinese characters": ("欧阳娜", "欧阳娜娜"),
    "four Chinese characters": ("欧阳娜娜", "欧阳娜娜"),
    "pinyin initials": ("zs", "张三"),
    "full pinyin": ("zhangsan", "张三"),
    "Latin prefix": ("joh", "John Smith"),
    "several words": ("john sm", "John Smith"),
    "full phone": ("13800138000", "张三"),
    "phone prefix": ("138 0013", "张三"),
    "international prefix": ("+1 202 555 10", "John Smith"),
    "last four": ("8000", "张三"),
    "Chinese company substring": ("技术", "张三"),
    "Latin company prefix": ("trad", None),
    "nothing matches": ("zzzz", None),
}


@pytest.mark.parametrize("kind", list(QUERIES))
def test_every_search_kind_is_an_index_lookup(crowd, statements, kind):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    query, expected = QUERIES[kind]
    statements.seen.clear()
    hits = customers.search(desk, query).hits
    if expected:
        assert expected in [h.name for h in hits], kind
    plans = statements.plans()
    assert plans, "search ran no SELECT: the spy is not in place"
    assert problems(plans) == [], "\n".join(problems(plans))


def test_visit_code_search_is_an_index_lookup(crowd, statements):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    for typed in (
        crowd["codes"][3],
        crowd["codes"][3].lower().replace("-", ""),
        "V-0101-9999",
        crowd["codes"][3][2:],
    ):
        statements.seen.clear()
        result = customers.search(desk, typed)
        plans = statements.plans()
        assert plans and problems(plans) == []
        if "9999" not in typed:
            assert result.visit is not None and result.visit.code == crowd["codes"][3]
    joined = " ".join(" ".join(lines) for _, lines in plans)
    assert "visit_code" in joined


def test_text_queries_use_the_term_tables(crowd, statements):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    customers.search(desk, "张")
    joined = " ".join(" ".join(lines) for _, lines in statements.plans())
    assert "PRIMARY KEY (term=?)" in joined
    statements.seen.clear()
    customers.search(desk, "8000")
    joined = " ".join(" ".join(lines) for _, lines in statements.plans())
    assert "customer_phone_last4" in joined


def test_the_checker_catches_a_scan(crowd, statements, db):
    """A ``LIKE '%…%'`` search is what this guard exists to stop: prove it would fail."""
    db.execute_sql("SELECT id FROM customer WHERE name LIKE ? LIMIT 20", ("%三%",))
    db.execute_sql("SELECT id FROM customer ORDER BY name LIMIT 20")
    bad = problems(statements.plans())
    assert any(line.startswith("SCAN") for line in bad)
    assert len(bad) >= 2


LOG_FILTERS = {
    "everything": LogFilter(),
    "date range": LogFilter(
        since=datetime(2024, 5, 1, 5, tzinfo=UTC), until=datetime(2024, 5, 2, tzinfo=UTC)
    ),
    "purpose": LogFilter(purpose="sales"),
    "flow": LogFilter(flow="initial"),
    "category": LogFilter(category="prospect"),
    "host": LogFilter(host_id=1),
    "customer": LogFilter(customer_id=3),
    "purpose and range": LogFilter(purpose="sales", since=datetime(2024, 5, 1, tzinfo=UTC)),
    # A common name: the visits newest first, each checked against the term's customers.
    "visitor by name term": LogFilter(name_term="张"),
    "visitor by name term and purpose": LogFilter(name_term="张", purpose="sales"),
}


@pytest.mark.parametrize("name", list(LOG_FILTERS))
def test_visit_log_pages_are_index_ranges(crowd, statements, name):
    desk = staffing.desk_id()
    flt = LOG_FILTERS[name]
    first = visit_log.visit_log_page(desk, flt, limit=5)
    statements.seen.clear()
    after = (datetime(2024, 5, 1, 20, tzinfo=UTC), 10**6)
    if first:
        after = (first[-1].check_in_at, first[-1].id)
    visit_log.visit_log_page(desk, flt, limit=5, after=after)
    plans = statements.plans()
    assert plans and problems(plans) == [], "\n".join(problems(plans))
    # A deep page starts where the last one ended: the keyset bound is part of the index
    # range, so page 10,000 costs what page 1 costs.
    visit_access = [line for _, lines in plans for line in lines if "check_in_at" in line]
    assert visit_access and all("check_in_at<" in line for line in visit_access), visit_access


def test_a_visitor_given_as_customers_reads_each_ones_visits_by_index(crowd, statements):
    """A visitor filter of a few customers: each customer's visits are an index range;
    the rows found (a few customers' visits) are then sorted, which is the one temporary
    b-tree allowed here (VISITOR_IDS_MAX bounds it)."""
    desk = staffing.desk_id()
    flt = visit_log.log_filter_for_days(desk, visitor="13100000001")  # the first customer
    assert flt.customer_ids and flt.name_term is None
    statements.seen.clear()
    page = visit_log.visit_log_page(desk, flt, limit=5)
    assert page and {v.customer_name for v in page} == {"张伟"}
    bad = [p for p in problems(statements.plans()) if "USE TEMP B-TREE FOR ORDER BY" not in p]
    assert bad == []
    joined = " ".join(" ".join(lines) for _, lines in statements.plans())
    assert "visit_customer_visits (customer_id=?" in joined


@pytest.mark.parametrize(
    "flt",
    [LogFilter(), LogFilter(purpose="sales"), LogFilter(name_term="张"), LogFilter(customer_id=3)],
)
def test_counting_the_log_reads_indexes_only(crowd, statements, flt):
    desk = staffing.desk_id()
    statements.seen.clear()
    assert visit_log.count_visits(desk, flt) >= 0
    plans = statements.plans()
    assert plans and problems(plans) == [], "\n".join(problems(plans))


def test_on_site_board_is_an_index_range(crowd, statements):
    desk = staffing.desk_id()  # before the spy: not one of the statements
    statements.seen.clear()
    board = visits.on_site_board(desk)
    assert board
    assert problems(statements.plans()) == []
    joined = " ".join(" ".join(lines) for _, lines in statements.plans())
    assert "visit_status_check_in_at" in joined


def test_check_in_and_out_are_index_lookups(crowd, statements, actor):
    statements.seen.clear()
    fresh = customers.register_customer(actor.id, name="新人", phone="13912345678")
    visit = visits.check_in(actor.id, customer_id=fresh.id, purpose="sales")
    visits.set_playbook_step(actor.id, visit.id, "prospect.needs", True)
    visits.check_out(actor.id, visit.code)
    assert problems(statements.plans()) == []
