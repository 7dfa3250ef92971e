"""One window of a kind per desk (the tiers, the lost customers): opened, or raised when
it is open; built again when someone else has signed in since (it showed the other
person's view of the data); refused to a role without the permission."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject

from ...domain.roles import Permission
from ...services.access import allowed
from .context import DeskContext


class _Window(Protocol):
    def property(self, name: str) -> object: ...
    def setProperty(self, name: str, value: object) -> bool: ...
    def close(self) -> bool: ...
    def deleteLater(self) -> None: ...
    def resize(self, w: int, h: int) -> None: ...
    def refresh(self) -> None: ...
    def show(self) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...


W = TypeVar("W", bound=_Window)


class WindowOpener(QObject, Generic[W]):
    """``build`` makes the window (imported when first needed: the desk starts fast)."""

    SIZE = (1180, 720)

    def __init__(
        self,
        ctx: DeskContext,
        permission: Permission,
        build: Callable[[], W],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._permission = permission
        self._build = build
        self.window: W | None = None

    def open(self) -> W | None:
        """Show the window (raised if open; built again for another person)."""
        if not allowed(self._ctx.actor, self._permission):
            return None
        if self.window is not None and self.window.property("actor") != self._ctx.actor.id:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        window = self.window
        if window is None:
            window = self.window = self._build()
            window.setProperty("actor", self._ctx.actor.id)
            window.resize(*self.SIZE)
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window
