"""The desk's "Tiers…" (REPORTS): one tiers window per desk, opened or raised."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.roles import Permission
from ..common.context import DeskContext
from ..common.window_opener import WindowOpener

if TYPE_CHECKING:
    from .window import TiersWindow


class TiersOpener(WindowOpener["TiersWindow"]):
    def __init__(
        self, ctx: DeskContext, open_customer: Callable[[int], object], parent: QObject
    ) -> None:
        def build() -> TiersWindow:
            from .window import TiersWindow

            return TiersWindow(ctx, open_customer)

        super().__init__(ctx, Permission.REPORTS, build, parent)
