"""SQLite's failures classified once, at the lowest level, into ``DatabaseFault``.

Every connection the store opens is a ``GuardedConnection``: its cursors turn an SQLite
error that is about the file, its folder or its disk (read-only, full, locked, damaged...)
into a ``DatabaseFault`` with a stable code, before peewee or a service sees it. Errors
about the data (a constraint, a bug in a statement) pass through unchanged.

Two more guards live here because only this level sees every statement:

- a ``ROLLBACK`` after SQLite has already rolled the transaction back itself (it does on
  a full disk or an I/O error) is skipped, so the real cause is what the caller sees, not
  "cannot rollback - no transaction is active";
- once the file is known to be damaged (a check found it, or SQLite reported corruption),
  every write statement on it is refused with ``db_damaged`` for the rest of the process:
  writing into a damaged file can spread the damage.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, cast

import peewee

from ..domain.errors import ValidationError
from ..domain.faults import DatabaseFault

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # pysqlite3 has the standard module's interface (and no stubs)
    import sqlite3 as driver
else:
    driver = peewee.sqlite3  # the module peewee uses (sqlite3, or pysqlite3 when newer)

# SQLite's primary result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _NOTADB = 13, 14, 26
_READONLY_DIRECTORY = 1544  # SQLITE_READONLY | (6 << 8)
_IOERR_SHORT_READ = 522  # SQLITE_IOERR | (2 << 8): the file ends before a page it needs
_IOERR_SHMSIZE = 4874  # SQLITE_IOERR | (19 << 8): no room for the WAL's shared-memory file
FULL_BELOW = 64 * 1024  # an I/O error on a disk with less free space than this: it is full

# Statements that change the file, refused once it is known to be damaged.
_WRITES = frozenset(
    {"BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM"}
)

_damaged: set[str] = set()


def mark_damaged(path: str | Path) -> None:
    """Refuse every later write to the database at ``path`` in this process."""
    _damaged.add(os.fspath(path))


def forget_damage(path: str | Path) -> None:
    """Opening a file checks it afresh (it may have been restored from a backup)."""
    _damaged.discard(os.fspath(path))


def place_fault(path: Path) -> DatabaseFault | None:
    """The fault of a database file's place, seen from the file system: a folder or file
    that cannot be written. None when both can be (or the file does not exist yet)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # a folder still to be made: can its parent be written?
    if not folder.is_dir() or not os.access(folder, os.X_OK):
        return DatabaseFault("db_cannot_open")
    if not os.access(folder, os.W_OK):
        return DatabaseFault("db_folder_read_only")
    if not path.parent.exists():
        return None
    if path.exists() and not os.access(path, os.W_OK):
        return DatabaseFault("db_read_only")
    return None


def disk_full(path: Path) -> bool:
    """True when the disk that holds (or would hold) ``path`` has next to no room left."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def classify(error: BaseException, path: str | Path | None = None) -> DatabaseFault | None:
    """The ``DatabaseFault`` an SQLite error stands for, or None when it is not about the
    file (a constraint, a statement's own mistake). ``path`` refines "cannot open" and
    "read-only" (the file, or its folder?) and records damage."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, driver.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary in (_BUSY, _LOCKED):
        return DatabaseFault("db_busy")
    if primary == _FULL:
        return DatabaseFault("db_disk_full")
    if primary in (_CORRUPT, _NOTADB) or code == _IOERR_SHORT_READ:
        if path is not None:
            mark_damaged(path)
        return DatabaseFault("db_damaged" if primary != _NOTADB else "db_not_a_database")
    if primary == _IOERR:
        full = code == _IOERR_SHMSIZE or (path is not None and disk_full(Path(path)))
        return DatabaseFault("db_disk_full" if full else "db_io_error")
    if primary in (_READONLY, _CANTOPEN, _PERM):
        place = place_fault(Path(path)) if path is not None else None
        if place is not None:
            return place
        if code == _READONLY_DIRECTORY:
            return DatabaseFault("db_folder_read_only")
        return DatabaseFault("db_read_only" if primary == _READONLY else "db_cannot_open")
    return None


def driver_error(error: BaseException) -> BaseException:
    """The database driver's own exception behind ``error``: peewee wraps it and keeps it
    as ``orig`` (failing that, it is the context the wrapper was raised in)."""
    if isinstance(error, peewee.PeeweeException):
        inner = getattr(error, "orig", None) or error.__context__
        if isinstance(inner, BaseException):
            return inner
    return error


def _first_word(sql: str) -> str:
    return sql.lstrip()[:8].split(None, 1)[0].upper() if sql.strip() else ""


class GuardedCursor(driver.Cursor):
    """A cursor whose SQLite errors about the file come out as ``DatabaseFault``."""

    @property
    def _guarded(self) -> GuardedConnection:
        # Only a GuardedConnection makes these cursors (its ``cursor`` method).
        return cast("GuardedConnection", self.connection)

    def _fault(self, error: Exception) -> Exception:
        fault = classify(error, self._guarded.path)
        if fault is None:
            return error
        log.info("database fault %s (%s)", fault.code, getattr(error, "sqlite_errorname", ""))
        return fault

    def execute(self, sql, parameters=()):
        connection = self._guarded
        if sql[:8] == "ROLLBACK" and not connection.in_transaction:
            return self  # SQLite already rolled back (full disk, I/O error): keep the cause
        if connection.path in _damaged and _first_word(sql) in _WRITES:
            raise DatabaseFault("db_damaged")
        try:
            return super().execute(sql, parameters)
        except driver.Error as error:
            raise self._fault(error) from error
        except UnicodeEncodeError:  # a lone surrogate the validation did not catch
            raise ValidationError("text_invalid") from None

    def executemany(self, sql, seq_of_parameters):
        if self._guarded.path in _damaged and _first_word(sql) in _WRITES:
            raise DatabaseFault("db_damaged")
        try:
            return super().executemany(sql, seq_of_parameters)
        except driver.Error as error:
            raise self._fault(error) from error

    def fetchone(self):
        try:
            return super().fetchone()
        except driver.Error as error:
            raise self._fault(error) from error

    def fetchmany(self, size=None):
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except driver.Error as error:
            raise self._fault(error) from error

    def fetchall(self):
        try:
            return super().fetchall()
        except driver.Error as error:
            raise self._fault(error) from error


class GuardedConnection(driver.Connection):
    """An SQLite connection whose cursors are ``GuardedCursor``s (pass it to
    ``sqlite3.connect`` as ``factory``)."""

    def __init__(self, database, *args, **kwargs) -> None:
        self.path = os.fspath(database)
        try:
            super().__init__(database, *args, **kwargs)
        except driver.Error as error:
            fault = classify(error, self.path)
            if fault is None:
                raise
            raise fault from error

    def cursor(self, factory=None):
        return super().cursor(factory or GuardedCursor)

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)
