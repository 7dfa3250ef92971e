"""The full integrity check of the database, run in the background once a window is up.

Opening checks only what costs nothing (the file's header and length, our schema
marker); reading every page takes about 1.4 ms per MB (seconds for a large database), too
long for the start-up budget. So the desk and the kiosk read it on a thread of their own
(a read-only SQLite connection, which never blocks a writer) shortly after their window is
shown. Damage found is remembered by the store, which from then on refuses every write
with ``db_damaged``; the window is told so it can say so, with the newest backup's date
and the command that restores it (``damage_text``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.faults import DatabaseFault
from ...services import backup, database
from .labels import error_text
from .retranslate import Retranslating

START_DELAY_MS = 1000  # after the window's first paint and the search box's focus

log = logging.getLogger(__name__)


class IntegrityWatch(QObject):
    """Runs ``database.check_integrity`` on a thread; ``damaged`` is emitted (on the GUI
    thread) when the file is damaged, ``finished`` in any case."""

    damaged = Signal()
    finished = Signal()
    _result = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._result.connect(self._deliver)
        self.sound: bool | None = None

    def start(self) -> None:
        threading.Thread(target=self._run, name="integrity-check", daemon=True).start()

    def _run(self) -> None:
        try:
            sound = database.check_integrity()
        except Exception:  # noqa: BLE001 - a check that fails says nothing about damage
            log.warning("integrity check failed", exc_info=True)
            sound = True
        self._result.emit(sound)  # queued to the GUI thread: this object lives there

    @Slot(bool)
    def _deliver(self, sound: bool) -> None:
        self.sound = sound
        if not sound:
            self.damaged.emit()
        self.finished.emit()


def watch_integrity(
    parent: QObject, on_damaged: Callable[[], None], delay_ms: int = START_DELAY_MS
) -> IntegrityWatch:
    """Start the background check ``delay_ms`` after now; ``on_damaged`` runs on the GUI
    thread if the file turns out to be damaged."""
    watch = IntegrityWatch(parent)
    watch.damaged.connect(on_damaged)
    QTimer.singleShot(delay_ms, watch, watch.start)
    return watch


def damage_text() -> str:
    """The damaged-database sentence and what to restore: the newest backup's date and
    the command that puts it back, or that there is none."""
    text = error_text(DatabaseFault("db_damaged"))
    newest = backup.newest_backup()
    if newest is None:
        more = QCoreApplication.translate(
            "Integrity", "No backup of this database was found in its backups folder."
        )
    else:
        made = QDateTime.fromSecsSinceEpoch(int(newest.made_at.timestamp())).toLocalTime()
        more = QCoreApplication.translate(
            "Integrity",
            "The newest backup is from {when}; to put it back, close the desk and run: "
            'receptionist restore "{file}"',
        ).format(when=QLocale().toString(made, QLocale.FormatType.ShortFormat), file=newest.path)
    space = "" if text.endswith("。") else " "  # Chinese sentences follow without a space
    return text + space + more


class DamageBanner(Retranslating, QLabel):
    """A line that stays on screen once the file is known to be damaged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database_damaged_banner")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(damage_text())
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(QCoreApplication.translate("Integrity", "Database damaged"))
