"""The complaint list (Manage → Complaints…): all, open or overdue ones; a double-click
opens the complaint."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import complaints
from ..common.context import DeskContext
from ..common.forms import error_label
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .dialog import ComplaintDialog
from .list_model import COLUMNS, ComplaintListModel

FILTERS = ("open", "overdue", "all")


class ComplaintListWindow(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("complaint_list_window")
        self.filters = {name: QRadioButton(objectName=f"complaint_list_{name}") for name in FILTERS}
        self.filters["open"].setChecked(True)
        self.count_label = QLabel(objectName="complaint_list_count")
        self.error = error_label("complaint_list_error")
        self.model = ComplaintListModel()
        self.table = QTableView(objectName="complaint_list_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_row)
        row = QHBoxLayout()
        for button in self.filters.values():
            button.toggled.connect(self._filter_toggled)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.dialogs: list[ComplaintDialog] = []
        self.retranslate()
        self.refresh()

    def _filter_toggled(self, on: bool) -> None:
        if on:
            self.refresh()

    def chosen_filter(self) -> str:
        return next(name for name, button in self.filters.items() if button.isChecked())

    def refresh(self) -> None:
        which = self.chosen_filter()
        self.error.hide()
        try:
            rows = complaints.complaints(
                self._ctx.actor.id, open_only=which == "open", overdue_only=which == "overdue"
            )
        except DeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n complaint(s)", "", len(rows)))

    def open_complaint(self, row: int) -> ComplaintDialog:
        dialog = ComplaintDialog(self._ctx, self.model.complaint(row).id, self)
        dialog.changed.connect(lambda _view: self.refresh())
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_complaint(index.row())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaints"))
        for name, text in (
            ("open", self.tr("Open")),
            ("overdue", self.tr("Overdue")),
            ("all", self.tr("All")),
        ):
            self.filters[name].setText(text)
            self.filters[name].setAccessibleName(text)
        self.table.setAccessibleName(self.tr("Complaints"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
