"""Opening the database: where it lives, SQLite pragmas, backup before migrating."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from ..domain.errors import DeskError
from . import migrations
from .models import database

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
    """``RECEPTIONIST_DB`` when set, else the app-data folder."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return app_data_dir() / DB_FILE


def _backup(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def open_database(path: str | Path | None = None) -> SqliteDatabase:
    """Open (creating if needed) and migrate the SQLite database at ``path``.

    WAL journal so the desk and a kiosk can share the file, foreign keys on, a busy
    timeout so concurrent writers wait instead of failing. An existing database that
    needs migrating is backed up next to itself first.
    """
    target = Path(path) if path else default_db_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    existed = target.exists() and target.stat().st_size > 0
    db = SqliteDatabase(
        str(target),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": 5000,
            "synchronous": "normal",
            "cache_size": -16000,
        },
        timeout=5,
        # Writers take the write lock when their transaction begins: a deferred BEGIN
        # that reads first and writes later fails at once with "database is locked"
        # when another desk or kiosk is writing, instead of waiting for busy_timeout.
        lock_type="IMMEDIATE",
    )
    database.initialize(db)
    db.connect(reuse_if_open=True)
    version = migrations.current_version(db)
    if existed and version < migrations.LATEST and version > 0:
        backup = _backup(target, version)
        log.info("backed up schema v%s to %s before migrating", version, backup.name)
    if version > migrations.LATEST:
        db.close()
        raise DeskError(
            "This database was written by a newer version of Receptionist; update the app "
            "to open it.",
            code="schema_newer",
        )
    migrations.migrate(db)
    return db


def close_database() -> None:
    """Close this thread's connection (peewee keeps one per thread)."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def transaction():
    """One transaction (a savepoint when nested)."""
    return database.atomic()
