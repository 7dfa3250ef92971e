"""Exporting the customer archive, or a filtered list of it, to CSV or Excel (EXPORT)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Category, Kind
from ...domain.errors import DeskError
from ...services import exports
from ..common import ask
from ..common.context import DeskContext
from ..common.forms import error_label, with_error
from ..common.labels import category_label, error_text, kind_label
from ..common.retranslate import Retranslating

SUFFIX = {"csv": ".csv", "xlsx": ".xlsx"}


class ExportDialog(Retranslating, QDialog):
    """Filters (category, kind), the format and the file; Export writes it."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("export_dialog")
        self.setMinimumWidth(520)
        self.category_combo = QComboBox(objectName="export_category_combo")
        self.category_combo.addItem("", "")
        for category in Category:
            self.category_combo.addItem("", str(category))
        self.kind_combo = QComboBox(objectName="export_kind_combo")
        self.kind_combo.addItem("", "")
        for kind in Kind:
            self.kind_combo.addItem("", str(kind))
        self.format_combo = QComboBox(objectName="export_format_combo")
        for file_format in exports.EXPORT_FORMATS:
            self.format_combo.addItem("", file_format)
        self.format_combo.currentIndexChanged.connect(self._match_suffix)
        self.file_edit = QLineEdit(objectName="export_file_edit")
        self.browse_button = QPushButton(objectName="export_browse_button")
        self.browse_button.clicked.connect(self._browse)
        self.error = error_label("export_error")
        self.result_label = QLabel(objectName="export_result", wordWrap=True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        file_box = QWidget()
        file_box.setLayout(row)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (self.category_combo, self.kind_combo, self.format_combo),
            strict=False,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.labels[3].setBuddy(self.file_edit)
        form.addRow(self.labels[3], with_error(file_box, self.error))
        self.export_button = QPushButton(objectName="export_run_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(objectName="export_close_button")
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(objectName="export_buttons")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.retranslate()

    def _format(self) -> str:
        return str(self.format_combo.currentData())

    def _match_suffix(self) -> None:
        text = self.file_edit.text().strip()
        if text:
            self.file_edit.setText(str(Path(text).with_suffix(SUFFIX[self._format()])))

    def _browse(self) -> None:
        name = self.tr("customers") + SUFFIX[self._format()]
        path = ask.save_file(self, self.tr("Export to"), name, self.tr("Tables (*.csv *.xlsx)"))
        if path:
            self.file_edit.setText(path)
            suffix = Path(path).suffix.lower().lstrip(".")
            if suffix in exports.EXPORT_FORMATS:
                self.format_combo.setCurrentIndex(self.format_combo.findData(suffix))

    def export(self) -> None:
        path = self.file_edit.text().strip()
        self.result_label.clear()
        if not path:
            self.error.setText(self.tr("Choose the file to write first."))
            self.error.show()
            return
        try:
            count = exports.export_customers(
                self._ctx.actor.id,
                path,
                file_format=self._format(),
                category=self.category_combo.currentData() or None,
                kind=self.kind_combo.currentData() or None,
            )
        except DeskError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        self.error.hide()
        self.result_label.setText(
            self.tr("Exported {count} customers to {file}.").format(count=count, file=path)
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export customers"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        for i, category in enumerate(Category, start=1):
            self.category_combo.setItemText(i, category_label(category))
        self.kind_combo.setItemText(0, self.tr("All kinds"))
        for i, kind in enumerate(Kind, start=1):
            self.kind_combo.setItemText(i, kind_label(kind))
        self.format_combo.setItemText(0, self.tr("CSV (opens in Excel)"))
        self.format_combo.setItemText(1, self.tr("Excel workbook (.xlsx)"))
        texts = (self.tr("Category:"), self.tr("Kind:"), self.tr("Format:"), self.tr("File:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for widget, name in (
            (self.category_combo, self.tr("Export the category")),
            (self.kind_combo, self.tr("Export the kind")),
            (self.format_combo, self.tr("File format")),
            (self.file_edit, self.tr("File to write")),
            (self.browse_button, self.tr("Choose the file to write")),
        ):
            widget.setAccessibleName(name)
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
