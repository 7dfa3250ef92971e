"""``receptionist db init | migrate | check``: the administrator's verbs, against the
development server (each test makes databases of its own) and SQLite files. Failures are
one sentence and an exit code; a password given in a URL is never printed or logged."""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from datetime import UTC, date, datetime

import psycopg
import pytest

from receptionist import cli
from receptionist.store import migrations
from receptionist.store.connection import close_database, sqlite_database
from tests import postgres
from tests.real_faults import make_sample, other_programs_database, snapshot

from ..conftest import row_counts
from .conftest import add_admin

UNREACHABLE = "postgresql://clerk:secret@127.0.0.1:1/receptionist"
TABLES = {
    "audit_entry",
    "category_change",
    "company_term",
    "complaint",
    "complaint_step",
    "customer",
    "customer_merge",
    "feedback",
    "follow_up",
    "holiday",
    "lost_review",
    "notification",
    "outbox_message",
    "print_record",
    "purchase",
    "report_day",
    "report_dirty_customer",
    "report_dirty_hour",
    "report_first_visit",
    "report_host_day",
    "report_tier_move",
    "report_visit_day",
    "search_term",
    "setting",
    "special_date",
    "staff",
    "staff_channel",
    "station",
    "tier_result",
    "tier_run",
    "visit",
    "visit_code_counter",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A demo site's SQLite file (copied per test when a test may change it)."""
    return make_sample(tmp_path_factory.mktemp("site") / "site.sqlite3", 40, 100)


@pytest.fixture
def server(monkeypatch, tmp_path):
    """``server(suffix, create=True)`` -> URL of a database of this test's own (created
    empty, or only named); dropped at the end. RECEPTIONIST_DB points nowhere useful."""
    monkeypatch.setenv("RECEPTIONIST_DB", str(tmp_path / "wrong.sqlite3"))
    made: list[str] = []

    def make(suffix: str, create: bool = True) -> str:
        name = f"receptionist_test_{os.getpid()}_dbcli_{suffix}"
        made.append(name)
        if create:
            return postgres.create_database(name)
        postgres.drop_database(name)
        return postgres.url_for(name)

    yield make
    close_database()
    for name in made:
        postgres.drop_database(name)
    assert not (tmp_path / "wrong.sqlite3").exists()


@pytest.fixture
def db(capsys):
    """``db(*args)`` -> (exit code, stdout, stderr) of ``receptionist db ARGS``."""

    def run_(*args: str) -> tuple[int, str, str]:
        code = cli.main(["db", *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "Unexpected error" not in err
    return lines[0]


def with_password(url: str, password: str = "secret") -> str:
    """``url`` with a password (the server trusts loopback: any password logs in)."""
    return url.replace("postgres@", f"postgres:{password}@", 1)


def tables_of(url: str) -> set[str]:
    return set(postgres.row_counts(url))


# -- init ---------------------------------------------------------------------------------


def test_init_migrates_an_empty_server_database_then_finds_it_current(server, db):
    url = server("init")
    code, out, err = db("init", url)
    assert (code, err) == (0, "")
    assert out.strip() == f"Created the schema (version {migrations.LATEST}): {url}"
    assert tables_of(url) == TABLES | {"schema_version"}
    code, out, err = db("init", url)
    assert (code, err) == (0, "")
    assert f"already at schema version {migrations.LATEST}" in out
    assert postgres.row_counts(url)["schema_version"] == postgres.version_rows()


def test_init_creates_a_missing_database_when_the_user_may(server, db):
    url = server("created", create=False)
    code, out, _ = db("init", url)
    assert code == 0
    assert out.startswith("Created the database and its schema")
    assert tables_of(url) >= TABLES


def test_init_says_so_when_the_user_may_not_create_the_database(server, db):
    role = f"receptionist_test_{os.getpid()}_clerk"
    with psycopg.connect(postgres.server_url(), autocommit=True) as admin:
        admin.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.execute(f'CREATE ROLE "{role}" LOGIN NOCREATEDB')
    try:
        url = server("forbidden", create=False).replace("postgres@", f"{role}@", 1)
        code, out, err = db("init", url)
        assert (code, out) == (3, "")
        sentence = one_sentence(err)
        assert "does not exist on the server and this user may not create it" in sentence
        with psycopg.connect(postgres.server_url()) as admin:
            found = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (postgres_name(url),)
            ).fetchone()
        assert found is None
    finally:
        with psycopg.connect(postgres.server_url(), autocommit=True) as admin:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def postgres_name(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_init_refuses_another_programs_database_untouched(server, db):
    url = server("foreign")
    with psycopg.connect(url) as con:
        con.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
        con.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    code, out, err = db("init", url)
    assert (code, out) == (3, "")
    assert "belongs to another program" in one_sentence(err)
    assert postgres.row_counts(url) == {"notes": 1}


def test_init_makes_and_then_finds_an_sqlite_database(tmp_path, db):
    path = tmp_path / "new" / "desk.sqlite3"
    code, out, _ = db("init", f"sqlite:///{path}")
    assert code == 0 and out.startswith("Created the schema")
    assert row_counts(path)["schema_version"] == migrations.LATEST
    code, out, _ = db("init", str(path))
    assert code == 0 and "already at schema version" in out


def test_init_refuses_another_programs_sqlite_file(tmp_path, db):
    path = other_programs_database(tmp_path / "notes.sqlite3")
    before = snapshot(path)
    code, _, err = db("init", str(path))
    assert code == 3 and "belongs to another program" in one_sentence(err)
    assert snapshot(path) == before


# -- migrate ------------------------------------------------------------------------------


def _key(con: sqlite3.Connection, table: str) -> list[int]:
    """Positions of the primary key's columns in ``PRAGMA table_info`` order."""
    info = list(con.execute(f'PRAGMA table_info("{table}")'))
    return [
        i for i, _ in sorted(((i, r[5]) for i, r in enumerate(info) if r[5]), key=lambda x: x[1])
    ]


def _server_table(url: str, table: str, columns: list[str]) -> list[tuple]:
    with psycopg.connect(url) as con:
        rows = con.execute(f'SELECT {", ".join(columns)} FROM "{table}"').fetchall()
    return [tuple(_plain(v) for v in r) for r in rows]


def _plain(value: object) -> object:
    """A server value as comparable with SQLite's: flags as 0/1, times as seconds, days
    as ISO text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _site_table(con: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    types = {r[1]: r[2] for r in con.execute(f'PRAGMA table_info("{table}")')}
    rows = con.execute(f'SELECT {", ".join(columns)} FROM "{table}"').fetchall()

    def value(column: str, v: object) -> object:
        if v is not None and types[column] == "VARCHAR(27)":  # a UTC time
            return datetime.fromisoformat(str(v)).replace(tzinfo=UTC).timestamp()
        return v

    return [tuple(value(c, v) for c, v in zip(columns, r, strict=True)) for r in rows]


def test_migrate_copies_a_demo_site_and_every_table_compares_equal(site, server, db, signed_in):
    url = with_password(server("moved", create=False))
    code, out, err = db("--db", str(site), "migrate", "--to", url, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True
    assert {t["table"] for t in report["tables"]} == TABLES
    assert all(t["match"] and len(t["checksum"]) == 64 for t in report["tables"])
    assert report["source"] == str(site)
    # Progress: a line per table on stderr; the password in nothing printed.
    assert len(err.strip().splitlines()) == len(TABLES)
    assert "secret" not in out + err and ":***@" in report["target"]
    plain = url.replace(":secret", "")
    rows = {t["table"]: t["rows"] for t in report["tables"]}
    con = sqlite3.connect(site)
    try:
        for table in sorted(TABLES):  # compared here without the copy's own code
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            key = _key(con, table)

            def by_key(row: tuple, key: list[int] = key) -> tuple:
                return tuple(row[i] for i in key)

            expected = sorted(_site_table(con, table, columns), key=by_key)
            assert sorted(_server_table(plain, table, columns), key=by_key) == expected, table
            assert rows[table] == len(expected)
    finally:
        con.close()
    assert rows["visit"] == 100 and rows["audit_entry"] > 0
    # The stations can work on it: ids go on after the copied ones.
    add_admin(plain)
    assert cli.main(["--db", plain, "checkin", "--name", "Emily Chen", "--purpose", "sales"]) == 0


def test_migrate_prints_a_table_and_the_site_is_left_as_it_was(site, server, db, tmp_path):
    source = tmp_path / "site.sqlite3"
    source.write_bytes(site.read_bytes())
    code, out, _ = db("--db", str(source), "migrate", "--to", server("text"))
    assert code == 0
    head, header, rule, *rows = out.strip().splitlines()
    assert head.startswith(f"Copied {source} into ") and head.endswith("every table matches.")
    assert header.split() == ["table", "rows", "checksum", "match"]
    assert len(rows) == len(TABLES) and all(r.split()[-1] == "yes" for r in rows)
    assert row_counts(source) == row_counts(site)


def test_migrate_refuses_a_target_with_rows_untouched(site, server, db):
    url = server("busy")
    add_admin(url)  # the staff table has a row
    before = postgres.row_counts(url)
    code, out, err = db("--db", str(site), "migrate", "--to", url)
    assert (code, out) == (3, "")
    assert "already holds data (table staff has rows)" in one_sentence(err)
    assert postgres.row_counts(url) == before


def test_a_checksum_mismatch_rolls_everything_back(site, server, db):
    url = server("tampered")
    assert db("init", url)[0] == 0
    with psycopg.connect(url) as con:
        con.execute(
            "CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.id = 2 THEN NEW.category := 'vip'; END IF; RETURN NEW; END $$"
        )
        con.execute(
            "CREATE TRIGGER tamper BEFORE INSERT ON visit FOR EACH ROW EXECUTE FUNCTION tamper()"
        )
    code, out, err = db("--db", str(site), "migrate", "--to", url, "--json")
    assert code == 3
    report = json.loads(out)
    assert report["ok"] is False
    assert [t["table"] for t in report["tables"] if not t["match"]] == ["visit"]
    assert "did not match" in err.strip().splitlines()[-1]
    assert "Traceback" not in err
    counts = postgres.row_counts(url)
    assert counts.pop("schema_version") == postgres.version_rows() and set(counts.values()) == {0}


def test_migrate_needs_an_existing_site_and_a_server(tmp_path, server, db):
    missing = tmp_path / "nowhere.sqlite3"
    code, out, err = db("--db", str(missing), "migrate", "--to", server("x", create=False))
    assert (code, out) == (3, "")
    assert "nothing to copy" in one_sentence(err)
    assert not missing.exists()
    path = tmp_path / "desk.sqlite3"
    code, _, err = db("--db", str(path), "migrate", "--to", str(tmp_path / "b.sqlite3"))
    assert code == 2 and "PostgreSQL server" in one_sentence(err)


# -- check --------------------------------------------------------------------------------


def test_check_reports_backend_place_version_and_counts(run, db_target, backend):
    assert run("checkin", "--name", "Emily Chen", "--purpose", "sales")[0] == 0
    code, out, err = run("db", "check", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["backend"] == backend and report["where"] == db_target
    assert report["schema_version"] == report["latest_version"] == migrations.LATEST
    counts = {t["table"]: t["rows"] for t in report["tables"]}
    assert set(counts) == TABLES
    assert counts["customer"] == counts["visit"] == 1 and counts["station"] == 0
    code, out, _ = run("db", "check")
    assert code == 0
    assert f"schema version  {migrations.LATEST} (this app: {migrations.LATEST})" in out
    assert re.search(r"^customer +1$", out, re.M)


@pytest.mark.sqlite_only
def test_check_reads_an_older_file_without_migrating_it(tmp_path, db):
    path = tmp_path / "old.sqlite3"
    old = sqlite_database(path)
    migrations.migrate(old, target=3)
    old.close()
    before = snapshot(path)
    code, out, _ = db("--db", str(path), "check", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["schema_version"] == 3 and "station" not in {t["table"] for t in report["tables"]}
    assert snapshot(path) == before


def test_check_of_a_missing_file_creates_nothing(tmp_path, db):
    path = tmp_path / "nothing.sqlite3"
    code, out, err = db("--db", str(path), "check")
    assert (code, out) == (3, "")
    assert "no database at this path" in one_sentence(err)
    assert list(tmp_path.iterdir()) == []


# -- servers that cannot be reached; passwords ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("init", UNREACHABLE),
        ("--db", UNREACHABLE, "check"),
        ("migrate", "--to", UNREACHABLE),
    ],
)
def test_an_unreachable_server_is_one_sentence_and_exit_4(args, site, db, caplog, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_DB", str(site))
    caplog.set_level(logging.DEBUG)
    code, out, err = db(*args)
    assert (code, out) == (4, "")
    sentence = one_sentence(err)
    assert "cannot be reached" in sentence
    assert "clerk:***@127.0.0.1:1" in sentence
    assert "secret" not in err + caplog.text


def test_a_password_in_the_url_is_never_printed(server, db, caplog):
    caplog.set_level(logging.DEBUG)
    url = with_password(server("secret", create=False), "s3cr3t-pw")
    printed = []
    for args in (
        ("init", url),
        ("init", url),
        ("--db", url, "check"),
        ("--db", url, "check", "--json"),
    ):
        code, out, err = db(*args)
        assert code == 0, err
        printed.append(out + err)
    assert "s3cr3t-pw" not in "".join(printed) + caplog.text
    assert all(":***@" in text for text in printed)


@pytest.mark.parametrize(
    "args",
    [
        ("init", "postgresql://clerk:secret@127.0.0.1:54x2/receptionist"),
        ("--db", "postgresql://clerk:secret@127.0.0.1:54x2/receptionist", "check"),
        ("migrate", "--to", "postgresql://clerk:secret@127.0.0.1:54x2/receptionist"),
    ],
)
def test_a_port_that_is_not_a_number_is_refused_as_a_bad_argument(args, site, db, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_DB", str(site))
    code, out, err = db(*args)
    assert (code, out) == (2, "")
    sentence = one_sentence(err)
    assert "port must be a number" in sentence
    assert "clerk:***@127.0.0.1:54x2" in sentence and "secret" not in sentence
