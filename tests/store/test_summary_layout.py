"""The dashboard's day summaries pass SQLite's own checks on every SQLite the desk runs on.

SQLite 3.40.0 to 3.41.0 (Debian 12's library among them) report a false "NULL value in
report_day.visits" from ``PRAGMA integrity_check`` / ``quick_check`` for each row of a
WITHOUT ROWID table whose primary key is not its leading columns. Schema v10 had its
summaries' measures first: once the dashboard had filled them, the desk's check at start
marked a sound database damaged (no writes) and every backup failed its check, and a v10
database could not even be backed up to migrate. v11 puts the key first; a copy of a v10
database leaves the derived summaries out (recomputed from the visits)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest
from peewee import SqliteDatabase

from receptionist.store import backup, integrity, migrations
from receptionist.store.connection import close_database, open_database
from receptionist.store.models import MEASURES, ReportDay, ReportHostDay, ReportVisitDay, database

AT = "2026-03-10T09:15:00.000000Z"


@pytest.fixture
def proxy_restored():
    yield
    close_database()


def _summary_rows() -> None:
    measures = dict.fromkeys(MEASURES, 1)
    day = date(2026, 3, 10)
    ReportVisitDay.insert(
        day=day, purpose="sales", category="vip", host_id=0, station_id=0, **measures
    ).execute()
    ReportDay.insert(day=day, purpose="sales", category="vip", **measures).execute()
    ReportHostDay.insert(day=day, host_id=0, **measures).execute()


def _check(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


def _library_calls_misplaced_keys_null() -> bool:
    """Whether this SQLite has the false "NULL value" of a key that is not leading."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute(
            "CREATE TABLE t (v INTEGER NOT NULL, k INTEGER NOT NULL PRIMARY KEY) WITHOUT ROWID"
        )
        con.execute("INSERT INTO t VALUES (1, 2)")
        return con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    finally:
        con.close()


def test_summaries_with_rows_are_sound_to_the_desk_s_check_and_backups(tmp_path, proxy_restored):
    path = tmp_path / "site.sqlite3"
    open_database(path)
    _summary_rows()
    for model in (ReportVisitDay, ReportDay, ReportHostDay):  # the key leads (v11)
        columns = [f.column_name for f in model._meta.sorted_fields]
        key = list(model._meta.primary_key.field_names)
        assert columns[: len(key)] == key, model
    close_database()
    assert _check(path) == [("ok",)]
    assert integrity.full_check(path)  # the desk's check at start: sound, writes allowed
    assert backup.snapshot(path, tmp_path / "copy.sqlite3") == migrations.LATEST


def _a_v10_database(path) -> None:
    """A database at schema v10 whose dashboard has filled its summaries, and one visit
    (whose hour a refresh has already taken off the marks)."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    database.initialize(db)
    migrations.migrate(db, target=10)
    db.execute_sql(
        "INSERT INTO staff (id, name, department, role, active, created_at) "
        "VALUES (1, 'Front desk', '', 'receptionist', 1, ?)",
        (AT,),
    )
    db.execute_sql(
        "INSERT INTO customer (id, name, phone, phone_search, phone_last4, email, company, "
        "title, kind, category, source, preferences, notes, consent, customer_ref, "
        "visit_count, last_visit_at, created_at, updated_at) VALUES (1, 'Wang', NULL, NULL, "
        "NULL, '', '', '', 'consumer', 'vip', '', '', '', 0, '', 1, ?, ?, ?)",
        (AT, AT, AT),
    )
    db.execute_sql(
        "INSERT INTO visit (id, code, customer_id, purpose, flow, category, receptionist_id, "
        "party_size, room, note, status, station, check_in_at, check_out_at, playbook_done) "
        "VALUES (1, 'V-0310-0001', 1, 'sales', 'first', 'vip', 1, 1, '', '', 'done', 'desk', "
        "?, ?, '')",
        (AT, AT),
    )
    measures = ", ".join(f'"{m}"' for m in MEASURES)
    ones = ", ".join("1" for _m in MEASURES)
    db.execute_sql(
        f'INSERT INTO report_visit_day ("day", "purpose", "category", "host_id", '
        f"\"station_id\", {measures}) VALUES ('2026-03-10', 'sales', 'vip', 0, 0, {ones})"
    )
    db.execute_sql(
        f'INSERT INTO report_day ("day", "purpose", "category", {measures}) '
        f"VALUES ('2026-03-10', 'sales', 'vip', {ones})"
    )
    db.execute_sql(
        f'INSERT INTO report_host_day ("day", "host_id", {measures}) '
        f"VALUES ('2026-03-10', 0, {ones})"
    )
    db.execute_sql("DELETE FROM report_dirty_hour")
    db.close()


def test_a_v10_database_with_summaries_is_backed_up_and_migrated(tmp_path, proxy_restored):
    path = tmp_path / "v10.sqlite3"
    _a_v10_database(path)
    if _library_calls_misplaced_keys_null():
        assert _check(path) != [("ok",)]  # what this library says of v10's layout

    db = open_database(path)  # a checked copy first, then v11
    assert migrations.current_version(db) == migrations.LATEST
    assert ReportDay.select().count() == 1  # the rows were moved, not dropped
    assert ReportVisitDay.get().visits == 1 and ReportHostDay.get().detractors == 1
    close_database()
    assert _check(path) == [("ok",)]
    assert integrity.full_check(path)

    (copy,) = tmp_path.glob("v10.v10.*.bak")
    assert _check(copy) == [("ok",)]
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT MAX(version) FROM schema_version").fetchone() == (10,)
        for table in migrations.V10_SUMMARIES:  # left out of the copy, to be recomputed
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert con.execute("SELECT hour FROM report_dirty_hour").fetchall() == [
            ("2026-03-10T09:00:00.000000Z",)
        ]
        assert con.execute("SELECT count(*) FROM visit").fetchone() == (1,)
    finally:
        con.close()


def test_a_v10_backup_with_summaries_can_be_restored(tmp_path, proxy_restored):
    source = tmp_path / "v10.sqlite3"
    _a_v10_database(source)
    kept = tmp_path / "kept.bak"
    shutil.copyfile(source, kept)  # a v10 backup made where SQLite did not object
    assert backup.candidate(kept, tmp_path / "work.sqlite3", None) == 10
    assert _check(tmp_path / "work.sqlite3") == [("ok",)]


def test_every_without_rowid_table_has_its_key_first():
    from receptionist.store.models import ALL_MODELS

    tables = [m for m in ALL_MODELS if m._meta.without_rowid]
    assert {m._meta.table_name for m in tables} >= set(migrations.V10_SUMMARIES)
    for model in tables:
        pk = model._meta.primary_key
        key = list(pk.field_names) if hasattr(pk, "field_names") else [pk.name]
        columns = [f.name for f in model._meta.sorted_fields]
        assert columns[: len(key)] == key, model._meta.table_name
