"""The on-site board's table model: visits on site now, updated in place.

Rows are removed, inserted and changed one by one (never a reset when the set of
visits is the same), so a view keeps its selection across the board's two-second poll.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...domain.enums import Category
from ...services import clock
from ...services.views import VisitView
from ..common import labels
from ..common.badges import CATEGORY_ROLE

_Index = QModelIndex | QPersistentModelIndex

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VISIT_CODE_ROLE = Qt.ItemDataRole.UserRole + 2

COL_CODE, COL_CATEGORY, COL_NAME, COL_PURPOSE, COL_HOST, COL_SINCE, COL_DURATION, COL_ROOM = range(
    8
)

# Rows that must stand out: a light tint of the badge colour, dark text, bold.
_ROW_TINT = {Category.VIP: "#fdf0d5", Category.PROBLEM: "#fde2e2"}
_ROW_TEXT = "#1f2937"
# A kiosk arrival claiming a stored customer, for the desk to confirm.
_CLAIM_TINT = "#dbeafe"
# A visitor with an open complaint: the problem tint and a mark before the name.
COMPLAINT_MARK = "⚠ "


def since_text(at: datetime | None) -> str:
    """Local check-in time: HH:MM today, with the date on another day."""
    if at is None:
        return ""
    local = clock.local(at)
    if local.date() == clock.local(clock.now()).date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


def duration_text(at: datetime | None) -> str:
    """How long a visitor has been here: '12 min', '1 h 05 min'."""
    if at is None:
        return ""
    minutes = max(0, int((clock.now() - at).total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return QCoreApplication.translate("OnSiteModel", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    return QCoreApplication.translate("OnSiteModel", "{minutes} min").format(minutes=minutes)


class OnSiteModel(QAbstractTableModel):
    """Visits on site now; rows are updated in place when the set of visits is unchanged."""

    def __init__(self, hotel_mode: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._visits: list[VisitView] = []
        self._hotel = hotel_mode
        self._columns = self._column_list()

    def _column_list(self) -> list[int]:
        columns = [COL_CODE, COL_CATEGORY, COL_NAME, COL_PURPOSE, COL_HOST, COL_SINCE, COL_DURATION]
        return [*columns, COL_ROOM] if self._hotel else columns

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self._columns)
        ):
            return None
        return {
            COL_CODE: self.tr("Code"),
            COL_CATEGORY: self.tr("Category"),
            COL_NAME: labels.visitor_word(self._hotel),
            COL_PURPOSE: self.tr("Purpose"),
            COL_HOST: self.tr("Host"),
            COL_SINCE: self.tr("Since"),
            COL_DURATION: self.tr("Here for"),
            COL_ROOM: self.tr("Room"),
        }[self._columns[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        visit = self._visits[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, column)
        if role == CATEGORY_ROLE and column == COL_CATEGORY:
            return str(visit.category)
        if role == VISIT_ID_ROLE:
            return visit.id
        if role == VISIT_CODE_ROLE:
            return visit.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(visit)
        claim = visit.claimed_customer_id is not None
        tint = _ROW_TINT.get(Category.PROBLEM if visit.open_complaint else visit.category)
        if role == Qt.ItemDataRole.BackgroundRole and claim:
            return QColor(_CLAIM_TINT)
        if role == Qt.ItemDataRole.BackgroundRole and tint:
            return QColor(tint)
        if role == Qt.ItemDataRole.ForegroundRole and (claim or tint):
            return QColor(_ROW_TEXT)
        if role == Qt.ItemDataRole.FontRole and tint:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, visit: VisitView) -> str:
        lines = [
            f"{visit.code}  {visit.customer_name}",
            visit.customer_company,
            self.tr("Open complaint: see the complaint before receiving them")
            if visit.open_complaint
            else "",
            self.tr("Possible returning customer {name} — confirm").format(
                name=visit.claimed_customer_name
            )
            if visit.claimed_customer_id is not None
            else "",
            self.tr("Since {time}").format(time=since_text(visit.check_in_at)),
            self.tr("Party of {count}").format(count=visit.party_size)
            if visit.party_size > 1
            else "",
            self.tr("Room {room}").format(room=visit.room) if visit.room else "",
            visit.note,
        ]
        return "\n".join(line for line in lines if line)

    def _display(self, visit: VisitView, column: int) -> str:
        if column == COL_CODE:
            return visit.code
        if column == COL_CATEGORY:
            return labels.category_label(visit.category)
        if column == COL_NAME:
            name = visit.customer_name
            if visit.claimed_customer_id is not None:
                name = self.tr("{visitor} → {customer}?").format(
                    visitor=name, customer=visit.claimed_customer_name
                )
            if visit.open_complaint:
                name = COMPLAINT_MARK + name
            if visit.party_size > 1:
                return f"{name}  ×{visit.party_size}"
            return name
        if column == COL_PURPOSE:
            return labels.purpose_label(visit.purpose)
        if column == COL_HOST:
            return visit.host_name or "—"
        if column == COL_SINCE:
            return since_text(visit.check_in_at)
        if column == COL_DURATION:
            return duration_text(visit.check_in_at)
        return visit.room

    # -- updates ------------------------------------------------------------------------
    def visit(self, row: int) -> VisitView:
        return self._visits[row]

    def visits(self) -> list[VisitView]:
        """The rows, in order (a copy)."""
        return list(self._visits)

    def row_of(self, code: str) -> int:
        for row, visit in enumerate(self._visits):
            if visit.code == code:
                return row
        return -1

    def set_hotel_mode(self, hotel_mode: bool) -> None:
        if hotel_mode == self._hotel:
            return
        self.beginResetModel()
        self._hotel = hotel_mode
        self._columns = self._column_list()
        self.endResetModel()

    def set_visits(self, new: list[VisitView]) -> None:
        """Bring the rows in line with ``new``: remove, insert and change rows one by one
        (no reset), so views keep their selection and scroll position."""
        codes = {v.code for v in new}
        for row in reversed(range(len(self._visits))):
            if self._visits[row].code not in codes:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._visits[row]
                self.endRemoveRows()
        kept = {v.code for v in self._visits}
        if [v.code for v in self._visits] != [v.code for v in new if v.code in kept]:
            self.beginResetModel()  # the order changed: rare, start over
            self._visits = list(new)
            self.endResetModel()
            return
        row = 0
        while row < len(new):
            visit = new[row]
            if row < len(self._visits) and self._visits[row].code == visit.code:
                if self._visits[row] != visit:
                    self._visits[row] = visit
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self._columns) - 1)
                    )
                row += 1
                continue
            # A run of new visits goes in with one insert: the view (resize-to-contents,
            # column fitting) re-lays out once per run, not once per row. Row by row,
            # opening the desk with 200 visitors on site took 3 s (docs/performance.md).
            end = row + 1
            while end < len(new) and new[end].code not in kept:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end - 1)
            self._visits[row:row] = new[row:end]
            self.endInsertRows()
            row = end

    def tick(self) -> None:
        """The clock moved on: only the duration column changes."""
        if self._visits:
            column = self._columns.index(COL_DURATION)
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._visits) - 1, column),
                [Qt.ItemDataRole.DisplayRole],
            )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._visits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visits) - 1, len(self._columns) - 1)
            )
