"""The audit trail nobody can rewrite: the database refuses UPDATE and DELETE of an entry,
entries are chained, and a change made behind the app's back (triggers dropped, as a
SQLite editor or a superuser could) is found by ``verify`` at the right entry."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from receptionist.store import audit, migrations
from receptionist.store.connection import close_database, open_database, transaction
from receptionist.store.models import AuditEntry
from tests import postgres

T0 = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)


def _append(count: int) -> list[int]:
    for i in range(count):
        with transaction():
            audit.record(T0 + timedelta(minutes=i), None, "visit.check_in", "visit", i + 1, n=i)
    return [e.id for e in AuditEntry.select().order_by(AuditEntry.id)]


@contextlib.contextmanager
def behind_the_apps_back(backend: str, url: str) -> Iterator:
    """A connection of its own that bypasses the append-only triggers: SQLite's are
    dropped (as anyone with the file and an editor can); PostgreSQL's are skipped for this
    session (``session_replication_role``, a superuser's power; the schema stays)."""
    if backend == "sqlite":
        con = sqlite3.connect(url, isolation_level=None)
        con.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        con.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        try:
            yield con
        finally:
            con.close()
    else:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("SET session_replication_role = replica")
            yield con


def _raw(backend: str, url: str):
    if backend == "sqlite":
        return sqlite3.connect(url, isolation_level=None)
    return psycopg.connect(url, autocommit=True)


def test_entries_are_chained_and_the_chain_verifies(db):
    ids = _append(3)
    first, second, third = (AuditEntry.get_by_id(i) for i in ids)
    assert first.prev_hash == ""
    assert second.prev_hash == first.hash and third.prev_hash == second.hash
    assert len({first.hash, second.hash, third.hash}) == 3
    assert all(len(e.hash) == 64 for e in (first, second, third))
    verdict = audit.verify()
    assert verdict.ok and verdict.checked == 3 and verdict.head == third.hash


def test_an_empty_trail_verifies(db):
    verdict = audit.verify()
    assert verdict.ok and verdict.checked == 0 and verdict.head == ""


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_entry SET details = '{}'", "DELETE FROM audit_entry"],
)
def test_the_database_refuses_to_change_or_delete_an_entry(db, db_url, backend, statement):
    _append(2)
    before = [(e.id, e.details, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)]
    con = _raw(backend, db_url)
    try:
        with pytest.raises((sqlite3.DatabaseError, psycopg.Error), match="append-only"):
            con.execute(statement)
    finally:
        con.close()
    after = [(e.id, e.details, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert after == before


@pytest.mark.postgresql_only  # SQLite has no TRUNCATE
def test_the_server_refuses_to_truncate_the_trail(db, db_url):
    _append(1)
    with (
        psycopg.connect(db_url, autocommit=True) as con,
        pytest.raises(psycopg.Error, match="append-only"),
    ):
        con.execute("TRUNCATE audit_entry")
    assert AuditEntry.select().count() == 1


def test_the_app_itself_cannot_change_an_entry(db):
    (entry_id,) = _append(1)
    with pytest.raises(Exception, match="append-only"), transaction():
        AuditEntry.update(action="x").where(AuditEntry.id == entry_id).execute()
    assert AuditEntry.get_by_id(entry_id).action == "visit.check_in"


def test_an_entry_edited_behind_the_apps_back_is_found(db, db_url, backend):
    ids = _append(5)
    with behind_the_apps_back(backend, db_url) as con:
        con.execute(f"UPDATE audit_entry SET details = '{{\"n\": 99}}' WHERE id = {ids[2]}")
    verdict = audit.verify()
    assert (verdict.broken_id, verdict.problem) == (ids[2], audit.CONTENT_CHANGED)
    assert verdict.checked == 2


def test_an_entry_rewritten_with_its_own_hash_breaks_the_next_link(db, db_url, backend):
    ids = _append(4)
    with behind_the_apps_back(backend, db_url) as con:
        con.execute(f"UPDATE audit_entry SET hash = 'f00d' WHERE id = {ids[1]}")
    verdict = audit.verify()
    assert (verdict.broken_id, verdict.problem) == (ids[1], audit.CONTENT_CHANGED)
    with behind_the_apps_back(backend, db_url) as con:  # now a consistent forgery of it
        entry = AuditEntry.get_by_id(ids[1])
        forged = audit.entry_hash(
            entry.prev_hash,
            audit.content(entry.at, None, None, "visit.check_out", "visit", 2, entry.details),
        )
        con.execute(
            f"UPDATE audit_entry SET action = 'visit.check_out', hash = '{forged}' "
            f"WHERE id = {ids[1]}"
        )
    verdict = audit.verify()
    assert (verdict.broken_id, verdict.problem) == (ids[2], audit.LINK_BROKEN)


@pytest.mark.parametrize("which", [0, 2])
def test_a_deleted_entry_is_found(db, db_url, backend, which):
    ids = _append(5)
    with behind_the_apps_back(backend, db_url) as con:
        con.execute(f"DELETE FROM audit_entry WHERE id = {ids[which]}")
    verdict = audit.verify()
    assert (verdict.broken_id, verdict.problem) == (ids[which + 1], audit.ENTRY_MISSING)


def test_bulk_entries_chain_on_to_the_trail(db):
    _append(2)
    with transaction():
        audit.append_many(
            [(T0, None, "visit.check_in", "visit", n, {"code": f"V-{n}"}) for n in range(450)]
        )
    _append(1)
    verdict = audit.verify()
    assert verdict.ok and verdict.checked == 453


WORKER = textwrap.dedent("""
    import sys
    from receptionist.services import visits
    from receptionist.store import staff as staff_store
    from receptionist.store.connection import open_database

    where, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    open_database(where)
    actor = staff_store.by_name("Front desk")  # the test staffed it: no actor to ask
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(count):
        visit = visits.check_in_walk_in(actor.id, name=f"{tag} {i}", purpose="sales")
        visits.check_out(actor.id, visit.code)
    print("done", flush=True)
""")


def test_four_stations_appending_at_once_keep_one_chain(db, db_url, actor):
    close_database()
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_url, f"Station{n}", "12"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    for worker in workers:
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    for worker in workers:  # the word, once every station is waiting for it
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = [worker.communicate(timeout=300) for worker in workers]
    assert [out.strip() for out, _err in results] == ["done"] * 4, [e for _o, e in results]
    open_database(db_url)
    writes = AuditEntry.select().where(AuditEntry.action.in_(["visit.check_in", "visit.check_out"]))
    assert writes.count() == 4 * 12 * 2
    hashes = [e.prev_hash for e in AuditEntry.select()]
    assert len(hashes) == len(set(hashes))  # no two entries follow the same one: no fork
    verdict = audit.verify()
    assert verdict.ok and verdict.checked == AuditEntry.select().count()


V4_ENTRY = (
    "INSERT INTO audit_entry (at, staff_id, action, record_type, record_id, details) "
    "VALUES ({mark}, NULL, {mark}, 'visit', {mark}, {mark})"
)


def test_entries_made_before_version_5_are_chained_by_the_migration(
    backend, db_path, request, monkeypatch
):
    if backend == "postgresql":
        name = postgres.worker_name(request, "_v4")
        url = postgres.create_database(name)
        request.addfinalizer(lambda: postgres.drop_database(name))
    else:
        url = str(db_path)
    monkeypatch.setattr(migrations, "LATEST", 4)
    db = open_database(url)
    mark = "%s" if backend == "postgresql" else "?"
    for n in range(3):
        at = T0 + timedelta(seconds=n, microseconds=n)
        stored = at if backend == "postgresql" else at.strftime(audit.TIME_FORMAT)
        db.execute_sql(V4_ENTRY.format(mark=mark), (stored, f"visit.n{n}", n, '{"n": 1}'))
    close_database()
    monkeypatch.undo()
    try:
        open_database(url)
        assert migrations.current_version(AuditEntry._meta.database) == migrations.LATEST
        verdict = audit.verify()
        assert verdict.ok and verdict.checked == 3
        _append(1)
        assert audit.verify().checked == 4
        with pytest.raises(Exception, match="append-only"), transaction():
            AuditEntry.delete().execute()
    finally:
        close_database()


def _grant_script(app: str) -> list[str]:
    """docs/multi-desk.md's GRANTs for the app's role (run by the schema's owner)."""
    return [
        f'GRANT USAGE ON SCHEMA public TO "{app}"',
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{app}"',
        f'REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM "{app}"',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{app}"',
    ]


def test_an_app_role_granted_insert_and_select_only_cannot_rewrite_the_trail(request):
    """The documented GRANTs: the app's role appends and reads entries; UPDATE is refused
    by its privileges even with the triggers out of the way."""
    name = postgres.worker_name(request, "_grants")
    owner, app = f"{name}_owner", f"{name}_app"
    with psycopg.connect(postgres.server_url(), autocommit=True) as admin:
        for role in (app, owner):
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')
            admin.execute(f'CREATE ROLE "{role}" LOGIN')
    url = postgres.create_database(name)
    try:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{name}" OWNER TO "{owner}"')
            admin.execute(f'ALTER SCHEMA public OWNER TO "{owner}"')
        owner_url = url.replace("postgres@", f"{owner}@", 1)
        app_url = url.replace("postgres@", f"{app}@", 1)
        open_database(owner_url)  # the owner creates the schema
        close_database()
        with psycopg.connect(owner_url, autocommit=True) as con:
            for statement in _grant_script(app):
                con.execute(statement)
        open_database(app_url)  # a station, as the app's role
        _append(2)
        assert audit.verify().ok
        close_database()
        with psycopg.connect(app_url, autocommit=True) as con:
            con.execute("SELECT COUNT(*) FROM audit_entry")
            for statement in ("UPDATE audit_entry SET details = '{}'", "DELETE FROM audit_entry"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    con.execute(statement)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER")
    finally:
        close_database()
        postgres.drop_database(name)
        with psycopg.connect(postgres.server_url(), autocommit=True) as admin:
            for role in (app, owner):
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')
