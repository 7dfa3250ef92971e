"""Is this file a sound Receptionist database? Checked before anything is written to it.

At every open (microseconds, whatever the size; ``docs/performance.md``): the file is not
empty, starts with SQLite's header, its page size is valid and its length is whole pages,
at least as many as the header counts — a copy truncated by a few bytes or a few
megabytes is caught here, where SQLite itself would open it and write to it. Then, on the
open connection and before the first write: a file with tables but without our schema
marker belongs to another program and is refused untouched.

The full check (``PRAGMA quick_check``: every page of every table and index) reads the
whole file, about 1.4 ms per MB; the desk and the kiosk run it in the background once
their window is up, the command line before a command that writes (``full_check``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from peewee import Database

from ..domain.faults import DatabaseFault
from . import faults

log = logging.getLogger(__name__)

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SCHEMA_MARKER = "schema_version"
MARKER_COLUMNS = {"id", "version", "applied_at"}


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _wal_pending(path: Path) -> bool:
    """A write-ahead log with content: the main file may lag behind it until the next
    checkpoint (SQLite replays it), so its length says less."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def check_file(path: Path) -> None:
    """Refuse an existing file that is empty, not an SQLite database or visibly cut short;
    reads 100 bytes."""
    size = path.stat().st_size
    if size == 0:
        raise DatabaseFault("db_empty_file")
    with path.open("rb") as file:
        header = file.read(HEADER_SIZE)
    if not header.startswith(MAGIC):
        raise DatabaseFault("db_not_a_database")
    if len(header) < HEADER_SIZE:
        raise DatabaseFault("db_damaged")  # SQLite's own header, cut short
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseFault("db_damaged")
    if size % page_size:
        raise DatabaseFault("db_damaged")
    counted = int.from_bytes(header[28:32], "big")
    # The header's page count is valid when written by the same change as the counter.
    count_valid = header[24:28] == header[92:96]
    if count_valid and size < counted * page_size and not _wal_pending(path):
        raise DatabaseFault("db_damaged")


def check_ours(db: Database) -> None:
    """Refuse a database that has tables but not our schema marker: another program's
    file or server database. Reads the schema only; raises before anything is written."""
    tables = {name for name in db.get_tables() if not name.startswith("sqlite_")}
    if not tables:
        return  # an empty SQLite file or server database: ours to fill
    if SCHEMA_MARKER in tables:
        columns = {column.name for column in db.get_columns(SCHEMA_MARKER)}
        if columns >= MARKER_COLUMNS:
            return
    raise DatabaseFault("db_not_ours")


def full_check(path: Path) -> bool:
    """Read every page of the database at ``path`` on a connection of its own (read
    only; it never blocks a writer); True when sound. Damage found is remembered: every
    later write to that file in this process is refused (``faults.mark_damaged``)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = faults.driver.connect(uri, uri=True, timeout=5)
    except faults.driver.Error:
        log.info("integrity check could not open the database", exc_info=True)
        return True  # nothing is known; the desk's own connection reports the fault
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except faults.driver.Error as error:
        fault = faults.classify(error, path)
        if fault is None or fault.code not in ("db_damaged", "db_not_a_database"):
            log.info("integrity check did not finish", exc_info=True)
            return True
        rows = [(str(error),)]
    finally:
        connection.close()
    if rows == [("ok",)]:
        return True
    faults.mark_damaged(path)
    log.info("the database is damaged: %s", "; ".join(str(r[0]) for r in rows[:5]))
    return False
