"""The desk's "Tiers…" (REPORTS): one tiers window per desk, opened or raised."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ...domain.roles import Permission
from ...services.access import allowed
from ..common.context import DeskContext


class TiersOpener(QObject):
    def __init__(
        self, ctx: DeskContext, open_customer: Callable[[int], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._open_customer = open_customer
        self.window = None

    def open(self):
        """Show the tiers window (raised if open; built again for another person)."""
        if not allowed(self._ctx.actor, Permission.REPORTS):
            return None
        from .window import TiersWindow

        if self.window is not None and self.window.property("actor") != self._ctx.actor.id:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.window is None:
            self.window = TiersWindow(self._ctx, self._open_customer)
            self.window.setProperty("actor", self._ctx.actor.id)
            self.window.resize(1180, 720)
        else:
            self.window.refresh()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window
