"""The desk's "Lost customers…" (REPORTS): one window per desk, opened or raised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.roles import Permission
from ..common.context import DeskContext
from ..common.window_opener import WindowOpener

if TYPE_CHECKING:
    from .window import LostWindow


class LostOpener(WindowOpener["LostWindow"]):
    def __init__(self, ctx: DeskContext, parent: QObject) -> None:
        def build() -> LostWindow:
            from .window import LostWindow

            return LostWindow(ctx)

        super().__init__(ctx, Permission.REPORTS, build, parent)
