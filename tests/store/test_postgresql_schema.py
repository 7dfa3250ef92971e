"""PostgreSQL: the schema built by migration is the schema of the models, opening is safe,
and the server's faults come out as sentences (the SQLite side: test_migrations.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import psycopg
import pytest

from receptionist.domain.faults import DatabaseFault
from receptionist.store import connection, migrations
from receptionist.store.connection import close_database, open_database
from receptionist.store.models import ALL_MODELS, database
from tests import postgres


def _schema(url: str) -> dict[str, dict]:
    """Everything that makes two PostgreSQL schemas equal, per table."""
    with psycopg.connect(url) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
            )
        ]
        schema = {}
        for table in tables:
            columns = con.execute(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                "pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a "
                "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped "
                "ORDER BY a.attnum",
                (f'"{table}"',),
            ).fetchall()
            indexes = con.execute(
                "SELECT indexname, indexdef FROM pg_indexes "
                "WHERE schemaname = current_schema() AND tablename = %s ORDER BY 1",
                (table,),
            ).fetchall()
            constraints = con.execute(
                "SELECT contype, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %s::regclass ORDER BY 1, 2",
                (f'"{table}"',),
            ).fetchall()
            schema[table] = {
                "columns": columns,
                # Constraint-backed index names differ by who made them (pkey names):
                # compared by definition, the name of the table's own indexes kept.
                "indexes": sorted(
                    (name if not name.endswith("_pkey") else "pkey", d.replace(name, "?"))
                    for name, d in indexes
                ),
                "constraints": constraints,
            }
        return schema


@pytest.fixture
def fresh(request):
    """Two empty databases of their own: (by migration, by the models)."""
    names = [postgres.worker_name(request, "_mig"), postgres.worker_name(request, "_mod")]
    urls = [postgres.create_database(name) for name in names]
    yield urls
    close_database()
    for name in names:
        postgres.drop_database(name)


def test_migrated_schema_equals_the_models(fresh):
    migrated, models_url = fresh
    open_database(migrated)
    close_database()

    db = connection.postgresql_database(models_url)
    database.initialize(db)
    # WITHOUT ROWID is SQLite's; peewee writes it whatever the backend.
    saved = {model: model._meta.without_rowid for model in ALL_MODELS}
    try:
        for model in ALL_MODELS:
            model._meta.without_rowid = False
        database.create_tables(ALL_MODELS)
    finally:
        for model, value in saved.items():
            model._meta.without_rowid = value
        db.close()

    by_migration, by_models = _schema(migrated), _schema(models_url)
    # Indexes PostgreSQL has beyond the models (SQLite's rowid gives them for free).
    extra = set(migrations.PG_EXTRA_INDEXES)
    for table in by_migration.values():
        found = {name for name, _d in table["indexes"]} & extra
        extra -= found
        table["indexes"] = [(n, d) for n, d in table["indexes"] if n not in found]
    assert not extra, "an index of PG_EXTRA_INDEXES is missing from the migrated schema"
    assert set(by_migration) == set(by_models)
    for table in by_models:
        for aspect in ("columns", "indexes", "constraints"):
            assert by_migration[table][aspect] == by_models[table][aspect], (table, aspect)
    # Real types: a point in time is timestamptz, a flag is boolean.
    visit = {name: kind for name, kind, _null, _default in by_models["visit"]["columns"]}
    assert visit["check_in_at"] == "timestamp with time zone"
    staff = {name: kind for name, kind, _null, _default in by_models["staff"]["columns"]}
    assert staff["active"] == "boolean"
    assert any("WHERE" in d for _n, d in by_models["visit"]["indexes"])  # one on site


def test_schema_comparison_can_fail(fresh):
    url = fresh[0]
    open_database(url)
    close_database()
    before = _schema(url)
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP INDEX customer_phone_last4")
    assert _schema(url)["customer"]["indexes"] != before["customer"]["indexes"]


def test_a_server_database_starts_at_the_baseline_and_migrates_once(fresh):
    url = fresh[0]
    db = open_database(url)
    versions = [r[0] for r in db.execute_sql("SELECT version FROM schema_version")]
    assert versions == list(range(migrations.PG_BASELINE, migrations.LATEST + 1))
    assert migrations.migrate(db) == []
    close_database()
    open_database(url)
    assert [r[0] for r in database.execute_sql("SELECT version FROM schema_version")] == versions


STARTER = textwrap.dedent("""
    import sys, time
    from receptionist.store.connection import open_database
    start = float(sys.argv[2])
    while time.time() < start:
        time.sleep(0.005)
    open_database(sys.argv[1])
    print("ok")
""")


def test_stations_starting_together_on_an_empty_database_migrate_it_once(fresh):
    url = fresh[0]
    start = time.time() + 1.5
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", STARTER, url, str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [out.strip() for out, _err in results] == ["ok"] * 3, [e for _o, e in results]
    with psycopg.connect(url) as con:
        assert (
            con.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0]
            == postgres.version_rows()
        )


def test_another_programs_database_is_refused_untouched(fresh):
    url = fresh[0]
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id serial primary key)")
    with pytest.raises(DatabaseFault) as info:
        open_database(url)
    assert info.value.code == "db_not_ours"
    with psycopg.connect(url) as con:
        tables = {
            r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
    assert tables == {"invoices"}


def test_a_newer_schema_is_refused(fresh):
    url = fresh[0]
    open_database(url)
    close_database()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(
            "INSERT INTO schema_version (version, applied_at) VALUES (%s, now())",
            (migrations.LATEST + 1,),
        )
    with pytest.raises(DatabaseFault) as info:
        open_database(url)
    assert info.value.code == "schema_newer"


def test_a_server_that_is_not_there_is_unreachable_at_once():
    port = postgres.free_port()
    started = time.monotonic()
    with pytest.raises(DatabaseFault) as info:
        open_database(f"postgresql://postgres@127.0.0.1:{port}/receptionist")
    assert info.value.code == "db_server_unreachable"
    assert info.value.temporary and info.value.server_gone
    assert time.monotonic() - started < 30  # refused, not hanging


def test_a_database_that_does_not_exist_is_named_as_missing(request):
    with pytest.raises(DatabaseFault) as info:
        open_database(postgres.url_for(postgres.worker_name(request, "_nowhere")))
    assert info.value.code == "db_missing"


def test_a_password_in_the_url_is_never_shown():
    from receptionist.domain.location import parse

    place = parse("postgresql://desk:s3cret@db.example:5432/site?sslmode=require")
    assert "s3cret" not in place.display and "***" in place.display
    assert place.keyring_name == "desk@db.example:5432/site"
    assert parse("sqlite:////tmp/x.sqlite3").path.as_posix() == "/tmp/x.sqlite3"
    assert not parse("desk.sqlite3").is_postgresql


def test_a_server_without_tls_asked_for_tls_is_named_as_a_tls_failure(request):
    """The test server offers no TLS: a station that requires it is told so (not that
    the server cannot be reached), at start as by Test connection."""
    url = postgres.url_for(postgres.worker_name(request, "_tls")) + "?sslmode=require"
    with pytest.raises(DatabaseFault) as info:
        open_database(url)
    assert info.value.code == "db_tls_failed"
