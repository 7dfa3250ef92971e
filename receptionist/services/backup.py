"""Backups of an SQLite site, and putting one back (``docs/automation.md``).

A backup is a checked copy of the site's database file in the backups folder
(``backups/`` next to the database; ``RECEPTIONIST_BACKUP_DIR`` or ``folder`` for
another), named by ``domain.backups`` (UTC time, schema version), optionally sealed with
a passphrase. After each backup the folder is rotated (``domain.backups.keep``).
``restore`` refuses a damaged, foreign, wrong-passphrase or newer-schema file before
touching anything, keeps the current database as a ``before-restore`` copy, puts the
backup in place and opens it the normal way (which migrates it).

A PostgreSQL site is backed up with the server's tools: every function here refuses it
(``backup_postgresql``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain import backups as rules
from ..domain.errors import DeskError, NotFound, ValidationError
from ..domain.faults import DatabaseFault
from ..domain.location import Location
from ..store import backup as copies
from ..store import connection

log = logging.getLogger(__name__)

ENV_FOLDER = "RECEPTIONIST_BACKUP_DIR"
ENV_PASSPHRASE = "RECEPTIONIST_BACKUP_PASSPHRASE"
FOLDER = "backups"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC
    version: int
    encrypted: bool
    before_restore: bool
    size: int  # bytes


@dataclass(frozen=True)
class BackupDone:
    backup: Backup
    removed: tuple[Path, ...]  # older backups rotation removed


@dataclass(frozen=True)
class RestoreDone:
    restored_from: Path
    backup_version: int  # the schema version the backup held
    version: int  # after the normal open migrated it
    kept_current: Path | None  # the database as it was before (None: there was none)


def database_file(where: str | Path | Location | None = None) -> Path:
    """The SQLite file of the site ``where`` names (default: the open one, else as
    ``database.resolve``); refused for a PostgreSQL site."""
    place = connection.current_location() if where is None else None
    place = place or connection.resolve(where)
    if place.is_postgresql or place.path is None:
        raise DeskError("backup_postgresql")
    return place.path


def backup_folder(db_file: Path, folder: str | Path | None = None) -> Path:
    """Where the backups of ``db_file`` go: ``folder``, else ``RECEPTIONIST_BACKUP_DIR``,
    else ``backups/`` next to it."""
    chosen = folder or os.environ.get(ENV_FOLDER)
    return Path(chosen).expanduser() if chosen else db_file.parent / FOLDER


def env_passphrase() -> str | None:
    """The passphrase from ``RECEPTIONIST_BACKUP_PASSPHRASE`` (None when unset or empty)."""
    return os.environ.get(ENV_PASSPHRASE) or None


def _info(path: Path) -> Backup | None:
    name = rules.parse_name(path.name)
    if name is None or not path.is_file():
        return None
    return Backup(
        path, name.made_at, name.version, name.encrypted, name.before_restore, path.stat().st_size
    )


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first (other files are ignored)."""
    if not folder.is_dir():
        return []
    found = (_info(path) for path in folder.iterdir())
    return sorted((b for b in found if b is not None), key=lambda b: b.made_at, reverse=True)


def newest_backup(
    where: str | Path | Location | None = None, folder: str | Path | None = None
) -> Backup | None:
    """The newest backup of the site (a ``before-restore`` copy does not count: it may
    be the damaged database itself); None when there is none or the site is on a server."""
    try:
        db_file = database_file(where)
    except DeskError:
        return None
    regular = [b for b in list_backups(backup_folder(db_file, folder)) if not b.before_restore]
    return regular[0] if regular else None


def _check_passphrase(passphrase: str | None) -> None:
    if passphrase is not None and not passphrase:
        raise ValidationError("backup_passphrase_empty", field="passphrase")


def backup(
    where: str | Path | Location | None = None,
    out: str | Path | None = None,
    folder: str | Path | None = None,
    passphrase: str | None = None,
    now: datetime | None = None,
    counts: tuple[int, int, int] = (rules.DAILY, rules.WEEKLY, rules.MONTHLY),
) -> BackupDone:
    """Back up the site's database file (open by a desk or not) to ``out``, else into
    its backups folder, then rotate that folder (keeping ``counts``: daily, weekly,
    monthly). ``DatabaseFault``: the file is missing,
    or fails its integrity check (``backup_source_damaged``): nothing is written."""
    _check_passphrase(passphrase)
    db_file = database_file(where)
    if not db_file.is_file():
        raise DatabaseFault("db_source_missing")
    made_at = (now or datetime.now(UTC)).replace(microsecond=0)
    target_folder = backup_folder(db_file, folder)
    # Named by the version the file holds now; renamed if a migration raced the copy.
    provisional = rules.BackupName(made_at, copies.version_of(db_file), passphrase is not None)
    target = Path(out) if out else target_folder / provisional.file_name
    try:
        if passphrase:
            version = copies.seal(db_file, target, passphrase)
        else:
            version = copies.snapshot(db_file, target)
    except DatabaseFault as fault:
        if fault.code in ("db_damaged", "db_not_ours"):
            raise DatabaseFault("backup_source_damaged") from None
        raise
    if not out and version != provisional.version:
        named = target_folder / rules.BackupName(made_at, version, bool(passphrase)).file_name
        os.replace(target, named)
        target = named
    log.info("backup made (schema v%s, %s bytes)", version, target.stat().st_size)
    made = Backup(target, made_at, version, bool(passphrase), False, target.stat().st_size)
    removed = () if out else rotate(target_folder, counts, spare=target)
    return BackupDone(made, removed)


def rotate(
    folder: Path,
    counts: tuple[int, int, int] = (rules.DAILY, rules.WEEKLY, rules.MONTHLY),
    spare: Path | None = None,
) -> tuple[Path, ...]:
    """Remove the backups of ``folder`` that ``domain.backups.keep`` does not keep with
    ``counts`` (daily, weekly, monthly; ``before-restore`` copies and ``spare``, the
    backup just made, are never removed: a clock set back may date it before others);
    returns what was removed."""
    regular = [b for b in list_backups(folder) if not b.before_restore]
    kept = rules.keep((b.made_at for b in regular), *counts)
    removed = []
    for item in regular:
        if item.made_at not in kept and item.path != spare:
            with contextlib.suppress(FileNotFoundError):
                item.path.unlink()
            removed.append(item.path)
    if removed:
        log.info("rotation removed %s old backups", len(removed))
    return tuple(removed)


def backup_if_due(now: datetime | None = None) -> BackupDone | None:
    """The automatic backup of the open SQLite database, when the newest is a day old
    (``domain.backups.due``), sealed with ``RECEPTIONIST_BACKUP_PASSPHRASE`` when set.
    None when not due or the site is on a server."""
    now = now or datetime.now(UTC)
    try:
        db_file = database_file()
    except DeskError:
        return None
    newest = newest_backup(db_file)
    if not rules.due(newest.made_at if newest else None, now):
        return None
    return backup(db_file, passphrase=env_passphrase(), now=now)


def check_backup(file: str | Path, passphrase: str | None = None) -> int:
    """Refuse a backup file that cannot be restored (missing, damaged, foreign, wrong
    passphrase, newer schema) without changing anything; its schema version."""
    _check_passphrase(passphrase)
    source = _existing(file)
    with tempfile.TemporaryDirectory(prefix="receptionist-check-") as scratch:
        return copies.candidate(source, Path(scratch) / "candidate.sqlite3", passphrase)


def _existing(file: str | Path) -> Path:
    source = Path(file).expanduser()
    if not source.is_file():
        raise NotFound("backup_file_missing", field="file")
    return source


def restore(
    file: str | Path,
    where: str | Path | Location | None = None,
    passphrase: str | None = None,
    folder: str | Path | None = None,
) -> RestoreDone:
    """Put the backup ``file`` in place of the site's database: checked first (refused
    with ``DatabaseFault``, nothing written), the current database kept as a
    ``before-restore`` copy in the backups folder, then installed and opened the normal
    way (migrated to this app's schema). The database must not be open in this process."""
    _check_passphrase(passphrase)
    source = _existing(file)
    db_file = database_file(where)
    work = db_file.with_name(db_file.name + ".restore" + copies.PARTIAL)
    version = copies.candidate(source, work, passphrase)
    kept: Path | None = None
    try:
        if db_file.exists():
            kept = _keep_current(db_file, backup_folder(db_file, folder))
        copies.install(work, db_file)
    finally:
        with contextlib.suppress(FileNotFoundError):
            work.unlink()
    log.info("restored a backup of schema v%s", version)
    connection.open_database(db_file)  # the normal open: checks and migrates
    try:
        from ..store import migrations
        from ..store.models import database

        after = migrations.current_version(database.obj)
    finally:
        connection.close_database()
    return RestoreDone(source, version, after, kept)


def _keep_current(db_file: Path, folder: Path) -> Path:
    """Copy the current database (sound or not) into the backups folder before it is
    replaced; never rotated away."""
    now = datetime.now(UTC).replace(microsecond=0)
    name = rules.BackupName(now, copies.version_of(db_file), False, before_restore=True)
    target = folder / name.file_name
    try:
        copies.snapshot(db_file, target, verify=False)
    except Exception:  # noqa: BLE001 - too damaged for SQLite: keep its bytes as they are
        log.info("the current database could not be copied page by page", exc_info=True)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db_file, target)
    return target
