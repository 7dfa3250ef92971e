"""The outbox in the desk window: its background sender (started by the app, nudged after
each check-in at this desk), the failures on the status bar — met by this desk's sender,
or by another station's (read on the desk's refresh cycle: its poll on SQLite, the
``outbox_message`` change notice on PostgreSQL) — and Manage → Outbox…."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import clock, outbox, stations
from ...services.access import allowed
from ...services.outbox import DeliveryReport, Failure
from ..common.outbox_sender import OutboxSender, Timing
from ..common.window_opener import WindowOpener
from .failures import FailureLine

if TYPE_CHECKING:
    from ..desk.window import DeskWindow
    from .window import OutboxWindow

log = logging.getLogger(__name__)

OVERLAP = timedelta(seconds=30)


class DeskOutbox(QObject):
    def __init__(self, desk: DeskWindow, timing: Timing | None = None) -> None:
        super().__init__(desk)
        self._ctx = desk.ctx
        station = stations.current_station()
        self.outbox_sender = OutboxSender(station.name if station else "", self, timing)
        self.outbox_sender.delivered.connect(self._delivered)
        self.failures = FailureLine(self.open, desk)
        desk.statusBar().addPermanentWidget(self.failures)
        self._since: datetime = clock.now()
        self.opener: WindowOpener[OutboxWindow] = WindowOpener(
            desk.ctx, Permission.DESK, self._build, self
        )

    @property
    def window(self) -> OutboxWindow | None:
        return self.opener.window

    def _build(self) -> OutboxWindow:
        from .window import OutboxWindow

        window = OutboxWindow(self._ctx, self.outbox_sender)
        window.retried.connect(self.failures.forget)
        return window

    def open(self) -> OutboxWindow | None:
        """Manage → Outbox… (the desk's roles), or a click on a failure."""
        return self.opener.open()

    def nudge(self) -> None:
        """A check-in at this desk wrote its host's messages: send them now."""
        self.outbox_sender.nudge()

    def _may_see(self) -> bool:
        return allowed(self._ctx.actor, Permission.DESK)

    def _delivered(self, report: DeliveryReport) -> None:
        if report.failures and self._may_see():
            self.say(report.failures)

    def say(self, failures: Sequence[Failure]) -> None:
        self.failures.add(failures)

    def poll(self) -> None:
        """The failures every station's sender met since the last look."""
        if not self._may_see():
            return
        try:
            found = outbox.recent_failures(self._ctx.actor.id, self._since)
        except DeskError as error:
            log.info("reading the outbox's failures: %s", error.code)
            return
        self.say(list(reversed(found)))  # oldest first: said in the order they happened
        times = [f.at for f in found if f.at is not None]
        if times:
            # A little overlap: a station's failure committed late is still found (the
            # line says each failure once).
            self._since = max(self._since, max(times) - OVERLAP)

    def close(self) -> None:
        self.outbox_sender.stop()
        if self.window is not None:
            self.window.close()


def install(desk: DeskWindow) -> DeskOutbox:
    return DeskOutbox(desk)
