"""The desk's "Dashboard…" (REPORTS): one window per desk, opened or raised. The window
(and its charts) is imported only when first opened: the desk starts without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.roles import Permission
from ..common.context import DeskContext
from ..common.window_opener import WindowOpener

if TYPE_CHECKING:
    from .window import DashboardWindow


class DashboardOpener(WindowOpener["DashboardWindow"]):
    SIZE = (1280, 800)

    def __init__(self, ctx: DeskContext, parent: QObject) -> None:
        def build() -> DashboardWindow:
            from .window import DashboardWindow

            return DashboardWindow(ctx)

        super().__init__(ctx, Permission.REPORTS, build, parent)
