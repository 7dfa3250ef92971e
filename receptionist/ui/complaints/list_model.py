"""The complaint list's rows: opened, customer, subject, severity, handler, step,
deadline; overdue rows in red."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...services.complaint_views import ComplaintView
from . import texts

COLUMNS = ("opened", "customer", "subject", "severity", "handler", "step", "deadline")
OVERDUE_FG = QColor("#b91c1c")
OVERDUE_BG = QColor("#fee2e2")

Index = QModelIndex | QPersistentModelIndex


def _header(column: str) -> str:
    return {
        "opened": QCoreApplication.translate("ComplaintList", "Opened"),
        "customer": QCoreApplication.translate("ComplaintList", "Customer"),
        "subject": QCoreApplication.translate("ComplaintList", "Subject"),
        "severity": QCoreApplication.translate("ComplaintList", "Severity"),
        "handler": QCoreApplication.translate("ComplaintList", "Handler"),
        "step": QCoreApplication.translate("ComplaintList", "Step"),
        "deadline": QCoreApplication.translate("ComplaintList", "Resolve by"),
    }[column]


def step_text(view: ComplaintView) -> str:
    if view.status == "closed":
        return QCoreApplication.translate("ComplaintList", "Closed")
    return texts.step_title(view.next_step or 1)


class ComplaintListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ComplaintView] = []

    def set_rows(self, rows: list[ComplaintView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def complaint(self, row: int) -> ComplaintView:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        view = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and view.overdue:
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.BackgroundRole and view.overdue:
            return QBrush(OVERDUE_BG)
        return None

    def _text(self, view: ComplaintView, column: str) -> str:
        if column == "opened":
            return texts.when(view.opened_at)
        if column == "customer":
            return view.customer_name
        if column == "subject":
            return view.subject
        if column == "severity":
            return texts.severity(view.severity)
        if column == "handler":
            return view.handler_name or "—"
        if column == "step":
            return step_text(view)
        return texts.when(view.resolve_by)
