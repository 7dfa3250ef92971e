"""The audit trail's table model: entries matching a filter, newest first.

As the visit log's model (``ui/visit_log/model.py``), it fetches lazily, one keyset page
(``(at, id)``) at a time as the view scrolls, so a trail of hundreds of thousands of
entries opens as fast as an empty one; each row is formatted when it is first shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...services import audit
from ...services.audit import AuditEntryView, TrailFilter
from ..common.paged_model import KeysetPagedModel
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


class AuditTrailModel(KeysetPagedModel):
    """Entries matching a ``TrailFilter``, fetched in pages of ``page_size`` as needed."""

    COLUMN_COUNT = COLUMN_COUNT

    def __init__(
        self, actor_id: Callable[[], int], parent=None, page_size: int = PAGE_SIZE
    ) -> None:
        """``actor_id`` gives who is reading now (the services check their role)."""
        super().__init__(parent, page_size)
        self._actor_id = actor_id
        self._filter = TrailFilter()

    # -- filter and paging -------------------------------------------------------------
    def set_filter(self, flt: TrailFilter) -> None:
        self._filter = flt
        self.refresh()

    def current_filter(self) -> TrailFilter:
        return self._filter

    def _fetch_page(self, after: AuditEntryView | None, size: int) -> list[AuditEntryView]:
        mark = audit.page_after(after) if after is not None else None
        return audit.audit_page(self._actor_id(), self._filter, size, mark)

    def entry_at(self, row: int) -> AuditEntryView:
        return self._rows[row]

    def retranslate(self) -> None:
        """Re-format the loaded rows in the current language."""
        self.reformat()

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
    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._row_texts(index.row())[index.column()]
        if role == _TOOLTIP and index.column() in (COL_ACTION, COL_SUMMARY):
            entry = self._rows[index.row()]
            return entry.action if index.column() == COL_ACTION else summary_text(entry.details)
        if role == _ENTRY:
            return self._rows[index.row()].id
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Station"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Summary"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
