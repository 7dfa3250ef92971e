"""The "Details" tab of the customer page: every archive field, grouped (Contact,
Relationship, Preferences, Special dates, Notes), each with its error label under it."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.archive import EXPECTATIONS
from ...domain.enums import Kind
from ...services import staff
from ...services.archive import CustomerProfile
from ..common import labels
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from ..common.retranslate import Retranslating
from . import texts
from .dates_editor import SpecialDatesEditor

_TAG_SEPARATORS = re.compile(r"[,，、;；\n]")


def split_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas (also Chinese ， and 、) or semicolons."""
    return [t for t in _TAG_SEPARATORS.split(text) if t.strip()]


class DetailsForm(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("customer_details_form")
        self.phone_full = True
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.name_edit = self._line("customer_name_edit", 100)
        self.phone_edit = self._line("customer_phone_edit", 30)
        self.email_edit = self._line("customer_email_edit", 254)
        self.company_edit = self._line("customer_company_edit", 120)
        self.title_edit = self._line("customer_title_edit", 60)
        self.kind_combo = QComboBox(objectName="customer_kind_combo")
        for kind in Kind:
            self.kind_combo.addItem("", str(kind))
        self.kind_combo.currentIndexChanged.connect(self._show_expectation)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.expectation = QLabel(objectName="customer_kind_expectation")
        self.expectation.setProperty("role", "hint")
        self.expectation.setWordWrap(True)
        self.source_edit = self._line("customer_source_edit", 60)
        self.manager_combo = QComboBox(objectName="customer_manager_combo")
        self.manager_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.consent_box = QCheckBox(objectName="customer_contact_consent")
        self.consent_box.toggled.connect(lambda _on: self.changed.emit())
        self.ref_edit = self._line("customer_ref_edit", 60)
        self.preferences_edit = QPlainTextEdit(objectName="customer_preferences_edit")
        self.preferences_edit.setFixedHeight(64)
        self.preferences_edit.textChanged.connect(self.changed.emit)
        self.tags_edit = self._line("customer_tags_edit", 700)
        self.dates_editor = SpecialDatesEditor()
        self.dates_editor.changed.connect(self.changed.emit)
        self.notes_edit = QPlainTextEdit(objectName="customer_notes_edit")
        self.notes_edit.setFixedHeight(72)
        self.notes_edit.textChanged.connect(self.changed.emit)

        self.contact_box = self._group(
            "customer_contact_group",
            (
                ("name", self.name_edit),
                ("phone", self.phone_edit),
                ("email", self.email_edit),
                ("company", self.company_edit),
                ("title", self.title_edit),
            ),
        )
        kind_row = QWidget()
        kind_layout = QVBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.kind_combo)
        kind_layout.addWidget(self.expectation)
        self.relationship_box = self._group(
            "customer_relationship_group",
            (
                ("kind", kind_row),
                ("source", self.source_edit),
                ("account_manager", self.manager_combo),
                ("customer_ref", self.ref_edit),
                ("contact_consent", self.consent_box),
            ),
        )
        self.preferences_box = self._group(
            "customer_preferences_group",
            (("preferences", self.preferences_edit), ("preference_tags", self.tags_edit)),
        )
        self.dates_box = self._group(
            "customer_dates_group", (("special_dates", self.dates_editor),), with_labels=False
        )
        self.notes_box = self._group(
            "customer_notes_group", (("notes", self.notes_edit),), with_labels=False
        )
        grid = QGridLayout(self)
        grid.addWidget(self.contact_box, 0, 0)
        grid.addWidget(self.relationship_box, 0, 1)
        grid.addWidget(self.preferences_box, 1, 0)
        grid.addWidget(self.dates_box, 1, 1)
        grid.addWidget(self.notes_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)  # the groups keep their height; the space goes below
        self.retranslate()

    def _line(self, name: str, maximum: int) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setMaxLength(maximum)
        edit.textEdited.connect(lambda _t: self.changed.emit())
        return edit

    def _group(self, name: str, rows, with_labels: bool = True) -> QGroupBox:
        box = QGroupBox(objectName=name)
        column = QVBoxLayout(box)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # a short group keeps its rows at the top
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in rows:
            error = self.errors[field] = error_label(f"customer_{field}_error")
            if with_labels:
                label = self.labels[field] = QLabel()
                label.setBuddy(widget)
                form.addRow(label, with_error(widget, error))
            else:
                form.addRow(with_error(widget, error))
        return box

    def retranslate(self) -> None:
        for box, title in (
            (self.contact_box, self.tr("Contact")),
            (self.relationship_box, self.tr("Relationship")),
            (self.preferences_box, self.tr("Preferences")),
            (self.dates_box, self.tr("Special dates")),
            (self.notes_box, self.tr("Notes")),
        ):
            box.setTitle(title)
        names = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "company": self.tr("Company"),
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "source": self.tr("Source"),
            "account_manager": self.tr("Account manager"),
            "customer_ref": self.tr("Customer reference"),
            "contact_consent": self.tr("Consent"),
            "preferences": self.tr("In their words"),
            "preference_tags": self.tr("Tags"),
        }
        for field, text in names.items():
            self.labels[field].setText(text)
        accessible = {
            self.name_edit: names["name"],
            self.phone_edit: names["phone"],
            self.email_edit: names["email"],
            self.company_edit: names["company"],
            self.title_edit: names["title"],
            self.kind_combo: self.tr("Kind of customer"),
            self.source_edit: self.tr("Source channel"),
            self.manager_combo: names["account_manager"],
            self.ref_edit: self.tr("Customer reference in other systems"),
            self.consent_box: self.tr("Consent to be contacted"),
            self.preferences_edit: names["preferences"],
            self.tags_edit: self.tr("Preference tags"),
            self.notes_edit: self.tr("Notes"),
        }
        for widget, text in accessible.items():
            widget.setAccessibleName(text)
        self.consent_box.setText(self.tr("Agrees to be contacted"))
        self.source_edit.setPlaceholderText(self.tr("e.g. trade fair, referral, website"))
        self.ref_edit.setPlaceholderText(self.tr("Their number in the site's other systems"))
        self.tags_edit.setPlaceholderText(self.tr("e.g. green tea, no stairs (comma between)"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Manager, Dr."))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, labels.kind_label(Kind(self.kind_combo.itemData(i))))
        if self.manager_combo.count():
            self.manager_combo.setItemText(0, self.tr("(none)"))
        self._show_expectation()

    def _show_expectation(self, *_args) -> None:
        kind = Kind(self.kind_combo.currentData() or Kind.CONSUMER)
        self.expectation.setText(texts.expectations_text(kind, EXPECTATIONS[kind]))

    def _fill_managers(self, current_id: int | None, current_name: str | None) -> None:
        self.manager_combo.blockSignals(True)
        self.manager_combo.clear()
        self.manager_combo.addItem(self.tr("(none)"), None)
        ids = set()
        for member in staff.list_staff(self._ctx.actor.id, active_only=True):
            self.manager_combo.addItem(member.name, member.id)
            ids.add(member.id)
        if current_id is not None and current_id not in ids:  # no longer active: kept
            self.manager_combo.addItem(current_name or f"#{current_id}", current_id)
        self.manager_combo.setCurrentIndex(max(self.manager_combo.findData(current_id), 0))
        self.manager_combo.blockSignals(False)

    def load(self, profile: CustomerProfile) -> None:
        """Show ``profile``; errors cleared."""
        widgets = [self, self.preferences_edit, self.notes_edit, self.dates_editor]
        for widget in widgets:
            widget.blockSignals(True)
        self.phone_full = profile.phone is not None
        self.name_edit.setText(profile.name)
        self.phone_edit.setText(profile.phone_display)
        self.phone_edit.setReadOnly(not self.phone_full)
        self.email_edit.setText(profile.email)
        self.company_edit.setText(profile.company)
        self.title_edit.setText(profile.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(profile.kind)))
        self.source_edit.setText(profile.source)
        self._fill_managers(profile.account_manager_id, profile.account_manager_name)
        self.consent_box.setChecked(profile.contact_consent)
        self.ref_edit.setText(profile.customer_ref)
        self.preferences_edit.setPlainText(profile.preferences)
        self.tags_edit.setText(", ".join(profile.preference_tags))
        self.dates_editor.set_dates(profile.special_dates)
        self.notes_edit.setPlainText(profile.notes)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_expectation()
        self.clear_errors()

    def values(self) -> dict[str, object]:
        """Every field as the service takes it (the phone only when it is shown whole)."""
        found: dict[str, object] = {
            "name": self.name_edit.text(),
            "email": self.email_edit.text(),
            "company": self.company_edit.text(),
            "title": self.title_edit.text(),
            "kind": self.kind_combo.currentData(),
            "source": self.source_edit.text(),
            "account_manager": self.manager_combo.currentData(),
            "contact_consent": self.consent_box.isChecked(),
            "customer_ref": self.ref_edit.text(),
            "preferences": self.preferences_edit.toPlainText(),
            "preference_tags": split_tags(self.tags_edit.text()),
            "special_dates": self.dates_editor.dates(),
            "notes": self.notes_edit.toPlainText(),
        }
        if self.phone_full:
            found["phone"] = self.phone_edit.text()
        return found

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, field: str | None, text: str) -> bool:
        """Show ``text`` under ``field``'s input; False when the form has no such field."""
        field = "special_dates" if field == "special_date_label" else field
        label = self.errors.get(field or "")
        if label is None:
            return False
        label.setText(text)
        label.show()
        return True
