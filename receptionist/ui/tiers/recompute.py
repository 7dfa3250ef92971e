"""Recompute…: the period to compute (the current one by default), then
``tiers.recompute`` off the GUI thread with a progress bar and Cancel (nothing changed)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import tiers as rules
from ...domain.errors import DeskError
from ...services import clock, tier_settings, tiers
from ...services.tier_views import TierRunView
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from ..common.labels import error_text
from ..common.progress_job import ProgressJob
from ..common.retranslate import Retranslating


def current_period() -> str:
    """The label of the period today falls in (year or quarter, as the site counts)."""
    kind = tier_settings.tier_settings().period_kind
    return rules.period_of(clock.local(clock.now()).date(), kind).label


class RecomputeDialog(Retranslating, QDialog):
    """Asks the period, runs the recompute in the background; ``computed(run)`` when
    done (the dialog then closes)."""

    computed = Signal(object)  # TierRunView

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("tiers_recompute_dialog")
        self.period_edit = QLineEdit(current_period(), objectName="tiers_recompute_period")
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period_edit)
        self.period_error = error_label("tiers_recompute_error")
        self.hint = QLabel(objectName="tiers_recompute_hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.progress = QProgressBar(objectName="tiers_recompute_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(objectName="tiers_recompute_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(objectName="tiers_recompute_start")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="tiers_recompute_cancel")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

        form = QFormLayout()
        form.addRow(self.period_label, with_error(self.period_edit, self.period_error))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.job = ProgressJob(self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recompute tiers"))
        self.period_label.setText(self.tr("&Period:"))
        self.period_edit.setAccessibleName(self.tr("Period to recompute"))
        self.hint.setText(
            self.tr(
                "A year such as 2026 (or a quarter such as 2026-Q1 when the site counts "
                "quarters). The period's earlier results are kept and can be re-opened."
            )
        )
        self.start_button.setText(self.tr("Recompute"))
        self.start_button.setAccessibleName(self.tr("Start the recompute"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the recompute"))
        self.progress.setAccessibleName(self.tr("Recompute progress"))

    def start(self) -> None:
        if self.job.running:
            return
        self.period_error.hide()
        self.status.clear()
        self.period_edit.setEnabled(False)
        self.start_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Reading the period's purchases…"))
        self.job.start(tiers.recompute, self._ctx.actor.id, self.period_edit.text().strip())

    def cancel(self) -> None:
        """While running: stop (nothing is changed); else close."""
        if self.job.running:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.job.cancel()
        else:
            self.reject()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Writing the results: {done} of {total}").format(done=done, total=total)
        )

    def _finished(self, run: TierRunView) -> None:
        self.progress.hide()
        self.computed.emit(run)
        self.accept()

    def _failed(self, error: DeskError | None) -> None:
        self.progress.hide()
        self.period_edit.setEnabled(True)
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        if error is None:
            self.status.setText(
                self.tr("The recompute failed; nothing was changed. Try again, or see the log.")
            )
        elif error.field == "period":
            self.status.clear()
            self.period_error.setText(error_text(error))
            self.period_error.show()
            self.period_edit.setFocus()
        else:
            self.status.setText(error_text(error))

    def reject(self) -> None:
        if self.job.running:  # closing the window cancels
            self.cancel()
            return
        super().reject()
