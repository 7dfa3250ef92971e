"""Work the desk does once a day while it runs (retention, the follow-up rules and the
lost-customer detection): on a worker thread, first shortly after the window is up, then
every day; a failed run (another station was writing, a fault) is tried again in a while
rather than tomorrow, which is safe because every such job is idempotent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from .background import Background

RUN_EVERY_MS = 24 * 60 * 60 * 1000
RETRY_MS = 10 * 60 * 1000


class DailyJob(QObject):
    """A subclass says what runs (``run``: ``self._worker.run(...)``) and what to do with
    its result on the GUI thread (``_done``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = Background(self)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._retry_later)
        self._timer = QTimer(self)
        self._timer.setInterval(RUN_EVERY_MS)
        self._timer.timeout.connect(self.run)

    def _begin(self, delay_ms: int) -> None:
        """The first run after ``delay_ms``, then daily."""
        QTimer.singleShot(delay_ms, self, self.run)
        self._timer.start()

    def _retry_later(self) -> None:
        QTimer.singleShot(RETRY_MS, self, self.run)

    def run(self) -> None:
        raise NotImplementedError

    def _done(self, result: Any) -> None:
        raise NotImplementedError
