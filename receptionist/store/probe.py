"""Test a database location without opening it for use: Settings → Database's "Test
connection". A connection of its own, read only, closed at once: the open database is
never touched and nothing is created, migrated or written anywhere.

The checks are those ``connection.open_database`` makes before its first write (the
folder and the file, our schema marker, the schema's version); a fault comes out as the
same ``DatabaseFault`` opening would raise. Two findings are reported rather than raised,
so the sentence can say what was found: a database of another program (``ours`` False)
and a newer schema (``schema_version`` above ``latest``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import Database, PeeweeException

from ..domain import location as locations
from ..domain.faults import DatabaseFault
from ..domain.location import Location
from . import faults, integrity, migrations


@dataclass(frozen=True)
class ConnectionReport:
    """What a test of a location found."""

    backend: str  # location.SQLITE or location.POSTGRESQL
    server_version: str  # PostgreSQL's ("15.18"), or the SQLite library's
    schema_version: int | None  # None: empty or no file yet (the app will create it)
    ours: bool  # False: another program's tables (the app refuses it)
    exists: bool = True  # False: no SQLite file there yet (the app will create it)
    latest: int = migrations.LATEST  # the schema version this app writes

    @property
    def empty(self) -> bool:
        return self.schema_version is None

    @property
    def newer(self) -> bool:
        """Written by a newer version of the app (this one refuses to open it)."""
        return self.schema_version is not None and self.schema_version > self.latest


def probe(place: Location, password: str | None = None) -> ConnectionReport:
    """Connect to ``place`` on a connection of its own and report (``DatabaseFault`` when
    it cannot be used at all, with the code opening it would raise)."""
    if place.is_postgresql:
        return _test_postgresql(place, password)
    assert place.path is not None
    return _test_sqlite(place.path)


def _findings(db: Database) -> tuple[int | None, bool]:
    try:
        integrity.check_ours(db)
    except DatabaseFault as fault:
        if fault.code != "db_not_ours":
            raise
        return None, False
    version = migrations.current_version(db)
    return (version or None), True


def _test_postgresql(place: Location, password: str | None) -> ConnectionReport:
    from .connection import postgresql_database

    db = postgresql_database(place.url, password)
    db.connect()
    try:
        raw = db.execute_sql("SHOW server_version").fetchone()[0]
        version, ours = _findings(db)
    finally:
        db.close()
    return ConnectionReport(locations.POSTGRESQL, str(raw).split()[0], version, ours)


def _test_sqlite(path: Path) -> ConnectionReport:
    library = faults.driver.sqlite_version
    if path.is_dir():
        raise DatabaseFault("db_cannot_open")
    fault = faults.place_fault(path)
    if fault is not None:
        raise fault
    if not path.exists():
        if faults.disk_full(path):
            raise DatabaseFault("db_disk_full")
        return ConnectionReport(locations.SQLITE, library, None, True, exists=False)
    integrity.check_file(path)
    from .connection import sqlite_database

    db = sqlite_database(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    try:
        db.connect()
        version, ours = _findings(db)
    except (faults.driver.Error, PeeweeException) as error:
        raise _sqlite_fault(error) from None
    finally:
        db.close()
    return ConnectionReport(locations.SQLITE, library, version, ours)


def _sqlite_fault(error: BaseException) -> DatabaseFault:
    """An SQLite error (peewee wraps the driver's) as opening would name it, without
    marking the file damaged for the open database (this is only a look)."""
    return faults.classify(faults.driver_error(error)) or DatabaseFault("db_cannot_open")
