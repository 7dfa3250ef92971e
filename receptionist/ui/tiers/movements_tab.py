"""The tiers window's "Movements" tab: from one period to another (default the previous
and the current), the four groups with their counts (up, down, dropped out, new), the
customers (from → to tier), and Export to CSV or Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
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
from ...services import tier_exports, tiers
from ...services.access import allowed
from ..common import ask
from ..common.context import DeskContext
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from ..customer.opening import add_open_action
from .moves_model import GROUPS, NAME, MovesModel, group_label


class MovementsTab(Retranslating, QWidget):
    def __init__(
        self, ctx: DeskContext, open_customer: Callable[[int], object], parent=None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("tiers_movements_tab")
        self.from_label = QLabel()
        self.from_combo = QComboBox(objectName="tiers_moves_from")
        self.from_label.setBuddy(self.from_combo)
        self.to_label = QLabel()
        self.to_combo = QComboBox(objectName="tiers_moves_to")
        self.to_label.setBuddy(self.to_combo)
        self.export_button = QPushButton(objectName="tiers_moves_export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(allowed(ctx.actor, Permission.EXPORT))
        self.group_buttons = QButtonGroup(self)
        self.group_buttons.setExclusive(True)
        self.buttons: dict[str | None, QPushButton] = {}
        groups_row = QHBoxLayout()
        for group in (None, *GROUPS):
            button = QPushButton(objectName=f"tiers_moves_{group or 'all'}")
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _c=False, g=group: self._show_group(g))
            self.group_buttons.addButton(button)
            self.buttons[group] = button
            groups_row.addWidget(button)
        self.buttons[None].setChecked(True)
        self.same_label = QLabel(objectName="tiers_moves_same")
        self.status = QLabel(objectName="tiers_moves_status")
        self.status.setWordWrap(True)

        self.model = MovesModel(self)
        self.table = QTableView(objectName="tiers_moves_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 110), (3, 130), (4, 110), (5, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(
            lambda index: self._open(open_customer, self.model.customer_at(index.row()))
        )
        self.open_action = add_open_action(
            self.table, "tiers_moves_open_customer", self.model.customer_at, open_customer
        )
        self.from_combo.currentIndexChanged.connect(self.load)
        self.to_combo.currentIndexChanged.connect(self.load)

        bar = QHBoxLayout()
        for label, combo in ((self.from_label, self.from_combo), (self.to_label, self.to_combo)):
            bar.addWidget(label)
            bar.addWidget(combo)
            bar.addSpacing(8)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(groups_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.same_label)
        layout.addWidget(self.status)
        self.retranslate()

    @staticmethod
    def _open(open_customer: Callable[[int], object], customer_id: int | None) -> None:
        if customer_id is not None:
            open_customer(customer_id)

    def _show_group(self, group: str | None) -> None:
        self.model.set_group(group)

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("&From:"))
        self.from_combo.setAccessibleName(self.tr("From period"))
        self.to_label.setText(self.tr("&To:"))
        self.to_combo.setAccessibleName(self.tr("To period"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the movements to a file"))
        self.table.setAccessibleName(self.tr("Customers who moved"))
        self._show_counts()

    def set_periods(self, periods: list[str]) -> None:
        """The periods with a run, newest first; default: the previous and the current."""
        chosen = (self.from_combo.currentData(), self.to_combo.currentData())
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for period in periods:
                combo.addItem(period, period)
            combo.blockSignals(False)
        if chosen[0] in periods and chosen[1] in periods:
            self.from_combo.setCurrentIndex(periods.index(chosen[0]))
            self.to_combo.setCurrentIndex(periods.index(chosen[1]))
        elif periods:
            self.to_combo.setCurrentIndex(0)
            before = rules.previous_period(rules.parse_period(periods[0], rules.QUARTER)).label
            self.from_combo.setCurrentIndex(
                periods.index(before) if before in periods else min(1, len(periods) - 1)
            )
        self.load()

    def load(self) -> None:
        before, after = self.from_combo.currentData(), self.to_combo.currentData()
        if before is None or after is None:
            self.model.set_movements(None)
            self.status.setText(self.tr("Compute two periods to compare them."))
            self._show_counts()
            return
        try:
            moved = tiers.movements(self._ctx.actor.id, before, after)
        except DeskError as err:
            self.model.set_movements(None)
            self.status.setText(error_text(err))
        else:
            self.model.set_movements(moved)
            self.status.clear()
            self.same_label.setText(
                self.tr("{n} customers kept their tier from {before} to {after}.").format(
                    n=moved.same, before=moved.from_period, after=moved.to_period
                )
            )
        self._show_counts()

    def _show_counts(self) -> None:
        total = sum(self.model.count(g) for g in GROUPS)
        self.buttons[None].setText(self.tr("All moves  {n}").format(n=total))
        self.buttons[None].setAccessibleName(self.tr("Show every move"))
        for group in GROUPS:
            self.buttons[group].setText(f"{group_label(group)}  {self.model.count(group)}")
            self.buttons[group].setAccessibleName(
                self.tr("Show {group}").format(group=group_label(group))
            )
        if not self.model.loaded():
            self.same_label.clear()

    def export(self) -> None:
        before, after = self.from_combo.currentData(), self.to_combo.currentData()
        if before is None or after is None:
            return
        path = ask.save_file(
            self,
            self.tr("Export movements"),
            f"tier-movements-{before}-{after}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return
        file_format = "csv" if Path(path).suffix.lower() == ".csv" else "xlsx"
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        try:
            count = tier_exports.export_movements(
                self._ctx.actor.id, before, after, path, file_format=file_format
            )
        except DeskError as err:
            self.status.setText(error_text(err))
            return
        self.status.setText(
            self.tr("Exported {n} movements to {file}.").format(n=count, file=Path(path).name)
        )
