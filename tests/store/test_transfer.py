"""Copying an SQLite site into PostgreSQL (``store/transfer.py``, ``store/canonical.py``),
against the real server: every value arrives as it was (checked independently of the
copy's own checksums), the checksums catch a value changed on the way, and a copy that
fails leaves nothing on the target."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest

from receptionist.domain.faults import DatabaseFault
from receptionist.domain.location import parse
from receptionist.store import admin, canonical, transfer
from receptionist.store.connection import close_database, open_database
from receptionist.store.models import ALL_MODELS, SchemaVersion
from tests import postgres
from tests.real_faults import make_sample

# Text COPY must escape, and the values NULL and '' must stay apart.
TRICKY = "back\\slash\ttab\nnew\rcr\bbs\fff\vvt \\N 张三 🙂"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """A demo site (a few hundred rows in every busy table) with awkward values."""
    path = make_sample(tmp_path_factory.mktemp("site") / "site.sqlite3", 60, 150)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE customer SET notes = ?, email = '' WHERE id = 1", (TRICKY,))
        con.execute("UPDATE customer SET phone = NULL, phone_search = NULL WHERE id = 2")
        # A time in another form than the app writes: normalised to UTC on the way.
        con.execute("UPDATE customer SET last_visit_at = '2026-01-02 03:04:05+08:00' WHERE id = 3")
        con.execute("INSERT INTO setting (key, value) VALUES ('zeta', ''), ('Ärger', ?)", (TRICKY,))
    con.close()
    return path


@pytest.fixture
def server(request):
    """``server(suffix, create=True)`` -> the URL of a database of this test's own
    (created empty, or only named); all dropped at the end."""
    made: list[str] = []

    def make(suffix: str, create: bool = True) -> str:
        name = f"receptionist_test_{os.getpid()}_transfer_{suffix}"
        made.append(name)
        if create:
            return postgres.create_database(name)
        postgres.drop_database(name)
        return postgres.url_for(name)

    yield make
    close_database()
    for name in made:
        postgres.drop_database(name)


def copy(source: Path, url: str, progress=None) -> transfer.Outcome:
    return admin.copy_site(parse(str(source)), None, parse(url), None, progress)


def _normal(value: object) -> object:
    """A value as the app means it, whichever backend gave it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    if isinstance(value, date):  # a calendar day: SQLite holds its ISO text
        return value.isoformat()
    return value


def _sqlite_rows(path: Path, table: canonical.Table) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            f'SELECT {", ".join(c.name for c in table.columns)} FROM "{table.name}" '
            f"ORDER BY {', '.join(table.key)}"
        ).fetchall()
    finally:
        con.close()
    times = [i for i, c in enumerate(table.columns) if c.kind == canonical.TIME]

    def row(values: tuple) -> tuple:
        values = list(values)
        for i in times:
            if values[i] is not None:
                at = datetime.fromisoformat(values[i])
                values[i] = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
        return tuple(values)

    return [row(r) for r in rows]


def _server_rows(url: str, table: canonical.Table) -> list[tuple]:
    order = ", ".join(
        k + (' COLLATE "C"' if table.kind(k) == canonical.TEXT else "") for k in table.key
    )
    with psycopg.connect(url) as con:
        con.execute("SET TimeZone = 'Asia/Shanghai'")  # the values, not the session's zone
        rows = con.execute(
            f'SELECT {", ".join(c.name for c in table.columns)} FROM "{table.name}" '
            f"ORDER BY {order}"
        ).fetchall()
    return [tuple(_normal(v) for v in r) for r in rows]


def test_every_table_of_the_models_is_copied_except_the_migration_history():
    names = {t.name for t in canonical.site_tables()}
    assert names == {m._meta.table_name for m in ALL_MODELS} - {SchemaVersion._meta.table_name}
    order = [t.name for t in canonical.site_tables()]
    assert order.index("customer") < order.index("visit") < order.index("feedback")


def test_every_value_arrives_as_it_was(sample, server):
    url = server("values", create=False)  # missing: created, migrated, filled
    outcome = copy(sample, url)
    assert outcome.kept and all(t.match for t in outcome.tables)
    for table in canonical.site_tables():
        assert _server_rows(url, table) == _sqlite_rows(sample, table), table.name
    busy = {t.table: t.rows for t in outcome.tables}
    assert busy["customer"] == 60 and busy["visit"] == 150 and busy["audit_entry"] > 0
    with psycopg.connect(url) as con:
        notes, email, phone = con.execute(
            "SELECT c1.notes, c1.email, c2.phone FROM customer c1, customer c2 "
            "WHERE c1.id = 1 AND c2.id = 2"
        ).fetchone()
        moved = con.execute("SELECT last_visit_at FROM customer WHERE id = 3").fetchone()[0]
    assert (notes, email, phone) == (TRICKY, "", None)
    assert moved == datetime(2026, 1, 1, 19, 4, 5, tzinfo=UTC)


def test_the_checksum_is_the_same_computed_on_either_side(sample, server):
    """The server's checksum of what it holds equals the source's checksum of what it
    sent, and both differ from any other table's."""
    outcome = copy(sample, server("sums"))
    sums = [t.checksum for t in outcome.tables if t.rows]
    assert [t.target_checksum for t in outcome.tables if t.rows] == sums
    assert len(set(sums)) == len(sums)


def test_ids_are_kept_and_sequences_move_past_them(sample, server):
    url = server("ids")
    copy(sample, url)
    with psycopg.connect(url) as con:
        top = con.execute("SELECT MAX(id) FROM visit").fetchone()[0]
        staff = con.execute("SELECT id FROM staff ORDER BY id").fetchall()
        new = con.execute(
            "INSERT INTO station (name, kind, location, pin_hash, pin_failures, created_at) "
            "VALUES ('Desk 2', 'desk', '', '', 0, now()) RETURNING id"
        ).fetchone()[0]
        code = con.execute(
            "INSERT INTO visit (code, customer_id, purpose, flow, category, party_size, room, "
            "note, status, station, playbook_done) SELECT 'V-TEST', 1, 'sales', 'initial', "
            "'prospect', 1, '', '', 'done', 'desk', '' RETURNING id"
        ).fetchone()[0]
    assert code == top + 1 and new == 1
    assert [r[0] for r in staff] == [r[0] for r in _sqlite_rows(sample, _table("staff"))]


def _table(name: str) -> canonical.Table:
    return next(t for t in canonical.site_tables() if t.name == name)


def test_the_copy_keeps_the_schema_the_migration_made(sample, server):
    def schema(url: str) -> set[tuple]:
        with psycopg.connect(url) as con:
            indexes = con.execute(
                "SELECT tablename, indexname, indexdef FROM pg_indexes "
                "WHERE schemaname = current_schema()"
            ).fetchall()
            keys = con.execute(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
            ).fetchall()
        return set(indexes) | set(keys)

    migrated = server("migrated")
    open_database(migrated)
    close_database()
    copied = server("copied")
    copy(sample, copied)
    assert schema(copied) == schema(migrated)


def test_a_target_with_rows_is_refused_untouched(sample, server):
    url = server("busy")
    open_database(url)
    close_database()
    with psycopg.connect(url) as con:
        con.execute("INSERT INTO setting (key, value) VALUES ('site.name', 'Lobby')")
    before = postgres.row_counts(url)
    with pytest.raises(DatabaseFault) as refused:
        copy(sample, url)
    assert refused.value.code == "db_target_not_empty"
    assert "setting" in refused.value.message
    assert postgres.row_counts(url) == before


def test_a_value_changed_on_the_way_rolls_everything_back(sample, server):
    """A trigger on the target alters one customer's name during the copy: the checksum
    differs, only that table is reported, and no row stays anywhere."""
    url = server("tampered")
    open_database(url)
    close_database()
    with psycopg.connect(url) as con:
        con.execute(
            "CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.id = 7 THEN NEW.name := NEW.name || '!'; END IF; RETURN NEW; END $$"
        )
        con.execute(
            "CREATE TRIGGER tamper BEFORE INSERT ON customer FOR EACH ROW EXECUTE FUNCTION tamper()"
        )
    seen: list[str] = []
    outcome = copy(sample, url, progress=lambda t: seen.append(t.table))
    assert not outcome.kept
    assert [t.table for t in outcome.tables if not t.match] == ["customer"]
    bad = next(t for t in outcome.tables if t.table == "customer")
    assert bad.rows == bad.target_rows == 60  # same count: only the checksum tells
    assert len(seen) == len(canonical.site_tables())  # every table was still reported
    counts = postgres.row_counts(url)
    assert counts.pop("schema_version") == postgres.version_rows()
    assert set(counts.values()) == {0}


def test_a_row_the_server_refuses_leaves_the_target_as_it_was(sample, server, tmp_path):
    """A value too long for the server's column: the copy stops with the table and the
    column named (never the value), and the new database stays without a schema."""
    site = tmp_path / "long.sqlite3"
    site.write_bytes(sample.read_bytes())
    con = sqlite3.connect(site)
    with con:
        con.execute("UPDATE visit SET room = ? WHERE id = 5", ("Room 4711 " * 5,))
    con.close()
    url = server("refused", create=False)
    with pytest.raises(DatabaseFault) as refused:
        copy(site, url)
    assert refused.value.code == "db_copy_refused"
    assert "visit (room, SQLSTATE 22001)" in refused.value.message
    assert "4711" not in refused.value.message
    assert postgres.row_counts(url) == {}  # created, but no table kept


def test_a_server_database_can_be_the_source(sample, server):
    first = server("first")
    copy(sample, first)
    second = server("second")
    outcome = admin.copy_site(parse(first), None, parse(second), None)
    assert outcome.kept
    assert {t.table: t.checksum for t in outcome.tables} == {
        t.table: t.checksum for t in copy(sample, server("third")).tables
    }


def test_another_programs_database_is_refused(sample, server):
    url = server("foreign")
    with psycopg.connect(url) as con:
        con.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
    with pytest.raises(DatabaseFault) as refused:
        copy(sample, url)
    assert refused.value.code == "db_not_ours"
    assert postgres.row_counts(url) == {"notes": 0}


def test_canonical_times():
    assert canonical.utc_text("2026-01-02T03:04:05.000006Z") == "2026-01-02T03:04:05.000006Z"
    assert canonical.utc_text("2026-01-02 03:04:05") == "2026-01-02T03:04:05.000000Z"
    assert canonical.utc_text("2026-01-02T03:04:05-05:00") == "2026-01-02T08:04:05.000000Z"
    assert canonical.utc_text("yesterday") == "yesterday"  # the server refuses it, by column
