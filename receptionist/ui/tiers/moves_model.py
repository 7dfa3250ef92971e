"""Who moved between two periods, one group at a time (up, down, dropped out, new) or
all: a table model over the service's plain rows."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...services.tier_views import Move, Movements
from .texts import tier_colours, tier_text

Index = QModelIndex | QPersistentModelIndex
GROUPS = ("up", "down", "dropped", "new")
KIND, NAME, REF, PHONE, BEFORE, AFTER = range(6)


def group_label(kind: str) -> str:
    return {
        "up": QCoreApplication.translate("TiersWindow", "Up"),
        "down": QCoreApplication.translate("TiersWindow", "Down"),
        "dropped": QCoreApplication.translate("TiersWindow", "Dropped out"),
        "new": QCoreApplication.translate("TiersWindow", "New"),
    }[kind]


class MovesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._moved: Movements | None = None
        self._rows: list[tuple[str, Move]] = []
        self._group: str | None = None

    def set_movements(self, moved: Movements | None) -> None:
        self.beginResetModel()
        self._moved = moved
        self._rows = self._chosen()
        self.endResetModel()

    def set_group(self, group: str | None) -> None:
        self.beginResetModel()
        self._group = group
        self._rows = self._chosen()
        self.endResetModel()

    def _chosen(self) -> list[tuple[str, Move]]:
        if self._moved is None:
            return []
        return [
            (kind, m)
            for kind in GROUPS
            if self._group in (None, kind)
            for m in getattr(self._moved, kind)
        ]

    def loaded(self) -> bool:
        return self._moved is not None

    def count(self, group: str) -> int:
        return len(getattr(self._moved, group)) if self._moved else 0

    def customer_at(self, row: int) -> int | None:
        return self._rows[row][1].customer_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kind, m = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                arrow = {"up": "▲ ", "down": "▼ ", "dropped": "✕ ", "new": "✚ "}[kind]
                return arrow + group_label(kind)
            return (None, m.name, m.customer_ref, m.phone, tier_text(m.before), tier_text(m.after))[
                column
            ]
        if column in (BEFORE, AFTER) and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            colours = tier_colours(m.before if column == BEFORE else m.after)
            return colours[0 if role == Qt.ItemDataRole.BackgroundRole else 1] if colours else None
        if column == KIND and role == Qt.ItemDataRole.ForegroundRole:
            colour = {"up": "#15803d", "down": "#b91c1c", "dropped": "#6b7280", "new": "#1d4ed8"}
            return QColor(colour[kind])
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("TiersWindow", "Movement"),
            QCoreApplication.translate("TiersWindow", "Name"),
            QCoreApplication.translate("TiersWindow", "Customer ref"),
            QCoreApplication.translate("TiersWindow", "Phone"),
            QCoreApplication.translate("TiersWindow", "From"),
            QCoreApplication.translate("TiersWindow", "To"),
        )[section]
