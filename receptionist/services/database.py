"""Opening and closing the database: the one entry the desk, the kiosk and the command
line use (none of them imports ``store``)."""

from __future__ import annotations

from pathlib import Path

from ..store import connection

ENV_DB = connection.ENV_DB


def app_data_dir() -> Path:
    """The per-user application data folder (logs, the default database)."""
    return connection.app_data_dir()


def default_db_path() -> Path:
    """``RECEPTIONIST_DB`` when set, else ``receptionist.sqlite3`` in the app-data folder."""
    return connection.default_db_path()


def open_database(path: str | Path | None = None) -> None:
    """Open (creating if needed) and migrate the database at ``path`` (default:
    ``default_db_path()``); raises ``DeskError`` with a sentence when it cannot."""
    connection.open_database(path)


def check_integrity() -> bool:
    """Read every page of the open database (about 1.4 ms per MB; safe on another
    thread: it uses a read-only connection of its own). False when it is damaged; every
    later write is then refused with ``DatabaseFault("db_damaged")``."""
    return connection.check_integrity()


def close_database() -> None:
    connection.close_database()


def release_thread_connection() -> None:
    """Close the connection this thread opened (each thread that reads the database gets
    its own on first use): a worker thread calls it when its job is done."""
    connection.close_database()


def transaction():
    """One transaction for a whole command (a savepoint when nested)."""
    return connection.transaction()
