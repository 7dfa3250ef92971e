"""Copying a site's database into a PostgreSQL server, and proving the copy.

The only module that knows both drivers' row formats. Every table travels in PostgreSQL's
``COPY`` text format (a line per row, tab-separated, ``\\N`` for NULL, backslash escapes)
in a canonical form that both sides produce:

- integers as decimal text, booleans as ``0`` / ``1``;
- a point in time as UTC ISO text with microseconds: ``2026-11-21T09:30:00.000000Z``;
- text escaped the way ``COPY ... TO`` escapes it (backslash, ``\\b \\f \\n \\r \\t \\v``),
  so NULL (``\\N``) and the empty text stay distinct;
- rows in primary-key order, text keys compared byte by byte (SQLite's binary collation,
  PostgreSQL's ``"C"``).

SQLite builds each line in SQL (``_sqlite_select``); a PostgreSQL source is read with
``COPY (SELECT <canonical columns> ORDER BY <key>) TO STDOUT``. The lines go to the target
with ``COPY ... FROM STDIN`` and are hashed (SHA-256) and counted on the way; then, in the
same transaction, the target's table is read back the same canonical way and hashed
again. Same rows, same checksum: the table arrived as it was. Everything happens in one
transaction on the target; when a table does not match it is rolled back as a whole.

For speed the target's secondary indexes and foreign keys are dropped inside that
transaction and made again after the copy (building an index once is far faster than
updating eleven of them row by row); their names and definitions are the server's own, so
the schema ends exactly as the migration made it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import psycopg
from peewee import AutoField, BooleanField, CompositeKey, ForeignKeyField, IntegerField, Model
from peewee import Field as PeeweeField

from ..domain.faults import DatabaseFault
from . import faults, integrity, migrations
from .models import ALL_MODELS, SchemaVersion, UTCDateTimeField
from .postgres import classify

log = logging.getLogger(__name__)

INTEGER, BOOLEAN, TIME, TEXT = "integer", "boolean", "time", "text"
BATCH = 5000  # rows per chunk read from SQLite
_FLUSH = 1 << 20  # bytes gathered before hashing what the server sent back
_COPY_COLUMN = re.compile(r"^COPY [^,]+, line \d+, column (\w+)")

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # as store.models.UTCDateTimeField writes it
_PG_TIME_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'
_TIME_GLOB = (
    "[0-9]" * 4 + "-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]." + ("[0-9]" * 6 + "Z")
)
# What COPY's text format escapes (backslash first), as (character, escape).
_ESCAPES = (
    ("\\", "\\\\"),
    ("\b", "\\b"),
    ("\f", "\\f"),
    ("\n", "\\n"),
    ("\r", "\\r"),
    ("\t", "\\t"),
    ("\v", "\\v"),
)
# An SQLite GLOB matching text that holds one of them (GLOB has no escape character).
_ESCAPED_GLOB = "'*[' || char({}) || ']*'".format(",".join(str(ord(c)) for c, _ in _ESCAPES))


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # INTEGER, BOOLEAN, TIME or TEXT


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the primary key's columns: the order rows are hashed in
    serial: str | None  # the id column whose sequence must move past the copied ids

    def kind(self, column: str) -> str:
        return next(c.kind for c in self.columns if c.name == column)


def _kind(model_field: PeeweeField) -> str:
    if isinstance(model_field, ForeignKeyField):
        model_field = model_field.rel_field
    if isinstance(model_field, UTCDateTimeField):
        return TIME
    if isinstance(model_field, BooleanField):
        return BOOLEAN
    if isinstance(model_field, IntegerField):
        return INTEGER
    if model_field.field_type in ("VARCHAR", "TEXT"):
        return TEXT
    raise TypeError(f"no transfer rule for {type(model_field).__name__}")


def _parents_first(models: list[type[Model]]) -> list[type[Model]]:
    """``models`` ordered so that a model comes after every model it points at."""
    ordered: list[type[Model]] = []

    def place(model: type[Model]) -> None:
        if model in ordered:
            return
        for model_field in model._meta.sorted_fields:
            if isinstance(model_field, ForeignKeyField) and model_field.rel_model is not model:
                place(model_field.rel_model)
        ordered.append(model)

    for model in models:
        place(model)
    return ordered


def site_tables() -> list[Table]:
    """Every table of the site's data, parents before the tables that point at them.
    ``schema_version`` is not among them: each database keeps its own migration history
    (both sides must be at the same version)."""
    tables = []
    for model in _parents_first(list(ALL_MODELS)):
        if model is SchemaVersion:
            continue
        meta = model._meta
        pk = meta.primary_key
        if isinstance(pk, CompositeKey):
            key = tuple(meta.fields[name].column_name for name in pk.field_names)
        elif isinstance(pk, PeeweeField):
            key = (pk.column_name,)
        else:  # every table of ours has a primary key: its rows' order depends on it
            raise TypeError(f"{meta.table_name} has no primary key")
        tables.append(
            Table(
                name=meta.table_name,
                columns=tuple(Column(f.column_name, _kind(f)) for f in meta.sorted_fields),
                key=key,
                serial=pk.column_name if isinstance(pk, AutoField) else None,
            )
        )
    return tables


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(table: Table) -> str:
    return ", ".join(_quote(c.name) for c in table.columns)


# -- reading: the canonical lines of a table --------------------------------------------


def _sqlite_value(column: Column) -> str:
    name = _quote(column.name)
    if column.kind in (INTEGER, BOOLEAN):
        value = f"CAST({name} AS TEXT)"
    elif column.kind == TIME:
        value = (
            f"CASE WHEN length({name}) = 27 AND {name} GLOB '{_TIME_GLOB}' "
            f"THEN {name} ELSE receptionist_utc({name}) END"
        )
    else:  # escaped only when it holds a character to escape (twice as fast)
        escaped = name
        for char, escape in _ESCAPES:
            found = "'\\'" if char == "\\" else f"char({ord(char)})"
            escaped = f"replace({escaped}, {found}, '{escape}')"
        value = f"CASE WHEN {name} GLOB {_ESCAPED_GLOB} THEN {escaped} ELSE {name} END"
    return f"coalesce({value}, '\\N')"


def _sqlite_select(table: Table) -> str:
    line = " || char(9) || ".join(_sqlite_value(c) for c in table.columns)
    order = ", ".join(_quote(k) for k in table.key)
    return f"SELECT {line} FROM {_quote(table.name)} ORDER BY {order}"


def _order(table: Table) -> str:
    return ", ".join(
        _quote(k) + (' COLLATE "C"' if table.kind(k) == TEXT else "") for k in table.key
    )


def _pg_value(column: Column) -> str:
    name = _quote(column.name)
    if column.kind == TIME:
        return f"to_char({name} AT TIME ZONE 'UTC', '{_PG_TIME_FORMAT}')"
    if column.kind == BOOLEAN:
        return f"{name}::int"
    return name


def _pg_select(table: Table) -> str:
    values = ", ".join(_pg_value(c) for c in table.columns)
    return f"COPY (SELECT {values} FROM {_quote(table.name)} ORDER BY {_order(table)}) TO STDOUT"


SQLiteValue = str | int | float | bytes | None


def utc_text(value: SQLiteValue) -> SQLiteValue:
    """A time SQLite holds in another form than the app writes, as the canonical UTC
    text; a value that is not a time at all is returned as it is (the server refuses it
    and the copy says which column)."""
    if not isinstance(value, str):
        return value
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return value
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.strftime(TIME_FORMAT)


class Source(Protocol):
    """Where the rows come from: one consistent snapshot for every table."""

    display: str

    def version(self) -> int: ...

    def tables(self) -> set[str]: ...

    def lines(self, table: Table) -> Iterator[bytes]: ...


class SQLiteSource(AbstractContextManager):
    """The rows of an SQLite file, read in one read transaction (a desk may keep
    working: WAL gives this reader its own snapshot)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.display = str(path)
        self._con: Any = None

    def __enter__(self) -> SQLiteSource:
        con = faults.driver.connect(
            str(self.path), factory=faults.GuardedConnection, isolation_level=None
        )
        con.execute("PRAGMA query_only = 1")
        con.create_function("receptionist_utc", 1, utc_text, deterministic=True)
        con.execute("BEGIN")
        self._con = con
        return self

    def __exit__(self, *exc: object) -> None:
        con, self._con = self._con, None
        if con is not None:
            con.execute("COMMIT")
            con.close()

    def version(self) -> int:
        if "schema_version" not in self.tables():
            return 0
        return int(self._con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    def tables(self) -> set[str]:
        rows = self._con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows.fetchall()}

    def lines(self, table: Table) -> Iterator[bytes]:
        cursor = self._con.execute(_sqlite_select(table))
        while rows := cursor.fetchmany(BATCH):
            yield ("\n".join(row[0] for row in rows) + "\n").encode("utf-8")


class PostgreSQLSource(AbstractContextManager):
    """The rows of another server database, in one repeatable-read transaction."""

    def __init__(self, connect: Callable[[], psycopg.Connection], display: str) -> None:
        self._connect = connect
        self.display = display
        self._con: Any = None

    def __enter__(self) -> PostgreSQLSource:
        con = self._connect()
        con.execute("SET statement_timeout = 0")
        con.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        self._con = con
        return self

    def __exit__(self, *exc: object) -> None:
        con, self._con = self._con, None
        if con is not None:
            con.close()

    def version(self) -> int:
        if "schema_version" not in self.tables():
            return 0
        return int(self._con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])

    def tables(self) -> set[str]:
        rows = self._con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
        return {row[0] for row in rows.fetchall()}

    def lines(self, table: Table) -> Iterator[bytes]:
        with self._con.cursor() as cursor, cursor.copy(_pg_select(table)) as copy:
            yield from _gathered(copy)


def _gathered(copy: psycopg.Copy) -> Iterator[bytes]:
    """What ``COPY ... TO STDOUT`` sends (a message per row) in chunks of about 1 MB."""
    buffer = bytearray()
    for data in copy:
        buffer += data
        if len(buffer) >= _FLUSH:
            yield bytes(buffer)
            buffer.clear()
    if buffer:
        yield bytes(buffer)


# -- the copy ---------------------------------------------------------------------------


@dataclass
class Digest:
    """Rows and SHA-256 of a stream of canonical lines."""

    rows: int = 0
    _hash: Any = field(default_factory=hashlib.sha256)

    def update(self, chunk: bytes) -> None:
        self.rows += chunk.count(b"\n")
        self._hash.update(chunk)

    @property
    def checksum(self) -> str:
        return self._hash.hexdigest()


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
        (_quote(table),),
    )
    return [(r[0], r[1]) for r in rows.fetchall()]


def _foreign_keys(con: psycopg.Connection, table: str) -> list[tuple[str, str]]:
    rows = con.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
        (_quote(table),),
    )
    return [(r[0], r[1]) for r in rows.fetchall()]


def _refuse_rows(con: psycopg.Connection, tables: list[Table]) -> None:
    for table in tables:
        found = con.execute(f"SELECT EXISTS (SELECT 1 FROM {_quote(table.name)})").fetchone()
        if found and found[0]:
            raise DatabaseFault("db_target_not_empty", table=table.name)


def _copy_table(con: psycopg.Connection, table: Table, source: Source) -> tuple[Digest, Digest]:
    sent = Digest()
    statement = f"COPY {_quote(table.name)} ({_columns(table)}) FROM STDIN"
    try:
        with con.cursor() as cursor, cursor.copy(statement) as copy:
            for chunk in source.lines(table):
                sent.update(chunk)
                copy.write(chunk)
    except psycopg.Error as error:
        raise _refused(error, table.name) from None
    held = Digest()
    with con.cursor() as cursor, cursor.copy(_pg_select(table)) as copy:
        for chunk in _gathered(copy):
            held.update(chunk)
    return sent, held


def _copy_all(
    con: psycopg.Connection, tables: list[Table], source: Source, progress: Progress | None
) -> list[TableCopy]:
    """Inside the target's transaction: lock, refuse rows, copy and check every table."""
    names = ", ".join(_quote(t.name) for t in tables)
    con.execute(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
    _refuse_rows(con, tables)
    keys = {t.name: _foreign_keys(con, t.name) for t in tables}
    for table in tables:
        for name, _ in keys[table.name]:
            con.execute(f"ALTER TABLE {_quote(table.name)} DROP CONSTRAINT {_quote(name)}")
    results: list[TableCopy] = []
    for table in tables:
        started = time.perf_counter()
        indexes = _secondary_indexes(con, table.name)
        for name, _ in indexes:
            con.execute(f"DROP INDEX {_quote(name)}")
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
    for table in tables:
        try:
            for name, definition in keys[table.name]:
                con.execute(
                    f"ALTER TABLE {_quote(table.name)} ADD CONSTRAINT {_quote(name)} {definition}"
                )
        except psycopg.Error as error:
            raise _refused(error, table.name) from None
        if table.serial:
            con.execute(
                "SELECT setval(pg_get_serial_sequence(%s, %s), "
                f"COALESCE(MAX({_quote(table.serial)}), 0) + 1, false) FROM {_quote(table.name)}",
                (_quote(table.name), table.serial),
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
