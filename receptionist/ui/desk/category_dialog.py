"""Changing a customer's category, with a reason; the history of changes is shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.enums import Category
from ...domain.errors import DeskError
from ...services import clock, customers
from ...services.views import CategoryChangeView, CustomerView
from ..common.forms import error_label, with_error
from ..common.labels import CATEGORY_COLORS, category_label, error_text
from ..common.retranslate import Retranslating


def badge_style(category: Category) -> str:
    """Style sheet for a QLabel drawn as the category's coloured pill."""
    bg, fg = CATEGORY_COLORS[Category(category)]
    return (
        f"QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; "
        f"padding: 2px 10px; font-weight: bold; }}"
    )


class CategoryDialog(Retranslating, QDialog):
    """Re-tag one customer. Errors stay next to their field; the dialog stays open."""

    def __init__(self, ctx, customer_id: int, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id = customer_id
        self._customer: CustomerView = customers.get_customer(ctx.actor.id, customer_id)
        self._history: list[CategoryChangeView] = []
        self._errors: dict[QLabel, DeskError] = {}
        self.setObjectName("category_dialog")
        self.setMinimumWidth(560)

        self.customer_name = QLabel(self._customer.name)
        self.customer_name.setObjectName("category_customer_name")
        font = self.customer_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.customer_name.setFont(font)
        self.current_badge = QLabel()
        self.current_badge.setObjectName("category_current")
        top = QHBoxLayout()
        top.addWidget(self.customer_name)
        top.addWidget(self.current_badge)
        top.addStretch(1)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category_combo")
        self.category_error = error_label("category_combo_error")
        self.category_reason = QLineEdit()
        self.category_reason.setObjectName("category_reason")
        self.category_reason.setMaxLength(300)
        self.reason_error = error_label("category_reason_error")
        self.general_error = error_label("category_error")

        self.new_label = QLabel()
        self.reason_label = QLabel()
        self.new_label.setBuddy(self.category_combo)
        self.reason_label.setBuddy(self.category_reason)
        form = QFormLayout()
        form.addRow(self.new_label, with_error(self.category_combo, self.category_error))
        form.addRow(self.reason_label, with_error(self.category_reason, self.reason_error))

        self.history_title = QLabel()
        self.category_history = QTableWidget(0, 4)
        self.category_history.setObjectName("category_history")
        self.category_history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.category_history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.category_history.verticalHeader().hide()
        self.category_history.setWordWrap(False)
        header = self.category_history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history_title.setBuddy(self.category_history)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("category_buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("category_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("category_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.history_title)
        layout.addWidget(self.category_history, 1)
        layout.addWidget(self.buttons)

        self._history = customers.category_history(self._ctx.actor.id, customer_id)
        self.retranslate()
        self._select_default()
        self.category_reason.setFocus()

    def _select_default(self) -> None:
        """Pre-select the first category other than the current one."""
        for i in range(self.category_combo.count()):
            if self.category_combo.itemData(i) != str(self._customer.category):
                self.category_combo.setCurrentIndex(i)
                return

    # -- saving ------------------------------------------------------------------------
    def accept(self) -> None:
        for label in (self.category_error, self.reason_error, self.general_error):
            label.hide()
        self._errors.clear()
        try:
            self._customer = customers.change_category(
                self._ctx.actor.id,
                self._customer_id,
                self.category_combo.currentData(),
                self.category_reason.text(),
            )
        except DeskError as err:
            self._show_error(err)
            return
        self._ctx.signals.customer_changed.emit(self._customer_id)
        super().accept()

    def _show_error(self, err: DeskError) -> None:
        target = {
            "category": (self.category_error, self.category_combo),
            "reason": (self.reason_error, self.category_reason),
        }
        label, field = target.get(err.field or "", (self.general_error, None))
        self._errors[label] = err
        label.setText(error_text(err))
        label.show()
        if field is not None:
            field.setFocus()

    # -- text --------------------------------------------------------------------------
    def _fill_history(self) -> None:
        table = self.category_history
        table.setRowCount(len(self._history))
        for row, change in enumerate(self._history):
            old = category_label(change.from_category) if change.from_category else "—"
            cells = (
                clock.local(change.changed_at).strftime("%Y-%m-%d %H:%M"),
                change.staff_name or "",
                f"{old} → {category_label(change.to_category)}",
                self._reason_text(change.reason),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)

    def _reason_text(self, reason: str) -> str:
        # "registered" is the services' marker for the category given at registration.
        return self.tr("Registered") if reason == "registered" else reason

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change category"))
        self.current_badge.setText(category_label(self._customer.category))
        self.current_badge.setStyleSheet(badge_style(self._customer.category))
        self.current_badge.setAccessibleName(self.tr("Current category"))
        self.customer_name.setAccessibleName(self.tr("Customer"))
        self.new_label.setText(self.tr("New &category"))
        self.reason_label.setText(self.tr("&Reason"))
        self.category_reason.setPlaceholderText(self.tr("Why the category changes (required)"))
        self.category_combo.setAccessibleName(self.tr("New category"))
        self.category_reason.setAccessibleName(self.tr("Reason for the change"))
        current = self.category_combo.currentData()
        self.category_combo.clear()
        for value in Category:
            self.category_combo.addItem(category_label(value), str(value))
        if current is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(current))
        self.history_title.setText(self.tr("&History"))
        self.category_history.setAccessibleName(self.tr("Category history"))
        self.category_history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Why")]
        )
        self._fill_history()
        for label, err in self._errors.items():
            label.setText(error_text(err))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change category"))
        ok.setAccessibleName(self.tr("Change category"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
