"""The managers' dashboard (经营看板; non-modal, one per desk; REPORTS): a period and
filters on top, the figures in tabs below, "Export…" (Excel or CSV) and "Print / Save
PDF…".

The figures are read off the GUI thread (``Background``): every change of the period or a
filter asks again, and only the latest answer is shown, so the window never freezes and
never shows an older period's figures under a newer choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Category, Purpose, Tier
from ...domain.errors import DeskError
from ...domain.reports import ReportPeriod
from ...services import reports, staff, stations
from ...services.report_views import Dashboard, DashboardFilters
from ..common.background import Background
from ..common.context import DeskContext
from ..common.filter_fields import day_edit, filter_combo
from ..common.labels import category_label, error_text, purpose_label, tier_label
from ..common.retranslate import Retranslating
from . import export, printout
from .tabs import ComplaintsTab, FollowUpsTab, SatisfactionTab, TiersTab, VisitsTab

KINDS = ("today", "week", "month", "quarter", "year", "custom")
FILTERS = ("purpose", "category", "tier", "host", "department", "station")


def _ask(actor_id: int, period: ReportPeriod, filters: DashboardFilters) -> object:
    """On the worker thread: the figures, or the refusal to show next to the fields."""
    try:
        return reports.dashboard(actor_id, period, filters)
    except DeskError as err:
        return err


class DashboardWindow(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_window")
        self._ctx = ctx
        self.board: Dashboard | None = None
        self.job = Background(self)
        self.job.done.connect(self._show)
        self.job.failed.connect(self._failed)

        self.period_label = QLabel(objectName="dashboard_period_label")
        self.period = filter_combo("dashboard_period_combo")
        for kind in KINDS:
            self.period.addItem("", kind)
        self.period.setCurrentIndex(KINDS.index("month"))
        period = reports.report_period("month")
        self.start = day_edit("dashboard_from_field", period.start)
        self.end = day_edit("dashboard_to_field", period.end)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_label.setBuddy(self.start)
        self.to_label.setBuddy(self.end)
        self.range_label = QLabel(objectName="dashboard_range_label")
        self.error = QLabel(objectName="dashboard_error")
        self.error.setStyleSheet("color: #b00020;")
        self.status = QLabel(objectName="dashboard_status")
        self.print_button = QPushButton(objectName="dashboard_print_button")
        self.printing = printout.DashboardPrinting(self, ctx)
        self.printing.install(self.print_button)
        self.export_button = QPushButton(objectName="dashboard_export_button")
        self.exporting = export.DashboardExport(self, ctx)
        self.exporting.install(self.export_button)

        self.filters: dict[str, QComboBox] = {
            f: filter_combo(f"dashboard_{f}_filter") for f in FILTERS
        }
        self.filter_labels = {f: QLabel() for f in FILTERS}
        self._load_filter_choices()

        self.tabs = QTabWidget(objectName="dashboard_tabs")
        self.visits, self.satisfaction = VisitsTab(), SatisfactionTab()
        self.complaints, self.tiers, self.follow_ups = ComplaintsTab(), TiersTab(), FollowUpsTab()
        for tab in (self.visits, self.satisfaction, self.complaints, self.tiers, self.follow_ups):
            self.tabs.addTab(tab, "")

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.from_label)
        top.addWidget(self.start)
        top.addWidget(self.to_label)
        top.addWidget(self.end)
        top.addWidget(self.range_label)
        top.addWidget(self.error)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        filter_row = QHBoxLayout()
        for f in FILTERS:
            self.filter_labels[f].setBuddy(self.filters[f])
            filter_row.addWidget(self.filter_labels[f])
            filter_row.addWidget(self.filters[f])
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.tabs, 1)

        self.retranslate()
        self._custom_enabled()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        for combo in self.filters.values():
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard"))
        self.printing.retranslate()
        self.exporting.retranslate()
        self.period_label.setText(self.tr("&Period:"))
        self.period_label.setBuddy(self.period)
        kinds = (
            self.tr("Today"),
            self.tr("This week"),
            self.tr("This month"),
            self.tr("This quarter"),
            self.tr("This year"),
            self.tr("Custom"),
        )
        for i, text in enumerate(kinds):
            self.period.setItemText(i, text)
        self.period.setAccessibleName(self.tr("Period"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        for day_label in (self.from_label, self.to_label):  # shown later: sized for it now
            day_label.setMinimumWidth(
                day_label.fontMetrics().horizontalAdvance(day_label.text()) + 6
            )
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        names = {
            "purpose": (self.tr("Purpose"), self.tr("Any purpose")),
            "category": (self.tr("Category"), self.tr("Any category")),
            "tier": (self.tr("Tier"), self.tr("Any tier")),
            "host": (self.tr("Host"), self.tr("Any host")),
            "department": (self.tr("Department"), self.tr("Any department")),
            "station": (self.tr("Station"), self.tr("Any station")),
        }
        labels: dict[str, Callable[[Any], str]] = {
            "purpose": purpose_label,
            "category": category_label,
            "tier": tier_label,
        }
        for f, (label, anything) in names.items():
            self.filter_labels[f].setText(label)
            combo = self.filters[f]
            combo.setAccessibleName(label)
            combo.setItemText(0, anything)
            if f in labels:
                for i in range(1, combo.count()):
                    combo.setItemText(i, labels[f](combo.itemData(i)))
        for i, text in enumerate(
            (
                self.tr("Visits"),
                self.tr("Satisfaction"),
                self.tr("Complaints"),
                self.tr("Tiers"),
                self.tr("Follow-ups and conversion"),
            )
        ):
            self.tabs.setTabText(i, text)
        self._show_range()

    def _load_filter_choices(self) -> None:
        for f, values in (("purpose", Purpose), ("category", Category), ("tier", Tier)):
            combo = self.filters[f]
            combo.addItem("", None)
            for value in values:
                combo.addItem("", value.value)
        actor = self._ctx.actor.id
        people = staff.list_staff(actor, active_only=False)
        for f, names in (
            ("host", sorted({p.name for p in people})),
            ("department", sorted({p.department for p in people if p.department})),
            ("station", [s.name for s in stations.list_stations(actor)]),
        ):
            combo = self.filters[f]
            combo.addItem("", None)
            for name in names:
                combo.addItem(name, name)

    # -- asking ---------------------------------------------------------------------------
    def _custom_enabled(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.start, self.end, self.from_label, self.to_label):
            widget.setVisible(custom)

    def _period_changed(self) -> None:
        self._custom_enabled()
        self.refresh()

    def chosen_filters(self) -> DashboardFilters:
        return DashboardFilters(**{f: self.filters[f].currentData() for f in FILTERS})

    def refresh(self) -> None:
        """Ask for the figures of the chosen period and filters (off the GUI thread)."""
        from ..common.dates import to_date

        kind = self.period.currentData()
        self.error.clear()
        try:
            if kind == "custom":
                period = reports.report_period(
                    "custom", to_date(self.start.date()), to_date(self.end.date())
                )
            else:
                period = reports.report_period(kind)
        except DeskError as err:
            self.job.cancel()
            self.status.clear()
            self.error.setText(error_text(err))
            return
        self.status.setText(self.tr("Updating…"))
        self.print_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.job.run(_ask, self._ctx.actor.id, period, self.chosen_filters())

    def _show(self, board: object) -> None:
        if isinstance(board, DeskError):
            self.status.clear()
            self.error.setText(error_text(board))
            return
        assert isinstance(board, Dashboard)
        self.board = board
        self.status.clear()
        self.print_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self._show_range()
        for tab in (self.visits, self.satisfaction, self.complaints, self.tiers, self.follow_ups):
            tab.show_board(board)

    def _failed(self) -> None:
        self.status.setText(self.tr("The figures could not be read. Try again in a moment."))

    def _show_range(self) -> None:
        board = self.board
        if board is None:
            return
        by = self.tr("by day") if board.period.bucket == "day" else self.tr("by week")
        self.range_label.setText(
            self.tr("{start} – {end}, {by}").format(
                start=board.period.start.isoformat(), end=board.period.end.isoformat(), by=by
            )
        )
