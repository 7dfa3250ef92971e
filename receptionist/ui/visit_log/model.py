"""The visit log's table model: visits matching a filter, newest first.

``VisitLogModel`` fetches lazily, one keyset page at a time, as the view scrolls: it never
loads the whole table, so it stays smooth with millions of visits (the total for the
filter is counted elsewhere, off the GUI thread). Each row's display strings are formatted
once when its page arrives.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...services import clock, visit_log
from ...services.views import VisitView
from ..common.badges import CATEGORY_ROLE
from ..common.labels import category_label, flow_label, purpose_label, status_label, visitor_word
from ..common.paged_model import KeysetPagedModel

PAGE_SIZE = 100
VISIT_ROLE = Qt.ItemDataRole.UserRole + 21

# Code and status first: both stay in view in a narrow window (1,100 px).
(
    COL_CODE,
    COL_STATUS,
    COL_CHECK_IN,
    COL_CHECK_OUT,
    COL_CUSTOMER,
    COL_CATEGORY,
    COL_PURPOSE,
    COL_FLOW,
    COL_HOST,
    COL_PARTY,
    COL_ROOM,
    COL_STATION,
) = range(12)
COLUMN_COUNT = 12

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CATEGORY = int(CATEGORY_ROLE)
_VISIT = int(VISIT_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _local_text(at: datetime | None, same_day_as: datetime | None = None) -> str:
    """``YYYY-MM-DD HH:MM`` in local time, or ``HH:MM`` on the day of ``same_day_as``
    (f-strings: strftime was a tenth of a page's time)."""
    if at is None:
        return ""
    t = clock.local(at)
    if same_day_as is not None and clock.local(same_day_as).date() == t.date():
        return f"{t.hour:02d}:{t.minute:02d}"
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


class VisitLogModel(KeysetPagedModel):
    """Visits matching a ``LogFilter``, fetched in pages of ``page_size`` as needed."""

    COLUMN_COUNT = COLUMN_COUNT

    def __init__(self, actor_id: int, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent, page_size)
        self._actor_id = actor_id
        self._filter = visit_log.LogFilter()
        self._labels: dict[object, str] = {}
        self._hotel_mode = False

    # -- filter and paging -------------------------------------------------------------
    def set_filter(self, flt: visit_log.LogFilter) -> None:
        """Show the visits matching ``flt``, starting again from the first page."""
        self._filter = flt
        self.refresh()

    def current_filter(self) -> visit_log.LogFilter:
        return self._filter

    def _fetch_page(self, after: VisitView | None, size: int) -> list[VisitView]:
        """The page after ``after`` (keyset: ``(check_in_at, id)``)."""
        mark = visit_log.page_after(after) if after is not None else None
        return visit_log.visit_log_page(self._actor_id, self._filter, size, mark)

    def visit_at(self, row: int) -> VisitView:
        return self._rows[row]

    # -- language and site wording -----------------------------------------------------
    def set_hotel_mode(self, hotel_mode: bool) -> None:
        if hotel_mode != self._hotel_mode:
            self._hotel_mode = hotel_mode
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def retranslate(self) -> None:
        """Re-format the loaded rows in the current language (as they are shown)."""
        self._labels = {}
        self.reformat()

    def _label(self, label, value) -> str:
        """``label(value)``, translated once per language (``(label, value)`` as the key:
        Purpose.COMPLAINT and Flow.COMPLAINT are equal strings)."""
        key = (label, value)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = label(value)
        return text

    def _format(self, v: VisitView) -> tuple[str, ...]:
        return (
            v.code,
            self._label(status_label, v.status),
            _local_text(v.check_in_at),
            _local_text(v.check_out_at, same_day_as=v.check_in_at),
            v.customer_name,
            self._label(category_label, v.category),
            self._label(purpose_label, v.purpose),
            self._label(flow_label, v.flow),
            v.host_name or "—",
            str(v.party_size),
            v.room,
            v.station_name or "",
        )

    # -- Qt model ----------------------------------------------------------------------
    def data(self, index: _Index, role: int = _DISPLAY):
        # Asked ~2,000 times per repaint (every visible cell, every role): plain int
        # comparisons, the display role first.
        if role == _DISPLAY:
            return self._row_texts(index.row())[index.column()] if index.isValid() else None
        if not index.isValid():
            return None
        if role == _CATEGORY and index.column() == COL_CATEGORY:
            return str(self._rows[index.row()].category)
        if role == _VISIT:
            return self._rows[index.row()].id
        if role == _ALIGNMENT and index.column() == COL_PARTY:
            return _RIGHT
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Status"),
            self.tr("Check-in"),
            self.tr("Check-out"),
            visitor_word(self._hotel_mode),
            self.tr("Category"),
            self.tr("Purpose"),
            self.tr("Flow"),
            self.tr("Host"),
            self.tr("Party"),
            self.tr("Room"),
            self.tr("Station"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
