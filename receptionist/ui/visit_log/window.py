"""The visit log (接待记录): every visit, newest first, with filters.

``VisitLogModel`` fetches lazily, one keyset page at a time, as the view scrolls: it never
loads or counts the whole table, so it stays smooth with a million visits. Each row's
display strings are formatted once when its page arrives.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Category, Flow, Purpose
from ...services import clock, staff, visits
from ...services.views import VisitView
from ..common.badges import CATEGORY_ROLE, CategoryBadgeDelegate
from ..common.context import DeskContext
from ..common.labels import category_label, flow_label, purpose_label, status_label, visitor_word
from ..common.retranslate import Retranslating

PAGE_SIZE = 100
DEFAULT_DAYS = 30
VISIT_ROLE = Qt.ItemDataRole.UserRole + 21

(
    COL_CODE,
    COL_CHECK_IN,
    COL_CHECK_OUT,
    COL_CUSTOMER,
    COL_CATEGORY,
    COL_PURPOSE,
    COL_FLOW,
    COL_HOST,
    COL_PARTY,
    COL_ROOM,
    COL_STATUS,
) = range(11)
COLUMN_COUNT = 11

_Index = QModelIndex | QPersistentModelIndex


def _local_text(at: datetime | None, same_day_as: datetime | None = None) -> str:
    if at is None:
        return ""
    local = clock.local(at)
    if same_day_as is not None and clock.local(same_day_as).date() == local.date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class VisitLogModel(QAbstractTableModel):
    """Visits matching a ``LogFilter``, fetched in pages of ``page_size`` as needed."""

    def __init__(self, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._filter = visits.LogFilter()
        self._visits: list[VisitView] = []
        self._texts: list[tuple[str, ...]] = []
        self._more = True
        self._hotel_mode = False

    # -- filter and paging -------------------------------------------------------------
    def set_filter(self, flt: visits.LogFilter) -> None:
        """Show the visits matching ``flt``, starting again from the first page."""
        self._filter = flt
        self.refresh()

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
        after = None
        if self._visits:
            last = self._visits[-1]
            after = (last.check_in_at, last.id)
        page = visits.visit_log_page(self._filter, self._page_size, after)
        self._more = len(page) == self._page_size
        return page

    def _append(self, page: list[VisitView]) -> None:
        self._visits.extend(page)
        self._texts.extend(self._format(v) for v in page)

    def visit_at(self, row: int) -> VisitView:
        return self._visits[row]

    # -- language and site wording -----------------------------------------------------
    def set_hotel_mode(self, hotel_mode: bool) -> None:
        if hotel_mode != self._hotel_mode:
            self._hotel_mode = hotel_mode
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def retranslate(self) -> None:
        """Re-format the loaded rows in the current language."""
        self._texts = [self._format(v) for v in self._visits]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._visits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visits) - 1, COLUMN_COUNT - 1)
            )

    def _format(self, v: VisitView) -> tuple[str, ...]:
        return (
            v.code,
            _local_text(v.check_in_at),
            _local_text(v.check_out_at, same_day_as=v.check_in_at),
            v.customer_name,
            category_label(v.category),
            purpose_label(v.purpose),
            flow_label(v.flow),
            v.host_name or "—",
            str(v.party_size),
            v.room,
            status_label(v.status),
        )

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == CATEGORY_ROLE and col == COL_CATEGORY:
            return str(self._visits[row].category)
        if role == VISIT_ROLE:
            return self._visits[row].id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_PARTY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
            self.tr("Check-in"),
            self.tr("Check-out"),
            visitor_word(self._hotel_mode),
            self.tr("Category"),
            self.tr("Purpose"),
            self.tr("Flow"),
            self.tr("Host"),
            self.tr("Party"),
            self.tr("Room"),
            self.tr("Status"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class VisitLogWindow(Retranslating, QWidget):
    """Filters above a lazily loaded table of visits."""

    def __init__(self, ctx: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._stale = False
        self.setObjectName("visit_log_window")
        self.model = VisitLogModel(self)
        self.model.set_hotel_mode(ctx.hotel_mode)

        today = clock.local(clock.now()).date()
        self.from_label = QLabel()
        self.log_from = self._date_edit("log_from", today - timedelta(days=DEFAULT_DAYS - 1))
        self.to_label = QLabel()
        self.log_to = self._date_edit("log_to", today)
        self.purpose_label = QLabel()
        self.log_purpose = self._combo("log_purpose")
        self.flow_label = QLabel()
        self.log_flow = self._combo("log_flow")
        self.category_label = QLabel()
        self.log_category = self._combo("log_category")
        self.host_label = QLabel()
        self.log_host = self._combo("log_host")
        self.summary = QLabel()
        self.summary.setObjectName("log_summary")

        self.log_table = QTableView()
        self.log_table.setObjectName("log_table")
        self.log_table.setModel(self.model)
        self.log_table.setItemDelegateForColumn(COL_CATEGORY, CategoryBadgeDelegate(self))
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log_table.setAlternatingRowColors(True)
        self.log_table.setWordWrap(False)
        self.log_table.verticalHeader().hide()
        rows = self.log_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.log_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in (
            (COL_CODE, 110),
            (COL_CHECK_IN, 135),
            (COL_CHECK_OUT, 120),
            (COL_CUSTOMER, 150),
            (COL_CATEGORY, 100),
            (COL_PURPOSE, 120),
            (COL_FLOW, 145),
            (COL_HOST, 110),
            (COL_PARTY, 60),
            (COL_ROOM, 70),
        ):
            header.resizeSection(col, width)
        self.log_table.setColumnHidden(COL_ROOM, not ctx.hotel_mode)

        filters = QHBoxLayout()
        for label, widget in (
            (self.from_label, self.log_from),
            (self.to_label, self.log_to),
            (self.purpose_label, self.log_purpose),
            (self.flow_label, self.log_flow),
            (self.category_label, self.log_category),
            (self.host_label, self.log_host),
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.log_table, 1)
        layout.addWidget(self.summary)

        self.retranslate()
        self._fill_hosts()
        for edit in (self.log_from, self.log_to):
            edit.dateChanged.connect(self._dates_changed)
        for combo in (self.log_purpose, self.log_flow, self.log_category, self.log_host):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.model.rowsInserted.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        ctx.signals.visits_changed.connect(self._data_changed)
        ctx.signals.staff_changed.connect(self._fill_hosts)
        ctx.signals.settings_changed.connect(self._settings_changed)
        self.apply_filter()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # -- filters -----------------------------------------------------------------------
    def current_filter(self) -> visits.LogFilter:
        return visits.log_filter_for_days(
            _pydate(self.log_from.date()),
            _pydate(self.log_to.date()),
            purpose=self.log_purpose.currentData(),
            flow=self.log_flow.currentData(),
            category=self.log_category.currentData(),
            host_id=self.log_host.currentData(),
        )

    def apply_filter(self) -> None:
        self._stale = False
        self.model.set_filter(self.current_filter())

    def _dates_changed(self) -> None:
        start, end = self.log_from.date(), self.log_to.date()
        if start > end:
            # Keep the range valid: move the other end to the date just picked.
            other = self.log_to if self.sender() is self.log_from else self.log_from
            other.blockSignals(True)
            other.setDate(start if other is self.log_to else end)
            other.blockSignals(False)
        self.apply_filter()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.apply_filter()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.apply_filter()
        super().showEvent(event)

    def _settings_changed(self) -> None:
        self.model.set_hotel_mode(self._ctx.hotel_mode)
        self.log_table.setColumnHidden(COL_ROOM, not self._ctx.hotel_mode)

    def _fill_hosts(self) -> None:
        current = self.log_host.currentData()
        self.log_host.blockSignals(True)
        self.log_host.clear()
        self.log_host.addItem(self.tr("All"), None)
        for person in staff.list_staff(active_only=False):
            self.log_host.addItem(person.name, person.id)
        found = self.log_host.findData(current)
        self.log_host.setCurrentIndex(max(found, 0))
        self.log_host.blockSignals(False)
        if found < 0 and current is not None:
            self.apply_filter()

    def _fill_enum_combo(self, combo: QComboBox, values, label) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for value in values:
            combo.addItem(label(value), str(value))
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    # -- text --------------------------------------------------------------------------
    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if self.model.canFetchMore(QModelIndex()):
            text = self.tr("%n visits loaded; scroll down for more", "", count)
        else:
            text = self.tr("%n visits loaded", "", count)
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Visit log"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.purpose_label.setText(self.tr("&Purpose"))
        self.flow_label.setText(self.tr("F&low"))
        self.category_label.setText(self.tr("&Category"))
        self.host_label.setText(self.tr("&Host"))
        self.log_from.setAccessibleName(self.tr("Visits from date"))
        self.log_to.setAccessibleName(self.tr("Visits to date"))
        self.log_purpose.setAccessibleName(self.tr("Filter by purpose"))
        self.log_flow.setAccessibleName(self.tr("Filter by flow"))
        self.log_category.setAccessibleName(self.tr("Filter by category"))
        self.log_host.setAccessibleName(self.tr("Filter by host"))
        self.log_table.setAccessibleName(self.tr("Visit log"))
        self.summary.setAccessibleName(self.tr("Visits loaded"))
        self._fill_enum_combo(self.log_purpose, Purpose, purpose_label)
        self._fill_enum_combo(self.log_flow, Flow, flow_label)
        self._fill_enum_combo(self.log_category, Category, category_label)
        if self.log_host.count():
            self.log_host.setItemText(0, self.tr("All"))
        self.model.retranslate()
        self._update_summary()
