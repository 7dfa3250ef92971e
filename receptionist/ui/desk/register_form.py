"""Registering a new customer inline, in the search panel (only the name is required).

Errors from the service are shown next to the field they name; what was typed stays.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Category, Kind
from ...domain.errors import DeskError, PhoneTaken
from ...services import customers
from ...services.views import CustomerView
from ..common import labels
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating

_PHONEISH = re.compile(r"^\+?[\d\s\-()]{3,}$")


def _error_label(name: str) -> ElidedLabel:
    label = ElidedLabel(objectName=name, max_lines=3)
    label.setProperty("role", "error")
    label.hide()
    return label


class RegisterForm(Retranslating, QWidget):
    """Name*, phone, company, kind and category; Enter saves, Escape cancels.

    The line edits ignore Enter, so it reaches ``keyPressEvent`` here: one save per key.
    """

    registered = Signal(object)  # CustomerView
    cancelled = Signal()
    use_existing = Signal(int)  # the customer whose phone was typed

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("register_form")
        self.title = QLabel()
        self.title.setObjectName("register_title")
        self.title.setProperty("role", "heading")

        self.name_edit = QLineEdit(objectName="reg_name")
        self.name_edit.setMaxLength(100)
        self.phone_edit = QLineEdit(objectName="reg_phone")
        self.phone_edit.setMaxLength(30)
        self.company_edit = QLineEdit(objectName="reg_company")
        self.company_edit.setMaxLength(120)
        self.kind_combo = QComboBox(objectName="reg_kind")
        for kind in Kind:
            self.kind_combo.addItem("", str(kind))
        self.category_combo = QComboBox(objectName="reg_category")
        for category in Category:
            self.category_combo.addItem("", str(category))
        self.errors: dict[str, QLabel] = {
            field: _error_label(f"reg_{field}_error")
            for field in ("name", "phone", "company", "kind", "category")
        }
        self.form_error = _error_label("reg_error")
        self.use_existing_button = QPushButton(objectName="reg_use_existing")
        self.use_existing_button.clicked.connect(self._use_existing)
        self.use_existing_button.hide()
        self.phone_edit.textEdited.connect(lambda _text: self._forget_existing())
        self._existing: int | None = None  # the customer the typed phone belongs to

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row_labels: dict[str, QLabel] = {}
        for field, widget in (
            ("name", self.name_edit),
            ("phone", self.phone_edit),
            ("company", self.company_edit),
            ("kind", self.kind_combo),
            ("category", self.category_combo),
        ):
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            cell.addWidget(self.errors[field])
            if field == "phone":
                cell.addWidget(self.use_existing_button, 0, Qt.AlignmentFlag.AlignLeft)
            label = QLabel()
            label.setBuddy(widget)
            self._row_labels[field] = label
            self.form.addRow(label, cell)

        self.save_button = QPushButton(objectName="reg_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="reg_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("New customer"))
        texts = {
            "name": self.tr("Name *"),
            "phone": self.tr("Phone"),
            "company": self.tr("Company"),
            "kind": self.tr("Kind"),
            "category": self.tr("Category"),
        }
        for field, text in texts.items():
            self._row_labels[field].setText(text)
        self.name_edit.setAccessibleName(self.tr("Name (required)"))
        self.name_edit.setPlaceholderText(self.tr("Required"))
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.phone_edit.setPlaceholderText(self.tr("Mobile or landline with area code"))
        self.company_edit.setAccessibleName(self.tr("Company"))
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.category_combo.setAccessibleName(self.tr("Category"))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, labels.kind_label(Kind(self.kind_combo.itemData(i))))
        for i in range(self.category_combo.count()):
            self.category_combo.setItemText(
                i, labels.category_label(Category(self.category_combo.itemData(i)))
            )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Register the customer (Enter)"))
        self.save_button.setAccessibleName(self.tr("Save the new customer"))
        self.use_existing_button.setText(self.tr("Use this customer (Enter)"))
        self.use_existing_button.setAccessibleName(
            self.tr("Use the customer this phone number belongs to")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Back to the search results (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel registering"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.use_existing_button.hasFocus():
                self._use_existing()
            else:
                self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def start(self, typed: str) -> None:
        """Empty the form and prefill it from the search box: digits go to the phone,
        anything else to the name."""
        for edit in (self.name_edit, self.phone_edit, self.company_edit):
            edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.category_combo.setCurrentIndex(0)
        self.clear_errors()
        typed = typed.strip()
        if _PHONEISH.match(typed):
            self.phone_edit.setText(typed)
            self.name_edit.setFocus()
        elif typed:
            self.name_edit.setText(typed)
            self.phone_edit.setFocus()  # the name is there: the phone comes next
        else:
            self.name_edit.setFocus()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear()
            label.hide()
        self._forget_existing()

    def _forget_existing(self) -> None:
        self._existing = None
        self.use_existing_button.hide()

    def _offer_existing(self, err: PhoneTaken) -> None:
        """The phone is a known customer's: name them (phone masked) and offer to use them
        with one key (Enter) or click."""
        existing = customers.get_customer(self._ctx.actor.id, err.customer_id)
        label = self.errors["phone"]
        label.setText(
            self.tr("{phone} already belongs to {name}.").format(
                phone=err.phone_masked, name=existing.name
            )
        )
        label.show()
        self._existing = existing.id
        self.use_existing_button.show()
        self.use_existing_button.setFocus()

    def _use_existing(self) -> None:
        if self._existing is not None:
            customer_id = self._existing
            self.clear_errors()
            self.use_existing.emit(customer_id)

    def show_error(self, err: DeskError) -> None:
        if isinstance(err, PhoneTaken):
            self._offer_existing(err)
            return
        label = self.errors.get(err.field or "", self.form_error)
        label.setText(labels.error_text(err))
        label.show()
        widget = {
            "name": self.name_edit,
            "phone": self.phone_edit,
            "company": self.company_edit,
            "kind": self.kind_combo,
            "category": self.category_combo,
        }.get(err.field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> CustomerView | None:
        self.clear_errors()
        try:
            view = customers.register_customer(
                self._ctx.actor.id,
                name=self.name_edit.text(),
                phone=self.phone_edit.text(),
                company=self.company_edit.text(),
                kind=self.kind_combo.currentData(),
                category=self.category_combo.currentData(),
            )
        except DeskError as err:
            self.show_error(err)
            return None
        self.registered.emit(view)
        return view

    def cancel(self) -> None:
        self.clear_errors()
        self.cancelled.emit()
