"""The "Kiosk" tab of the settings: the site's closing time, the kiosk's idle time, how
long the privacy notice says visitor data is kept, and the staff PIN that lets a person
leave the kiosk. Shared by every desk of the site (database, ``services.settings``).

The PIN is never shown or read back: the page says whether one is set; a new one is typed
twice, and blank keeps the current one. It is the site's PIN: a kiosk station may have a
PIN of its own (``receptionist kiosk-pin --station NAME``); the page names those kiosks.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationError
from ...domain.pin import PIN_LENGTHS, clean_pin
from ...domain.roles import Permission
from ...services import access, settings, stations
from ...services.views import KioskSettings
from ..common.context import DeskContext
from ..common.dates import to_time
from ..common.forms import error_label, with_error
from .page import GENERAL, Problem, SettingsPage, register_page


@register_page
class KioskSettingsPage(SettingsPage):
    """The site's closing time, the kiosk's idle time and retention period, and a new
    staff PIN (checked before anything is saved)."""

    NAME = "kiosk_settings_page"
    ORDER = 20

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        """Those who may change the site's settings (admins): the kiosks' PINs and rules."""
        return access.allowed(ctx.actor, Permission.SETTINGS)

    # Which error label shows a service error, by the error's field.
    FIELDS = {
        "closing_time": "closing",
        "idle_seconds": "idle",
        "retention_months": "retention",
        "pin": "pin",
    }

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._current = KioskSettings()

        self.day_box = QGroupBox()
        self.closing_time = QTimeEdit(objectName="kiosk_closing_time")
        self.closing_time.setDisplayFormat("HH:mm")
        self.closing_hint = QLabel(objectName="kiosk_closing_hint")
        self.closing_hint.setProperty("role", "hint")
        self.closing_hint.setWordWrap(True)
        self.kiosk_box = QGroupBox()
        self.idle_seconds = QSpinBox(objectName="kiosk_idle_seconds")
        self.idle_seconds.setRange(*settings.IDLE_SECONDS_RANGE)
        self.retention_months = QSpinBox(objectName="kiosk_retention_months")
        self.retention_months.setRange(*settings.RETENTION_MONTHS_RANGE)
        self.pin_state = QLabel(objectName="kiosk_pin_state")
        self.own_pins = QLabel(objectName="kiosk_own_pins")
        self.own_pins.setProperty("role", "hint")
        self.own_pins.setWordWrap(True)
        self._own_pin_names: list[str] = []
        self.pin_edit = self._pin_field("kiosk_pin_edit")
        self.pin_repeat = self._pin_field("kiosk_pin_repeat")
        self.error_labels = {
            key: error_label(f"kiosk_{key}_error")
            for key in ("closing", "idle", "retention", "pin", GENERAL)
        }
        self.fields = {
            "closing": self.closing_time,
            "idle": self.idle_seconds,
            "retention": self.retention_months,
            "pin": self.pin_edit,
        }

        self.form_labels = {
            key: QLabel() for key in ("closing", "idle", "retention", "pin", "repeat")
        }
        day_form = QFormLayout(self.day_box)
        day_form.addRow(
            self.form_labels["closing"], with_error(self.closing_time, self.error_labels["closing"])
        )
        day_form.addRow(self.closing_hint)
        kiosk_form = QFormLayout(self.kiosk_box)
        kiosk_form.addRow(
            self.form_labels["idle"], with_error(self.idle_seconds, self.error_labels["idle"])
        )
        kiosk_form.addRow(
            self.form_labels["retention"],
            with_error(self.retention_months, self.error_labels["retention"]),
        )
        kiosk_form.addRow(self.pin_state)
        kiosk_form.addRow(self.own_pins)
        kiosk_form.addRow(self.form_labels["pin"], self.pin_edit)
        kiosk_form.addRow(
            self.form_labels["repeat"], with_error(self.pin_repeat, self.error_labels["pin"])
        )
        for key, buddy in (
            ("closing", self.closing_time),
            ("idle", self.idle_seconds),
            ("retention", self.retention_months),
            ("pin", self.pin_edit),
            ("repeat", self.pin_repeat),
        ):
            self.form_labels[key].setBuddy(buddy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.day_box)
        layout.addWidget(self.kiosk_box)
        layout.addWidget(self.error_labels[GENERAL])
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _pin_field(name: str) -> QLineEdit:
        field = QLineEdit(objectName=name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(PIN_LENGTHS[1])
        return field

    def retranslate(self) -> None:
        self.day_box.setTitle(self.tr("End of the day (whole site)"))
        self.kiosk_box.setTitle(self.tr("Self-service kiosk (whole site)"))
        texts = {
            "closing": self.tr("&Closing time"),
            "idle": self.tr("&Idle reset after"),
            "retention": self.tr("&Visitor data kept for"),
            "pin": self.tr("New staff &PIN"),
            "repeat": self.tr("&Repeat the PIN"),
        }
        for key, text in texts.items():
            self.form_labels[key].setText(text)
        self.closing_time.setAccessibleName(self.tr("Closing time"))
        self.closing_hint.setText(
            self.tr(
                "After this time the desk lists visitors still checked in, for staff to check "
                "out. Planned visits not checked in by the end of their day become no-shows."
            )
        )
        self.idle_seconds.setSuffix(self.tr(" s"))
        self.idle_seconds.setAccessibleName(
            self.tr("Seconds without a touch before the kiosk returns to its welcome screen")
        )
        self.retention_months.setSuffix(self.tr(" months"))
        self.retention_months.setAccessibleName(
            self.tr("Months the privacy notice says visitor data is kept")
        )
        self.pin_state.setText(
            self.tr("A staff PIN is set; leave blank to keep it.")
            if self._current.pin_set
            else self.tr("No PIN yet: set one before using the kiosk.")
        )
        self.own_pins.setText(
            self.tr(
                "These kiosks have a PIN of their own and do not use this one: {names}."
            ).format(names=self.tr(", ").join(self._own_pin_names))
        )
        self.own_pins.setVisible(bool(self._own_pin_names))
        self.pin_edit.setPlaceholderText(
            self.tr("{shortest} to {longest} digits; blank keeps the PIN").format(
                shortest=PIN_LENGTHS[0], longest=PIN_LENGTHS[1]
            )
        )
        self.pin_edit.setAccessibleName(self.tr("New staff PIN for leaving the kiosk"))
        self.pin_repeat.setAccessibleName(self.tr("The new PIN again"))
        self.retranslate_problems()

    # -- the page's shape -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Kiosk")

    def load(self) -> None:
        current = self._current = settings.kiosk_settings()
        self._own_pin_names = [
            s.name for s in stations.list_stations(self.ctx.actor.id) if s.own_pin
        ]
        self.closing_time.setTime(QTime(current.closing_time.hour, current.closing_time.minute))
        self.idle_seconds.setValue(current.idle_seconds)
        self.retention_months.setValue(current.retention_months)
        self.pin_edit.clear()
        self.pin_repeat.clear()
        self.retranslate()

    def check(self) -> list[Problem]:
        """What can be checked before saving anything: the new PIN, typed twice."""
        pin, again = self.pin_edit.text(), self.pin_repeat.text()
        if not pin and not again:
            return []
        if pin != again:
            return [self.problem(ValidationError("pin_mismatch", field="pin"))]
        try:
            clean_pin(pin)
        except ValidationError as err:
            return [self.problem(err)]
        return []

    def changed(self) -> bool:
        current = self._current
        return (
            to_time(self.closing_time.time()) != current.closing_time
            or self.idle_seconds.value() != current.idle_seconds
            or self.retention_months.value() != current.retention_months
            or bool(self.pin_edit.text())
        )

    def save(self, actor_id: int) -> None:
        """Save what changed (nothing at all when nothing did)."""
        if not self.changed():
            return
        settings.save_kiosk_settings(
            actor_id,
            idle_seconds=self.idle_seconds.value(),
            closing_time=to_time(self.closing_time.time()),
            retention_months=self.retention_months.value(),
            pin=self.pin_edit.text() or None,
        )
        self.load()
