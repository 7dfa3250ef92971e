"""The list of backups in Settings → Backups, with "Back up now", "Check" and
"Restore…". Backing up and checking run on a worker thread and end in one sentence;
restoring asks first, keeps the current database as a before-restore copy, and starts
the desk again on the restored database (``restart_app``, replaced by tests)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import backup_settings, clock
from ...services.backup import Backup, BackupDone
from ..common import ask
from ..common.background import Background
from ..common.context import DeskContext
from ..common.labels import error_text
from ..common.retranslate import Retranslating

COL_MADE, COL_SIZE, COL_ENCRYPTED, COL_CHECKED = range(4)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CHECKED_WHEN_MADE = "made"  # every backup is checked (integrity_check) before it is named


def restart_app() -> None:
    """Start the desk again (same command line) and quit this one."""
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, ["-m", "receptionist", *sys.argv[1:]])
    QCoreApplication.quit()


def _attempt(func, *args) -> object:
    """``func(*args)``, or the refusal it raised (to be said in one sentence)."""
    try:
        return func(*args)
    except DeskError as err:
        return err


class BackupsList(Retranslating, QGroupBox):
    """The backups in the folder, newest first; ``changed`` after a backup was made."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backups_list_box")
        self._backups: list[Backup] = []
        self._checked: dict[Path, str] = {}
        self._worker = Background(self)
        self._worker.done.connect(self._finished)
        self._worker.failed.connect(self._crashed)
        self._job = ""
        self._checking = Path()
        self.backups_table = QTableWidget(0, 4, objectName="backups_table")
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.verticalHeader().hide()
        self.backups_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.backups_table.horizontalHeader().setStretchLastSection(True)
        self.backups_table.itemSelectionChanged.connect(self._update_buttons)
        self.back_up_now_button = QPushButton(objectName="back_up_now_button")
        self.back_up_now_button.clicked.connect(self.back_up_now)
        self.check_backup_button = QPushButton(objectName="check_backup_button")
        self.check_backup_button.clicked.connect(self.check_selected)
        self.restore_button = QPushButton(objectName="restore_backup_button")
        self.restore_button.clicked.connect(self.restore_selected)
        self.backups_result = QLabel(objectName="backups_result")
        self.backups_result.setWordWrap(True)
        self.backups_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.back_up_now_button, self.check_backup_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.backups_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.backups_result)
        self.retranslate()

    # -- the list ----------------------------------------------------------------------
    def show_backups(self, backups: tuple[Backup, ...] | list[Backup]) -> None:
        self._backups = list(backups)
        table = self.backups_table
        table.setRowCount(len(self._backups))
        for row, item in enumerate(self._backups):
            for col, text in enumerate(self._texts(item)):
                cell = QTableWidgetItem(text)
                if col == COL_SIZE:
                    cell.setTextAlignment(_RIGHT)
                cell.setToolTip(str(item.path))
                table.setItem(row, col, cell)
        self._update_buttons()

    def _texts(self, item: Backup) -> tuple[str, str, str, str]:
        at = clock.local(item.made_at)
        made = f"{at:%Y-%m-%d %H:%M}"
        if item.before_restore:
            made = self.tr("{when} (before a restore)").format(when=made)
        state = self._checked.get(item.path, CHECKED_WHEN_MADE)
        checked = {
            CHECKED_WHEN_MADE: self.tr("OK when made"),
            "ok": self.tr("OK, checked just now"),
        }.get(state, state)
        return (
            made,
            QLocale().formattedDataSize(item.size),
            self.tr("Yes") if item.encrypted else self.tr("No"),
            checked,
        )

    @property
    def backups(self) -> list[Backup]:
        return list(self._backups)

    def selected(self) -> Backup | None:
        rows = self.backups_table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        idle = not self._job
        self.back_up_now_button.setEnabled(idle)
        chosen = self.selected() is not None
        self.check_backup_button.setEnabled(idle and chosen)
        self.restore_button.setEnabled(idle and chosen)

    # -- back up, check, restore -------------------------------------------------------
    def back_up_now(self) -> None:
        self._start("backup", self.tr("Backing up the database…"))
        self._worker.run(_attempt, backup_settings.back_up_now, self.ctx.actor.id)

    def check_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._start("check", self.tr("Checking the backup…"))
        self._checking = chosen.path
        check = backup_settings.check_backup_file
        self._worker.run(_attempt, check, self.ctx.actor.id, chosen.path)

    def _start(self, job: str, text: str) -> None:
        self._job = job
        self.backups_result.setText(text)
        self._update_buttons()

    def _finished(self, result: object) -> None:
        job, self._job = self._job, ""
        if isinstance(result, DeskError):
            self.backups_result.setText(error_text(result))
            if job == "check":
                self._checked[self._checking] = self.tr("Cannot be restored")
                self.show_backups(self._backups)
        elif job == "backup" and isinstance(result, BackupDone):
            made = result.backup
            text = self.tr("Backed up and checked: {file} ({size}).").format(
                file=made.path.name, size=QLocale().formattedDataSize(made.size)
            )
            if result.removed:
                text += " " + self.tr("Older backups removed by rotation: {count}.").format(
                    count=len(result.removed)
                )
            self.backups_result.setText(text)
            self.changed.emit()
        elif job == "check":
            self._checked[self._checking] = "ok"
            self.backups_result.setText(self.tr("The backup is sound and can be restored."))
            self.show_backups(self._backups)
        self._update_buttons()

    def _crashed(self) -> None:
        self._job = ""
        self.backups_result.setText(
            self.tr("That did not work; the log file says why. Try again in a moment.")
        )
        self._update_buttons()

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        at = clock.local(chosen.made_at)
        question = self.tr(
            "Put back the backup of {when}? Everything entered since then is replaced. The "
            "current database is kept as a before-restore copy in the backups folder, and "
            "the desk starts again on the restored database."
        ).format(when=f"{at:%Y-%m-%d %H:%M}")
        if not ask.confirm(self, self.tr("Restore a backup"), question):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup_settings.restore_backup(self.ctx.actor.id, chosen.path)
        except DeskError as err:
            self.backups_result.setText(error_text(err))
            return
        finally:
            QApplication.restoreOverrideCursor()
        restart_app()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups in the folder"))
        self.backups_table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Encrypted"), self.tr("Checked")]
        )
        self.backups_table.setAccessibleName(self.tr("Backups"))
        self.back_up_now_button.setText(self.tr("Back &up now"))
        self.back_up_now_button.setAccessibleName(self.tr("Back up now"))
        self.check_backup_button.setText(self.tr("C&heck"))
        self.check_backup_button.setAccessibleName(self.tr("Check the selected backup"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.backups_result.setAccessibleName(self.tr("Result of the last backup action"))
        if self._backups:
            self.show_backups(self._backups)
