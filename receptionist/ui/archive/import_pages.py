"""The three steps of the import dialog: choose the file, map its columns, check and
import. Views only: the dialog (``import_dialog.py``) calls the services."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.importing import FIELDS, IGNORE, ImportKind, Problem
from ...services.imports import ImportPreview
from ..common.forms import error_label, with_error
from ..common.labels import message_text
from ..common.retranslate import Retranslating
from .fields import field_label

SAMPLE_SEPARATOR = " · "


class ChoosePage(Retranslating, QWidget):
    """What the file holds, and which file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_choose_page")
        self.kind_combo = QComboBox(objectName="import_kind_combo")
        for kind in ImportKind:
            self.kind_combo.addItem("", str(kind))
        self.file_edit = QLineEdit(objectName="import_file_edit")
        self.browse_button = QPushButton(objectName="import_browse_button")
        self.error = error_label("import_file_error")
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        file_box = QWidget()
        file_box.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind_label, self.file_label, self.hint = QLabel(), QLabel(), QLabel()
        self.hint.setWordWrap(True)
        self.kind_label.setBuddy(self.kind_combo)
        self.file_label.setBuddy(self.file_edit)
        form = QFormLayout(self)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.file_label, with_error(file_box, self.error))
        form.addRow(self.hint)
        self.retranslate()

    def kind(self) -> ImportKind:
        return ImportKind(self.kind_combo.currentData())

    def retranslate(self) -> None:
        self.kind_combo.setItemText(0, self.tr("Customers"))
        self.kind_combo.setItemText(1, self.tr("Purchases"))
        self.kind_label.setText(self.tr("The file holds:"))
        self.file_label.setText(self.tr("File:"))
        self.browse_button.setText(self.tr("Choose…"))
        self.kind_combo.setAccessibleName(self.tr("What the file holds"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button.setAccessibleName(self.tr("Choose the file to import"))
        self.hint.setText(
            self.tr(
                "A CSV file (UTF-8 or the GB18030 that Excel saves in Chinese) or an Excel "
                ".xlsx file whose first row names the columns. Purchases need the columns "
                "customer_ref, name, phone, date and amount (or columns you map to them)."
            )
        )


class MappingPage(Retranslating, QWidget):
    """Each column of the file and the field it is imported as (a combo per column,
    pre-filled from the header), with a few of its values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_mapping_page")
        self.intro = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="import_mapping_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.error = error_label("import_mapping_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self._kind = ImportKind.CUSTOMERS
        self._headers: tuple[str, ...] = ()
        self.combos: list[QComboBox] = []
        self.retranslate()

    def show_preview(self, kind: ImportKind, preview: ImportPreview) -> None:
        self._kind, self._headers = kind, preview.headers
        self.table.setRowCount(len(preview.headers))
        self.combos = []
        for row, (header, samples, suggested) in enumerate(
            zip(preview.headers, preview.samples, preview.suggested, strict=True)
        ):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            self.table.setItem(row, 1, QTableWidgetItem(SAMPLE_SEPARATOR.join(samples)))
            combo = QComboBox(objectName=f"import_map_combo_{row}")
            combo.addItem("", IGNORE)
            for name in FIELDS[kind]:
                combo.addItem("", name)
            combo.setCurrentIndex(max(combo.findData(suggested or IGNORE), 0))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.error.hide()
        self.retranslate()

    def mapping(self) -> dict[str, str]:
        """Every column's choice, as ``--map`` would give it."""
        return {
            header: str(combo.currentData())
            for header, combo in zip(self._headers, self.combos, strict=True)
        }

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Imported as")]
        )
        self.table.setAccessibleName(self.tr("Columns of the file and what they are"))
        self.intro.setText(
            self.tr(
                "Check what each column of the file holds; columns set to “Not imported” "
                "are left out. Then check the rows: nothing is written yet."
            )
        )
        for row, combo in enumerate(self.combos):
            combo.setItemText(0, self.tr("Not imported"))
            for i, name in enumerate(FIELDS[self._kind], start=1):
                combo.setItemText(i, field_label(name))
            combo.setAccessibleName(
                self.tr("Imported as, column {column}").format(column=self._headers[row])
            )


class PreviewPage(Retranslating, QWidget):
    """What the check found: a sentence, the rejected rows (line, field, why), whether
    to import the good rows only, the progress of the import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview_page")
        self.summary = QLabel(objectName="import_summary", wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="import_rejected_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.skip_bad = QCheckBox(objectName="import_skip_bad")
        self.progress = QProgressBar(objectName="import_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result = QLabel(objectName="import_result", wordWrap=True)
        self.result.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        self._problems: list[Problem] = []
        self.retranslate()

    def show_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        self.table.setRowCount(len(problems))
        self.table.setVisible(bool(problems))
        self.skip_bad.setVisible(bool(problems))
        self._fill()

    def _fill(self) -> None:
        for row, problem in enumerate(self._problems):
            line = QTableWidgetItem(str(problem.line))
            self.table.setItem(row, 0, line)
            field = field_label(problem.field) if problem.field else ""
            self.table.setItem(row, 1, QTableWidgetItem(field))
            self.table.setItem(row, 2, QTableWidgetItem(message_text(problem.code, problem.params)))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Field"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Rows that cannot be imported"))
        self.skip_bad.setText(self.tr("Import the good rows and leave out the rows listed"))
        self.skip_bad.setAccessibleName(self.skip_bad.text())
        self.progress.setAccessibleName(self.tr("Import progress"))
        self._fill()
