"""Writing generated rows in bulk: into an SQLite file (``executemany`` in one
transaction, no journal) or a PostgreSQL database (``COPY``, one transaction).

Both start from the schema exactly as the app migrates it (``open_database``) and end
with it exactly so: the PostgreSQL loader drops the bulk tables' secondary indexes,
foreign keys and the term tables' primary keys while it copies, and creates them again
from their own definitions (read from the catalog before dropping them) afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from receptionist.domain import location
from receptionist.store.connection import close_database, open_database
from receptionist.store.report_summary import MARK_ALL_PG, PG_TRIGGERS

META_KEY = "benchmark.generated"  # a Setting row describing what was generated
# Written by COPY; a customer's or visit's primary key stays (ids arrive in order).
BULK_TABLES = (
    "staff",
    "customer",
    "visit",
    "search_term",
    "company_term",
    "visit_code_counter",
    "purchase",
    "station",
    "feedback",
)
_REBUILT = ("customer", "visit", "search_term", "company_term", "purchase", "feedback")
_WITH_IDS = ("staff", "customer", "visit", "purchase", "station", "feedback")


class SqliteLoader:
    """Rows into a new SQLite file: no journal, no fsync, a 4 GB page cache, one
    transaction; the file is fsynced once at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.exists():
            raise FileExistsError(f"{path} exists; generate into a new file")
        path.parent.mkdir(parents=True, exist_ok=True)
        open_database(path)  # the schema, exactly as the app migrates it
        close_database()
        self.con = sqlite3.connect(path, isolation_level=None)
        # The secondary indexes are kept in place: dropping them and creating them after
        # the load saved 10 s of 167 s at full scale (docs/performance.md).
        self.con.execute("PRAGMA journal_mode=OFF")
        self.con.execute("PRAGMA synchronous=OFF")
        self.con.execute("PRAGMA cache_size=-4000000")
        self.con.execute("PRAGMA temp_store=MEMORY")
        self.con.execute("BEGIN")

    def write(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        marks = ", ".join("?" * len(columns))
        self.con.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', rows)

    def finish(self, meta: dict) -> int:
        """Commit; the database's size in MB."""
        self.con.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (META_KEY, json.dumps(meta)),
        )
        self.con.execute("COMMIT")
        self.con.execute("PRAGMA journal_mode=WAL")  # as the app opens it
        self.con.close()
        # On disk before it is timed: else the first checkpoint of the first check-in waits
        # for the kernel to write back gigabytes of dirty pages (a 575 ms "check-in").
        with open(self.path, "rb") as written:
            os.fsync(written.fileno())
        return round(self.path.stat().st_size / 1e6)


class PostgresLoader:
    """Rows into an empty PostgreSQL database by ``COPY … FREEZE`` in one transaction:
    the bulk tables truncated first (so the copied rows are frozen and every page
    all-visible at once: index-only scans work without a first vacuum), their secondary
    indexes and foreign keys created after the load, then ``VACUUM ANALYZE`` (the
    planner's statistics) and a checkpoint (on disk before anything is timed)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        open_database(url)  # the schema, exactly as the app migrates it
        close_database()
        self.con = psycopg.connect(url)  # one transaction until finish()
        self.con.execute("SET maintenance_work_mem = '1GB'")
        self.con.execute("SET TimeZone = 'UTC'")
        self.deferred = self._drop_deferred()
        tables = ", ".join(f'"{t}"' for t in BULK_TABLES)
        # The cascade reaches the audit trail, whose trigger refuses TRUNCATE: a generated
        # database (no audit entries) lifts it, as the table's owner, for this statement.
        self.con.execute('ALTER TABLE "audit_entry" DISABLE TRIGGER "audit_entry_no_truncate"')
        self.con.execute(f"TRUNCATE {tables} CASCADE")
        self.con.execute('ALTER TABLE "audit_entry" ENABLE TRIGGER "audit_entry_no_truncate"')
        # The dashboard's marks: made once at the end rather than row by row (``finish``).
        for table, trigger in PG_TRIGGERS:
            self.con.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER "{trigger}"')

    def _drop_deferred(self) -> list[str]:
        """Drop what slows a bulk load down; the statements that create it again."""
        con = self.con
        again: list[str] = []
        constraints = con.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype "
            "FROM pg_constraint WHERE conrelid::regclass::text = ANY(%s) "
            "AND (contype = 'f' OR (contype = 'p' AND conrelid::regclass::text "
            "IN ('search_term', 'company_term'))) ORDER BY contype DESC, conname",
            (list(_REBUILT),),
        ).fetchall()
        indexes = con.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
            "current_schema() AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM "
            "pg_constraint c WHERE c.conname = i.indexname) ORDER BY i.indexname",
            (list(_REBUILT),),
        ).fetchall()
        for table, name, _definition, kind in constraints:
            if kind == "f":
                con.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        for table, name, _definition, kind in constraints:
            if kind == "p":
                con.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        for name, _definition in indexes:
            con.execute(f'DROP INDEX "{name}"')
        for table, name, definition, kind in constraints:
            if kind == "p":
                again.append(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
        again += [definition for _name, definition in indexes]
        for table, name, definition, kind in constraints:
            if kind == "f":
                again.append(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
        return again

    def write(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        names = ", ".join(columns)
        freeze = " (FREEZE)" if table in BULK_TABLES else ""
        with (
            self.con.cursor() as cur,
            cur.copy(f'COPY "{table}" ({names}) FROM STDIN{freeze}') as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def finish(self, meta: dict) -> int:
        """Indexes and constraints back, sequences past the copied ids, commit, vacuum
        and analyze, checkpoint; the database's size in MB."""
        con = self.con
        for statement in self.deferred:
            con.execute(statement)
        for table, trigger in PG_TRIGGERS:
            con.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER "{trigger}"')
        for statement in MARK_ALL_PG:
            con.execute(statement)
        for table in _WITH_IDS:
            con.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT coalesce(max(id), 0) + 1 FROM "{table}"), false)'
            )
        con.execute(
            "INSERT INTO setting (key, value) VALUES (%s, %s) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value",
            (META_KEY, json.dumps(meta)),
        )
        con.commit()
        con.autocommit = True
        con.execute("VACUUM ANALYZE")
        with contextlib.suppress(Exception):  # needs pg_checkpoint (or a superuser)
            con.execute("CHECKPOINT")
        size = con.execute("SELECT pg_database_size(current_database())").fetchone()
        con.close()
        return round(size[0] / 1e6) if size else 0


def loader(where: str | Path) -> SqliteLoader | PostgresLoader:
    place = location.parse(str(where))
    if place.is_postgresql:
        return PostgresLoader(place.url)
    assert place.path is not None
    return SqliteLoader(place.path)


def generated_meta(where: str | Path) -> dict | None:
    """What ``generate`` wrote into the database ``where`` names, or None (no such
    database, no benchmark data in it)."""
    place = location.parse(str(where))
    value: Any = None
    if place.is_postgresql:
        import psycopg

        try:
            with psycopg.connect(place.url, autocommit=True) as con:
                if con.execute("SELECT to_regclass('setting')").fetchone() == (None,):
                    return None
                row = con.execute("SELECT value FROM setting WHERE key = %s", (META_KEY,))
                value = row.fetchone()
        except psycopg.OperationalError:
            return None
    else:
        file = sqlite3.connect(f"file:{place.path}?mode=ro", uri=True)
        try:
            value = file.execute("SELECT value FROM setting WHERE key = ?", (META_KEY,)).fetchone()
        except sqlite3.Error:
            return None
        finally:
            file.close()
    return json.loads(value[0]) if value else None


_RESERVED = ("postgres", "template0", "template1")


def _server(url: str) -> Any:
    """An autocommit connection to the server's maintenance database."""
    import psycopg

    parts = urlsplit(url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def database_name(url: str) -> str:
    return unquote(urlsplit(url).path.lstrip("/"))


def has_tables(url: str) -> bool:
    """Whether the database ``url`` names exists and holds any table."""
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True) as con:
            row = con.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
            ).fetchone()
    except psycopg.OperationalError:
        return False
    return bool(row and row[0])


def create_empty(url: str) -> None:
    """A new, empty database named by ``url`` (an older one of that name dropped): never
    the server's own databases."""
    name = database_name(url)
    if not name or name in _RESERVED:
        raise SystemExit(
            f"name a database of the benchmark's own in the URL (not {name or 'none'!r}), "
            "e.g. postgresql://postgres@127.0.0.1:5432/receptionist_bench"
        )
    with _server(url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')


def drop(url: str) -> None:
    with _server(url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')


def size_mb(where: str) -> int:
    place = location.parse(where)
    if not place.is_postgresql:
        assert place.path is not None
        return round(place.path.stat().st_size / 1e6)
    import psycopg

    with psycopg.connect(place.url, autocommit=True) as con:
        row = con.execute("SELECT pg_database_size(current_database())").fetchone()
    return round(row[0] / 1e6) if row else 0
