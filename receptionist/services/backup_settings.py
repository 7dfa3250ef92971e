"""The backups of an SQLite site as an administrator sets them up in Settings → Backups:
automatic or not, how often, where, how many to keep, and whether each is sealed with a
passphrase; the list of backups, "Back up now" and putting one back.

The choices live in the site's database (``setting`` rows: the database is this
computer's file) and are audited; the passphrase never does: it is kept in the OS
keyring (``KEYRING_SERVICE``, under the database file's path), and when this computer
has none, ``RECEPTIONIST_BACKUP_PASSPHRASE`` gives it. Every function refuses a
PostgreSQL site (``backup_postgresql``): the server's own tools back it up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain import backups as rules
from ..domain.errors import DeskError, ValidationError
from ..domain.roles import Permission
from ..store import audit
from ..store import settings as store
from ..store.connection import transaction
from . import backup, clock, database
from .access import authorize
from .backup import Backup, BackupDone, RestoreDone

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Receptionist backups"
EVERY_DAYS_RANGE = (1, 30)
DAILY_RANGE = (1, 60)
WEEKLY_RANGE = (0, 52)
MONTHLY_RANGE = (0, 120)
_KEYS = {
    "automatic": "backup_automatic",
    "every_days": "backup_every_days",
    "folder": "backup_folder",
    "daily": "backup_keep_daily",
    "weekly": "backup_keep_weekly",
    "monthly": "backup_keep_monthly",
    "encrypted": "backup_encrypted",
}


@dataclass(frozen=True)
class BackupSettings:
    """How the site is backed up; ``folder`` "" is ``backups/`` beside the database."""

    automatic: bool = True
    every_days: int = 1
    folder: str = ""
    daily: int = rules.DAILY
    weekly: int = rules.WEEKLY
    monthly: int = rules.MONTHLY
    encrypted: bool = False

    @property
    def counts(self) -> tuple[int, int, int]:
        return self.daily, self.weekly, self.monthly


@dataclass(frozen=True)
class BackupsOverview:
    """What Settings → Backups shows: the settings, where the backups go, whether the
    passphrase is kept on this computer, and the backups there, newest first."""

    settings: BackupSettings
    folder: Path
    passphrase_kept: bool
    keyring_usable: bool
    backups: tuple[Backup, ...]


def _int(value: str | None, default: int, bounds: tuple[int, int]) -> int:
    try:
        number = int(value) if value else default
    except ValueError:
        return default
    return number if bounds[0] <= number <= bounds[1] else default


def _saved() -> BackupSettings:
    values = store.get_many(list(_KEYS.values()))
    d = BackupSettings()
    return BackupSettings(
        automatic=values.get(_KEYS["automatic"], "1") != "0",
        every_days=_int(values.get(_KEYS["every_days"]), d.every_days, EVERY_DAYS_RANGE),
        folder=values.get(_KEYS["folder"], ""),
        daily=_int(values.get(_KEYS["daily"]), d.daily, DAILY_RANGE),
        weekly=_int(values.get(_KEYS["weekly"]), d.weekly, WEEKLY_RANGE),
        monthly=_int(values.get(_KEYS["monthly"]), d.monthly, MONTHLY_RANGE),
        encrypted=values.get(_KEYS["encrypted"], "0") == "1",
    )


def _folder(db_file: Path, chosen: BackupSettings) -> Path:
    return backup.backup_folder(db_file, chosen.folder or None)


def _keyring_name(db_file: Path) -> str:
    return str(db_file.resolve())


def _kept_passphrase(db_file: Path) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _keyring_name(db_file)) or None
    except Exception:  # noqa: BLE001 - a broken keyring backend must not stop a backup
        log.info("the OS keyring could not be read", exc_info=True)
        return None


def _keep_passphrase(db_file: Path, passphrase: str) -> None:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_name(db_file), passphrase)
    except Exception:  # noqa: BLE001 - said to the administrator as one sentence
        log.info("the OS keyring could not be written", exc_info=True)
        raise ValidationError("backup_keyring_missing", field="passphrase") from None


def _passphrase(db_file: Path, chosen: BackupSettings) -> str | None:
    """The passphrase new backups are sealed with (None: not encrypted); refused when
    encryption is on and this computer has none."""
    if not chosen.encrypted:
        return None
    found = _kept_passphrase(db_file) or backup.env_passphrase()
    if not found:
        raise DeskError("backup_passphrase_unknown")
    return found


def backups_overview(actor_id: int) -> BackupsOverview:
    """The settings and the backups of the open SQLite site (refused on a server)."""
    authorize(actor_id, Permission.BACKUPS)
    db_file = backup.database_file()
    chosen = _saved()
    folder = _folder(db_file, chosen)
    return BackupsOverview(
        chosen,
        folder,
        _kept_passphrase(db_file) is not None,
        database.keyring_usable(),
        tuple(backup.list_backups(folder)),
    )


def _checked(chosen: BackupSettings) -> BackupSettings:
    for name, bounds in (
        ("every_days", EVERY_DAYS_RANGE),
        ("daily", DAILY_RANGE),
        ("weekly", WEEKLY_RANGE),
        ("monthly", MONTHLY_RANGE),
    ):
        value = getattr(chosen, name)
        if not bounds[0] <= value <= bounds[1]:
            raise ValidationError(
                "backup_count_invalid", field=name, shortest=bounds[0], longest=bounds[1]
            )
    folder = chosen.folder.strip()
    if folder and not Path(folder).expanduser().is_absolute():
        raise ValidationError("backup_folder_relative", field="folder")
    return BackupSettings(
        chosen.automatic,
        chosen.every_days,
        folder,
        chosen.daily,
        chosen.weekly,
        chosen.monthly,
        chosen.encrypted,
    )


def save_backup_settings(
    actor_id: int, chosen: BackupSettings, passphrase: str | None = None
) -> BackupsOverview:
    """Save how the site is backed up; a new ``passphrase`` goes to the OS keyring
    (refused when this computer has none). Encryption needs a passphrase kept here."""
    authorize(actor_id, Permission.BACKUPS)
    db_file = backup.database_file()
    chosen = _checked(chosen)
    if passphrase is not None and not passphrase:
        raise ValidationError("backup_passphrase_empty", field="passphrase")
    known = passphrase or _kept_passphrase(db_file) or backup.env_passphrase()
    if chosen.encrypted and not known:
        raise ValidationError("backup_passphrase_required", field="passphrase")
    if not passphrase and chosen == _saved():
        return backups_overview(actor_id)  # nothing changed: nothing written or audited
    if passphrase:
        _keep_passphrase(db_file, passphrase)
    with transaction():
        store.put(_KEYS["automatic"], "1" if chosen.automatic else "0")
        store.put(_KEYS["every_days"], str(chosen.every_days))
        store.put(_KEYS["folder"], chosen.folder)
        store.put(_KEYS["daily"], str(chosen.daily))
        store.put(_KEYS["weekly"], str(chosen.weekly))
        store.put(_KEYS["monthly"], str(chosen.monthly))
        store.put(_KEYS["encrypted"], "1" if chosen.encrypted else "0")
        audit.record(
            clock.now(),
            actor_id,
            "settings.backups",
            "setting",
            0,
            automatic=chosen.automatic,
            every_days=chosen.every_days,
            keep=list(chosen.counts),
            encrypted=chosen.encrypted,
            passphrase_changed=bool(passphrase),
        )
    return backups_overview(actor_id)


def back_up_now(actor_id: int) -> BackupDone:
    """Back the open SQLite site up now, as the settings say (folder, passphrase,
    rotation); audited."""
    authorize(actor_id, Permission.BACKUPS)
    done = _back_up(datetime.now(UTC))
    with transaction():
        audit.record(
            clock.now(),
            actor_id,
            "backup.made",
            "setting",
            0,
            encrypted=done.backup.encrypted,
            size=done.backup.size,
            removed=len(done.removed),
        )
    return done


def _back_up(now: datetime) -> BackupDone:
    db_file = backup.database_file()
    chosen = _saved()
    return backup.backup(
        db_file,
        folder=_folder(db_file, chosen),
        passphrase=_passphrase(db_file, chosen),
        now=now,
        counts=chosen.counts,
    )


def scheduled_backup(now: datetime | None = None) -> BackupDone | None:
    """The desk's automatic backup (a system job, no actor): made when the settings
    have it on and the newest backup is ``every_days`` old. None when not due or the
    site is on a server."""
    now = now or datetime.now(UTC)
    try:
        db_file = backup.database_file()
    except DeskError:
        return None
    chosen = _saved()
    if not chosen.automatic:
        return None
    folder = _folder(db_file, chosen)
    newest = next((b for b in backup.list_backups(folder) if not b.before_restore), None)
    if not rules.due(newest.made_at if newest else None, now, timedelta(days=chosen.every_days)):
        return None
    return _back_up(now)


def check_backup_file(actor_id: int, file: str | Path) -> int:
    """Whether a backup can be restored (passphrase from this computer when sealed);
    its schema version, or the refusal (``DatabaseFault``)."""
    authorize(actor_id, Permission.BACKUPS)
    db_file = backup.database_file()
    return backup.check_backup(file, _kept_passphrase(db_file) or backup.env_passphrase())


def restore_backup(actor_id: int, file: str | Path) -> RestoreDone:
    """Put the backup ``file`` back in place of the open SQLite site's database: checked
    first (refused, nothing changed), then the database is closed, the current one kept
    as a ``before-restore`` copy, the backup installed and opened once (migrated), and
    closed again: the desk must start again to use it."""
    authorize(actor_id, Permission.BACKUPS)
    db_file = backup.database_file()
    chosen = _saved()
    passphrase = _kept_passphrase(db_file) or backup.env_passphrase()
    backup.check_backup(file, passphrase)
    with transaction():
        audit.record(clock.now(), actor_id, "backup.restore", "setting", 0)
    database.close_database()
    return backup.restore(file, db_file, passphrase, _folder(db_file, chosen))
