"""The audit trail's table model: entries matching a filter, newest first.

As the visit log's model (``ui/visit_log/model.py``), it fetches lazily, one keyset page
(``(at, id)``) at a time as the view scrolls, so a trail of hundreds of thousands of
entries opens as fast as an empty one; each row is formatted when it is first shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...services import audit
from ...services.audit import AuditEntryView, TrailFilter
from ..visit_log.model import _local_text
from .labels import action_label, record_label

PAGE_SIZE = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 31  # the entry's id

COL_WHEN, COL_WHO, COL_STATION, COL_ACTION, COL_RECORD, COL_SUMMARY = range(6)
COLUMN_COUNT = 6

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ENTRY = int(ENTRY_ROLE)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def summary_text(details: dict) -> str:
    """The details as ``key: value`` pairs (they hold codes, ids and field names only)."""
    return ", ".join(f"{key}: {_value(value)}" for key, value in sorted(details.items()))


def _value(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class AuditTrailModel(QAbstractTableModel):
    """Entries matching a ``TrailFilter``, fetched in pages of ``page_size`` as needed."""

    def __init__(
        self, actor_id: Callable[[], int], parent=None, page_size: int = PAGE_SIZE
    ) -> None:
        """``actor_id`` gives who is reading now (the services check their role)."""
        super().__init__(parent)
        self._actor_id = actor_id
        self._page_size = page_size
        self._filter = TrailFilter()
        self._entries: list[AuditEntryView] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._more = True

    # -- filter and paging -------------------------------------------------------------
    def set_filter(self, flt: TrailFilter) -> None:
        self._filter = flt
        self.refresh()

    def current_filter(self) -> TrailFilter:
        return self._filter

    def refresh(self) -> None:
        """Start again from the first page (loaded within the reset: one relayout)."""
        self.beginResetModel()
        self._entries = []
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
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def _next_page(self) -> list[AuditEntryView]:
        after = audit.page_after(self._entries[-1]) if self._entries else None
        page = audit.audit_page(self._actor_id(), self._filter, self._page_size, after)
        self._more = len(page) == self._page_size
        return page

    def _append(self, page: list[AuditEntryView]) -> None:
        self._entries.extend(page)
        self._texts.extend([None] * len(page))

    def entry_at(self, row: int) -> AuditEntryView:
        return self._entries[row]

    def retranslate(self) -> None:
        """Re-format the loaded rows in the current language."""
        self._texts = [None] * len(self._entries)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._entries) - 1, COLUMN_COUNT - 1)
            )

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._format(self._entries[row])
        return texts

    def _format(self, e: AuditEntryView) -> tuple[str, ...]:
        return (
            _local_text(e.at),
            e.actor or self.tr("System or kiosk"),
            e.station or "—",
            action_label(e.action),
            record_label(e.record_type, e.record_id),
            summary_text(e.details),
        )

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._row_texts(index.row())[index.column()]
        if role == _TOOLTIP and index.column() in (COL_ACTION, COL_SUMMARY):
            entry = self._entries[index.row()]
            return entry.action if index.column() == COL_ACTION else summary_text(entry.details)
        if role == _ENTRY:
            return self._entries[index.row()].id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < COLUMN_COUNT
        ):
            return None
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Station"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Summary"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
