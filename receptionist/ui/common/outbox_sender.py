"""The outbox's background sender while the desk or the kiosk runs (issue 14): every few
seconds a worker thread delivers what is due (``outbox.deliver_due``); about every ten
minutes it first writes the notices due (``notices.write_due_notices``: digests, overdue
complaints), and about once a day it deletes old messages (``outbox.delete_old``).

Never two passes at once: a pass asked for while one runs (``nudge`` after a check-in,
"Send now") runs right after it. A failure is logged by its type only (no data) and tried
again later; it never reaches the window. ``delivered`` carries each pass's
``DeliveryReport``, ``finished`` every pass's ``PassResult`` (also a failed one).

The sender does nothing until ``start``: the app and the kiosk start it; tests and
screenshot scripts drive passes with ``run_pass`` or start it with their own ``Timing``.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import notices, outbox
from ...services.outbox import DeliveryReport
from .background import Background

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Timing:
    """How often the sender does what (milliseconds)."""

    pass_ms: int = 5_000  # deliver what is due
    notices_first_ms: int = 60_000  # after the day's follow-up rules have made the tasks
    notices_ms: int = 10 * 60_000
    cleanup_first_ms: int = 5 * 60_000
    cleanup_ms: int = 24 * 60 * 60_000
    retry_ms: int = 10 * 60_000  # a failed notices or clean-up run is tried again after


@dataclass(frozen=True)
class PassResult:
    """One pass: the delivery's report (None: the pass failed, ``error`` names the type);
    whether the notices and the clean-up ran (None: not due) and succeeded; ``number``
    the pass's (``run_pass`` tells which pass will serve a request)."""

    report: DeliveryReport | None
    error: str = ""
    notices: bool | None = None
    cleanup: bool | None = None
    number: int = 0


def _attempt(what: str, job) -> bool:
    try:
        job()
    except Exception as error:  # noqa: BLE001 - logged by type only; tried again later
        log.warning("outbox: %s failed (%s); trying again later", what, type(error).__name__)
        return False
    return True


def one_pass(station: str, with_notices: bool, with_cleanup: bool) -> PassResult:
    """A pass of the sender (on the worker thread): the notices due first, so that they
    go out in this very pass, then the delivery, then the clean-up."""
    wrote = _attempt("writing the notices", notices.write_due_notices) if with_notices else None
    try:
        report: DeliveryReport | None = outbox.deliver_due(station)
        error = ""
    except Exception as failure:  # noqa: BLE001 - logged by type only; the next pass retries
        report, error = None, type(failure).__name__
    cleaned = _attempt("deleting old messages", outbox.delete_old) if with_cleanup else None
    return PassResult(report, error, wrote, cleaned)


class OutboxSender(QObject):
    delivered = Signal(object)  # DeliveryReport
    finished = Signal(object)  # PassResult

    def __init__(
        self, station: str = "", parent: QObject | None = None, timing: Timing | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self.timing = timing or Timing()
        self._worker = Background(self)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(lambda: self._done(PassResult(None, "worker")))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_pass)
        self._busy = False
        self._again = False
        self._passes = 0  # passes started
        self._failing = False  # the last pass failed: the next failures are not logged again
        now = time.monotonic()
        self._notices_at = now + self.timing.notices_first_ms / 1000
        self._cleanup_at = now + self.timing.cleanup_first_ms / 1000

    @property
    def running(self) -> bool:
        """Started and not stopped: passes come by themselves, and a nudge runs one."""
        return self._timer.isActive()

    @property
    def busy(self) -> bool:
        """A pass is running now."""
        return self._busy

    def start(self) -> None:
        """Passes every ``timing.pass_ms`` from now on."""
        self._timer.start(self.timing.pass_ms)

    def stop(self, wait_ms: int = 15_000) -> None:
        """No more passes; the one running (if any) is waited for, up to ``wait_ms``."""
        self._timer.stop()
        self._again = False
        self._worker.wait(wait_ms)

    def nudge(self) -> None:
        """Something was just written to the outbox (a check-in): a pass now, if the
        sender runs."""
        if self.running:
            self.run_pass()

    def run_pass(self) -> int:
        """A pass now, or right after the one running; the number of the pass that will
        do it (``PassResult.number``)."""
        if self._busy:
            self._again = True
            return self._passes + 1
        self._busy = True
        self._passes += 1
        now = time.monotonic()
        with_notices = now >= self._notices_at
        with_cleanup = now >= self._cleanup_at
        self._worker.run(one_pass, self._station, with_notices, with_cleanup)
        return self._passes

    def _done(self, result: PassResult) -> None:
        self._busy = False
        result = replace(result, number=self._passes)
        now = time.monotonic()
        timing = self.timing
        if result.notices is not None:
            wait_ms = timing.notices_ms if result.notices else timing.retry_ms
            self._notices_at = now + wait_ms / 1000
        if result.cleanup is not None:
            wait_ms = timing.cleanup_ms if result.cleanup else timing.retry_ms
            self._cleanup_at = now + wait_ms / 1000
        if result.report is None:
            if not self._failing:
                log.warning("outbox: sending failed (%s); trying again", result.error)
            self._failing = True
        else:
            if self._failing:
                log.info("outbox: sending works again")
            self._failing = False
            self.delivered.emit(result.report)
        self.finished.emit(result)
        if self._again:
            self._again = False
            self.run_pass()
