"""The "Backups" tab of the settings (administrators only, ``Permission.BACKUPS``): for
an SQLite site, automatic backups on or off, how often, the folder, how many to keep
(daily, weekly, monthly), encryption with a passphrase (kept in the OS keyring, never in
the database), and the list of backups with "Back up now" and "Restore…"
(``backups_list.py``). A PostgreSQL site's page says to use the server's own tools.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import access, backup_settings, database
from ...services.backup_settings import BackupSettings, BackupsOverview
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from ..common.labels import error_text
from .backups_list import BackupsList
from .page import GENERAL, Problem, SettingsPage, register_page


def _spin(name: str, bounds: tuple[int, int]) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(*bounds)
    spin.setMinimumWidth(70)
    spin.setMaximumWidth(90)
    return spin


@register_page
class BackupsSettingsPage(SettingsPage):
    """How this SQLite site is backed up, and its backups."""

    NAME = "backups_settings_page"
    ORDER = 40
    FIELDS = {
        "every_days": "every",
        "folder": "folder",
        "daily": "keep",
        "weekly": "keep",
        "monthly": "keep",
        "passphrase": "passphrase",
    }

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        return access.allowed(ctx.actor, Permission.BACKUPS)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        place = database.current_location()
        self.on_server = place is None or place.is_postgresql
        self._overview: BackupsOverview | None = None
        layout = QVBoxLayout(self)
        self.backups_hint = QLabel(objectName="backups_hint")
        self.backups_hint.setWordWrap(True)
        self.backups_hint.setProperty("role", "hint")
        layout.addWidget(self.backups_hint)

        self.schedule_box = QGroupBox(objectName="backups_schedule_box")
        self.automatic_check = QCheckBox(objectName="backups_automatic_check")
        self.every_label = QLabel()
        self.every_days = _spin("backups_every_days", backup_settings.EVERY_DAYS_RANGE)
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit(objectName="backups_folder_edit")
        self.keep_label = QLabel()
        self.keep_daily = _spin("backups_keep_daily", backup_settings.DAILY_RANGE)
        self.keep_weekly = _spin("backups_keep_weekly", backup_settings.WEEKLY_RANGE)
        self.keep_monthly = _spin("backups_keep_monthly", backup_settings.MONTHLY_RANGE)
        self.keep_daily_label, self.keep_weekly_label = QLabel(), QLabel()
        self.keep_monthly_label = QLabel()
        keep = QHBoxLayout()
        for spin, label in (
            (self.keep_daily, self.keep_daily_label),
            (self.keep_weekly, self.keep_weekly_label),
            (self.keep_monthly, self.keep_monthly_label),
        ):
            keep.addWidget(spin)
            keep.addWidget(label)
        keep.addStretch(1)
        keep_row = QWidget()
        keep_row.setLayout(keep)
        keep.setContentsMargins(0, 0, 0, 0)
        for key in ("every", "folder", "keep", "passphrase", GENERAL):
            self.error_labels[key] = error_label(f"backups_{key}_error")
        self.fields = {
            "every": self.every_days,
            "folder": self.folder_edit,
            "keep": self.keep_daily,
        }
        form = QFormLayout(self.schedule_box)
        form.addRow(self.automatic_check)
        form.addRow(self.every_label, with_error(self.every_days, self.error_labels["every"]))
        form.addRow(self.folder_label, with_error(self.folder_edit, self.error_labels["folder"]))
        form.addRow(self.keep_label, with_error(keep_row, self.error_labels["keep"]))
        self.every_label.setBuddy(self.every_days)
        self.folder_label.setBuddy(self.folder_edit)
        self.keep_label.setBuddy(self.keep_daily)

        self.encrypt_box = QGroupBox(objectName="backups_encrypt_box")
        self.encrypt_check = QCheckBox(objectName="backups_encrypt_check")
        self.passphrase_label, self.repeat_label = QLabel(), QLabel()
        self.passphrase_edit = QLineEdit(objectName="backups_passphrase")
        self.repeat_edit = QLineEdit(objectName="backups_passphrase_repeat")
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.fields["passphrase"] = self.passphrase_edit
        self.passphrase_hint = QLabel(objectName="backups_passphrase_hint")
        self.passphrase_hint.setWordWrap(True)
        self.passphrase_hint.setProperty("role", "hint")
        crypt = QFormLayout(self.encrypt_box)
        crypt.addRow(self.encrypt_check)
        crypt.addRow(
            self.passphrase_label,
            with_error(self.passphrase_edit, self.error_labels["passphrase"]),
        )
        crypt.addRow(self.repeat_label, self.repeat_edit)
        crypt.addRow(self.passphrase_hint)
        self.encrypt_check.toggled.connect(self._encryption_toggled)

        self.backups_list = BackupsList(ctx)
        self.backups_list.changed.connect(self._reload_list)
        layout.addWidget(self.error_labels[GENERAL])
        if self.on_server:
            for widget in (self.schedule_box, self.encrypt_box, self.backups_list):
                widget.hide()
        else:
            layout.addWidget(self.schedule_box)
            layout.addWidget(self.encrypt_box)
            layout.addWidget(self.backups_list, 1)
        layout.addStretch(0 if not self.on_server else 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Backups")

    # -- load, check, save -------------------------------------------------------------
    def load(self) -> None:
        if self.on_server:
            return
        try:
            overview = backup_settings.backups_overview(self.ctx.actor.id)
        except DeskError as err:
            self.show_problems([Problem(GENERAL, err)])
            return
        self._overview = overview
        chosen = overview.settings
        self.automatic_check.setChecked(chosen.automatic)
        self.every_days.setValue(chosen.every_days)
        self.folder_edit.setText(chosen.folder)
        self.keep_daily.setValue(chosen.daily)
        self.keep_weekly.setValue(chosen.weekly)
        self.keep_monthly.setValue(chosen.monthly)
        self.encrypt_check.setChecked(chosen.encrypted)
        self._encryption_toggled(chosen.encrypted)
        self.backups_list.show_backups(overview.backups)
        self.retranslate()

    def _reload_list(self) -> None:
        try:
            self._overview = backup_settings.backups_overview(self.ctx.actor.id)
        except DeskError as err:
            self.show_problems([Problem(GENERAL, err)])
            return
        self.backups_list.show_backups(self._overview.backups)

    def _encryption_toggled(self, on: bool) -> None:
        for widget in (self.passphrase_edit, self.repeat_edit):
            widget.setEnabled(on)

    def choice(self) -> BackupSettings:
        return BackupSettings(
            automatic=self.automatic_check.isChecked(),
            every_days=self.every_days.value(),
            folder=self.folder_edit.text().strip(),
            daily=self.keep_daily.value(),
            weekly=self.keep_weekly.value(),
            monthly=self.keep_monthly.value(),
            encrypted=self.encrypt_check.isChecked(),
        )

    def check(self) -> list[Problem]:
        if self.on_server or not self.encrypt_check.isChecked():
            return []
        if self.passphrase_edit.text() != self.repeat_edit.text():
            return [Problem("passphrase", self.tr("The two passphrases differ; type it again."))]
        return []

    def save(self, actor_id: int) -> None:
        if self.on_server or self._overview is None:
            return
        typed = self.passphrase_edit.text() if self.encrypt_check.isChecked() else ""
        self._overview = backup_settings.save_backup_settings(
            actor_id, self.choice(), typed or None
        )
        self.passphrase_edit.clear()
        self.repeat_edit.clear()

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.on_server:
            self.backups_hint.setText(error_text(DeskError("backup_postgresql")))
            return
        folder = str(self._overview.folder) if self._overview else ""
        self.backups_hint.setText(
            self.tr(
                "Each backup is a checked copy of this computer's database file. A copy is "
                "also made before every upgrade of the database and before every restore."
            )
        )
        self.schedule_box.setTitle(self.tr("Automatic backups"))
        self.automatic_check.setText(self.tr("Back up automatically while the desk runs"))
        self.automatic_check.setAccessibleName(self.automatic_check.text())
        self.every_label.setText(self.tr("&Interval (days)"))
        self.every_days.setAccessibleName(self.tr("Days between automatic backups"))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder_edit.setPlaceholderText(folder)
        self.folder_edit.setToolTip(self.tr("Empty: the backups folder next to the database"))
        self.folder_edit.setAccessibleName(self.tr("Backups folder"))
        self.keep_label.setText(self.tr("&Keep"))
        self.keep_daily_label.setText(self.tr("daily,"))
        self.keep_weekly_label.setText(self.tr("weekly,"))
        self.keep_monthly_label.setText(self.tr("monthly"))
        self.keep_daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.keep_weekly.setAccessibleName(self.tr("Weekly backups to keep"))
        self.keep_monthly.setAccessibleName(self.tr("Monthly backups to keep"))
        self.encrypt_box.setTitle(self.tr("Encryption"))
        self.encrypt_check.setText(self.tr("Encrypt backups with a passphrase"))
        self.encrypt_check.setAccessibleName(self.encrypt_check.text())
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.repeat_label.setText(self.tr("R&epeat"))
        self.passphrase_edit.setAccessibleName(self.tr("Backup passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("Backup passphrase again"))
        kept = self._overview.passphrase_kept if self._overview else False
        self.passphrase_edit.setPlaceholderText(
            self.tr("Leave empty to keep the current one") if kept else ""
        )
        if self._overview is not None and not self._overview.keyring_usable:
            hint = self.tr(
                "This computer has no keyring to keep the passphrase in: set "
                "RECEPTIONIST_BACKUP_PASSPHRASE for the desk instead."
            )
        else:
            hint = self.tr(
                "The passphrase is kept in this computer's keyring, never in the database. "
                "Without it an encrypted backup cannot be restored: write it down somewhere safe."
            )
        self.passphrase_hint.setText(hint)
        self.retranslate_problems()
