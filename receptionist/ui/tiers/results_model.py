"""The rows of one tier run: a table model over plain rows (a run of 100,000 customers
builds no widgets); the tier filter and the sorting happen here, on the rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.money import format_money
from ...services.tier_views import TierRow
from .texts import stars_text, tier_colours, tier_text

Index = QModelIndex | QPersistentModelIndex

RANK, NAME, REF, PHONE, REVENUE, PURCHASES, LAST, TIER, STARS = range(9)
_ORDER = {"platinum": 0, "gold": 1, "iron": 2, "lead": 3}
_KEYS = {
    RANK: lambda r: (r.rank, r.customer_id),
    NAME: lambda r: (r.name.casefold(), r.rank),
    REF: lambda r: (r.customer_ref, r.rank),
    PHONE: lambda r: (r.phone, r.rank),
    REVENUE: lambda r: (r.revenue_cents, -r.rank),
    PURCHASES: lambda r: (r.purchases, -r.rank),
    LAST: lambda r: (r.last_purchase_on or date.min, -r.rank),
    TIER: lambda r: (_ORDER[r.tier], r.rank),
    STARS: lambda r: (r.stars, -r.rank),
}


class TierResultsModel(QAbstractTableModel):
    """``set_rows(rows)``; ``set_tier(tier or None)`` filters; ``sort`` orders in place."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[TierRow] = []
        self._shown: list[TierRow] = []
        self._tier: str | None = None
        self._sort = (RANK, Qt.SortOrder.AscendingOrder)
        self.currency = "CNY"

    # -- data in --------------------------------------------------------------------
    def set_rows(self, rows: list[TierRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._shown = self._filtered()
        self._order()
        self.endResetModel()

    def set_tier(self, tier: str | None) -> None:
        self.beginResetModel()
        self._tier = tier
        self._shown = self._filtered()
        self._order()
        self.endResetModel()

    def _filtered(self) -> list[TierRow]:
        if self._tier is None:
            return list(self._all)
        return [r for r in self._all if r.tier == self._tier]

    def _order(self) -> None:
        column, order = self._sort
        self._shown.sort(key=_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order()
        self.layoutChanged.emit()

    # -- what the window reads -----------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Customers per tier in the whole run (not only the filtered rows)."""
        found = dict.fromkeys(_ORDER, 0)
        for r in self._all:
            found[r.tier] += 1
        return found

    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> TierRow | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def customer_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.customer_id if found else None

    # -- the model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 9

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r, column = self._shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, REVENUE, PURCHASES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == TIER and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            colours = tier_colours(r.tier)
            return colours[0 if role == Qt.ItemDataRole.BackgroundRole else 1] if colours else None
        if column == STARS and role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("TiersWindow", "{n} of 5 stars").format(n=r.stars)
        return None

    def _text(self, r: TierRow, column: int) -> str:
        if column == RANK:
            return str(r.rank)
        if column == NAME:
            return r.name
        if column == REF:
            return r.customer_ref
        if column == PHONE:
            return r.phone
        if column == REVENUE:
            return format_money(r.revenue_cents, self.currency)
        if column == PURCHASES:
            return str(r.purchases)
        if column == LAST:
            return r.last_purchase_on.isoformat() if r.last_purchase_on else ""
        if column == TIER:
            return tier_text(r.tier)
        return stars_text(r.stars)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("TiersWindow", "Rank"),
            QCoreApplication.translate("TiersWindow", "Name"),
            QCoreApplication.translate("TiersWindow", "Customer ref"),
            QCoreApplication.translate("TiersWindow", "Phone"),
            QCoreApplication.translate("TiersWindow", "Revenue"),
            QCoreApplication.translate("TiersWindow", "Purchases"),
            QCoreApplication.translate("TiersWindow", "Last purchase"),
            QCoreApplication.translate("TiersWindow", "Tier"),
            QCoreApplication.translate("TiersWindow", "Stars"),
        )[section]
