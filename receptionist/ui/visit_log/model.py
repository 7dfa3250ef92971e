"""The visit log's table model: visits matching a filter, newest first.

``VisitLogModel`` fetches lazily, one keyset page at a time, as the view scrolls: it never
loads the whole table, so it stays smooth with millions of visits (the total for the
filter is counted elsewhere, off the GUI thread). Each row's display strings are formatted
once when its page arrives.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...services import clock, visit_log
from ...services.views import VisitView
from ..common.badges import CATEGORY_ROLE
from ..common.labels import category_label, flow_label, purpose_label, status_label, visitor_word

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


class VisitLogModel(QAbstractTableModel):
    """Visits matching a ``LogFilter``, fetched in pages of ``page_size`` as needed."""

    def __init__(self, actor_id: int, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._actor_id = actor_id
        self._page_size = page_size
        self._filter = visit_log.LogFilter()
        self._visits: list[VisitView] = []
        # Display strings per row, formatted when a row is first shown (a page of 100
        # arrives while the view shows ~25 of them).
        self._texts: list[tuple[str, ...] | None] = []
        self._labels: dict[object, str] = {}
        self._more = True
        self._hotel_mode = False

    # -- filter and paging -------------------------------------------------------------
    def set_filter(self, flt: visit_log.LogFilter) -> None:
        """Show the visits matching ``flt``, starting again from the first page."""
        self._filter = flt
        self.refresh()

    def current_filter(self) -> visit_log.LogFilter:
        return self._filter

    def refresh(self) -> None:
        """Start again from the first page (loaded within the reset: one relayout)."""
        self.beginResetModel()
        self._visits = []
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
        first = len(self._visits)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def _next_page(self) -> list[VisitView]:
        """The page after the last loaded row (keyset: ``(check_in_at, id)``)."""
        after = visit_log.page_after(self._visits[-1]) if self._visits else None
        page = visit_log.visit_log_page(self._actor_id, self._filter, self._page_size, after)
        self._more = len(page) == self._page_size
        return page

    def _append(self, page: list[VisitView]) -> None:
        self._visits.extend(page)
        self._texts.extend([None] * len(page))

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._format(self._visits[row])
        return texts

    def visit_at(self, row: int) -> VisitView:
        return self._visits[row]

    # -- language and site wording -----------------------------------------------------
    def set_hotel_mode(self, hotel_mode: bool) -> None:
        if hotel_mode != self._hotel_mode:
            self._hotel_mode = hotel_mode
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def retranslate(self) -> None:
        """Re-format the loaded rows in the current language (as they are shown)."""
        self._texts = [None] * len(self._visits)
        self._labels = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._visits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visits) - 1, COLUMN_COUNT - 1)
            )

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
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = _DISPLAY):
        # Asked ~2,000 times per repaint (every visible cell, every role): plain int
        # comparisons, the display role first.
        if role == _DISPLAY:
            return self._row_texts(index.row())[index.column()] if index.isValid() else None
        if not index.isValid():
            return None
        if role == _CATEGORY and index.column() == COL_CATEGORY:
            return str(self._visits[index.row()].category)
        if role == _VISIT:
            return self._visits[index.row()].id
        if role == _ALIGNMENT and index.column() == COL_PARTY:
            return _RIGHT
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
        return self._headers()[section]

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
