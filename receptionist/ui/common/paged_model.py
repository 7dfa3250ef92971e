"""A table model that loads its rows lazily, one keyset page at a time, as the view
scrolls (the visit log, the audit trail): it never loads a whole table, and formats each
row's display strings once, when the row is first shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class KeysetPagedModel(QAbstractTableModel):
    """Rows in pages of ``page_size``. A subclass says how to read the page after a row
    (``_fetch_page``), how to format a row (``_format``) and its ``COLUMN_COUNT``."""

    COLUMN_COUNT = 0

    def __init__(self, parent=None, page_size: int = 100) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._rows: list[Any] = []
        # Display strings per row, formatted when a row is first shown (a page of 100
        # arrives while the view shows ~25 of them).
        self._texts: list[tuple[str, ...] | None] = []
        self._more = True

    # -- what a subclass says ----------------------------------------------------------
    def _fetch_page(self, after: Any | None, size: int) -> list[Any]:
        """Up to ``size`` rows after the row ``after`` (None: the first page)."""
        raise NotImplementedError

    def _format(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def _headers(self) -> tuple[str, ...]:
        """The columns' titles, in the current language."""
        raise NotImplementedError

    # -- paging ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Start again from the first page (loaded within the reset: one relayout)."""
        self.beginResetModel()
        self._rows = []
        self._texts = []
        self._more = True
        self._append(self._next_page())
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._next_page()
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def _next_page(self) -> list[Any]:
        page = self._fetch_page(self._rows[-1] if self._rows else None, self._page_size)
        self._more = len(page) == self._page_size
        return page

    def _append(self, page: list[Any]) -> None:
        self._rows.extend(page)
        self._texts.extend([None] * len(page))

    # -- rows and their text -----------------------------------------------------------
    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._format(self._rows[row])
        return texts

    def reformat(self) -> None:
        """Format the loaded rows again (the language changed) as they are shown."""
        self._texts = [None] * len(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < self.COLUMN_COUNT
        ):
            return None
        return self._headers()[section]
