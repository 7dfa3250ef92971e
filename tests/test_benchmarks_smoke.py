"""The benchmark suite must keep running on both backends (CI runs it tiny; no timing is
asserted), and its generated data must be what the services would have written — the
same rows on PostgreSQL as in SQLite."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from benchmarks import generate
from receptionist.domain import search as rules
from receptionist.domain.validation import clean_phone
from receptionist.domain.visit_code import parse_visit_code
from tests import postgres

ROOT = Path(__file__).resolve().parent.parent
BOTH = {
    ("data", "generated"),
    ("data", "backend"),
    *(
        ("search", kind)
        for kind in (
            "cjk_1",
            "cjk_2",
            "cjk_3",
            "latin_prefix",
            "pinyin_initials",
            "phone_full",
            "phone_last4",
            "company_substring",
            "visit_code",
        )
    ),
    ("desk", "check_in"),
    ("desk", "check_out"),
    ("board", "on_site_board"),
    ("board", "board_refresh"),
    ("log", "first_page"),
    ("log", "next_page"),
    ("log", "next_page_on_screen"),
    ("kiosk", "walk_in_check_in"),
    ("desk", "expected_today_poll"),
    ("desk", "today_poll"),
    ("desk", "notifications_poll"),
    ("customer", "timeline_first_page"),
    ("customer", "timeline_later_page"),
    ("customer", "purchases_first_page"),
    ("customer", "page_on_screen"),
    *(
        ("print", name + path)
        for name in ("slip_label62", "slip_receipt80", "slip_a6", "card_a6", "card_a5")
        for path in ("", "_printer")
    ),
    ("start", "cold_start"),
    ("start", "peak_memory"),
    ("summary", "all"),
}
EXPECTED = {
    "sqlite": BOTH | {("integrity", "open_checks"), ("integrity", "full_check")},
    # The file's checks are SQLite's: said so in a line of their own, not left out.
    "postgresql": BOTH | {("integrity", "skipped")},
}
TIMINGS = ("p50_ms", "p99_ms", "max_ms", "floor_p50_ms", "floor_p99_ms", "floor_max_ms")


def _where(backend: str, tmp_path: Path, request, suffix: str = "_bench") -> str:
    if backend == "postgresql":
        return postgres.url_for(postgres.worker_name(request, suffix))
    return str(tmp_path / "bench.sqlite3")


def _exists(where: str) -> bool:
    if not where.startswith("postgresql://"):
        return Path(where).exists()
    with psycopg.connect(postgres.server_url(), autocommit=True) as con:
        name = where.rsplit("/", 1)[1]
        return bool(con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone())


def _bench(where: str, *extra: str) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--json", "--quick", "--customers", "1500"]
        + ["--visits", "6000", "--db", where, *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_suite_runs_and_prints_every_measurement(backend, tmp_path, request):
    db = _where(backend, tmp_path, request)
    lines = _bench(db)
    assert {(line["bench"], line["name"]) for line in lines} == EXPECTED[backend]
    assert next(line for line in lines if line["name"] == "backend")["backend"] == backend
    for line in lines:
        if "p50_ms" in line:
            for key in TIMINGS:
                assert isinstance(line[key], float | int) and line[key] >= 0, (line, key)
            assert isinstance(line["meets"], bool) and line["target"]
            assert line["n"] >= 1
    memory = next(line for line in lines if line["name"] == "peak_memory")
    assert memory["value_mb"] > 0 and memory["floor_mb"] > 0
    log = next(line for line in lines if line["name"] == "next_page")
    assert log["rows_per_scroll"] == [100]  # one page per scroll to the bottom
    assert not _exists(db)  # generated here, --keep not given


def test_a_kept_postgresql_database_is_measured_again_without_generating(tmp_path, request):
    """How the full-scale numbers are rerun on a server (docs/performance.md): --keep,
    then the same command measures the same data again; a database holding anything
    but benchmark data is refused, untouched."""
    db = _where("postgresql", tmp_path, request, "_kept")
    try:
        first = _bench(db, "--keep", "--only", "search")
        assert {"generated", "backend"} <= {line["name"] for line in first}
        again = _bench(db, "--only", "search")
        assert "generated" not in {line["name"] for line in again}
        assert next(line for line in again if line["name"] == "reused")["customers"] == 1500
        assert _exists(db)  # reused, not generated: left as it was
    finally:
        postgres.drop_database(db.rsplit("/", 1)[1])
    other = postgres.create_database(postgres.worker_name(request, "_other"))
    try:
        with psycopg.connect(other, autocommit=True) as con:
            con.execute("CREATE TABLE mine (id integer)")
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks", "--quick", "--db", other],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode != 0 and "no benchmark data" in done.stderr
        with psycopg.connect(other, autocommit=True) as con:
            assert con.execute("SELECT to_regclass('mine')").fetchone() == ("mine",)
    finally:
        postgres.drop_database(other.rsplit("/", 1)[1])


def _digest(path: Path) -> str:
    con = sqlite3.connect(path)
    digest = hashlib.sha256()
    for table in (
        "customer",
        "visit",
        "search_term",
        "company_term",
        "visit_code_counter",
        "staff",
    ):
        for row in con.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    con.close()
    return digest.hexdigest()


def test_generated_data_is_reproducible_and_consistent(tmp_path):
    path = tmp_path / "a.sqlite3"
    made = generate.generate(path, customers=400, visits=2000, seed=5, quiet=True)
    assert (made["customers"], made["visits"]) == (400, 2000)
    assert generate.generated_meta(path)["seed"] == 5
    generate.generate(tmp_path / "b.sqlite3", customers=400, visits=2000, seed=5, quiet=True)
    assert _digest(path) == _digest(tmp_path / "b.sqlite3")
    generate.generate(tmp_path / "c.sqlite3", customers=400, visits=2000, seed=6, quiet=True)
    assert _digest(path) != _digest(tmp_path / "c.sqlite3")

    con = sqlite3.connect(path)
    # Customers: search terms and phone forms as the services write them.
    for cid, name, company, phone, search, last4 in con.execute(
        "SELECT id, name, company, phone, phone_search, phone_last4 FROM customer"
    ):
        terms = {
            t for (t,) in con.execute("SELECT term FROM search_term WHERE customer_id=?", (cid,))
        }
        assert terms == rules.name_terms(name)
        if company:
            stored = {
                t
                for (t,) in con.execute(
                    "SELECT term FROM company_term WHERE company = ?", (company,)
                )
            }
            assert stored == rules.text_terms(company)
        if phone:
            value = clean_phone(phone)
            assert (value.e164, value.search, value.last4) == (phone, search, last4)
    # Visit counts and last visits agree with the visits.
    assert con.execute(
        "SELECT count(*) FROM customer c WHERE visit_count != (SELECT count(*) FROM visit v "
        "WHERE v.customer_id = c.id) OR coalesce(last_visit_at, '') != coalesce((SELECT "
        "max(check_in_at) FROM visit v WHERE v.customer_id = c.id), '')"
    ).fetchone() == (0,)
    # Codes parse, are unique, and the counter holds the last sequence of each month-day.
    codes = [c for (c,) in con.execute("SELECT code FROM visit")]
    assert all(parse_visit_code(c) == c for c in codes) and len(set(codes)) == len(codes)
    last = {}
    for code in codes:
        day, seq = code[2:6], int(code[7:])
        last[day] = max(last.get(day, 0), seq)
    assert dict(con.execute("SELECT day, last FROM visit_code_counter")) == last
    # Nobody is on site; every visit is over, with the category snapshot filled in.
    assert con.execute("SELECT count(*) FROM visit WHERE status = 'on_site'").fetchone() == (0,)
    assert con.execute(
        "SELECT count(*) FROM visit WHERE category NOT IN ('prospect', "
        "'existing', 'vip', 'problem')"
    ).fetchone() == (0,)
    con.close()


_TABLES = ("customer", "visit", "search_term", "company_term", "visit_code_counter", "staff")


def _plain(value: object) -> object:
    """A PostgreSQL value as SQLite holds it (UTC text, 0/1 flags)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, bool):
        return int(value)
    return value


def test_postgresql_gets_the_same_rows_as_sqlite(tmp_path, request):
    """Same seed and sizes: the rows COPY wrote to the server are the rows SQLite got,
    table by table; and the schema is the migrated one again after the load (its indexes
    and constraints were dropped while copying)."""
    path = tmp_path / "a.sqlite3"
    generate.generate(path, customers=400, visits=2000, seed=5, quiet=True)
    name = postgres.worker_name(request, "_gen")
    url = postgres.create_database(name)
    migrated = postgres.create_database(name + "_empty")
    try:
        made = generate.generate(url, customers=400, visits=2000, seed=5, quiet=True)
        assert (made["customers"], made["visits"]) == (400, 2000)
        assert generate.generated_meta(url)["seed"] == 5
        con = sqlite3.connect(path)
        with psycopg.connect(url, autocommit=True) as server:
            for table in _TABLES:
                ours = sorted(con.execute(f"SELECT * FROM {table}"))
                theirs = sorted(
                    tuple(_plain(v) for v in row)
                    for row in server.execute(f'SELECT * FROM "{table}"')
                )
                assert theirs == ours, table
            catalog = _catalog(server)
        con.close()
        from receptionist.store.connection import close_database, open_database

        open_database(migrated)
        close_database()
        with psycopg.connect(migrated, autocommit=True) as fresh:
            assert catalog == _catalog(fresh)
    finally:
        postgres.drop_database(name)
        postgres.drop_database(name + "_empty")


def _catalog(con) -> list[tuple]:
    """Every index and constraint of the schema, by name and definition."""
    indexes = con.execute(
        "SELECT tablename, indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = current_schema() ORDER BY 1, 2"
    ).fetchall()
    constraints = con.execute(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2"
    ).fetchall()
    return indexes + constraints


def test_the_comparison_puts_both_backends_on_one_row():
    from benchmarks.compare import tables

    def line(bench, name, p50, meets=True):
        return {
            "bench": bench,
            "name": name,
            "p50_ms": p50,
            "p99_ms": p50 * 2,
            "floor_p50_ms": 0.1,
            "floor_p99_ms": 0.2,
            "ratio_p50": p50 * 10,
            "ratio_p99": p50 * 10,
            "target": {"p99_ms": 16.0, "ratio_p50": 40.0},
            "meets": meets,
        }

    sqlite = [line("search", "cjk_1", 1.0), line("integrity", "full_check", 4000.0)]
    server = [
        line("search", "cjk_1", 2.5, meets=False),
        {"bench": "integrity", "name": "skipped", "note": "SQLite only"},
    ]
    text = tables(sqlite, server)
    row = next(r for r in text.splitlines() if r.startswith("| search / cjk_1"))
    assert "1.00 / 2.00" in row and "2.50 / 5.00" in row and "**no**" in row
    assert "p99 ≤ 16.0 ms, ≤ 40.0×" in row
    full = next(r for r in text.splitlines() if r.startswith("| integrity / full_check"))
    assert full.count("— | — | — |") == 1  # not measured on PostgreSQL: said so
    assert "PostgreSQL, integrity / skipped: {'note': 'SQLite only'}" in text
