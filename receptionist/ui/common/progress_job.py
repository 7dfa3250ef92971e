"""Long work on a worker thread, with progress and a Cancel: an import (or its dry run),
a recompute of the tiers, an export.

``ProgressJob.start(func, *args, **kwargs)`` calls the service ``func`` with
``progress=`` and ``cancelled=`` added; ``progress(done, total)``, ``finished(result)``
and ``failed(error)`` arrive in the GUI thread (queued signals). ``cancel()`` asks the
service to stop at its next chunk: it undoes what it did and fails with its
``…_cancelled`` error (an import rolls back, an export removes its temporary file).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...domain.errors import DeskError
from ...services import database

log = logging.getLogger(__name__)


class _Relay(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the DeskError, or None for something unexpected


class _Run(QRunnable):
    def __init__(self, relay: _Relay, stop: threading.Event, func: Callable, args, kwargs):
        super().__init__()
        self._relay, self._stop = relay, stop
        self._func, self._args, self._kwargs = func, args, kwargs

    def run(self) -> None:
        try:
            report = self._func(
                *self._args,
                progress=self._relay.progress.emit,
                cancelled=self._stop.is_set,
                **self._kwargs,
            )
        except DeskError as err:
            self._relay.failed.emit(err)
        except Exception:  # noqa: BLE001 - shown as one sentence, logged without data
            log.exception("background job failed")
            self._relay.failed.emit(None)
        else:
            self._relay.finished.emit(report)
        finally:
            database.release_thread_connection()


class ProgressJob(QObject):
    """One long job at a time, off the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.finished.connect(self._done)
        self._relay.failed.connect(self._fail)
        self._stop = threading.Event()
        self.running = False

    def start(self, func: Callable, *args: object, **kwargs: object) -> None:
        self._stop = threading.Event()
        self.running = True
        self._pool.start(_Run(self._relay, self._stop, func, args, kwargs))

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running job to end (closing the window)."""
        return self._pool.waitForDone(msecs)

    def _done(self, report: object) -> None:
        self.running = False
        self.finished.emit(report)

    def _fail(self, error: object) -> None:
        self.running = False
        self.failed.emit(error)
