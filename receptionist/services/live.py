"""Live across stations: what another desk, a kiosk or the command line changed, within a
second, and whether the database server is there at all.

On PostgreSQL a ``Listener`` keeps one connection of its own listening for the schema's
change notices (``store.listen``), on a thread of its own, and calls back with plain
functions (no Qt here; ``ui.common.live`` carries them to the GUI thread):

- ``changed(tables)``: statements that changed these tables were committed somewhere;
- ``lost()``: the server went away (stopped, restarted, the network is down) — once per
  loss; the listener then tries again every ``RETRY_S`` seconds;
- ``back()``: it answers again (notices sent meanwhile are gone: read everything again).

The station's own connection reconnects by itself on its next statement
(``store.postgres``). SQLite has no listener: its desk polls the file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ..domain.faults import DatabaseFault
from ..domain.location import Location
from . import database

log = logging.getLogger(__name__)

RETRY_S = 1.0  # between attempts to reach a server that went away
WAIT_S = 0.25  # longest wait for a notice before looking at ``stop`` again


class Listener:
    """Listens for change notices of the PostgreSQL database at ``place`` until
    ``stop``; the callbacks run on the listener's thread."""

    def __init__(
        self,
        place: Location,
        changed: Callable[[frozenset[str]], None],
        lost: Callable[[], None],
        back: Callable[[], None],
        password: str | None = None,
        retry_s: float | None = None,
    ) -> None:
        """``retry_s``: between attempts to reach the server (default ``RETRY_S``)."""
        if not place.is_postgresql:
            raise ValueError("change notices need a PostgreSQL database")
        self._place = place
        self._password = password
        self._changed = changed
        self._lost = lost
        self._back = back
        self._retry_s = RETRY_S if retry_s is None else retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._up: bool | None = None  # None: not connected yet
        self.listening = threading.Event()  # set while the connection listens

    @property
    def server_lost(self) -> bool:
        """The server went away and has not answered since."""
        return self._up is False

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="live-listener", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop listening; returns once the thread has ended (within ``WAIT_S``)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        # Here, not at the top: only a PostgreSQL station loads the driver (its import
        # costs a start ~80 ms).
        from ..store.listen import Subscription

        while not self._stop.is_set():
            try:
                subscription = Subscription(self._place.url, self._password)
            except DatabaseFault as fault:
                self._went_away(fault)
                self._stop.wait(self._retry_s)
                continue
            try:
                self._listen(subscription)
            except DatabaseFault as fault:
                self._went_away(fault)
            finally:
                subscription.close()
                self.listening.clear()

    def _listen(self, subscription) -> None:
        was_lost = self._up is False
        self._up = True
        self.listening.set()
        if was_lost:
            log.info("the database server answers again")
            self._call(self._back)
        while not self._stop.is_set():
            tables = subscription.wait(WAIT_S)
            if tables and not self._stop.is_set():
                self._call(self._changed, tables)

    def _went_away(self, fault: DatabaseFault) -> None:
        if self._up is not False and not self._stop.is_set():
            self._up = False
            log.info("the database server went away (%s)", fault.code)
            self._call(self._lost)

    def _call(self, callback: Callable, *args: object) -> None:
        try:
            callback(*args)
        except Exception:  # noqa: BLE001 - a callback's bug must not end the listening
            log.exception("a change-notice callback failed")


def listener_for_open_database(
    changed: Callable[[frozenset[str]], None],
    lost: Callable[[], None],
    back: Callable[[], None],
) -> Listener | None:
    """A listener (not started) for the database this process has open; None on SQLite
    (or before a database is open)."""
    place = database.current_location()
    if place is None or not place.is_postgresql:
        return None
    return Listener(place, changed, lost, back, password=database.password_in_use())
