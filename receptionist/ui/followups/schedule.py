"""The follow-up rules while the desk runs: shortly after the window is up, then once a
day, a worker thread asks ``services.followup_rules.run_scheduled_rules`` to make the
tasks due (acting as the system, audited). A failed run (another station was writing, a
fault) is tried again in a while. What it made is logged as counts (no personal data)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import followup_rules
from ..common.background import Background

START_DELAY_MS = 12_000  # after the first searches, the backup check and retention
RUN_EVERY_MS = 24 * 60 * 60 * 1000
RETRY_MS = 10 * 60 * 1000

log = logging.getLogger(__name__)


class FollowUpSchedule(QObject):
    """``run()`` runs the rules on a worker thread; ``ran`` carries the ``RulesReport``
    (on the GUI thread)."""

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
        log.warning("follow-up rules failed; trying again in %d minutes", RETRY_MS // 60_000)
        QTimer.singleShot(RETRY_MS, self, self.run)

    def run(self) -> None:
        self._worker.run(followup_rules.run_scheduled_rules)

    def _done(self, report: followup_rules.RulesReport) -> None:
        log.info("follow-up rules: %d tasks made %s", report.count, report.by_kind)
        self.ran.emit(report)


def start_follow_up_rules(parent: QObject) -> FollowUpSchedule:
    """Start the daily run of the follow-up rules on the open database."""
    schedule = FollowUpSchedule(parent)
    schedule.start()
    return schedule
