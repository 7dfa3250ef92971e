"""Keeping the desk up to date with what other processes write (a kiosk, another desk,
the command line).

SQLite: one two-second poll reads the expected list, the notifications, the day at a
glance, and the board when its tab is hidden (it polls itself while shown). PostgreSQL:
the server's change notices (``ui.common.live``) say which tables another station
changed, within a second of its commit, and only what shows them is read again; a banner
over the desk says when the server cannot be reached, and everything is read again when
it is back. Either way, nothing typed is touched. Each minute the closing check runs
(``closing_dialog``) while the desk is shown and the server there.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ...domain.faults import DatabaseFault
from ...services import settings
from ..common.live import LiveUpdates
from .board import POLL_MS

if TYPE_CHECKING:
    from .window import DeskWindow

log = logging.getLogger(__name__)

BOARD_TABLES = frozenset({"visit", "customer"})


class DeskUpdates(QObject):
    """The poll or the change notices of ``desk``, and its server-lost banner."""

    def __init__(self, desk: DeskWindow) -> None:
        super().__init__(desk)
        self._desk = desk
        self._watching = False  # the poll (or the notices' effects) and the closing check
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.poll)
        self.live = LiveUpdates(self)
        self.live.changed.connect(self.changed_elsewhere)
        self.live.lost.connect(self._server_lost)
        self.live.back.connect(self._server_back)
        if self.live.active:
            desk.board.use_change_notices()

    # -- starting and stopping --------------------------------------------------------
    def listen(self) -> None:
        """Start listening for change notices (PostgreSQL; once the desk is loaded)."""
        self.live.start()

    def start(self) -> None:
        """The desk is shown: poll (SQLite) and run the closing check."""
        if self._watching:
            return
        self._watching = True
        if not self.live.active:
            self._poll.start()
        if not self.live.server_lost:
            self._desk.closing_banner.start()

    def pause(self) -> None:
        """The desk is hidden (not minimised): no poll, no closing check."""
        self._watching = False
        self._poll.stop()
        self._desk.closing_banner.stop()

    def close(self) -> None:
        self.pause()
        self.live.stop()

    # -- reading again ----------------------------------------------------------------
    def poll(self) -> None:
        """Read again whatever another process may have changed."""
        desk = self._desk
        if self.live.active or not desk.board.isVisible():  # on SQLite, shown, it polls
            desk.board.refresh()
        desk.expected_panel.refresh()
        desk.notifications.refresh()
        if desk.checkin_panel.today_panel.isVisible():  # no visitor chosen
            desk.checkin_panel.today_panel.refresh()
        desk.complaints.overdue.refresh()
        desk.outbox.poll()  # messages another station could not deliver

    def changed_elsewhere(self, tables: frozenset[str]) -> None:
        """A station (another, or this one) committed changes to ``tables``: read again
        what shows them, never touching what is typed."""
        desk = self._desk
        if not desk.loaded or self.live.server_lost:
            return
        with self._server_may_be_gone():
            if tables & BOARD_TABLES:
                desk.board.refresh()
                desk.expected_panel.refresh()
                if desk.checkin_panel.today_panel.isVisible():
                    desk.checkin_panel.today_panel.refresh()
            if "notification" in tables:
                desk.notifications.refresh()
            if "complaint" in tables:
                desk.complaints.overdue.refresh()
            if "outbox_message" in tables:
                desk.outbox.poll()
            if "staff" in tables:
                self._reload_hosts()
            if "setting" in tables:
                desk.desk_lock.read_minutes()  # the idle lock, set at another desk
                site = settings.site_settings()
                if site != desk.ctx.site:
                    desk.ctx.site = site
                    desk.ctx.signals.settings_changed.emit()

    def _reload_hosts(self) -> None:
        """The check-in form's host list read again, keeping a name being typed."""
        combo = self._desk.checkin_panel.host_combo
        typed = combo.currentText()
        self._desk.checkin_panel.reload_hosts()
        if combo.currentText() != typed:
            combo.setEditText(typed)

    @contextlib.contextmanager
    def _server_may_be_gone(self) -> Iterator[None]:
        """A read that meets the server gone says nothing: the listener sees it too,
        and the banner says it."""
        try:
            yield
        except DatabaseFault as fault:
            if not fault.server_gone:
                raise
            log.info("reading what changed elsewhere: %s", fault.code)

    # -- the server -------------------------------------------------------------------
    def _server_lost(self) -> None:
        self._desk.server_banner.show()
        self._desk.closing_banner.stop()  # its minute check would only meet the fault

    def _server_back(self) -> None:
        """The server answers again: read everything (notices sent meanwhile are lost)."""
        desk = self._desk
        desk.server_banner.hide()
        if not desk.loaded:
            return
        with self._server_may_be_gone():
            self.poll()
            if self._watching:
                desk.closing_banner.start()
