"""The site administrator's database jobs: create and migrate a database (``init``), move
a site's database onto a PostgreSQL server (``migrate_to``), and look at one
(``check``). Each returns plain data; a database that cannot be used raises
``DatabaseFault`` with its sentence. Passwords: the URL's, libpq's own sources, or the OS
keyring (``database.saved_password``); never shown (``Location.display``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..domain.errors import ValidationError
from ..domain.faults import DatabaseFault
from ..domain.location import Location
from ..store import admin, migrations, transfer
from . import database


@dataclass(frozen=True)
class InitReport:
    backend: str  # "sqlite" or "postgresql"
    where: str  # the path, or the URL without its password
    version_before: int  # 0: there was no schema yet
    version: int
    database_created: bool  # the server database itself was created

    @property
    def already_current(self) -> bool:
        return self.version_before == self.version


# One table's copy: rows and checksum read from the source, the same read back from the
# target, how long it took (``match``: both agree). The store's plain record, as it is.
TableReport = transfer.TableCopy


@dataclass(frozen=True)
class MigrateReport:
    source: str
    target: str
    version: int
    tables: tuple[TableReport, ...]
    kept: bool  # committed on the target (every table matched)
    seconds: float

    @property
    def ok(self) -> bool:
        return self.kept and all(t.match for t in self.tables)


@dataclass(frozen=True)
class CheckReport:
    backend: str
    where: str
    version: int
    latest: int  # this app's schema version
    tables: tuple[tuple[str, int], ...]  # (table, rows)


def _place(where: str | None) -> Location:
    """The database ``where`` names; a server URL whose port is not a number is refused
    here (libpq would only say it cannot connect)."""
    place = database.resolve(where)
    if place.is_postgresql and _port(place.url) is False:
        raise ValidationError("db_url_invalid")
    return place


def _port(url: str) -> int | None | bool:
    """The URL's port (None: libpq's default), or False when it is not a port number."""
    try:
        return urlsplit(url).port
    except ValueError:
        return False


def init(url: str) -> InitReport:
    """Create (when missing and allowed) and migrate the database ``url`` names: a
    ``postgresql://`` URL, ``sqlite:///PATH`` or a path."""
    place = _place(url)
    done = admin.init(place, database.saved_password(place))
    return InitReport(
        place.backend, place.display, done.version_before, done.version, done.database_created
    )


def migration_target(url: str) -> Location:
    """The server database ``url`` names as the target of ``migrate_to`` (refused when
    it is not a PostgreSQL URL); checked before anything is opened."""
    target = _place(url)
    if not target.is_postgresql:
        raise ValidationError("db_target_not_postgresql")
    return target


def open_source(where: str | None) -> Location:
    """Open the site's database (``--db`` / ``RECEPTIONIST_DB``) the way a station does
    (checks, backup, migrations to this app's version) and check every page of an
    SQLite file. A file that does not exist is refused, not created."""
    place = _place(where)
    if not place.is_postgresql and place.path is not None and not place.path.exists():
        raise DatabaseFault("db_source_missing")
    database.open_database(place)
    if not database.check_integrity():
        raise DatabaseFault("db_damaged")
    return place


def migrate_to(url: str, progress: Callable[[TableReport], None] | None = None) -> MigrateReport:
    """Copy the open database (``open_source``) into the PostgreSQL database ``url``
    names: created if missing, migrated if empty, refused if it holds rows; one
    transaction; every table verified (rows and checksum) and, when one does not
    match, nothing kept (``MigrateReport.kept`` False)."""
    source = database.current_location()
    assert source is not None, "open_source first"
    target = migration_target(url)
    if admin.same_database(source, target):
        raise ValidationError("db_same_database")
    started = time.perf_counter()
    outcome = admin.copy_site(
        source,
        database.saved_password(source),
        target,
        database.saved_password(target),
        progress,
    )
    return MigrateReport(
        source.display,
        target.display,
        outcome.version,
        tuple(outcome.tables),
        outcome.kept,
        time.perf_counter() - started,
    )


def check(where: str | None) -> CheckReport:
    """Backend, place, schema version and row counts of the database ``where`` names
    (default: ``RECEPTIONIST_DB``, else this computer's file). Read only: nothing is
    created or migrated."""
    place = _place(where)
    seen = admin.inspect(place, database.saved_password(place))
    return CheckReport(
        place.backend, place.display, seen.version, migrations.LATEST, tuple(seen.tables)
    )
