"""The first start: before anything else, the desk asks where it is — the site's name (as
visitors know it), its kind (a hotel speaks of guests and rooms), the language — and who
administers it: the first admin, with a password typed twice.

One screen, keyboard first: the cursor starts in the site's name, Enter starts the desk.
The language switches at once, so the rest can be read in it. Nothing is saved until
Start, and then all in one service call (``services.settings.set_up_site``). A site
named before sign-in existed, with nobody who can administer it, gets only the
administrator's part (``services.auth.create_first_admin``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import credentials
from ...domain.enums import Role
from ...domain.errors import DeskError
from ...domain.validation import NAME_MAX, clean_name
from ...services import auth, settings, staff
from ...services.views import StaffView
from ..common import i18n
from ..common.forms import error_label, with_error
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .site_fields import SiteFields

# Which error label shows a service error, by the error's field.
_FIELDS = {
    "site_name": "site_name",
    "site_kind": "site_name",
    "name": "staff_name",
    "department": "department",
    "secret": "password",
}


class FirstStartDialog(Retranslating, QDialog):
    """The site's name and kind, the language and (while nobody can administer the site)
    the first admin; ``accept`` saves them all or shows why not next to the field. A
    site already named gets the administrator's part only (``admin_only``)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_dialog")
        self.language = self._started_in = language
        self.staff: StaffView | None = None
        self.admin_only = settings.site_settings().set_up
        self.needs_staff = auth.needs_admin()
        self._errors: dict[str, DeskError | str] = {}

        self.heading = QLabel(objectName="setup_heading")
        self.heading.setProperty("role", "title")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.intro = QLabel(objectName="setup_intro")
        self.intro.setWordWrap(True)
        self.site_fields = fields = SiteFields(
            ("setup_language_combo", "setup_site_name", "setup_site_kind", "setup_site_kind_hint")
        )
        self.language_label, self.language_combo = fields.language_label, fields.language_combo
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.site_name_label, self.site_name_edit = fields.site_name_label, fields.site_name_edit
        self.site_kind_label, self.site_kind_combo = fields.site_kind_label, fields.site_kind_combo
        self.site_kind_hint = fields.site_kind_hint
        self.staff_box = QGroupBox(objectName="setup_staff_box")
        self.staff_name_label = QLabel()
        self.staff_name_edit = QLineEdit(objectName="setup_staff_name")
        self.staff_name_edit.setMaxLength(NAME_MAX)
        self.department_label = QLabel()
        self.department_edit = QLineEdit(objectName="setup_department")
        self.department_edit.setMaxLength(staff.DEPARTMENT_MAX)
        self.password_label = QLabel()
        self.password_edit = QLineEdit(objectName="setup_password")
        self.password_again_label = QLabel()
        self.password_again_edit = QLineEdit(objectName="setup_password_again")
        for edit in (self.password_edit, self.password_again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(credentials.PASSWORD_MAX)
        self.staff_hint = QLabel(objectName="setup_staff_hint")
        self.staff_hint.setWordWrap(True)
        self.staff_hint.setProperty("role", "hint")
        self.error_labels = {
            key: error_label(f"setup_{key}_error")
            for key in (
                "site_name",
                "staff_name",
                "department",
                "password",
                "password_again",
                "general",
            )
        }
        self.fields: dict[str, QWidget] = {
            "site_name": self.site_name_edit,
            "staff_name": self.staff_name_edit,
            "department": self.department_edit,
            "password": self.password_edit,
            "password_again": self.password_again_edit,
        }
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("setup_buttons")
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setObjectName("setup_start")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("setup_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        for label, buddy in (
            (self.staff_name_label, self.staff_name_edit),
            (self.department_label, self.department_edit),
            (self.password_label, self.password_edit),
            (self.password_again_label, self.password_again_edit),
        ):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(
            self.site_name_label, with_error(self.site_name_edit, self.error_labels["site_name"])
        )
        form.addRow(self.site_kind_label, self.site_kind_combo)
        form.addRow(self.site_kind_hint)
        staff_form = QFormLayout(self.staff_box)
        staff_form.addRow(
            self.staff_name_label,
            with_error(self.staff_name_edit, self.error_labels["staff_name"]),
        )
        staff_form.addRow(
            self.department_label,
            with_error(self.department_edit, self.error_labels["department"]),
        )
        staff_form.addRow(
            self.password_label,
            with_error(self.password_edit, self.error_labels["password"]),
        )
        staff_form.addRow(
            self.password_again_label,
            with_error(self.password_again_edit, self.error_labels["password_again"]),
        )
        staff_form.addRow(self.staff_hint)
        self.staff_box.setVisible(self.needs_staff)
        site_box = QWidget(objectName="setup_site_box")
        site_box.setLayout(form)
        site_box.setVisible(not self.admin_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(site_box)
        layout.addWidget(self.staff_box)
        layout.addWidget(self.error_labels["general"])
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(520)
        (self.staff_name_edit if self.admin_only else self.site_name_edit).setFocus()

    def _language_chosen(self) -> None:
        """Switch the whole app at once (saved with the rest, on Start)."""
        self.language = self.language_combo.currentData()
        app = QApplication.instance()
        if app is not None:
            i18n.switch_language(app, self.language)

    # -- errors next to their fields ------------------------------------------------------
    def _show_errors(self, errors: dict[str, DeskError | str]) -> None:
        self._errors = errors
        for key, label in self.error_labels.items():
            label.setVisible(key in errors)
        self._retranslate_errors()
        first = next((key for key in self.fields if key in errors), None)
        if first is not None:
            self.fields[first].setFocus()

    def _retranslate_errors(self) -> None:
        for key, error in self._errors.items():
            self.error_labels[key].setText(
                error_text(error) if isinstance(error, DeskError) else error
            )

    def check(self) -> dict[str, DeskError | str]:
        """What can be refused before anything is saved: the site's name and, when the
        first admin is needed, their name and password (typed the same twice)."""
        errors: dict[str, DeskError | str] = {}
        if not self.admin_only:
            try:
                settings.clean_site_name(self.site_name_edit.text())
            except DeskError as err:
                errors["site_name"] = err
        if self.needs_staff:
            try:
                clean_name(self.staff_name_edit.text())
            except DeskError as err:
                errors["staff_name"] = err
            try:
                credentials.secret_kind(Role.ADMIN, self.password_edit.text())
            except DeskError as err:
                errors["password"] = err
            else:
                if self.password_again_edit.text() != self.password_edit.text():
                    errors["password_again"] = self.tr(
                        "The two passwords differ; type the same password twice."
                    )
        return errors

    def accept(self) -> None:
        """Save everything in one go, or say what is wrong next to its field."""
        errors = self.check()
        if errors:
            self._show_errors(dict(errors))
            return
        name, password = self.staff_name_edit.text(), self.password_edit.text()
        department = self.department_edit.text()
        try:
            if self.admin_only:
                self.staff = auth.create_first_admin(name, password, department)
            else:
                _site, self.staff = settings.set_up_site(
                    self.site_name_edit.text(),
                    self.site_kind_combo.currentData(),
                    name if self.needs_staff else "",
                    password if self.needs_staff else "",
                    department if self.needs_staff else "",
                )
        except DeskError as err:
            self._show_errors({_FIELDS.get(err.field or "", "general"): err})
            return
        finally:
            self.password_edit.clear()
            self.password_again_edit.clear()
        i18n.save_language(self.language)
        super().accept()

    def reject(self) -> None:
        """Nothing is saved; the language the desk started in comes back."""
        if self.language != self._started_in:
            self.language_combo.setCurrentIndex(self.language_combo.findData(self._started_in))
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the front desk"))
        self.heading.setText(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "Staff now sign in at the desk, and nobody can administer this site yet. "
                "Create the administrator: they add staff and set their passwords or PINs."
            )
            if self.admin_only
            else self.tr(
                "Tell the desk where it is. Visitors see the site's name on the kiosk, "
                "their visit slips and feedback cards. You can change all of this later "
                "in Settings."
            )
        )
        self.site_fields.retranslate()
        self.staff_box.setTitle(self.tr("The administrator"))
        self.staff_name_label.setText(self.tr("Your &name"))
        self.staff_name_edit.setAccessibleName(self.tr("Your name"))
        self.department_label.setText(self.tr("&Department"))
        self.department_edit.setAccessibleName(self.tr("Department"))
        self.department_edit.setPlaceholderText(self.tr("Optional, e.g. Reception"))
        self.password_label.setText(self.tr("&Password"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(
            self.tr("At least {count} characters").format(count=credentials.PASSWORD_MIN)
        )
        self.password_again_label.setText(self.tr("Password &again"))
        self.password_again_edit.setAccessibleName(self.tr("Password again"))
        self.staff_hint.setText(
            self.tr(
                "You are the site's administrator. Add your colleagues later under Staff, "
                "with a password or, for receptionists, a PIN."
            )
        )
        self.start_button.setText(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Save and open the desk"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._retranslate_errors()


def set_up_if_needed(
    language: str, parent: QWidget | None = None
) -> tuple[str, StaffView | None] | None:
    """Open the first-start setup when the site has no name yet, or nobody can
    administer it. The language the desk now speaks and the admin just created (who
    opens the desk), or None when the user cancelled (nothing was saved)."""
    if settings.site_settings().set_up and not auth.needs_admin():
        return language, None
    dialog = FirstStartDialog(language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.language, dialog.staff
