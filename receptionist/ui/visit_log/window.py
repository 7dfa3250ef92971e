"""The visit log window (接待记录): filters above a lazily loaded table of past visits.

Filters: a visitor (typed as in the desk's search box — name, pinyin initials, phone, its
last four digits — and answered from the same index), the days, purpose, flow, category
and host. The summary line says how many visits the filter holds ("1–100 of 48,213"); the
total is counted off the GUI thread, so a filter over millions of visits never stalls the
window. Esc and Ctrl+W close it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Category, Flow, Purpose
from ...domain.roles import Permission
from ...services import clock, list_exports, staff, stations, visit_log
from ...services.access import allowed
from ..common.background import Background
from ..common.badges import CategoryBadgeDelegate
from ..common.context import DeskContext
from ..common.dates import to_date
from ..common.export_dialog import ExportDialog, ExportRequest, open_export
from ..common.filter_fields import day_edit, filter_combo
from ..common.labels import (
    category_label,
    flow_label,
    purpose_label,
    status_label,
    visitor_word,
)
from ..common.retranslate import Retranslating
from .model import (
    COL_CATEGORY,
    COL_CHECK_IN,
    COL_CHECK_OUT,
    COL_CODE,
    COL_CUSTOMER,
    COL_FLOW,
    COL_HOST,
    COL_PARTY,
    COL_PURPOSE,
    COL_ROOM,
    COL_STATION,
    COL_STATUS,
    VisitLogModel,
)

DEFAULT_DAYS = 30
UNCOUNTED = -1  # the count failed (logged): the summary shows the loaded rows only
VISITOR_DELAY_MS = 250  # typing pauses this long before the log is filtered
COLUMN_WIDTHS = (
    (COL_CODE, 105),
    (COL_STATUS, 80),
    (COL_CHECK_IN, 130),
    (COL_CHECK_OUT, 115),
    (COL_CUSTOMER, 150),
    (COL_CATEGORY, 95),
    (COL_PURPOSE, 110),
    (COL_FLOW, 135),
    (COL_HOST, 110),
    (COL_PARTY, 55),
    (COL_ROOM, 70),
    (COL_STATION, 130),
)


class VisitLogWindow(Retranslating, QWidget):
    """Filters above a lazily loaded table of visits, and the filter's total."""

    def __init__(self, ctx: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._stale = False
        self._total: int | None = None
        self.setObjectName("visit_log_window")
        self.model = VisitLogModel(ctx.actor.id, self)
        self.model.set_hotel_mode(ctx.hotel_mode)
        self._counter = Background(self)
        self._counter.done.connect(self._counted)
        self._counter.failed.connect(self._not_counted)

        today = clock.local(clock.now()).date()
        self.visitor_label = QLabel()
        self.log_visitor = QLineEdit(objectName="log_visitor")
        self.log_visitor.setClearButtonEnabled(True)
        self.log_visitor.setMinimumWidth(220)
        self._visitor_timer = QTimer(self, singleShot=True, interval=VISITOR_DELAY_MS)
        self._visitor_timer.timeout.connect(self.apply_filter)
        self.log_visitor.textEdited.connect(lambda _text: self._visitor_timer.start())
        self.log_visitor.returnPressed.connect(self.apply_filter)
        self.from_label = QLabel()
        self.log_from = day_edit("log_from", today - timedelta(days=DEFAULT_DAYS - 1))
        self.to_label = QLabel()
        self.log_to = day_edit("log_to", today)
        self.purpose_label = QLabel()
        self.log_purpose = filter_combo("log_purpose")
        self.flow_label = QLabel()
        self.log_flow = filter_combo("log_flow")
        self.category_label = QLabel()
        self.log_category = filter_combo("log_category")
        self.host_label = QLabel()
        self.log_host = filter_combo("log_host")
        self.summary = QLabel(objectName="log_summary")
        self.export_button = QPushButton(objectName="log_export_button")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(allowed(ctx.actor, Permission.EXPORT))
        self.export_dialog: ExportDialog | None = None

        self.log_table = QTableView(objectName="log_table")
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
        for col, width in COLUMN_WIDTHS:
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.log_table.setColumnHidden(COL_ROOM, not ctx.hotel_mode)
        # Which desk or kiosk checked a visitor in: shown once the site has several.
        self.log_table.setColumnHidden(COL_STATION, len(stations.list_stations(ctx.actor.id)) < 2)

        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_grid())
        layout.addWidget(self.log_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        for keys in (QKeySequence.StandardKey.Close, QKeySequence("Escape")):
            QShortcut(keys, self, self.close)

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

    def _filter_grid(self) -> QGridLayout:
        """Two rows, so that the filters fit a 1,100 px window in both languages: the
        visitor and the days, then purpose, flow, category and host."""
        grid = QGridLayout()
        rows = (
            (
                (self.visitor_label, self.log_visitor),
                (self.from_label, self.log_from),
                (self.to_label, self.log_to),
            ),
            (
                (self.purpose_label, self.log_purpose),
                (self.flow_label, self.log_flow),
                (self.category_label, self.log_category),
                (self.host_label, self.log_host),
            ),
        )
        for row, pairs in enumerate(rows):
            for i, (label, widget) in enumerate(pairs):
                label.setBuddy(widget)
                grid.addWidget(label, row, 2 * i, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(widget, row, 2 * i + 1)
        grid.setColumnStretch(8, 1)
        return grid

    # -- filters -----------------------------------------------------------------------
    def current_filter(self) -> visit_log.LogFilter:
        return visit_log.log_filter_for_days(
            self._ctx.actor.id,
            to_date(self.log_from.date()),
            to_date(self.log_to.date()),
            visitor=self.log_visitor.text(),
            purpose=self.log_purpose.currentData(),
            flow=self.log_flow.currentData(),
            category=self.log_category.currentData(),
            host_id=self.log_host.currentData(),
        )

    def apply_filter(self) -> None:
        self._visitor_timer.stop()
        self._stale = False
        flt = self.current_filter()
        self._total = None
        self.model.set_filter(flt)
        if self.model.canFetchMore(QModelIndex()):
            self._counter.run(
                visit_log.count_visits, self._ctx.actor.id, flt
            )  # a total worth counting
        else:
            self._counter.cancel()
            self._total = self.model.rowCount()
            self._update_summary()

    def export(self) -> ExportDialog:
        """Open the Export… dialog for the visits the filters hold now."""
        flt, actor_id = self.current_filter(), self._ctx.actor.id

        def run(path: str, file_format: str, **kwargs) -> int:
            return list_exports.export_visits(
                actor_id, path, flt, file_format=file_format, **kwargs
            )

        request = ExportRequest(
            "visits",
            self.tr("Export the visit log"),
            self.tr("visits"),
            run,
            {"status": status_label},  # type: ignore[dict-item]
        )
        self.export_dialog = open_export(self, request)
        return self.export_dialog

    def _counted(self, total: object) -> None:
        self._total = total if isinstance(total, int) else None
        self._update_summary()

    def _not_counted(self) -> None:
        self._total = UNCOUNTED
        self._update_summary()

    @property
    def total(self) -> int | None:
        """The number of visits the current filter holds, once counted (``UNCOUNTED``
        when counting failed)."""
        return self._total

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

    def closeEvent(self, event) -> None:
        self._visitor_timer.stop()  # a filter typed a moment ago is not run on a closed log
        self._counter.cancel()
        super().closeEvent(event)

    def _settings_changed(self) -> None:
        self.model.set_hotel_mode(self._ctx.hotel_mode)
        self.log_table.setColumnHidden(COL_ROOM, not self._ctx.hotel_mode)
        self.retranslate()

    def _fill_hosts(self) -> None:
        current = self.log_host.currentData()
        self.log_host.blockSignals(True)
        self.log_host.clear()
        self.log_host.addItem(self.tr("All"), None)
        for person in staff.list_staff(self._ctx.actor.id, active_only=False):
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
        loaded = self.model.rowCount()
        number = QLocale().toString
        if loaded == 0:
            text = self.tr("No visits match these filters.")
        elif self._total is None:
            text = self.tr("Visits 1–{loaded} of … (counting)").format(loaded=number(loaded))
        elif self._total == UNCOUNTED:
            text = self.tr("Visits 1–{loaded}").format(loaded=number(loaded))
        else:
            text = self.tr("Visits 1–{loaded} of {total}").format(
                loaded=number(loaded), total=number(self._total)
            )
        if loaded and self.model.canFetchMore(QModelIndex()):
            text += self.tr("; scroll down for more")
        if self.model.current_filter().visitor_capped:
            text += self.tr(
                " — more than {count} customers match the visitor; type more of the name "
                "or the phone to see all of theirs."
            ).format(count=number(visit_log.VISITOR_IDS_MAX))
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Visit log"))
        self.visitor_label.setText(
            self.tr("{visitor}:").format(visitor=visitor_word(self._ctx.hotel_mode))
        )
        self.log_visitor.setPlaceholderText(self.tr("Name, pinyin initials or phone"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.purpose_label.setText(self.tr("&Purpose"))
        self.flow_label.setText(self.tr("F&low"))
        self.category_label.setText(self.tr("&Category"))
        self.host_label.setText(self.tr("&Host"))
        self.log_visitor.setAccessibleName(self.tr("Filter by visitor"))
        self.log_from.setAccessibleName(self.tr("Visits from date"))
        self.log_to.setAccessibleName(self.tr("Visits to date"))
        self.log_purpose.setAccessibleName(self.tr("Filter by purpose"))
        self.log_flow.setAccessibleName(self.tr("Filter by flow"))
        self.log_category.setAccessibleName(self.tr("Filter by category"))
        self.log_host.setAccessibleName(self.tr("Filter by host"))
        self.log_table.setAccessibleName(self.tr("Visit log"))
        self.summary.setAccessibleName(self.tr("Visits shown"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the visits shown"))
        self._fill_enum_combo(self.log_purpose, Purpose, purpose_label)
        self._fill_enum_combo(self.log_flow, Flow, flow_label)
        self._fill_enum_combo(self.log_category, Category, category_label)
        if self.log_host.count():
            self.log_host.setItemText(0, self.tr("All"))
        self.model.retranslate()
        self._update_summary()
