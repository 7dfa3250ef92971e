"""Live across stations, for Qt: ``LiveUpdates`` carries the listener's calls
(``services.live``, on its own thread) to the GUI thread as signals, and
``ServerLostBanner`` says that the database server cannot be reached.

A burst of changes (a kiosk checking a group in, a script importing customers) becomes one
``changed`` at most every ``MIN_GAP_MS``: each reader re-reads what it shows once.
On SQLite nothing is listened to (``active`` is False) and the desk keeps polling.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...services import live
from .retranslate import Retranslating

MIN_GAP_MS = 200  # between two ``changed`` signals


class LiveUpdates(QObject):
    """Change notices and the server's comings and goings, on the GUI thread."""

    changed = Signal(object)  # frozenset[str]: the tables another station changed
    lost = Signal()  # the server went away
    back = Signal()  # the server answers again: read everything again

    # From the listener's thread; queued to the GUI thread (this object lives there).
    _changed_far = Signal(object)
    _lost_far = Signal()
    _back_far = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        self._last = 0.0
        self._server_lost = False
        self._gap = QTimer(self, singleShot=True)
        self._gap.timeout.connect(self._deliver)
        self._changed_far.connect(self._collect)
        self._lost_far.connect(self._went_away)
        self._back_far.connect(self._came_back)
        self._listener = live.listener_for_open_database(
            self._changed_far.emit, self._lost_far.emit, self._back_far.emit
        )

    @property
    def active(self) -> bool:
        """Whether change notices come (PostgreSQL); else the owner polls."""
        return self._listener is not None

    @property
    def server_lost(self) -> bool:
        return self._server_lost

    @property
    def listening(self) -> bool:
        """The listener's connection is up and listening (tests wait for it)."""
        return self._listener is not None and self._listener.listening.is_set()

    def start(self) -> None:
        if self._listener is not None:
            self._listener.start()

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
        self._gap.stop()

    @Slot(object)
    def _collect(self, tables: frozenset[str]) -> None:
        self._pending |= tables
        if not self._gap.isActive():
            since_ms = (time.monotonic() - self._last) * 1000
            self._gap.start(max(0, int(MIN_GAP_MS - since_ms)))

    @Slot()
    def _deliver(self) -> None:
        tables, self._pending = frozenset(self._pending), set()
        self._last = time.monotonic()
        if tables:
            self.changed.emit(tables)

    @Slot()
    def _went_away(self) -> None:
        self._server_lost = True
        self.lost.emit()

    @Slot()
    def _came_back(self) -> None:
        self._server_lost = False
        self._pending.clear()  # everything is read again anyway
        self._gap.stop()
        self.back.emit()


class ServerLostBanner(Retranslating, QLabel):
    """A red line over the desk while the database server cannot be reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_lost_banner")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(
            "background: #b91c1c; color: white; font-weight: bold; padding: 6px 10px;"
        )
        self.setIndent(0)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setText(
            translate(
                "Live",
                "The database server cannot be reached, so nothing can be saved right now. "
                "What you type is kept; the desk reconnects by itself when the server is back.",
            )
        )
        self.setAccessibleName(translate("Live", "Database server unreachable"))
