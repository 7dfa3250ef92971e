"""Retention while the desk runs: shortly after the window is up, then once a day, a
worker thread asks ``services.privacy.run_scheduled_retention`` to anonymise the
customers with no visit for the retention period (acting as the system, audited). The
GUI thread's connection is not used; what it did is logged as a count (no personal
data), and each erased customer's card and lists are refreshed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import privacy
from .background import Background
from .context import DeskSignals

START_DELAY_MS = 8_000  # after the first searches and the backup check
RUN_EVERY_MS = 24 * 60 * 60 * 1000
RETRY_MS = 10 * 60 * 1000  # after a failed run (another station was writing, a fault)

log = logging.getLogger(__name__)


class RetentionSchedule(QObject):
    """``run()`` runs retention on a worker thread; ``ran`` carries its
    ``RetentionReport`` (on the GUI thread)."""

    ran = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = Background(self)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._retry_later)
        self._timer = QTimer(self)
        self._timer.setInterval(RUN_EVERY_MS)
        self._timer.timeout.connect(self.run)

    def start(self, delay_ms: int | None = None) -> None:
        """The first run after ``delay_ms`` (default ``START_DELAY_MS``), then daily."""
        QTimer.singleShot(START_DELAY_MS if delay_ms is None else delay_ms, self, self.run)
        self._timer.start()

    def _retry_later(self) -> None:
        """Nothing was anonymised (one transaction): try again in a while, not tomorrow."""
        QTimer.singleShot(RETRY_MS, self, self.run)

    def run(self) -> None:
        self._worker.run(privacy.run_scheduled_retention)

    def _done(self, report: privacy.RetentionReport) -> None:
        log.info(
            "retention: %d customers anonymised (no visit for %d months)",
            report.count,
            report.months,
        )
        self.ran.emit(report)


def start_retention(parent: QObject, signals: DeskSignals) -> RetentionSchedule:
    """Start the daily retention job of the open database; each customer it erases is
    announced on ``signals.customer_changed``."""
    schedule = RetentionSchedule(parent)

    def announce(report: privacy.RetentionReport) -> None:
        for customer_id in report.customer_ids:
            signals.customer_changed.emit(customer_id)

    schedule.ran.connect(announce)
    schedule.start()
    return schedule
