""" "Privacy" on the General settings page: how long the site keeps customers who stopped
coming, and the retention job (``services.privacy``).

The period is the one the kiosk's privacy notice states (set on the Kiosk tab), so the
notice always says what the job does; the desk runs the job at start and daily. Here an
administrator sees who it would anonymise now (a dry run, nothing written) and may run it
at once, after confirming. The work runs on a worker thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.roles import Permission
from ...services import privacy
from ...services.access import allowed
from ..common import ask
from ..common.background import Background
from ..common.context import DeskContext


class PrivacyBox(QGroupBox):
    """The retention period, a dry run and "Anonymise now"."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_box")
        self._ctx = ctx
        self._months = 0
        self._report: privacy.RetentionReport | None = None
        self.period = QLabel(objectName="retention_period")
        self.period.setWordWrap(True)
        self.result = QLabel(objectName="retention_result")
        self.result.setWordWrap(True)
        self.check_button = QPushButton(objectName="retention_check_button")
        self.check_button.clicked.connect(self.check_now)
        self.run_button = QPushButton(objectName="retention_run_button")
        self.run_button.clicked.connect(self.run_now)
        self._worker = Background(self)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addLayout(buttons)
        layout.addWidget(self.result)

    def load(self) -> None:
        self._months = privacy.retention_months()
        self._report = None
        may = allowed(self._ctx.actor, Permission.RETENTION)
        self.check_button.setEnabled(may)
        self.run_button.setEnabled(may)
        self.retranslate()

    def check_now(self) -> None:
        self.result.setText(self.tr("Checking…"))
        self._worker.run(privacy.run_retention, self._ctx.actor.id, True)

    def run_now(self) -> None:
        if not ask.confirm(
            self,
            self.tr("Anonymise now"),
            self.tr(
                "Anonymise every customer with no visit for {months} months now? Their "
                "names, phones, companies and notes are erased for good; visit counts stay."
            ).format(months=self._months),
        ):
            return
        self.result.setText(self.tr("Anonymising…"))
        self._worker.run(privacy.run_retention, self._ctx.actor.id, False)

    def _done(self, report: privacy.RetentionReport) -> None:
        self._report = report
        for customer_id in () if report.dry_run else report.customer_ids:
            self._ctx.signals.customer_changed.emit(customer_id)
        self._show_report()

    def _failed(self) -> None:
        self._report = None
        self.result.setText(
            self.tr("The retention job could not run; check the connection and try again.")
        )

    def _show_report(self) -> None:
        report = self._report
        if report is None:
            self.result.clear()
            return
        since = report.cutoff.date().isoformat()
        if report.dry_run:
            text = self.tr(
                "%n customer(s) with no visit since {date} would be anonymised.", "", report.count
            )
        else:
            text = self.tr(
                "%n customer(s) with no visit since {date} were anonymised.", "", report.count
            )
        self.result.setText(text.format(date=since))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Privacy"))
        self.period.setText(
            self.tr(
                "Customers with no visit for {months} months are anonymised every day: the "
                "period the kiosk's privacy notice states (change it on the Kiosk tab)."
            ).format(months=self._months)
        )
        self.check_button.setText(self.tr("Check now"))
        self.check_button.setAccessibleName(self.tr("Show who retention would anonymise now"))
        self.run_button.setText(self.tr("Anonymise now…"))
        self.run_button.setAccessibleName(self.tr("Run retention now"))
        self._show_report()
