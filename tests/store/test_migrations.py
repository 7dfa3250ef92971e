"""The schema built by migrations is the schema of the models, and opening is safe."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from peewee import SqliteDatabase

from receptionist.domain.errors import DeskError
from receptionist.store import connection, migrations
from receptionist.store.connection import close_database, open_database
from receptionist.store.models import ALL_MODELS, database
from tests import staffing


def _schema(path) -> dict[str, dict]:
    """Everything that makes two SQLite schemas equal, per table."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        schema = {}
        for table in tables:
            columns = [
                (r[1], r[2], r[3], r[4], r[5])  # name type notnull dflt pk
                for r in con.execute(f'PRAGMA table_info("{table}")')
            ]
            indexes = []
            for r in con.execute(f'PRAGMA index_list("{table}")'):
                name, unique, origin = r[1], r[2], r[3]
                cols = tuple(c[2] for c in con.execute(f'PRAGMA index_info("{name}")'))
                indexes.append((name, unique, origin, cols))
            fks = [
                (r[2], r[3], r[4], r[5], r[6])  # table from to update delete
                for r in con.execute(f'PRAGMA foreign_key_list("{table}")')
            ]
            (sql,) = con.execute(
                "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
            ).fetchone()
            without_rowid = con.execute(
                "SELECT wr FROM pragma_table_list WHERE name=?", (table,)
            ).fetchone()[0]
            assert bool(without_rowid) == ("WITHOUT ROWID" in sql.upper())
            schema[table] = {
                "columns": columns,
                "indexes": sorted(indexes),
                "foreign_keys": sorted(fks),
                "without_rowid": bool(without_rowid),
            }
        return schema
    finally:
        con.close()


@pytest.fixture
def proxy_restored():
    yield
    close_database()


def test_migrated_schema_equals_the_models(tmp_path, proxy_restored):
    migrated = tmp_path / "migrated.sqlite3"
    db = open_database(migrated)
    db.close()

    fresh = tmp_path / "fresh.sqlite3"
    models_db = connection.sqlite_database(fresh)
    database.initialize(models_db)
    database.create_tables(ALL_MODELS)
    models_db.close()

    by_migration, by_models = _schema(migrated), _schema(fresh)
    assert set(by_migration) == set(by_models)
    for table in by_models:
        for aspect in ("columns", "indexes", "foreign_keys", "without_rowid"):
            assert by_migration[table][aspect] == by_models[table][aspect], (table, aspect)
    # The search tables are the ones that must stay WITHOUT ROWID (one b-tree per lookup).
    assert by_models["search_term"]["without_rowid"]
    assert by_models["company_term"]["without_rowid"]
    assert by_models["visit"]["foreign_keys"]


def test_schema_comparison_can_fail(tmp_path, proxy_restored):
    """The comparison notices a missing index (so the test above can fail)."""
    path = tmp_path / "x.sqlite3"
    open_database(path).close()
    before = _schema(path)
    con = sqlite3.connect(path)
    con.execute("DROP INDEX customer_phone_last4")
    con.commit()
    con.close()
    assert _schema(path)["customer"]["indexes"] != before["customer"]["indexes"]


def test_schema_version_row_is_written(tmp_path, proxy_restored):
    db = open_database(tmp_path / "v.sqlite3")
    rows = db.execute_sql("SELECT version, applied_at FROM schema_version").fetchall()
    assert [r[0] for r in rows] == sorted(migrations.MIGRATIONS)  # one row per version
    assert rows[0][1].endswith("Z")
    assert migrations.current_version(db) == migrations.LATEST


def test_migrating_twice_is_a_no_op(tmp_path, proxy_restored):
    path = tmp_path / "twice.sqlite3"
    db = open_database(path)
    assert migrations.migrate(db) == []
    db.close()
    before = _schema(path)
    db = open_database(path)
    assert migrations.migrate(db) == []
    assert db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0] == len(
        migrations.MIGRATIONS
    )
    db.close()
    assert _schema(path) == before
    assert not list(tmp_path.glob("*.bak"))  # nothing to migrate, nothing backed up


def test_migrate_on_an_empty_database_applies_every_version(tmp_path, proxy_restored):
    db = SqliteDatabase(str(tmp_path / "empty.sqlite3"))
    database.initialize(db)
    assert migrations.current_version(db) == 0
    assert migrations.migrate(db) == sorted(migrations.MIGRATIONS)


def test_pragmas_after_open(tmp_path, proxy_restored):
    db = open_database(tmp_path / "p.sqlite3")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] > 0


def test_foreign_keys_are_enforced(tmp_path, proxy_restored):
    db = open_database(tmp_path / "fk.sqlite3")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        db.execute_sql(
            "INSERT INTO category_change (customer_id, to_category, reason, "
            "changed_at) VALUES (999, 'vip', 'x', '2024-01-01T00:00:00.000000Z')"
        )


def test_newer_schema_is_refused_with_a_clear_error(tmp_path, proxy_restored):
    path = tmp_path / "newer.sqlite3"
    open_database(path).execute_sql(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
        (migrations.LATEST + 1, "2099-01-01T00:00:00.000000Z"),
    )
    close_database()
    with pytest.raises(DeskError, match="newer version") as info:
        open_database(path)
    assert info.value.code == "schema_newer"
    assert not list(tmp_path.glob("*.bak"))


def test_older_database_is_backed_up_then_migrated(tmp_path, monkeypatch, proxy_restored):
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    db.execute_sql("INSERT INTO setting (key, value) VALUES ('site_name', 'Old site')")
    close_database()

    old, new = migrations.LATEST, migrations.LATEST + 1
    step = ['ALTER TABLE "setting" ADD COLUMN "note" TEXT NOT NULL DEFAULT \'\'']
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, new: step})
    monkeypatch.setattr(migrations, "LATEST", new)

    db = open_database(path)
    assert migrations.current_version(db) == new
    columns = [r[1] for r in db.execute_sql('PRAGMA table_info("setting")')]
    assert "note" in columns

    backups = list(tmp_path.glob(f"old.v{old}.*.bak"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    try:
        assert backup.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == old
        assert backup.execute("SELECT value FROM setting").fetchone()[0] == "Old site"
        assert "note" not in [r[1] for r in backup.execute('PRAGMA table_info("setting")')]
    finally:
        backup.close()


def test_failed_migration_changes_nothing(tmp_path, monkeypatch, proxy_restored):
    path = tmp_path / "fail.sqlite3"
    open_database(path)
    close_database()
    before = _schema(path)

    new = migrations.LATEST + 1
    step = ['CREATE TABLE "extra" ("id" INTEGER PRIMARY KEY)', "THIS IS NOT SQL"]
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, new: step})
    monkeypatch.setattr(migrations, "LATEST", new)
    with pytest.raises(Exception, match="syntax error"):
        open_database(path)
    close_database()
    assert _schema(path) == before  # the version and its steps roll back


def test_default_db_path_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(connection.ENV_DB, str(tmp_path / "env.sqlite3"))
    assert connection.default_db_path() == tmp_path / "env.sqlite3"
    monkeypatch.delenv(connection.ENV_DB)
    assert connection.default_db_path().name == connection.DB_FILE
    assert connection.APP_NAME in connection.default_db_path().parts


def test_a_v1_database_with_data_migrates_to_the_latest_keeping_it(tmp_path, proxy_restored):
    from receptionist.services import customers, feedback, planning, visits

    path = tmp_path / "v1.sqlite3"
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    database.initialize(db)
    assert migrations.migrate(db, target=1) == [1]
    assert "feedback" not in db.get_tables() and "print_record" not in db.get_tables()
    # Rows as version 1 wrote them (today's services write columns v1 does not have).
    at = "2026-11-20T09:00:00.000000Z"
    db.execute_sql("INSERT INTO staff VALUES (1, 'Front desk', '', 'receptionist', 1, ?)", (at,))
    db.execute_sql(
        "INSERT INTO customer (id, name, phone, phone_search, phone_last4, email, "
        "company, title, kind, category, source, preferences, notes, consent, "
        "external_ref, visit_count, last_visit_at, created_at, updated_at) VALUES "
        "(1, '张三', '+8613800138000', '13800138000', '8000', '', '华为技术有限公司', "
        "'', 'consumer', 'existing', '', '', '', 0, '', 1, ?, ?, ?)",
        (at, at, at),
    )
    db.execute_sql(
        "INSERT INTO visit (id, code, customer_id, purpose, flow, category, "
        "receptionist_id, party_size, room, note, status, station, check_in_at, "
        "check_out_at, playbook_done) VALUES (1, 'V-1120-0001', 1, 'sales', "
        "'follow_up', 'existing', 1, 1, '', '', 'done', 'desk', ?, ?, '')",
        (at, at),
    )
    db.close()

    db = open_database(path)
    assert migrations.current_version(db) == migrations.LATEST
    assert [
        r[0] for r in db.execute_sql("SELECT version FROM schema_version ORDER BY version")
    ] == list(range(1, migrations.LATEST + 1))
    assert customers.get_customer(staffing.desk_id(), 1).name == "张三"
    kept = visits.visit_by_code(staffing.desk_id(), "V-1120-0001")
    assert (kept.customer_name, kept.customer_company, str(kept.status)) == (
        "张三",
        "华为技术有限公司",
        "done",
    )
    assert kept.invite_code is None and kept.expected_at is None
    assert len(list(tmp_path.glob("v1.v1.*.bak"))) == 1
    # The new tables and columns work on the migrated data.
    assert feedback.feedback_for(staffing.desk_id(), kept.code) is None
    feedback.record_feedback(1, kept.code, overall=5)
    assert feedback.feedback_for(staffing.desk_id(), kept.code).overall == 5
    planned = planning.plan_visit(
        1, customer_id=1, purpose="sales", expected_at=datetime.now(UTC) + timedelta(hours=1)
    )
    assert planning.invitation(staffing.desk_id(), planned.invite_code).id == planned.id
