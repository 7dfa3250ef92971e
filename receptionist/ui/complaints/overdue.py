"""The desk's overdue-complaint count, always in sight on the status bar (red, hidden at
zero; clicking it opens the overdue list). The desk's poll and the ``complaint`` change
notice read it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.roles import Permission
from ...services import complaints
from ...services.access import allowed
from ..common.context import DeskContext
from ..common.retranslate import Retranslating


class OverdueLabel(Retranslating, QLabel):
    def __init__(
        self, ctx: DeskContext, open_list: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._open_list = open_list
        self.count = 0
        self.setObjectName("overdue_complaints_label")
        self.setStyleSheet(
            "color: white; background: #b91c1c; font-weight: bold; padding: 2px 8px;"
            " border-radius: 3px;"
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()
        ctx.signals.actor_changed.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        """Read the count again; nothing shows for a role without the desk's work."""
        if not allowed(self._ctx.actor, Permission.DESK):
            self.count = 0
        else:
            self.count = complaints.overdue_count(self._ctx.actor.id)
        self.retranslate()

    def retranslate(self) -> None:
        text = self.tr("%n complaint(s) overdue", "", self.count)
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.tr("Open the overdue complaints"))
        self.setVisible(self.count > 0)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._open_list()
        super().mousePressEvent(event)
