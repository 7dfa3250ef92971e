"""The "General" tab of the settings: this computer's language, the station this desk is
(name and location), the site's name, kind and logo, privacy (retention), and after how many
idle minutes every desk locks to its sign-in screen, and the currency purchases are in.

The language belongs to one computer (``QSettings``); the station is one row of the
site's list of stations (``station_box.py``); the site's name, kind and logo are shared
by every desk of the site (database, through ``services.settings``). A hotel calls
its visitors guests and records a room number with each visit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.money import CURRENCIES
from ...services import purchases, settings
from ..common import ask, i18n
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from .page import Problem, SettingsPage, register_page
from .privacy_box import PrivacyBox
from .site_fields import SiteFields
from .station_box import StationBox


def switch_language(ctx: DeskContext, lang: str) -> None:
    """Remember ``lang`` on this computer and switch every open window to it."""
    i18n.save_language(lang)
    if lang != ctx.language:
        ctx.language = lang
        app = QApplication.instance()
        if app is not None:
            i18n.switch_language(app, lang)


@register_page
class GeneralSettingsPage(SettingsPage):
    NAME = "general_settings_page"
    ORDER = 0
    FIELDS = {
        "site_name": "site_name",
        "site_kind": "site_name",
        "logo": "logo",
        "lock_minutes": "lock_minutes",
        "currency": "currency_combo",
        **StationBox.FIELDS,
    }

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._logo: bytes | None = None
        self._logo_changed = False
        self._lock_minutes = settings.LOCK_MINUTES_DEFAULT
        self._currency = purchases.currency()

        self.computer_box = QGroupBox()
        self.site_fields = SiteFields(
            ("language_combo", "site_name_edit", "site_kind_combo", "site_kind_hint")
        )
        fields = self.site_fields
        self.language_label, self.language_combo = fields.language_label, fields.language_combo
        computer_form = QFormLayout(self.computer_box)
        computer_form.addRow(self.language_label, self.language_combo)

        self.station_box = StationBox()

        self.site_box = QGroupBox()
        self.site_name_label, self.site_name_edit = fields.site_name_label, fields.site_name_edit
        self.site_kind_label, self.site_kind_combo = fields.site_kind_label, fields.site_kind_combo
        self.site_kind_hint = fields.site_kind_hint
        self.logo_label = QLabel()
        self.logo_preview = QLabel(objectName="logo_preview")
        self.logo_preview.setFixedSize(120, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        self.logo_choose_button = QPushButton(objectName="logo_choose_button")
        self.logo_choose_button.clicked.connect(self.choose_logo)
        self.logo_remove_button = QPushButton(objectName="logo_remove_button")
        self.logo_remove_button.clicked.connect(self.remove_logo)
        self.lock_label = QLabel()
        self.lock_minutes = QSpinBox(objectName="lock_minutes")
        self.lock_minutes.setRange(*settings.LOCK_MINUTES_RANGE)
        self.lock_label.setBuddy(self.lock_minutes)
        self.currency_label = QLabel()
        self.currency_combo = QComboBox(objectName="currency_combo")
        for code, symbol in CURRENCIES.items():
            self.currency_combo.addItem(f"{code} ({symbol})", code)
        self.currency_label.setBuddy(self.currency_combo)
        self.error_labels = {
            "site_name": error_label("site_name_error"),
            "logo": error_label("logo_error"),
            "lock_minutes": error_label("lock_minutes_error"),
            "currency": error_label("currency_error"),
        }
        self.fields = {
            "site_name": self.site_name_edit,
            "logo": self.logo_choose_button,
            "lock_minutes": self.lock_minutes,
            "currency": self.currency_combo,
        }
        self.error_labels.update(self.station_box.error_labels)
        self.fields.update(self.station_box.fields)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_choose_button)
        logo_row.addWidget(self.logo_remove_button)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        site_form = QFormLayout(self.site_box)
        site_form.addRow(
            self.site_name_label, with_error(self.site_name_edit, self.error_labels["site_name"])
        )
        site_form.addRow(self.site_kind_label, self.site_kind_combo)
        site_form.addRow(self.site_kind_hint)
        site_form.addRow(self.logo_label, with_error(logo_box, self.error_labels["logo"]))
        site_form.addRow(
            self.lock_label, with_error(self.lock_minutes, self.error_labels["lock_minutes"])
        )
        site_form.addRow(
            self.currency_label, with_error(self.currency_combo, self.error_labels["currency"])
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.computer_box)
        layout.addWidget(self.station_box)
        layout.addWidget(self.site_box)
        self.privacy_box = PrivacyBox(ctx)
        layout.addWidget(self.privacy_box)
        layout.addStretch(1)
        self.retranslate()

    # -- the page's shape -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("General")

    def load(self) -> None:
        site = settings.site_settings()
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self.ctx.language), 0))
        self.site_name_edit.setText(site.site_name)
        self.site_kind_combo.setCurrentIndex(
            max(self.site_kind_combo.findData(str(site.site_kind)), 0)
        )
        self._logo, self._logo_changed = settings.site_logo(), False
        self._show_logo()
        self._lock_minutes = settings.desk_lock_minutes()
        self.lock_minutes.setValue(self._lock_minutes)
        self._currency = purchases.currency()
        self.currency_combo.setCurrentIndex(max(self.currency_combo.findData(self._currency), 0))
        self.station_box.load()
        self.privacy_box.load()

    def check(self) -> list[Problem]:
        problems = []
        station_error = self.station_box.check()
        if station_error is not None:
            problems.append(self.problem(station_error))
        try:
            settings.clean_site_name(self.site_name_edit.text())
        except DeskError as err:
            problems.append(self.problem(err))
        return problems

    def save(self, actor_id: int) -> None:
        """This station (first: a name another station has stops the rest), the site's
        name and kind, the logo when it changed, then the language."""
        self.station_box.save(actor_id)
        site = self.ctx.site
        typed = (self.site_name_edit.text().strip(), self.site_kind_combo.currentData())
        if typed != (site.site_name, str(site.site_kind)):  # an admin's setting
            self.ctx.site = settings.save_site_settings(
                actor_id, self.site_name_edit.text(), self.site_kind_combo.currentData()
            )
        if self._logo_changed:
            settings.set_site_logo(actor_id, self._logo)
            self._logo_changed = False
        if self.lock_minutes.value() != self._lock_minutes:  # an admin's setting
            self._lock_minutes = settings.save_desk_lock_minutes(
                actor_id, self.lock_minutes.value()
            )
        if self.currency_combo.currentData() != self._currency:  # an admin's setting
            self._currency = purchases.save_currency(actor_id, self.currency_combo.currentData())
        switch_language(self.ctx, self.language_combo.currentData())

    # -- the logo ---------------------------------------------------------------------
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
            self.show_problems([Problem("logo", self.tr("The file cannot be read."))])
            return
        except DeskError as err:
            self.show_problems([self.problem(err)])
            return
        self.clear_problems()
        self._logo, self._logo_changed = png, True
        self._show_logo()

    def remove_logo(self) -> None:
        self._logo, self._logo_changed = None, True
        self.clear_problems()
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

    def retranslate(self) -> None:
        self.computer_box.setTitle(self.tr("This computer"))
        self.site_box.setTitle(self.tr("Whole site (every desk)"))
        self.site_fields.retranslate()
        self.station_box.retranslate()
        self.privacy_box.retranslate()
        self.logo_label.setText(self.tr("Logo"))
        self.logo_preview.setAccessibleName(self.tr("Site logo"))
        self.logo_preview.setToolTip(self.tr("Printed on visit slips and feedback cards"))
        self.logo_choose_button.setText(self.tr("Choose…"))
        self.logo_choose_button.setAccessibleName(self.tr("Choose the site logo"))
        self.logo_remove_button.setText(self.tr("Remove"))
        self.logo_remove_button.setAccessibleName(self.tr("Remove the site logo"))
        self.lock_label.setText(self.tr("Loc&k an idle desk after"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setAccessibleName(
            self.tr("Minutes without input before a desk locks to its sign-in screen")
        )
        self.lock_minutes.setToolTip(
            self.tr(
                "Every desk of the site locks after this many minutes without a key or a "
                "click; what was typed is kept for the person who typed it."
            )
        )
        self.currency_label.setText(self.tr("C&urrency"))
        self.currency_combo.setAccessibleName(self.tr("The site's currency for purchases"))
        self.currency_combo.setToolTip(
            self.tr(
                "How purchase amounts are shown at every desk; amounts already recorded "
                "keep their numbers."
            )
        )
        self.retranslate_problems()
