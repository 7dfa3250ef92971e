"""Automatic backups while the desk runs (SQLite sites): shortly after the window is up,
then every hour, a worker thread asks ``services.backup_settings.scheduled_backup`` to
back the database up as Settings → Backups says (on or off, how often, where, how many to
keep, sealed with the passphrase or not). Nothing here touches the GUI thread's
connection; a failed backup is logged (no personal data) and tried again an hour later."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import backup_settings, database
from .background import Background

START_DELAY_MS = 5_000  # after the integrity check's start (1 s) and the first searches
CHECK_EVERY_MS = 60 * 60 * 1000

log = logging.getLogger(__name__)


class BackupSchedule(QObject):
    """``check()`` runs a due backup on a worker thread; ``made`` carries its
    ``BackupDone`` (on the GUI thread), ``checked`` is emitted after every check."""

    made = Signal(object)
    checked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = Background(self)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self.checked)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.check)
        self._timer.start()

    def check(self) -> None:
        self._worker.run(backup_settings.scheduled_backup)

    def _done(self, done: object) -> None:
        if done is not None:
            self.made.emit(done)
        self.checked.emit()


def start_backups(parent: QObject) -> BackupSchedule | None:
    """Start the automatic backups of the open database; None on a PostgreSQL site (the
    server's own tools back it up)."""
    place = database.current_location()
    if place is None or place.is_postgresql:
        return None
    schedule = BackupSchedule(parent)
    schedule.start()
    return schedule
