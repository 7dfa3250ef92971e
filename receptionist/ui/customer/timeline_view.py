"""The customer's timeline as a tab of the customer page: visits, feedback, purchases,
category changes, tier history and merges, newest first, loaded a page at a time as the
list scrolls to its end."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import purchases
from ..common.context import DeskContext
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .timeline_model import COL_DETAILS, COL_KIND, COL_WHEN, TimelineModel


class TimelineView(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.ctx = ctx
        self.model = TimelineModel(ctx.actor.id, self)
        self.table = QTableView(objectName="timeline_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(objectName="timeline_empty")
        self.error_label = QLabel(objectName="timeline_error")
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.customer_id: int | None = None
        self.retranslate()

    def show_customer(self, customer_id: int) -> None:
        """Show ``customer_id``'s timeline from its newest entry."""
        self.customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        """Read the timeline again from the top (after a change to the customer)."""
        self.error_label.hide()
        try:
            self.model.show_customer(self.customer_id, purchases.currency())
        except DeskError as err:
            self.model.show_customer(None, "")
            self.error_label.setText(error_text(err))
            self.error_label.show()
        self.empty_label.setVisible(self.model.rowCount() == 0 and self.error_label.isHidden())

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("The customer's timeline, newest first"))
        self.empty_label.setText(self.tr("Nothing has happened with this customer yet."))
        self.model.reformat()
