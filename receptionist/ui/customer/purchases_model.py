"""A customer's purchases as a lazy table (date, amount, note, reference), newest first,
one keyset page at a time (``services.purchases.list_purchases``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...domain.money import format_money
from ...services import purchases
from ...services.purchases import PurchaseView
from .customer_model import CustomerPagedModel

COL_DATE, COL_AMOUNT, COL_NOTE, COL_REFERENCE = range(4)
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PurchasesModel(CustomerPagedModel):
    COLUMN_COUNT = 4

    def _fetch_page(self, after: PurchaseView | None, size: int) -> list[PurchaseView]:
        if self._customer_id is None:
            return []
        before = after.cursor if after else None
        return purchases.list_purchases(self._actor_id, self._customer_id, before, size)

    def _headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PurchasesModel", "Date"),
            QCoreApplication.translate("PurchasesModel", "Amount"),
            QCoreApplication.translate("PurchasesModel", "Note"),
            QCoreApplication.translate("PurchasesModel", "Reference"),
        )

    def _format(self, p: PurchaseView) -> tuple[str, ...]:
        note = p.note.splitlines()[0] if p.note else ""
        amount = format_money(p.amount_cents, self._currency)
        return (p.purchased_on.isoformat(), amount, note, p.reference)

    def purchase_at(self, row: int) -> PurchaseView:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_AMOUNT:
            return _RIGHT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
