"""Settings: the language of this computer, the site's name and hotel wording, this
computer's printers (the "Printing" tab), and the kiosk and closing time (the "Kiosk" tab).

The language and the printers belong to one computer (``QSettings``); the site name and
hotel mode are shared by every desk of the site (database, through ``services.settings``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import settings
from ..common import ask, i18n
from ..common.forms import error_label, with_error
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .kiosk_page import KioskSettingsPage
from .print_page import PrintSettingsPage


class SettingsDialog(Retranslating, QDialog):
    """Edit the settings; Save applies them at once (the language switches live)."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._error: DeskError | None = None
        self.setObjectName("settings_dialog")
        self.setMinimumWidth(460)

        self.computer_box = QGroupBox()
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for lang in i18n.LANGUAGES:
            # Each language is named in its own language, so anyone can find theirs.
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(ctx.language), 0))
        self.language_label.setBuddy(self.language_combo)
        computer_form = QFormLayout(self.computer_box)
        computer_form.addRow(self.language_label, self.language_combo)

        self.site_box = QGroupBox()
        self.site_name_label = QLabel()
        self.site_name_edit = QLineEdit(ctx.site.site_name)
        self.site_name_edit.setObjectName("site_name_edit")
        self.site_name_edit.setMaxLength(80)
        self.site_name_label.setBuddy(self.site_name_edit)
        self.site_name_error = error_label("site_name_error")
        self.hotel_mode_check = QCheckBox()
        self.hotel_mode_check.setObjectName("hotel_mode_check")
        self.hotel_mode_check.setChecked(ctx.site.hotel_mode)
        self.hotel_hint = QLabel()
        self.hotel_hint.setWordWrap(True)
        self._logo: bytes | None = settings.site_logo()
        self._logo_changed = False
        self._logo_error: DeskError | None = None
        self.logo_label = QLabel()
        self.logo_preview = QLabel(objectName="logo_preview")
        self.logo_preview.setFixedSize(120, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        self.logo_choose_button = QPushButton(objectName="logo_choose_button")
        self.logo_choose_button.clicked.connect(self.choose_logo)
        self.logo_remove_button = QPushButton(objectName="logo_remove_button")
        self.logo_remove_button.clicked.connect(self.remove_logo)
        self.logo_error = error_label("logo_error")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_choose_button)
        logo_row.addWidget(self.logo_remove_button)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        site_form = QFormLayout(self.site_box)
        site_form.addRow(
            self.site_name_label, with_error(self.site_name_edit, self.site_name_error)
        )
        site_form.addRow(self.logo_label, with_error(logo_box, self.logo_error))
        site_form.addRow(self.hotel_mode_check)
        site_form.addRow(self.hotel_hint)
        self._show_logo()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settings_buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("settings_save")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("settings_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        general = QWidget(objectName="general_settings_page")
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.computer_box)
        general_layout.addWidget(self.site_box)
        general_layout.addStretch(1)
        self.print_page = PrintSettingsPage()
        self.kiosk_page = KioskSettingsPage()
        self.tabs = QTabWidget(objectName="settings_tabs")
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.print_page, "")
        self.tabs.addTab(self.kiosk_page, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()

    def choose_logo(self) -> None:
        """Pick a PNG for slips and cards; it is checked at once and saved with Save."""
        path = ask.open_file(self, self.tr("Choose the site logo"), self.tr("PNG images (*.png)"))
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                png = handle.read(settings.LOGO_MAX_BYTES + 1)
            settings.check_logo(png)
        except OSError:
            self._logo_error = None
            self.logo_error.setText(self.tr("The file cannot be read."))
            self.logo_error.show()
            return
        except DeskError as err:
            self._logo_error = err
            self.logo_error.setText(error_text(err))
            self.logo_error.show()
            return
        self._logo_error = None
        self.logo_error.hide()
        self._logo, self._logo_changed = png, True
        self._show_logo()

    def remove_logo(self) -> None:
        self._logo, self._logo_changed = None, True
        self.logo_error.hide()
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size() * 0.9,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
        self.logo_remove_button.setEnabled(self._logo is not None)

    def accept(self) -> None:
        """Save the site settings, then switch the language if it changed. What can be
        refused is checked first, so a refusal saves nothing."""
        self._error = None
        self.site_name_error.hide()
        if not self.kiosk_page.check():
            self.tabs.setCurrentWidget(self.kiosk_page)
            return
        try:
            site = settings.save_site_settings(
                self._ctx.actor.id, self.site_name_edit.text(), self.hotel_mode_check.isChecked()
            )
        except DeskError as err:
            self._error = err
            self.site_name_error.setText(error_text(err))
            self.site_name_error.show()
            self.tabs.setCurrentIndex(0)
            self.site_name_edit.setFocus()
            return
        self._ctx.site = site
        if self.kiosk_page.save(self._ctx.actor.id) is None:  # only a database fault
            self._ctx.signals.settings_changed.emit()  # the site name is saved
            self.tabs.setCurrentWidget(self.kiosk_page)
            return
        if self._logo_changed:
            settings.set_site_logo(self._ctx.actor.id, self._logo)
            self._logo_changed = False
        self.print_page.save()
        lang = self.language_combo.currentData()
        i18n.save_language(lang)
        if lang != self._ctx.language:
            self._ctx.language = lang
            app = QApplication.instance()
            if app is not None:
                i18n.switch_language(app, lang)
        self._ctx.signals.settings_changed.emit()
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Printing"))
        self.tabs.setTabText(2, self.tr("Kiosk"))
        self.computer_box.setTitle(self.tr("This computer"))
        self.language_label.setText(self.tr("&Language"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.site_box.setTitle(self.tr("Whole site (every desk)"))
        self.site_name_label.setText(self.tr("&Site name"))
        self.site_name_edit.setAccessibleName(self.tr("Site name"))
        self.logo_label.setText(self.tr("Logo"))
        self.logo_preview.setAccessibleName(self.tr("Site logo"))
        self.logo_preview.setToolTip(self.tr("Printed on visit slips and feedback cards"))
        self.logo_choose_button.setText(self.tr("Choose…"))
        self.logo_choose_button.setAccessibleName(self.tr("Choose the site logo"))
        self.logo_remove_button.setText(self.tr("Remove"))
        self.logo_remove_button.setAccessibleName(self.tr("Remove the site logo"))
        if self._logo_error is not None:
            self.logo_error.setText(error_text(self._logo_error))
        self.hotel_mode_check.setText(self.tr("&Hotel mode"))
        self.hotel_mode_check.setAccessibleName(self.tr("Hotel mode"))
        self.hotel_hint.setText(
            self.tr(
                "Visitors are called guests, and a room number can be recorded with each visit."
            )
        )
        if self._error is not None:
            self.site_name_error.setText(error_text(self._error))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setAccessibleName(self.tr("Save settings"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
