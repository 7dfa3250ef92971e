"""Every table of a site's data as lines of one canonical text, read from SQLite or from
PostgreSQL, counted and hashed: what ``transfer`` copies and compares.

The lines are PostgreSQL's ``COPY`` text format (a line per row, tab-separated, ``\\N``
for NULL, backslash escapes), in a form both sides produce the same way:

- integers as decimal text, booleans as ``0`` / ``1``;
- a point in time as UTC ISO text with microseconds: ``2026-11-21T09:30:00.000000Z``;
- a calendar day as ``2026-11-21``;
- text escaped the way ``COPY ... TO`` escapes it (backslash, ``\\b \\f \\n \\r \\t \\v``),
  so NULL (``\\N``) and the empty text stay distinct;
- rows in primary-key order, text keys compared byte by byte (SQLite's binary collation,
  PostgreSQL's ``"C"``).

SQLite builds each line in SQL (``_sqlite_select``); PostgreSQL sends them for
``COPY (SELECT <canonical columns> ORDER BY <key>) TO STDOUT`` (``pg_select``). This
module and ``transfer`` are the only ones that know both drivers' row formats.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import psycopg
from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
)
from peewee import Field as PeeweeField

from . import faults
from .models import ALL_MODELS, SchemaVersion, UTCDateTimeField

INTEGER, BOOLEAN, TIME, DATE, TEXT = "integer", "boolean", "time", "date", "text"
BATCH = 5000  # rows per chunk read from SQLite
_FLUSH = 1 << 20  # bytes gathered before hashing what the server sent back

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
    if isinstance(model_field, DateField):
        return DATE
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


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def column_list(table: Table) -> str:
    return ", ".join(quote(c.name) for c in table.columns)


# -- reading: the canonical lines of a table --------------------------------------------


def _sqlite_value(column: Column) -> str:
    name = quote(column.name)
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
    order = ", ".join(quote(k) for k in table.key)
    return f"SELECT {line} FROM {quote(table.name)} ORDER BY {order}"


def _order(table: Table) -> str:
    return ", ".join(
        quote(k) + (' COLLATE "C"' if table.kind(k) == TEXT else "") for k in table.key
    )


def _pg_value(column: Column) -> str:
    name = quote(column.name)
    if column.kind == TIME:
        return f"to_char({name} AT TIME ZONE 'UTC', '{_PG_TIME_FORMAT}')"
    if column.kind == BOOLEAN:
        return f"{name}::int"
    if column.kind == DATE:
        return f"to_char({name}, 'YYYY-MM-DD')"
    return name


def pg_select(table: Table) -> str:
    values = ", ".join(_pg_value(c) for c in table.columns)
    return f"COPY (SELECT {values} FROM {quote(table.name)} ORDER BY {_order(table)}) TO STDOUT"


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

    def version(self) -> int: ...

    def tables(self) -> set[str]: ...

    def lines(self, table: Table) -> Iterator[bytes]: ...


class SQLiteSource(AbstractContextManager):
    """The rows of an SQLite file, read in one read transaction (a desk may keep
    working: WAL gives this reader its own snapshot)."""

    def __init__(self, path: Path) -> None:
        self.path = path
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
        row = self._con.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def tables(self) -> set[str]:
        rows = self._con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows.fetchall()}

    def lines(self, table: Table) -> Iterator[bytes]:
        cursor = self._con.execute(_sqlite_select(table))
        while rows := cursor.fetchmany(BATCH):
            yield ("\n".join(row[0] for row in rows) + "\n").encode("utf-8")


class PostgreSQLSource(AbstractContextManager):
    """The rows of another server database, in one repeatable-read transaction."""

    def __init__(self, connect: Callable[[], psycopg.Connection]) -> None:
        self._connect = connect
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
        row = self._con.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def tables(self) -> set[str]:
        rows = self._con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
        return {row[0] for row in rows.fetchall()}

    def lines(self, table: Table) -> Iterator[bytes]:
        with self._con.cursor() as cursor, cursor.copy(pg_select(table)) as copy:
            yield from gathered(copy)


def gathered(copy: psycopg.Copy) -> Iterator[bytes]:
    """What ``COPY ... TO STDOUT`` sends (a message per row) in chunks of about 1 MB."""
    buffer = bytearray()
    for data in copy:
        buffer += data
        if len(buffer) >= _FLUSH:
            yield bytes(buffer)
            buffer.clear()
    if buffer:
        yield bytes(buffer)


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
