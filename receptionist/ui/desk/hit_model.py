"""The search results' table model: one row per matching customer (category badge,
name, masked phone, company, last visit, on-site dot)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...services import clock
from ...services.views import CustomerHit
from ..common import labels
from ..common.badges import CATEGORY_ROLE

_Index = QModelIndex | QPersistentModelIndex
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COL_CATEGORY, COL_NAME, COL_PHONE, COL_COMPANY, COL_LAST_VISIT, COL_ON_SITE = range(6)
_ON_SITE_COLOR = "#15803d"


def visit_day(at: datetime | None) -> str:
    """A last-visit date for lists: 'today', 'yesterday' or 2026-11-20 (local)."""
    if at is None:
        return ""
    day = clock.local(at).date()
    today = clock.local(clock.now()).date()
    if day == today:
        return QCoreApplication.translate("CustomerHitModel", "today")
    if (today - day).days == 1:
        return QCoreApplication.translate("CustomerHitModel", "yesterday")
    return day.isoformat()


class CustomerHitModel(QAbstractTableModel):
    """Search hits: category badge, name, masked phone, company, last visit, on site."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[CustomerHit, ...] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Category"),
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Company"),
                self.tr("Last visit"),
                "",
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_ON_SITE:
            return self.tr("On site now")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                labels.category_label(hit.category),
                hit.name,
                hit.phone_masked,
                hit.company,
                visit_day(hit.last_visit_at),
                "●" if hit.on_site else "",
            )[column]
        if role == CATEGORY_ROLE and column == COL_CATEGORY:
            return str(hit.category)
        if role == CUSTOMER_ID_ROLE:
            return hit.id
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ON_SITE:
            return QColor(_ON_SITE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ON_SITE:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(hit)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_ON_SITE:
            return self.tr("On site now") if hit.on_site else ""
        return None

    def _tooltip(self, hit: CustomerHit) -> str:
        lines = [hit.name, hit.company]
        if hit.last_visit_at is not None:
            lines.append(self.tr("Last visit: {day}").format(day=visit_day(hit.last_visit_at)))
        if hit.on_site:
            lines.append(self.tr("On site now"))
        return "\n".join(line for line in lines if line)

    def set_hits(self, hits: tuple[CustomerHit, ...]) -> None:
        self.beginResetModel()  # a new query: a new list
        self._hits = tuple(hits)
        self.endResetModel()

    def hit(self, row: int) -> CustomerHit:
        return self._hits[row]

    def row_of(self, customer_id: int) -> int:
        return next((r for r, h in enumerate(self._hits) if h.id == customer_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 5))
