"""A site's database seen by its administrator, without opening it for the desk: create a
server database, bring a database to the current schema (``init``), read its schema
version and row counts (``inspect``: read only, nothing migrated)."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg
from peewee import Database
from psycopg import sql

from ..domain.faults import DatabaseFault
from ..domain.location import Location
from . import canonical, connection, faults, integrity, migrations, postgres, transfer
from .canonical import site_tables

log = logging.getLogger(__name__)

MAINTENANCE_DATABASE = "postgres"


@dataclass(frozen=True)
class Initialised:
    version_before: int  # 0: there was no schema
    version: int
    database_created: bool  # the server database itself was created


@dataclass(frozen=True)
class Inspection:
    version: int
    tables: list[tuple[str, int]]  # (table, rows) in the order the data depends


def database_name(place: Location) -> str:
    """The database a server URL names ('' when it names none)."""
    return unquote(urlsplit(place.url).path.lstrip("/"))


def create_server_database(place: Location, password: str | None) -> None:
    """Create the database ``place`` names, connected to the server's maintenance
    database as the URL's user. ``db_cannot_create`` when that user may not."""
    name = database_name(place)
    maintenance = urlunsplit(urlsplit(place.url)._replace(path="/" + MAINTENANCE_DATABASE))
    try:
        con = postgres.connect_raw(maintenance, password)
    except DatabaseFault as fault:
        if fault.code in ("db_missing", "db_login_failed"):
            raise DatabaseFault("db_cannot_create", database=name) from None
        raise
    try:
        con.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        log.info("created the server database")
    except psycopg.errors.DuplicateDatabase:
        pass  # created by someone else meanwhile: as good
    except psycopg.errors.InsufficientPrivilege:
        raise DatabaseFault("db_cannot_create", database=name) from None
    except psycopg.Error as error:
        raise postgres.classify(error) or error from None
    finally:
        con.close()


def connect_server(place: Location, password: str | None, create: bool) -> tuple[Database, bool]:
    """A connected ``SiteDatabase`` for ``place``; with ``create``, a database that does
    not exist yet is created first. Returns it and whether it was created."""
    if not database_name(place):
        raise DatabaseFault("db_url_no_name")
    db = connection.postgresql_database(place.url, password)
    try:
        db.connect()
        return db, False
    except DatabaseFault as fault:
        if fault.code != "db_missing" or not create:
            raise
    create_server_database(place, password)
    db.connect()
    return db, True


def init(place: Location, password: str | None = None) -> Initialised:
    """Create (if needed) and migrate the database at ``place``; refuses another
    program's database and a newer schema, leaving it untouched."""
    if place.is_postgresql:
        db, created = connect_server(place, password, create=True)
        try:
            integrity.check_ours(db)
            before = migrations.current_version(db)
            if before > migrations.LATEST:
                raise DatabaseFault("schema_newer")
            migrations.migrate(db)
            return Initialised(before, migrations.current_version(db), created)
        finally:
            db.close()
    assert place.path is not None
    before = inspect(place).version if place.path.exists() else 0
    connection.open_database(place)  # the desk's own open: checks, backup, migrations
    connection.close_database()
    return Initialised(before, migrations.LATEST, database_created=False)


def _counts(db: Database) -> list[tuple[str, int]]:
    present = set(db.get_tables())
    counts = []
    for table in site_tables():
        if table.name in present:
            row = db.execute_sql(f'SELECT COUNT(*) FROM "{table.name}"').fetchone()
            counts.append((table.name, int(row[0])))
    return counts


def _read_only_sqlite(path: Path) -> Database:
    if not path.exists():
        raise DatabaseFault("db_check_missing")
    integrity.check_file(path)
    return connection.sqlite_database(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, factory=faults.GuardedConnection
    )


def inspect(place: Location, password: str | None = None) -> Inspection:
    """Schema version and row counts of the database at ``place``, read only (an SQLite
    file is opened read-only; a server session is read-only). Refuses a file that is
    missing, damaged or another program's."""
    if place.is_postgresql:
        db, _ = connect_server(place, password, create=False)
        db.execute_sql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    else:
        assert place.path is not None
        db = _read_only_sqlite(place.path)
    try:
        integrity.check_ours(db)
        return Inspection(migrations.current_version(db), _counts(db))
    finally:
        with contextlib.suppress(Exception):
            db.close()


def same_database(first: Location, second: Location) -> bool:
    """True when both name the same server database (whoever logs in) or the same file."""
    if first.is_postgresql != second.is_postgresql:
        return False
    if not first.is_postgresql:
        assert first.path is not None and second.path is not None
        return first.path.resolve() == second.path.resolve()
    a, b = urlsplit(first.url), urlsplit(second.url)
    return (a.hostname or "", a.port or 5432, database_name(first)) == (
        b.hostname or "",
        b.port or 5432,
        database_name(second),
    )


def copy_site(
    source: Location,
    source_password: str | None,
    target: Location,
    target_password: str | None,
    progress: transfer.Progress | None = None,
) -> transfer.Outcome:
    """Copy the database at ``source`` into the server database ``target`` (created
    when missing, migrated when empty): see ``transfer.transfer``."""
    db, _ = connect_server(target, target_password, create=True)
    try:
        reader: canonical.SQLiteSource | canonical.PostgreSQLSource
        if source.is_postgresql:
            reader = canonical.PostgreSQLSource(
                lambda: postgres.connect_raw(source.url, source_password)
            )
        else:
            assert source.path is not None
            reader = canonical.SQLiteSource(source.path)
        with reader:
            return transfer.transfer(reader, db, progress)
    finally:
        with contextlib.suppress(Exception):
            db.close()
