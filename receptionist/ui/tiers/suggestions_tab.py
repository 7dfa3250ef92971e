"""The tiers window's "Suggestions" tab (TIERS): the category changes the tiers suggest,
confirmed by staff one, several or all at once (all asks first) — each a category change
with its reason; nothing is applied silently. The list refreshes after each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Category
from ...domain.errors import DeskError
from ...services import tiers
from ...services.tier_views import Suggestion
from ..common import ask
from ..common.context import DeskContext
from ..common.labels import category_label, error_text
from ..common.retranslate import Retranslating
from ..customer.opening import add_open_action
from .texts import reason_text


class SuggestionsTab(Retranslating, QWidget):
    confirmed = Signal(int)  # how many category changes were made

    def __init__(
        self, ctx: DeskContext, open_customer: Callable[[int], object], parent=None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._found: list[Suggestion] = []
        self.setObjectName("tiers_suggestions_tab")
        self.intro = QLabel(objectName="tiers_suggestions_intro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="tiers_suggestions_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.open_action = add_open_action(
            self.table, "tiers_suggestion_open_customer", self._customer_at, open_customer
        )
        self.confirm_button = QPushButton(objectName="tiers_confirm_selected")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.confirm_all_button = QPushButton(objectName="tiers_confirm_all")
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.status = QLabel(objectName="tiers_suggestions_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.confirm_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The tiers suggest these category changes. Nothing changes until you confirm: "
                "each confirmation is a category change recorded with its reason."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Customer ref"),
                self.tr("Category now"),
                self.tr("Suggested"),
                self.tr("Why"),
            ]
        )
        self.table.setAccessibleName(self.tr("Suggested category changes"))
        self.confirm_all_button.setText(self.tr("Confirm all…"))
        self.confirm_all_button.setAccessibleName(self.tr("Confirm every suggestion"))
        self._selection_changed()
        self._fill()

    def refresh(self) -> None:
        self.status.clear()
        try:
            self._found = tiers.suggestions(self._ctx.actor.id)
        except DeskError as err:
            self._found = []
            self.status.setText(error_text(err))
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._found))
        for row, s in enumerate(self._found):
            cells = (
                s.name,
                s.customer_ref,
                category_label(Category(s.category)),
                category_label(Category(s.suggested)),
                reason_text(s),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, column, item)
        self.confirm_all_button.setEnabled(bool(self._found))
        if not self._found and not self.status.text():
            self.status.setText(self.tr("Nothing to confirm: the categories agree with the tiers."))

    def _customer_at(self, row: int) -> int | None:
        return self._found[row].customer_id if 0 <= row < len(self._found) else None

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._found[row].id for row in rows]

    def _selection_changed(self) -> None:
        n = len(self.selected_ids())
        self.confirm_button.setEnabled(n > 0)
        self.confirm_button.setText(self.tr("Confirm %n selected", "", max(n, 1)))
        self.confirm_button.setAccessibleName(self.tr("Confirm the selected suggestions"))

    def confirm_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._confirm(ids)

    def confirm_all(self) -> None:
        if not self._found:
            return
        question = self.tr(
            "Change the category of all %n customers as suggested? Each change is recorded "
            "with its reason.",
            "",
            len(self._found),
        )
        if ask.confirm(self, self.tr("Confirm all suggestions"), question):
            self._confirm(None)

    def _confirm(self, ids: list[str] | None) -> None:
        try:
            done = tiers.confirm_suggestions(self._ctx.actor.id, ids)
        except DeskError as err:
            self.refresh()
            self.status.setText(error_text(err))
            return
        for s in done:
            self._ctx.signals.customer_changed.emit(s.customer_id)
        self.status.clear()
        self.refresh()
        self.status.setText(self.tr("Changed the category of %n customers.", "", len(done)))
        self.confirmed.emit(len(done))
