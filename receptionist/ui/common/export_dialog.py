"""The one Export… dialog every list window opens: the format and the file, then the
export runs off the GUI thread with a progress bar and a Cancel.

The formats: an Excel workbook, CSV, or a PDF report (its heading in the desk's language;
a list too long for one is refused next to the file, the message saying what to do).
The window hands over an ``ExportRequest``: what the list is (its column keys from
``services.list_exports.COLUMNS``), a suggested file name, and ``run(path, file_format,
**kwargs)`` bound to the window's current filters (the export writes what the window
shows). The dialog adds the column headers in the desk's language (``export_texts``),
a ``labels`` function for codes (statuses, purposes), ``progress=`` and ``cancelled=``.
A cancelled or failed export leaves no file (the service writes to a temporary name).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import list_exports
from . import ask
from .export_texts import column_header, value_labels
from .forms import error_label, with_error
from .labels import error_text
from .progress_job import ProgressJob
from .retranslate import Retranslating

SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf"}
CANCELLED = "export_cancelled"


@dataclass(frozen=True)
class ExportRequest:
    """What a window exports: ``what`` (a key of ``list_exports.COLUMNS``), ``title``
    (the dialog's title, translated), ``file_stem`` (the suggested name) and ``run(path,
    file_format, **kwargs)`` with the window's filters bound; ``labels`` adds the window's
    own words for its codes (column key -> function of the code)."""

    what: str
    title: str
    file_stem: str
    run: Callable[..., int]
    labels: Mapping[str, Callable[[str], str]] = field(default_factory=dict)
    # a report that is not one of the lists (the dashboard): its formats, and the keyword
    # arguments in the desk's language that replace a list's headers / labels / lang
    formats: tuple[str, ...] = list_exports.LIST_FORMATS
    texts: Callable[[], dict[str, object]] | None = None


class ExportDialog(Retranslating, QDialog):
    """Format and file; Export writes it with a progress bar; Cancel stops it."""

    def __init__(self, request: ExportRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setObjectName("list_export_dialog")
        self.setMinimumWidth(560)
        self.job = ProgressJob(self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self._path = ""
        self.format_combo = QComboBox(objectName="list_export_format")
        for file_format in request.formats:
            self.format_combo.addItem("", file_format)
        self.format_combo.setCurrentIndex(self.format_combo.findData("xlsx"))
        self.format_combo.currentIndexChanged.connect(self._match_suffix)
        self.file_edit = QLineEdit(objectName="list_export_file")
        self.browse_button = QPushButton(objectName="list_export_browse")
        self.browse_button.clicked.connect(self._browse)
        self.error = error_label("list_export_error")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        file_box = QWidget()
        file_box.setLayout(row)
        self.format_label, self.file_label = QLabel(), QLabel()
        self.format_label.setBuddy(self.format_combo)
        self.file_label.setBuddy(self.file_edit)
        form = QFormLayout()
        form.addRow(self.format_label, self.format_combo)
        form.addRow(self.file_label, with_error(file_box, self.error))
        self.what_label = QLabel(objectName="list_export_what", wordWrap=True)
        self.progress_bar = QProgressBar(objectName="list_export_progress")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        self.status_label = QLabel(objectName="list_export_status", wordWrap=True)
        self.export_button = QPushButton(objectName="list_export_run")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(objectName="list_export_cancel")
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons = QDialogButtonBox(objectName="list_export_buttons")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what_label)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.retranslate()

    # -- the file ----------------------------------------------------------------------
    def _format(self) -> str:
        return str(self.format_combo.currentData())

    def _match_suffix(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.file_edit.setText(str(Path(text).with_suffix(SUFFIX[self._format()])))

    def _browse(self) -> None:
        name = self.request.file_stem + SUFFIX[self._format()]
        path = ask.save_file(
            self, self.tr("Export to"), name, self.tr("Tables and reports (*.xlsx *.csv *.pdf)")
        )
        if path:
            self.file_edit.setText(path)
            suffix = Path(path).suffix.lower().lstrip(".")
            if suffix in self.request.formats:
                self.format_combo.setCurrentIndex(self.format_combo.findData(suffix))

    # -- running -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job.running

    def export(self) -> None:
        """Start writing the file chosen (refused next to the field without one)."""
        path = self.file_edit.text().strip()
        if self.running:
            return
        if not path:
            self.error.setText(self.tr("Choose the file to write first."))
            self.error.show()
            return
        self.error.hide()
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in self.request.formats:  # a typed name says the format
            self.format_combo.setCurrentIndex(self.format_combo.findData(suffix))
        else:
            path += SUFFIX[self._format()]
            self.file_edit.setText(path)
        self._path = path
        self.job.start(self.request.run, path, self._format(), **self._texts())
        self._set_running(True)  # the job runs now: Cancel stops it
        self.status_label.setText(self.tr("Exporting…"))

    def _texts(self) -> dict[str, object]:
        if self.request.texts is not None:
            return self.request.texts()
        columns = list_exports.export_columns(self.request.what)
        return {
            "headers": [column_header(self.request.what, c.key) for c in columns],
            "labels": value_labels(self.request.labels),
            "lang": _language(),
        }

    def cancel(self) -> None:
        """Ask the export to stop; it removes what it wrote."""
        if self.running:
            self.job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _cancel_or_close(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    def _set_running(self, running: bool) -> None:
        for widget in (self.format_combo, self.file_edit, self.browse_button, self.export_button):
            widget.setEnabled(not running)
        self.progress_bar.setVisible(running)
        if running:
            self.progress_bar.setRange(0, 0)  # busy until the first report
        self._retranslate_cancel()

    def _progress(self, done: int, total: int) -> None:
        number = QLocale().toString
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            self.progress_bar.setFormat(
                self.tr("{done} of {total} rows").format(done=number(done), total=number(total))
            )
        else:
            self.progress_bar.setRange(0, 0)
        self.status_label.setText(self.tr("{done} rows written…").format(done=number(done)))

    def _finished(self, count: object) -> None:
        self._set_running(False)
        rows = count if isinstance(count, int) else 0
        self.status_label.setText(
            self.tr("Exported {count} rows to {file}.").format(
                count=QLocale().toString(rows), file=self._path
            )
        )

    def _failed(self, error: object) -> None:
        self._set_running(False)
        if isinstance(error, DeskError) and error.code == CANCELLED:
            self.status_label.setText(self.tr("Cancelled: no file was written."))
            return
        self.status_label.clear()
        self.error.setText(
            error_text(error)
            if isinstance(error, DeskError)
            else self.tr("The export failed; no file was written. The log has the details.")
        )
        self.error.show()

    def closeEvent(self, event) -> None:
        if self.running:
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    # -- text --------------------------------------------------------------------------
    def _retranslate_cancel(self) -> None:
        text = self.tr("Cancel") if self.running else self.tr("Close")
        self.cancel_button.setText(text)
        self.cancel_button.setAccessibleName(
            self.tr("Cancel the export") if self.running else self.tr("Close")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.request.title)
        self.what_label.setText(self.tr("Exports what the window shows now, with its filters."))
        names = {
            "csv": self.tr("CSV (opens in Excel)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "pdf": self.tr("PDF report (.pdf)"),
        }
        for i in range(self.format_combo.count()):
            self.format_combo.setItemText(i, names[str(self.format_combo.itemData(i))])
        self.format_label.setText(self.tr("&Format:"))
        self.file_label.setText(self.tr("F&ile:"))
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        for widget, name in (
            (self.format_combo, self.tr("File format")),
            (self.file_edit, self.tr("File to write")),
            (self.browse_button, self.tr("Choose the file to write")),
            (self.export_button, self.tr("Export")),
            (self.progress_bar, self.tr("Export progress")),
            (self.status_label, self.tr("Export status")),
        ):
            widget.setAccessibleName(name)
        self._retranslate_cancel()


def _language() -> str:
    """The desk's language, for a PDF report's heading (set by ``i18n``)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def open_export(parent: QWidget, request: ExportRequest) -> ExportDialog:
    """Open the Export… dialog for ``request`` (window-modal) and return it."""
    dialog = ExportDialog(request, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
