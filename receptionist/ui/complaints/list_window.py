"""The complaint list (Manage → Complaints…): all, open or overdue ones; a double-click
opens the complaint."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import complaints, list_exports
from ...services.access import allowed
from ..common.context import DeskContext
from ..common.export_dialog import ExportDialog, ExportRequest, open_export
from ..common.forms import error_label
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from . import texts
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
        self.export_button = QPushButton(objectName="complaint_list_export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(allowed(ctx.actor, Permission.EXPORT))
        self.export_dialog: ExportDialog | None = None
        row.addWidget(self.export_button)
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

    def export(self) -> ExportDialog:
        """Open the Export… dialog for the complaints the filter shows now."""
        which = self.chosen_filter()
        state = None if which == "all" else which
        actor_id = self._ctx.actor.id

        def run(path: str, file_format: str, **kwargs) -> int:
            return list_exports.export_complaints(
                actor_id, path, state=state, file_format=file_format, **kwargs
            )

        words = {
            "status": {"open": self.tr("Open"), "closed": self.tr("Closed")},
            "severity": {k: texts.severity(k) for k in texts.SEVERITY},
            "channel": {k: texts.channel(k) for k in texts.CHANNEL},
            "resolution": {
                "resolved": self.tr("Resolved"),
                "not_resolved": self.tr("Not resolved"),
            },
        }
        labels = {key: (lambda v, w=w: w.get(v, v)) for key, w in words.items()}
        request = ExportRequest(
            "complaints", self.tr("Export the complaints"), self.tr("complaints"), run, labels
        )
        self.export_dialog = open_export(self, request)
        return self.export_dialog

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
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the complaints shown"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
