"""Importing customers or purchases (ARCHIVE): choose the file, map its columns, check
every row (a dry run: the rejected rows with their line and why), then import on a
worker thread with a progress bar and a Cancel that writes nothing."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...domain.importing import ImportKind
from ...services import imports
from ...services.imports import ImportReport
from ..common import ask
from ..common.context import DeskContext
from ..common.labels import error_text, message_text
from ..common.progress_job import ProgressJob
from ..common.retranslate import Retranslating
from .import_pages import ChoosePage, MappingPage, PreviewPage

CHOOSE, MAPPING, PREVIEW = range(3)


class ImportDialog(Retranslating, QDialog):
    """The three steps; ``report`` is the last check's or import's report."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("import_dialog")
        self.resize(760, 520)
        self.report: ImportReport | None = None
        self._dry = True
        self.choose_page, self.mapping_page = ChoosePage(), MappingPage()
        self.preview_page = PreviewPage()
        self.pages = QStackedWidget(objectName="import_pages")
        for page in (self.choose_page, self.mapping_page, self.preview_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton(objectName="import_back_button")
        self.next_button = QPushButton(objectName="import_next_button")
        self.check_button = QPushButton(objectName="import_check_button")
        self.run_button = QPushButton(objectName="import_run_button")
        self.cancel_button = QPushButton(objectName="import_cancel_button")
        self.close_button = QPushButton(objectName="import_close_button")
        buttons = QDialogButtonBox(objectName="import_buttons")
        for button in (
            self.back_button,
            self.next_button,
            self.check_button,
            self.run_button,
            self.cancel_button,
            self.close_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self.read_file)
        self.check_button.clicked.connect(self.check)
        self.run_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.choose_page.browse_button.clicked.connect(self._browse)
        self.choose_page.file_edit.returnPressed.connect(self.read_file)
        self.preview_page.skip_bad.toggled.connect(lambda _on: self._show_buttons())
        self.job = ProgressJob(self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self._show_buttons()

    # -- steps ------------------------------------------------------------------------
    def _browse(self) -> None:
        path = ask.open_file(
            self, self.tr("Choose the file to import"), self.tr("Tables (*.csv *.xlsx)")
        )
        if path:
            self.choose_page.file_edit.setText(path)
            self.read_file()

    def read_file(self) -> None:
        """Read the file's header and first rows; on to the mapping step."""
        page = self.choose_page
        try:
            preview = imports.preview_import(
                self._ctx.actor.id, page.file_edit.text().strip(), page.kind()
            )
        except DeskError as err:
            page.error.setText(error_text(err))
            page.error.show()
            return
        page.error.hide()
        self.mapping_page.show_preview(page.kind(), preview)
        self.pages.setCurrentIndex(MAPPING)
        self._show_buttons()

    def check(self) -> None:
        """Check every row with the mapping chosen (a dry run); nothing is written."""
        self._start(dry_run=True)

    def run_import(self) -> None:
        self._start(dry_run=False)

    def cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)

    def _start(self, dry_run: bool) -> None:
        self._dry = dry_run
        kind = self.choose_page.kind()
        service = (
            imports.import_customers if kind is ImportKind.CUSTOMERS else imports.import_purchases
        )
        self.preview_page.result.clear()
        self.preview_page.progress.setRange(0, 1)
        self.preview_page.progress.setValue(0)
        self.job.start(
            service,
            self._ctx.actor.id,
            self.choose_page.file_edit.text().strip(),
            mapping=self.mapping_page.mapping(),
            dry_run=dry_run,
            skip_bad=self.preview_page.skip_bad.isChecked(),
        )
        self.cancel_button.setEnabled(True)
        self._show_buttons()

    def _back(self) -> None:
        self.pages.setCurrentIndex(max(self.pages.currentIndex() - 1, CHOOSE))
        self._show_buttons()

    # -- the job's answers ------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        self.preview_page.progress.setRange(0, total)
        self.preview_page.progress.setValue(done)

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        page = self.preview_page
        if self._dry:
            page.show_problems(report.rejected)
            page.progress.setValue(0)
        page.summary.setText(self._summary(report))
        if not self._dry:
            page.result.setText(self._result(report))
        self.pages.setCurrentIndex(PREVIEW)
        self._show_buttons()

    def _failed(self, error: DeskError | None) -> None:
        text = (
            error_text(error)
            if error is not None
            else self.tr(
                "The import failed unexpectedly; nothing was written. Try again, or report it."
            )
        )
        if self.pages.currentIndex() == MAPPING:
            self.mapping_page.error.setText(text)
            self.mapping_page.error.show()
        else:
            self.preview_page.result.setText(text)
        self.preview_page.progress.setValue(0)
        self._show_buttons()

    def _summary(self, report: ImportReport) -> str:
        bad = report.rejected_lines
        if report.kind == ImportKind.PURCHASES:
            text = self.tr(
                "{rows} rows read: {good} purchases can be imported "
                "({matched} customers found, {created} new customers)."
            ).format(
                rows=report.rows_read,
                good=report.imported if report.dry_run else report.rows_read - bad,
                matched=report.customers_matched,
                created=report.customers_created,
            )
        else:
            text = self.tr("{rows} rows read: {good} new customers can be imported.").format(
                rows=report.rows_read,
                good=report.imported if report.dry_run else report.rows_read - bad,
            )
        if bad:
            text += "\n" + self.tr("{bad} rows cannot be imported; they are listed below.").format(
                bad=bad
            )
        return text

    def _result(self, report: ImportReport) -> str:
        if report.refused:
            return message_text("import_rows_refused", {"count": report.rejected_lines})
        if report.kind == ImportKind.PURCHASES:
            return self.tr(
                "Imported {count} purchases: {matched} customers found, {created} new "
                "customers added."
            ).format(
                count=report.imported,
                matched=report.customers_matched,
                created=report.customers_created,
            )
        return self.tr("Imported {count} new customers.").format(count=report.imported)

    # -- buttons ----------------------------------------------------------------------
    def _show_buttons(self) -> None:
        step, running = self.pages.currentIndex(), self.job.running
        done = self.report is not None and self.report.written and not self._dry
        self.back_button.setVisible(step > CHOOSE and not running and not done)
        self.next_button.setVisible(step == CHOOSE)
        self.check_button.setVisible(step == MAPPING and not running)
        report = self.report
        can_import = (
            report is not None
            and report.dry_run
            and report.imported > 0
            and (not report.rejected or self.preview_page.skip_bad.isChecked())
        )
        self.run_button.setVisible(step == PREVIEW and not running and not done)
        self.run_button.setEnabled(can_import)
        self.cancel_button.setVisible(running)
        self.close_button.setEnabled(not running)
        self.preview_page.skip_bad.setEnabled(not running and not done)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import customers or purchases"))
        for button, text in (
            (self.back_button, self.tr("Back")),
            (self.next_button, self.tr("Next")),
            (self.check_button, self.tr("Check the rows")),
            (self.run_button, self.tr("Import")),
            (self.cancel_button, self.tr("Cancel the import")),
            (self.close_button, self.tr("Close")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        if self.report is not None:
            self.preview_page.summary.setText(self._summary(self.report))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.job.running:  # closing cancels: nothing is written
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job.running:
            return
        super().reject()
