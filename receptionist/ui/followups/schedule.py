"""The follow-up rules while the desk runs: shortly after the window is up, then once a
day, a worker thread asks ``services.followup_rules.run_scheduled_rules`` to make the
tasks due (acting as the system, audited), then ``services.lost.detect_scheduled`` to
find the customers who look lost, then ``services.reports.refresh_scheduled`` to bring
the dashboard's summaries up to date (after an upgrade or a bulk load that takes a while:
better here than in a manager's first dashboard). A failure of one does not stop the
others; a failed run
(another station was writing, a fault) is tried again in a while (both are idempotent).
What they made is logged as counts (no personal data)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ...domain.errors import DeskError
from ...services import followup_rules, lost, reports
from ...services.lost_views import Detected
from ..common.daily_job import RETRY_MS, DailyJob

START_DELAY_MS = 12_000  # after the first searches, the backup check and retention

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DailyRun:
    """What the day's run made; ``None`` for a part that failed."""

    rules: followup_rules.RulesReport | None
    lost: Detected | None
    summaries: tuple[int, int] | None = None  # (days, customers) recomputed


def _reason(error: Exception) -> str:
    """Why a part failed, without personal data: the error's code or its type."""
    return error.code if isinstance(error, DeskError) else type(error).__name__


def run_daily() -> DailyRun:
    """The rules, then the lost-customer detection (on the worker thread)."""
    try:
        rules: followup_rules.RulesReport | None = followup_rules.run_scheduled_rules()
    except Exception as error:  # noqa: BLE001 (logged; the detection still runs)
        log.warning("follow-up rules failed (%s)", _reason(error))
        rules = None
    try:
        detected: Detected | None = lost.detect_scheduled()
    except Exception as error:  # noqa: BLE001 (logged; the rules' result still counts)
        log.warning("lost-customer detection failed (%s)", _reason(error))
        detected = None
    try:
        summaries: tuple[int, int] | None = reports.refresh_scheduled()
    except Exception as error:  # noqa: BLE001 (logged; the dashboard refreshes by itself)
        log.warning("dashboard summaries not refreshed (%s)", _reason(error))
        summaries = None
    return DailyRun(rules, detected, summaries)


class FollowUpSchedule(DailyJob):
    """``run()`` runs the rules and the lost detection on a worker thread; ``ran``
    carries the ``RulesReport``, ``lost_ran`` the ``Detected`` (on the GUI thread)."""

    ran = Signal(object)
    lost_ran = Signal(object)

    def start(self, delay_ms: int | None = None) -> None:
        """The first run after ``delay_ms`` (default ``START_DELAY_MS``), then daily."""
        self._begin(START_DELAY_MS if delay_ms is None else delay_ms)

    def _retry_later(self) -> None:
        log.warning(
            "the daily follow-up run failed; trying again in %d minutes", RETRY_MS // 60_000
        )
        super()._retry_later()

    def run(self) -> None:
        self._worker.run(run_daily)

    def _done(self, run: DailyRun) -> None:
        if run.rules is not None:
            log.info("follow-up rules: %d tasks made %s", run.rules.count, run.rules.by_kind)
            self.ran.emit(run.rules)
        if run.summaries is not None:
            log.info("dashboard summaries: %d days, %d customers recomputed", *run.summaries)
        if run.lost is not None:
            log.info("lost-customer detection: %d reviews opened", len(run.lost.review_ids))
            self.lost_ran.emit(run.lost)
        if run.rules is None or run.lost is None:
            self._retry_later()


def start_follow_up_rules(parent: QObject) -> FollowUpSchedule:
    """Start the daily run of the follow-up rules and the lost detection on the open
    database."""
    schedule = FollowUpSchedule(parent)
    schedule.start()
    return schedule
