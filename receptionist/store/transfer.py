"""Copying a site's database into a PostgreSQL server, and proving the copy.

Every table travels as the canonical lines of ``canonical`` with ``COPY ... FROM STDIN``,
hashed (SHA-256) and counted on the way; then, in the same transaction, the target's table
is read back the same canonical way and hashed again. Same rows, same checksum: the table
arrived as it was. Everything happens in one transaction on the target; when a table does
not match, the whole copy is rolled back.

For speed the target's secondary indexes and foreign keys are dropped inside that
transaction and made again after the copy (building an index once is far faster than
updating eleven of them row by row: 16 s instead of 41 s for 500,000 visits); their names
and definitions are the server's own, so the schema ends exactly as the migration made it.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg

from ..domain.faults import DatabaseFault
from . import integrity, migrations
from .canonical import Digest, Source, Table, column_list, gathered, pg_select, quote, site_tables
from .postgres import classify
from .report_summary import PG_TRIGGERS

log = logging.getLogger(__name__)

_COPY_COLUMN = re.compile(r"^COPY [^,]+, line \d+, column (\w+)")


@dataclass(frozen=True)
class TableCopy:
    """One table's copy: what was read from the source and what the target holds."""

    table: str
    rows: int
    checksum: str
    target_rows: int
    target_checksum: str
    seconds: float

    @property
    def match(self) -> bool:
        return self.rows == self.target_rows and self.checksum == self.target_checksum


@dataclass(frozen=True)
class Outcome:
    tables: list[TableCopy]
    version: int
    kept: bool  # committed: every table matched


class _Mismatch(Exception):
    """Raised inside the target's transaction to roll it back."""

    def __init__(self, results: list[TableCopy]) -> None:
        super().__init__("a copied table does not match its source")
        self.results = results


Progress = Callable[[TableCopy], None]


def _refused(error: psycopg.Error, table: str) -> BaseException:
    """A server error during a table's copy as a sentence: a fault of the server, or a
    row refused (named by table and column or constraint; never the row's values)."""
    fault = classify(error)
    if fault is not None:
        return fault
    diag = error.diag
    # COPY's context names the column ('COPY visit, line 7, column room: "<value>"');
    # only the name is kept: the value may be personal data.
    in_copy = _COPY_COLUMN.search(diag.context or "")
    what = diag.column_name or diag.constraint_name or (in_copy.group(1) if in_copy else "")
    log.info("the server refused a row of %s: SQLSTATE %s (%s)", table, error.sqlstate, what or "-")
    return DatabaseFault(
        "db_copy_refused",
        table=table,
        detail=f"{what}, SQLSTATE {error.sqlstate}" if what else f"SQLSTATE {error.sqlstate}",
    )


def _secondary_indexes(con: psycopg.Connection, table: str) -> list[tuple[str, str]]:
    """(name, definition) of the table's indexes that back no constraint."""
    rows = con.execute(
        "SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
        "JOIN pg_class c ON c.oid = x.indexrelid "
        "WHERE x.indrelid = %s::regclass AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) ORDER BY c.relname",
        (quote(table),),
    )
    return [(r[0], r[1]) for r in rows.fetchall()]


def _foreign_keys(con: psycopg.Connection, table: str) -> list[tuple[str, str]]:
    rows = con.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
        (quote(table),),
    )
    return [(r[0], r[1]) for r in rows.fetchall()]


def _refuse_rows(con: psycopg.Connection, tables: list[Table]) -> None:
    for table in tables:
        found = con.execute(f"SELECT EXISTS (SELECT 1 FROM {quote(table.name)})").fetchone()
        if found and found[0]:
            raise DatabaseFault("db_target_not_empty", table=table.name)


def _copy_table(con: psycopg.Connection, table: Table, source: Source) -> tuple[Digest, Digest]:
    sent = Digest()
    statement = f"COPY {quote(table.name)} ({column_list(table)}) FROM STDIN"
    try:
        with con.cursor() as cursor, cursor.copy(statement) as copy:
            for chunk in source.lines(table):
                sent.update(chunk)
                copy.write(chunk)
    except psycopg.Error as error:
        raise _refused(error, table.name) from None
    held = Digest()
    with con.cursor() as cursor, cursor.copy(pg_select(table)) as copy:
        for chunk in gathered(copy):
            held.update(chunk)
    return sent, held


def _copy_all(
    con: psycopg.Connection, tables: list[Table], source: Source, progress: Progress | None
) -> list[TableCopy]:
    """Inside the target's transaction: lock, refuse rows, copy and check every table."""
    names = ", ".join(quote(t.name) for t in tables)
    con.execute(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
    _refuse_rows(con, tables)
    keys = {t.name: _foreign_keys(con, t.name) for t in tables}
    # the dashboard's summaries and their marks are copied as they are: no new marks
    for table_name, trigger in PG_TRIGGERS:
        con.execute(f"ALTER TABLE {quote(table_name)} DISABLE TRIGGER {quote(trigger)}")
    for table in tables:
        for name, _ in keys[table.name]:
            con.execute(f"ALTER TABLE {quote(table.name)} DROP CONSTRAINT {quote(name)}")
    results: list[TableCopy] = []
    for table in tables:
        started = time.perf_counter()
        indexes = _secondary_indexes(con, table.name)
        for name, _ in indexes:
            con.execute(f"DROP INDEX {quote(name)}")
        sent, held = _copy_table(con, table, source)
        try:
            for _, definition in indexes:
                con.execute(definition)
        except psycopg.Error as error:
            raise _refused(error, table.name) from None
        done = TableCopy(
            table.name,
            sent.rows,
            sent.checksum,
            held.rows,
            held.checksum,
            time.perf_counter() - started,
        )
        results.append(done)
        if progress is not None:
            progress(done)
    for table_name, trigger in PG_TRIGGERS:
        con.execute(f"ALTER TABLE {quote(table_name)} ENABLE TRIGGER {quote(trigger)}")
    for table in tables:
        try:
            for name, definition in keys[table.name]:
                con.execute(
                    f"ALTER TABLE {quote(table.name)} ADD CONSTRAINT {quote(name)} {definition}"
                )
        except psycopg.Error as error:
            raise _refused(error, table.name) from None
        if table.serial:
            con.execute(
                "SELECT setval(pg_get_serial_sequence(%s, %s), "
                f"COALESCE(MAX({quote(table.serial)}), 0) + 1, false) FROM {quote(table.name)}",
                (quote(table.name), table.serial),
            )
    return results


def transfer(source: Source, target: Any, progress: Progress | None = None) -> Outcome:
    """Copy every table of ``source`` into ``target`` (a connected ``SiteDatabase``) in
    one transaction: the target is migrated if it is empty (in the same transaction),
    must hold no rows and be at the source's schema version; ids are kept and sequences
    moved past them; each table is verified (rows and checksum). When a table does not
    match, nothing stays on the target (``Outcome.kept`` is False). Raises
    ``DatabaseFault`` when the target cannot be used (another program's tables, rows,
    another version), the server refuses a row, or the server goes away."""
    integrity.check_ours(target)
    if migrations.current_version(target) > migrations.LATEST:
        raise DatabaseFault("schema_newer")
    version = source.version()
    tables = site_tables()
    present = source.tables()
    if version != migrations.LATEST or any(t.name not in present for t in tables):
        raise DatabaseFault("db_source_version", version=version, latest=migrations.LATEST)
    try:
        with target.atomic():
            con = target.connection()
            con.execute("SET LOCAL statement_timeout = 0")
            migrations.migrate(target)
            results = _copy_all(con, tables, source, progress)
            if not all(r.match for r in results):
                raise _Mismatch(results)
    except _Mismatch as mismatch:
        return Outcome(mismatch.results, version, kept=False)
    except psycopg.Error as error:
        raise classify(error) or error from None
    _analyze(target.connection())
    return Outcome(results, version, kept=True)


def _analyze(con: psycopg.Connection) -> None:
    """Fresh statistics, so that the stations' first queries are planned well (the copy
    is kept whether or not this works)."""
    try:
        con.execute("SET statement_timeout = 0")
        con.execute("ANALYZE")
    except psycopg.Error:
        log.info("ANALYZE after the copy did not finish", exc_info=True)
