"""Duplicates…: the pairs of customers that are probably one person, with their reasons;
choosing a pair shows both side by side, with a choice per field, and Merge (after a
confirmation that says what moves) merges them. Managers and admins (ARCHIVE)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.duplicates import Reason
from ...domain.errors import DeskError
from ...services import merge
from ...services.merge import DuplicatePair, MergeSide
from ..common import ask
from ..common.background import Background
from ..common.context import DeskContext
from ..common.forms import error_label
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .merge_compare import MergeCompare

ROW_KINDS = (
    "visits",
    "claims",
    "purchases",
    "category_changes",
    "special_dates",
    "tier_results",
    "merges",
    "complaints",
)


def open_duplicates(ctx: DeskContext, parent: QWidget) -> None:
    """The desk's "Duplicates…" action."""
    DuplicatesDialog(ctx, parent).exec()


class DuplicatesDialog(Retranslating, QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pairs: list[DuplicatePair] = []
        self._sides: tuple[MergeSide, MergeSide] | None = None
        self.setObjectName("duplicates_dialog")
        self.resize(860, 640)

        self.pairs_title = QLabel(objectName="duplicates_title")
        self.pairs_table = QTableWidget(0, 3)
        self.pairs_table.setObjectName("duplicates_pairs")
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_table.verticalHeader().hide()
        self.pairs_table.setWordWrap(False)
        header = self.pairs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.pairs_table.itemSelectionChanged.connect(self._chosen)
        self.pairs_title.setBuddy(self.pairs_table)
        self.status = QLabel(objectName="duplicates_status")

        self.compare = MergeCompare(self)
        self.swap_button = QPushButton(objectName="merge_swap")
        self.swap_button.clicked.connect(self._swap)
        self.merge_button = QPushButton(objectName="merge_button")
        self.merge_button.clicked.connect(self.merge_chosen)
        self.error = error_label("merge_error")
        actions = QHBoxLayout()
        actions.addWidget(self.swap_button)
        actions.addStretch(1)
        actions.addWidget(self.merge_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("duplicates_buttons")
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("duplicates_close")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pairs_title)
        layout.addWidget(self.pairs_table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.compare)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)

        self._background = Background(self)
        self._background.done.connect(self._loaded)
        self._background.failed.connect(lambda: self._loaded(None))
        self._loading = False
        self.retranslate()
        self.refresh()

    # -- the list ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Look for candidates again, off the GUI thread (seconds at a million)."""
        self._loading = True
        self._show_status()
        self._background.run(merge.duplicate_candidates, self._ctx.actor.id)

    @property
    def loading(self) -> bool:
        return self._loading

    def _loaded(self, pairs: list[DuplicatePair] | None) -> None:
        self._loading = False
        self._pairs = pairs or []
        self._fill_rows()
        self._show_status(failed=pairs is None)
        self._show(None)
        if self._pairs:
            self.pairs_table.selectRow(0)

    def _fill_rows(self) -> None:
        self.pairs_table.setRowCount(len(self._pairs))
        for row, pair in enumerate(self._pairs):
            cells = (
                self._who(pair.keep_name, pair.keep_company, pair.keep_id),
                self._who(pair.other_name, pair.other_company, pair.other_id),
                self.tr("; ").join(self._reason(r) for r in pair.reasons),
            )
            for column, text in enumerate(cells):
                self.pairs_table.setItem(row, column, QTableWidgetItem(text))

    def _who(self, name: str, company: str, customer_id: int) -> str:
        if company:
            return self.tr("{name} ({company}) #{id}").format(
                name=name, company=company, id=customer_id
            )
        return self.tr("{name} #{id}").format(name=name, id=customer_id)

    def _reason(self, reason: Reason) -> str:
        return {
            Reason.SAME_PHONE: self.tr("same phone number"),
            Reason.SAME_NAME_COMPANY: self.tr("same name and company"),
            Reason.SIMILAR_NAME_PHONE: self.tr("name sounds the same, similar phone"),
        }[reason]

    def _show_status(self, failed: bool = False) -> None:
        if self._loading:
            text = self.tr("Looking for duplicates…")
        elif failed:
            text = self.tr("The list could not be read; close this window and try again.")
        elif not self._pairs:
            text = self.tr("No duplicates found.")
        else:
            text = self.tr("%n pair(s) that may be the same customer.", "", len(self._pairs))
        self.status.setText(text)

    # -- one pair ----------------------------------------------------------------------
    def _chosen(self) -> None:
        rows = self.pairs_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._pairs):
            self._show(None)
            return
        pair = self._pairs[rows[0].row()]
        self._load_pair(pair.keep_id, pair.other_id)

    def _load_pair(self, keep_id: int, other_id: int) -> None:
        self.error.hide()
        try:
            sides = merge.merge_sides(self._ctx.actor.id, keep_id, other_id)
        except DeskError as error:
            self._show(None)
            self._fail(error)
            return
        self._show(sides)

    def _show(self, sides: tuple[MergeSide, MergeSide] | None) -> None:
        self._sides = sides
        self.compare.show_sides(sides)
        self.merge_button.setEnabled(sides is not None)
        self.swap_button.setEnabled(sides is not None)

    def _swap(self) -> None:
        if self._sides is not None:
            keep, other = self._sides
            self._load_pair(other.id, keep.id)

    def _fail(self, error: DeskError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def moving_text(self, keep: MergeSide, other: MergeSide) -> str:
        """What the confirmation says will move."""
        parts = [self._count(kind, n) for kind, n in other.rows.items() if n]
        moved = self.tr(", ").join(parts) if parts else self.tr("no visits or other records")
        return self.tr(
            "Merge {other} (#{other_id}) into {keep} (#{keep_id})?\n\n"
            "Moves to {keep}: {moved}.\n"
            "The record #{other_id} is then deleted; search still finds {keep} by the name "
            "{other}. This cannot be undone."
        ).format(other=other.name, other_id=other.id, keep=keep.name, keep_id=keep.id, moved=moved)

    def _count(self, kind: str, n: int) -> str:
        if kind == "visits":
            return self.tr("%n visit(s)", "", n)
        if kind == "claims":
            return self.tr("%n kiosk arrival(s) waiting for a match", "", n)
        if kind == "purchases":
            return self.tr("%n purchase(s)", "", n)
        if kind == "category_changes":
            return self.tr("%n category change(s)", "", n)
        if kind == "special_dates":
            return self.tr("%n special date(s)", "", n)
        if kind == "tier_results":
            return self.tr("%n tier result(s)", "", n)
        if kind == "complaints":
            return self.tr("%n complaint(s)", "", n)
        return self.tr("%n earlier merge(s)", "", n)

    def merge_chosen(self) -> bool:
        """Merge the pair shown, after asking; the list refreshes. False when nothing
        was merged (cancelled or refused: the reason is shown)."""
        if self._sides is None:
            return False
        keep, other = self._sides
        if not ask.confirm(self, self.tr("Merge customers"), self.moving_text(keep, other)):
            return False
        try:
            result = merge.merge_customers(
                self._ctx.actor.id, keep.id, other.id, take=self.compare.take()
            )
        except DeskError as error:
            self._fail(error)
            return False
        self.error.hide()
        if result.recompute_periods:
            ask.warn(
                self,
                self.tr("Merge customers"),
                self.tr(
                    "Both customers had tier results for {periods}; recompute those periods "
                    "so that the merged purchases count."
                ).format(periods=", ".join(result.recompute_periods)),
            )
        self.refresh()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duplicate customers"))
        self.pairs_title.setText(self.tr("Customers that may be the same person:"))
        self.pairs_table.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Other customer"), self.tr("Why")]
        )
        self.pairs_table.setAccessibleName(self.tr("Duplicate candidates"))
        self.swap_button.setText(self.tr("Keep the other one"))
        self.swap_button.setAccessibleName(self.tr("Keep the other customer instead"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge the two customers"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.status.setAccessibleName(self.tr("Duplicates status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._fill_rows()
        self._show_status()
