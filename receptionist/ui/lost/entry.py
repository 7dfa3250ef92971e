"""The desk's "Lost customers…" (REPORTS): one window per desk, opened or raised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.roles import Permission
from ...services.access import allowed
from ..common.context import DeskContext

if TYPE_CHECKING:
    from .window import LostWindow


class LostOpener(QObject):
    def __init__(self, ctx: DeskContext, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.window: LostWindow | None = None

    def open(self) -> LostWindow | None:
        """Show the window (raised if open; built again for another person)."""
        if not allowed(self._ctx.actor, Permission.REPORTS):
            return None
        if self.window is not None and self.window.property("actor") != self._ctx.actor.id:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        window = self.window
        if window is None:
            from .window import LostWindow

            window = self.window = LostWindow(self._ctx)
            window.setProperty("actor", self._ctx.actor.id)
            window.resize(1180, 720)
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window
