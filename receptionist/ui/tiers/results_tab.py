"""The tiers window's "Results" tab: a period (those with a run, newest first) and one of
its runs (the adjustment catalogue: every recompute, the one in force marked), the
customers per tier, and the ranked table with a tier filter. The run loads off the GUI
thread; double-click or Ctrl+I opens the customer's page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import tiers as rules
from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import list_exports, purchases, tiers
from ...services.access import allowed
from ...services.tier_views import TierRunView
from ..common.background import Background
from ..common.context import DeskContext
from ..common.export_dialog import ExportDialog, ExportRequest, open_export
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from ..customer.opening import add_open_action
from .results_model import NAME, TierResultsModel
from .texts import TIER_COLOURS, tier_text


def periods_of(runs: list[TierRunView]) -> list[str]:
    """The periods with a run, newest first."""
    seen = {r.period: r.starts_on for r in runs}
    return sorted(seen, key=lambda p: (seen[p], p), reverse=True)


class ResultsTab(Retranslating, QWidget):
    """``show_run(run_id)`` re-opens a run; ``recompute_requested`` asks the window."""

    recompute_requested = Signal()

    def __init__(
        self, ctx: DeskContext, open_customer: Callable[[int], object], parent=None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._open_customer = open_customer
        self._runs: list[TierRunView] = []
        self._wanted_run: int | None = None
        self._loaded_run: int | None = None
        self.setObjectName("tiers_results_tab")
        self.period_label = QLabel()
        self.period_combo = QComboBox(objectName="tiers_period_combo")
        self.period_label.setBuddy(self.period_combo)
        self.run_label = QLabel()
        self.run_combo = QComboBox(objectName="tiers_run_combo")
        self.run_combo.setMinimumContentsLength(42)
        self.run_label.setBuddy(self.run_combo)
        self.tier_label = QLabel()
        self.tier_combo = QComboBox(objectName="tiers_filter_combo")
        self.tier_label.setBuddy(self.tier_combo)
        self.recompute_button = QPushButton(objectName="tiers_recompute_button")
        self.recompute_button.clicked.connect(self.recompute_requested)
        self.export_button = QPushButton(objectName="tiers_export_button")
        self.export_button.clicked.connect(self.export)
        self.export_dialog: ExportDialog | None = None
        self.counts_label = QLabel(objectName="tiers_counts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(objectName="tiers_results_status")
        self.status.setWordWrap(True)

        self.model = TierResultsModel(self)
        self.table = QTableView(objectName="tiers_results_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((56, 0, 110, 130, 130, 80, 110, 90, 90)):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_customer(index.row()))
        self.open_action = add_open_action(
            self.table, "tiers_open_customer", self.model.customer_at, open_customer
        )
        self.open_shortcut = QShortcut(QKeySequence("Ctrl+I"), self.table)
        self.open_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_shortcut.activated.connect(
            lambda: self.open_customer(self.table.currentIndex().row())
        )

        self.loader = Background(self)
        self.loader.done.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.run_combo.currentIndexChanged.connect(self._run_chosen)
        self.tier_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_tier(self.tier_combo.currentData())
        )

        bar = QHBoxLayout()
        for label, combo in (
            (self.period_label, self.period_combo),
            (self.run_label, self.run_combo),
            (self.tier_label, self.tier_combo),
        ):
            bar.addWidget(label)
            bar.addWidget(combo)
            bar.addSpacing(8)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.recompute_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.recompute_button.setVisible(allowed(ctx.actor, Permission.TIERS))
        self.export_button.setVisible(allowed(ctx.actor, Permission.EXPORT))
        self.retranslate()

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.run_label.setText(self.tr("&Computed:"))
        self.run_combo.setAccessibleName(self.tr("Which computation of the period"))
        self.run_combo.setToolTip(
            self.tr("Every recompute of the period is kept; the one in force is marked current")
        )
        self.tier_label.setText(self.tr("&Show:"))
        self.tier_combo.setAccessibleName(self.tr("Show one tier"))
        chosen = self.tier_combo.currentIndex()
        self.tier_combo.blockSignals(True)
        self.tier_combo.clear()
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for tier in rules.TIER_ORDER:
            self.tier_combo.addItem(tier_text(str(tier)), str(tier))
        self.tier_combo.setCurrentIndex(max(chosen, 0))
        self.tier_combo.blockSignals(False)
        self.recompute_button.setText(self.tr("Recompute…"))
        self.recompute_button.setAccessibleName(self.tr("Recompute a period's tiers"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the result shown"))
        self.table.setAccessibleName(self.tr("Customers by rank"))
        self._fill_runs()
        self._show_counts()

    # -- periods and runs -------------------------------------------------------------
    def refresh(self, run_id: int | None = None) -> None:
        """Read the runs again and show ``run_id`` (default: the newest period's current
        run, or what was shown)."""
        try:
            self._runs = tiers.runs(self._ctx.actor.id)
        except DeskError as err:
            self.status.setText(error_text(err))
            return
        self.model.currency = purchases.currency()
        if run_id is None:
            run_id = self.shown_run_id()
        chosen = next((r for r in self._runs if r.id == run_id), None)
        periods = periods_of(self._runs)
        self._wanted_run = chosen.id if chosen else None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in periods:
            self.period_combo.addItem(period, period)
        self.period_combo.blockSignals(False)
        if not periods:
            self.run_combo.clear()
            self.model.set_rows([])
            self._show_counts()
            self.status.setText(
                self.tr(
                    "No tiers have been computed yet. Recompute a period to rank its customers."
                )
            )
            return
        self.status.clear()
        index = self.period_combo.findData(chosen.period) if chosen else 0
        if index == self.period_combo.currentIndex():
            self._period_chosen(index)
        else:
            self.period_combo.setCurrentIndex(index)

    def periods(self) -> list[str]:
        return [self.period_combo.itemData(i) for i in range(self.period_combo.count())]

    def _period_runs(self) -> list[TierRunView]:
        period = self.period_combo.currentData()
        return [r for r in self._runs if r.period == period]

    def _period_chosen(self, _index: int) -> None:
        self._fill_runs()

    def _fill_runs(self) -> None:
        runs = self._period_runs()
        wanted = self._wanted_run or self.run_combo.currentData()
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        for run in runs:
            self.run_combo.addItem(self._run_text(run), run.id)
        found = self.run_combo.findData(wanted)
        self.run_combo.setCurrentIndex(found if found >= 0 else 0)
        self.run_combo.blockSignals(False)
        self._wanted_run = None
        self._run_chosen(self.run_combo.currentIndex())

    def _run_text(self, run: TierRunView) -> str:
        when = run.computed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        who = run.computed_by or self.tr("someone no longer on the staff")
        text = self.tr("{when} by {who}").format(when=when, who=who)
        return self.tr("{run} (current)").format(run=text) if run.current else text

    def _run_chosen(self, _index: int) -> None:
        run_id = self.run_combo.currentData()
        if run_id is None or run_id == self._loaded_run:
            return
        self._loaded_run = run_id
        self.status.setText(self.tr("Loading…"))
        self.loader.run(tiers.show, self._ctx.actor.id, None, run_id)

    def export(self) -> ExportDialog | None:
        """Open the Export… dialog for the run shown (and its tier filter); None before
        a run is shown."""
        run_id, tier = self._loaded_run, self.tier_combo.currentData()
        if run_id is None:
            return None
        actor_id = self._ctx.actor.id

        def run(path: str, file_format: str, **kwargs) -> int:
            return list_exports.export_tiers(
                actor_id, path, run_id=run_id, tier=tier, file_format=file_format, **kwargs
            )

        period = self.period_combo.currentData() or ""
        request = ExportRequest(
            "tiers",
            self.tr("Export the tiers"),
            self.tr("tiers-{period}").format(period=period),
            run,
        )
        self.export_dialog = open_export(self, request)
        return self.export_dialog

    def shown_run_id(self) -> int | None:
        return self._loaded_run

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self.status.clear()
        self._show_counts()

    def _load_failed(self) -> None:
        self._loaded_run = None
        self.status.setText(self.tr("The result could not be read; choose the run again."))

    def _show_counts(self) -> None:
        if not self.model.total():
            self.counts_label.clear()
            return
        parts = []
        for tier, count in self.model.counts().items():
            back, text = TIER_COLOURS[tier]
            label = f"&nbsp;{tier_text(tier)}&nbsp;"
            style = f"background:{back}; color:{text};"
            parts.append(f'<span style="{style}">{label}</span>&nbsp;<b>{count:,}</b>')
        total = self.tr("{n} customers ranked").format(n=f"{self.model.total():,}")
        self.counts_label.setText("&nbsp;&nbsp;&nbsp;".join(parts) + f"&nbsp;&nbsp;&nbsp;— {total}")

    def open_customer(self, row: int) -> None:
        customer_id = self.model.customer_at(row)
        if customer_id is not None:
            self._open_customer(customer_id)
