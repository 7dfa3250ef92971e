"""Work that would stall the window, run on a worker thread: one job at a time, the
latest wins (a newer ``run`` drops what an older one would deliver)."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...services import database

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread: a signal emitted by the worker arrives there queued."""

    finished = Signal(int, bool, object)  # job, ok, result


class _Job(QRunnable):
    def __init__(self, job: int, relay: _Relay, func: Callable[..., object], args: tuple):
        super().__init__()
        self._job, self._relay, self._func, self._args = job, relay, func, args

    def run(self) -> None:
        try:
            result = self._func(*self._args)
        except Exception:  # noqa: BLE001 - reported to the window, logged without data
            log.exception("background job failed")
            self._relay.finished.emit(self._job, False, None)
        else:
            self._relay.finished.emit(self._job, True, result)
        finally:
            database.release_thread_connection()


class Background(QObject):
    """``run(func, *args)`` calls ``func`` on a worker thread; ``done(result)`` or
    ``failed()`` arrives in the GUI thread, for the latest job only."""

    done = Signal(object)
    failed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._jobs = itertools.count(1)
        self._latest = 0

    def run(self, func: Callable[..., object], *args: object) -> None:
        self._pool.clear()  # a job still waiting for the thread is not needed any more
        self._latest = next(self._jobs)
        self._pool.start(_Job(self._latest, self._relay, func, args))

    def cancel(self) -> None:
        """Forget the pending job: its result, when it comes, is dropped."""
        self._pool.clear()
        self._latest = next(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the job running now (if any) to end, up to ``msecs`` (-1: no limit);
        whether it did. Its result still arrives through the event loop."""
        return self._pool.waitForDone(msecs)

    def _finished(self, job: int, ok: bool, result: object) -> None:
        if job != self._latest:
            return
        if ok:
            self.done.emit(result)
        else:
            self.failed.emit()
