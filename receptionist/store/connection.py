"""Opening the database: where it lives (an SQLite file or a PostgreSQL server), SQLite
pragmas, backup before migrating, the checks before the first write."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from peewee import Database, SqliteDatabase

from ..domain import location as locations
from ..domain.faults import DatabaseFault
from ..domain.location import Location
from . import backup, faults, integrity, migrations
from .models import POSTGRESQL_FIELD_TYPES, SQLITE_FIELD_TYPES, database, use_backend

log = logging.getLogger(__name__)

APP_NAME = "Receptionist"
ENV_DB = "RECEPTIONIST_DB"
DB_FILE = "receptionist.sqlite3"


def app_data_dir() -> Path:
    """The per-user application data folder, as Qt's ``AppDataLocation`` names it."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME


def default_db_path() -> Path:
    """The SQLite file of this computer: ``RECEPTIONIST_DB`` when it names a file, else
    the app-data folder."""
    env = os.environ.get(ENV_DB)
    if env and not env.startswith(("postgresql://", "postgres://")):
        path = locations.parse(env).path
        if path is not None:
            return path
    return app_data_dir() / DB_FILE


def resolve(where: str | Path | Location | None = None) -> Location:
    """The database ``where`` names (a path, ``sqlite:///...``, ``postgresql://...``);
    without it, ``RECEPTIONIST_DB``, else this computer's SQLite file."""
    if isinstance(where, Location):
        return where
    if where is None or where == "":
        env = os.environ.get(ENV_DB)
        if env:
            return locations.parse(env)
        return Location(locations.SQLITE, path=default_db_path().absolute())
    return locations.parse(where)


_current: Location | None = None


def current_location() -> Location | None:
    """Where the open database is (None before one is opened)."""
    return _current


def _backup(path: Path, version: int) -> Path:
    """A checked copy of the database before migrating it, next to it (``backup.snapshot``)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}.{stamp}.bak")
    backup.snapshot(path, target)
    return target


BUSY_TIMEOUT_MS = 5000  # how long a writer waits for another desk's transaction


def _prepare_place(target: Path) -> None:
    """Create the database's folder if needed; refuse a folder or file that cannot be
    written, or a full disk, before SQLite touches anything."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        fault = faults.place_fault(target)
        raise fault or DatabaseFault("db_cannot_open") from error
    fault = faults.place_fault(target)
    if fault is not None:
        raise fault
    if faults.disk_full(target):  # SQLite could not even make its WAL index there
        raise DatabaseFault("db_disk_full")


def open_database(
    where: str | Path | Location | None = None, password: str | None = None
) -> Database:
    """Open (creating if needed) and migrate the database ``where`` names (``resolve``).

    PostgreSQL: ``password`` (from the OS keyring) when libpq's own sources have none;
    see ``_open_postgresql``. SQLite: the rest of this note.

    Before anything is written: the folder and file must be writable, an existing file
    must pass the quick checks of ``integrity.check_file`` (not empty, an SQLite file,
    not cut short) and carry our schema marker (``integrity.check_ours``), and its schema
    must not be newer than this app's; otherwise a ``DatabaseFault`` says why and the
    file is left exactly as it was. Then: WAL journal so the desk and a kiosk can share
    the file, foreign keys on, a busy timeout so concurrent writers wait instead of
    failing. An existing database that needs migrating is backed up next to itself first.
    """
    global _current
    place = resolve(where)
    if place.is_postgresql:
        db: Database = _open_postgresql(place, password)
    else:
        assert place.path is not None
        db = _open_sqlite(place.path)
    _current = place
    return db


def sqlite_database(path: Path | str, **kwargs) -> SqliteDatabase:
    """A peewee database for the SQLite file at ``path`` (not connected), with the
    column types of this app's fields."""
    return SqliteDatabase(str(path), field_types=SQLITE_FIELD_TYPES, **kwargs)


def postgresql_database(url: str, password: str | None = None):
    """A peewee database for the server at ``url`` (not connected)."""
    from .postgres import SiteDatabase  # psycopg is loaded only by sites that use it

    return SiteDatabase(url, password=password, field_types=POSTGRESQL_FIELD_TYPES)


def _refuse_foreign_or_newer(db: Database, check_ours: bool) -> int:
    """The schema version of the just-connected ``db``; closed and refused first when it
    holds another program's tables or a schema newer than this app: a database refused
    here never becomes the one the models use."""
    try:
        if check_ours:
            integrity.check_ours(db)
        version = migrations.current_version(db)
        if version > migrations.LATEST:
            raise DatabaseFault("schema_newer")
    except BaseException:
        db.close()
        raise
    return version


def _open_postgresql(place: Location, password: str | None) -> Database:
    """Connect (a few seconds at most), refuse a database that holds another program's
    tables or a newer schema, then migrate (one transaction, under a lock that makes a
    second station wait for the first)."""
    db = postgresql_database(place.url, password)
    db.connect()
    _refuse_foreign_or_newer(db, check_ours=True)
    use_backend(postgresql=True)
    database.initialize(db)
    try:
        migrations.migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _open_sqlite(target: Path) -> Database:
    _prepare_place(target)
    faults.forget_damage(target)
    existed = target.exists()
    if existed:
        integrity.check_file(target)
    db = sqlite_database(
        target,
        pragmas={
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "synchronous": "normal",
            "cache_size": -16000,
        },
        timeout=BUSY_TIMEOUT_MS / 1000,
        # Writers take the write lock when their transaction begins: a deferred BEGIN
        # that reads first and writes later fails at once with "database is locked"
        # when another desk or kiosk is writing, instead of waiting for busy_timeout.
        lock_type="IMMEDIATE",
        factory=faults.GuardedConnection,
    )
    db.connect()
    version = _refuse_foreign_or_newer(db, check_ours=existed)
    use_backend(postgresql=False)
    database.initialize(db)
    try:
        db.execute_sql("PRAGMA journal_mode = wal")  # the first write, after the checks
        if existed and 0 < version < migrations.LATEST:
            backup = _backup(target, version)
            log.info("backed up schema v%s to %s before migrating", version, backup.name)
        migrations.migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def check_integrity() -> bool:
    """The full check of the open database's file (``integrity.full_check``); True
    when there is no open file database to check."""
    db = database.obj
    if not isinstance(db, SqliteDatabase) or db.database in ("", ":memory:"):
        return True  # a PostgreSQL server checks its own pages
    return integrity.full_check(Path(db.database))


def close_database() -> None:
    """Close this thread's connection (peewee keeps one per thread)."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def transaction():
    """One transaction (a savepoint when nested)."""
    return database.atomic()
