"""Retention while the desk runs: shortly after the window is up, then once a day, a
worker thread asks ``services.privacy.run_scheduled_retention`` to anonymise the
customers with no visit for the retention period (acting as the system, audited). The
GUI thread's connection is not used; what it did is logged as a count (no personal
data), and each erased customer's card and lists are refreshed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ...services import privacy
from .context import DeskSignals
from .daily_job import DailyJob

START_DELAY_MS = 8_000  # after the first searches and the backup check

log = logging.getLogger(__name__)


class RetentionSchedule(DailyJob):
    """``run()`` runs retention on a worker thread; ``ran`` carries its
    ``RetentionReport`` (on the GUI thread). A failed run anonymised nothing (one
    transaction) and is tried again in a while."""

    ran = Signal(object)

    def start(self, delay_ms: int | None = None) -> None:
        """The first run after ``delay_ms`` (default ``START_DELAY_MS``), then daily."""
        self._begin(START_DELAY_MS if delay_ms is None else delay_ms)

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
