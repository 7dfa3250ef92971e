"""The customer's purchases as a tab of the customer page: a summary line (count, total,
last), the list (newest first, loaded as it scrolls), and for staff who keep the archive
an "Add purchase" form and correcting or deleting a row with a reason.

Amounts are for those who see reports; a receptionist sees a sentence saying so. After a
prospect's first purchase the desk asks whether to move them to existing customer: Yes
changes the category (with its reason), No leaves it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.money import format_money
from ...domain.roles import Permission
from ...services import clock, customers, purchases
from ...services.access import allowed
from ..common import ask
from ..common.context import DeskContext
from ..common.dates import to_date, to_qdate
from ..common.filter_fields import day_edit
from ..common.forms import error_label, with_error
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .purchases_model import COL_AMOUNT, COL_DATE, COL_NOTE, COL_REFERENCE, PurchasesModel

# A refusal's field -> the form's field it is shown under.
_FIELDS = {"purchased_on": "date", "amount": "amount", "note": "note", "reference": "reference"}


class PurchasesView(Retranslating, QWidget):
    """``changed`` is emitted after a purchase was added, corrected or deleted."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchases_view")
        self.ctx = ctx
        self.customer_id: int | None = None
        self.sees_amounts = allowed(ctx.actor, Permission.REPORTS)
        self.keeps_archive = allowed(ctx.actor, Permission.ARCHIVE)

        self.summary_label = QLabel(objectName="purchases_summary")
        self.summary_label.setWordWrap(True)
        self.model = PurchasesModel(ctx.actor.id, self)
        self.table = QTableView(objectName="purchases_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (COL_DATE, COL_AMOUNT, COL_REFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.correct_button = QPushButton(objectName="purchase_correct_button")
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button = QPushButton(objectName="purchase_delete_button")
        self.delete_button.clicked.connect(self.delete_selected)
        self.list_error = error_label("purchases_list_error")
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.correct_button)
        row_buttons.addWidget(self.delete_button)

        self.form_box = QGroupBox(objectName="purchase_form")
        self.date_label = QLabel()
        self.date_edit = day_edit("purchase_date_edit", clock.local(clock.now()).date())
        self.amount_label = QLabel()
        self.amount_edit = QLineEdit(objectName="purchase_amount_edit")
        self.note_label = QLabel()
        self.note_edit = QLineEdit(objectName="purchase_note_edit")
        self.reference_label = QLabel()
        self.reference_edit = QLineEdit(objectName="purchase_reference_edit")
        self.add_button = QPushButton(objectName="purchase_add_button")
        self.add_button.clicked.connect(self.add_purchase)
        self.amount_edit.returnPressed.connect(self.add_purchase)
        self.fields: dict[str, QWidget] = {
            "date": self.date_edit,
            "amount": self.amount_edit,
            "note": self.note_edit,
            "reference": self.reference_edit,
        }
        self.error_labels = {name: error_label(f"purchase_{name}_error") for name in self.fields}
        form = QFormLayout(self.form_box)
        for label, name in (
            (self.date_label, "date"),
            (self.amount_label, "amount"),
            (self.note_label, "note"),
            (self.reference_label, "reference"),
        ):
            label.setBuddy(self.fields[name])
            form.addRow(label, with_error(self.fields[name], self.error_labels[name]))
        form.addRow("", self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.list_error)
        layout.addLayout(row_buttons)
        layout.addWidget(self.form_box)
        self.table.setVisible(self.sees_amounts)
        self.form_box.setVisible(self.keeps_archive)
        self.correct_button.setVisible(self.keeps_archive and self.sees_amounts)
        self.delete_button.setVisible(self.keeps_archive and self.sees_amounts)
        self._selection_changed()
        self.retranslate()

    # -- showing ---------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        """Show ``customer_id``'s purchases; the form starts empty."""
        self.customer_id = customer_id
        for edit in (self.amount_edit, self.note_edit, self.reference_edit):
            edit.clear()
        self.date_edit.setDate(to_qdate(clock.local(clock.now()).date()))
        self._clear_errors()
        self.reload()

    def reload(self) -> None:
        self.list_error.hide()
        if not self.sees_amounts or self.customer_id is None:
            self._show_summary()
            return
        try:
            self.model.show_customer(self.customer_id, purchases.currency())
        except DeskError as err:
            self._show_list_error(err)
        self._show_summary()
        self._selection_changed()

    def _show_summary(self) -> None:
        if not self.sees_amounts or self.customer_id is None:
            self.summary_label.setText(
                self.tr("Purchase amounts are shown to managers; the tier shows the value.")
                if self.customer_id is not None
                else ""
            )
            return
        try:
            summary = purchases.purchase_summary(self.ctx.actor.id, self.customer_id)
        except DeskError as err:
            self._show_list_error(err)
            return
        if summary.count == 0:
            self.summary_label.setText(self.tr("No purchases recorded yet."))
            return
        self.summary_label.setText(
            self.tr("%n purchase(s), %1 in total; the last on %2.", "", summary.count)
            .replace("%1", format_money(summary.total_cents, purchases.currency()))
            .replace("%2", summary.last_on.isoformat() if summary.last_on else "")
        )

    # -- adding ----------------------------------------------------------------------
    def add_purchase(self) -> None:
        """Record what the form says; refusals are shown next to their fields and the
        typed text is kept."""
        if self.customer_id is None:
            return
        self._clear_errors()
        try:
            recorded = purchases.record_purchase(
                self.ctx.actor.id,
                self.customer_id,
                to_date(self.date_edit.date()),
                self.amount_edit.text(),
                note=self.note_edit.text(),
                reference=self.reference_edit.text(),
            )
        except DeskError as err:
            self._show_error(err)
            return
        for edit in (self.amount_edit, self.note_edit, self.reference_edit):
            edit.clear()
        self.reload()
        self.changed.emit()
        if recorded.suggest_existing:
            self._offer_existing()
        self.amount_edit.setFocus()

    def _offer_existing(self) -> None:
        """A prospect's first purchase: move them to existing customer if staff say so."""
        if self.customer_id is None or not ask.confirm(
            self,
            self.tr("Move to existing customer?"),
            self.tr(
                "This is the customer's first purchase. Move them from prospect to "
                "existing customer?"
            ),
        ):
            return
        try:
            customers.change_category(
                self.ctx.actor.id, self.customer_id, "existing", self.tr("First purchase")
            )
        except DeskError as err:
            ask.warn(self, self.tr("Category not changed"), error_text(err))
            return
        self.ctx.signals.customer_changed.emit(self.customer_id)

    # -- correcting and deleting -----------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_row() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def correct_selected(self) -> None:
        """Correct the chosen purchase's amount, with a reason."""
        row = self.selected_row()
        if row is None:
            return
        bought = self.model.purchase_at(row)
        amount = ask.text(
            self,
            self.tr("Correct purchase"),
            self.tr("Correct amount:"),
            format_money(bought.amount_cents, purchases.currency()),
        )
        if amount is None:
            return
        reason = ask.text(self, self.tr("Correct purchase"), self.tr("Reason for the correction:"))
        if reason is None:
            return
        self._change(
            lambda: purchases.correct_purchase(
                self.ctx.actor.id, bought.id, amount=amount, reason=reason
            )
        )

    def delete_selected(self) -> None:
        """Delete the chosen purchase, with a reason."""
        row = self.selected_row()
        if row is None:
            return
        reason = ask.text(self, self.tr("Delete purchase"), self.tr("Reason for deleting it:"))
        if reason is None:
            return
        bought = self.model.purchase_at(row)
        self._change(lambda: purchases.delete_purchase(self.ctx.actor.id, bought.id, reason))

    def _change(self, write) -> None:
        try:
            write()
        except DeskError as err:
            self._show_list_error(err)
            return
        self.reload()
        self.changed.emit()

    # -- errors ----------------------------------------------------------------------
    def _show_error(self, err: DeskError) -> None:
        name = _FIELDS.get(err.field or "", "amount")
        label = self.error_labels[name]
        label.setText(error_text(err))
        label.show()
        self.fields[name].setFocus()

    def _show_list_error(self, err: DeskError) -> None:
        self.list_error.setText(error_text(err))
        self.list_error.show()

    def _clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.hide()
        self.list_error.hide()

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Add purchase"))
        self.date_label.setText(self.tr("&Date"))
        self.date_edit.setAccessibleName(self.tr("Purchase date"))
        self.amount_label.setText(self.tr("&Amount"))
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 1280.50; a refund: -20"))
        self.note_label.setText(self.tr("&Note"))
        self.note_edit.setAccessibleName(self.tr("Purchase note"))
        self.reference_label.setText(self.tr("&Reference"))
        self.reference_edit.setAccessibleName(self.tr("Purchase reference"))
        self.reference_edit.setPlaceholderText(self.tr("e.g. invoice number (optional)"))
        self.add_button.setText(self.tr("Add purchase"))
        self.add_button.setAccessibleName(self.tr("Add purchase"))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setAccessibleName(self.tr("Correct the chosen purchase"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen purchase"))
        self.table.setAccessibleName(self.tr("The customer's purchases, newest first"))
        self.summary_label.setAccessibleName(self.tr("Purchases summary"))
        self.model.reformat()
        self._show_summary()
