"""The customer's special dates as a small table: kind, label, date (MM-DD, or
YYYY-MM-DD when the year is known); add and remove rows. What is typed is handed to the
service as it is: the service says what is wrong, next to the table."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.archive import SpecialDateKind, SpecialDateValue
from ..common.retranslate import Retranslating
from . import texts

COL_KIND, COL_LABEL, COL_DATE = range(3)
_DATE = re.compile(r"^\s*(?:(\d{1,4})[-/.])?(\d{1,2})[-/.](\d{1,2})\s*$")


def parse_date(text: str) -> tuple[object, object, object]:
    """(year or None, month, day) from "MM-DD" or "YYYY-MM-DD"; what cannot be read is
    passed on as None for the service to refuse."""
    found = _DATE.match(text)
    if not found:
        return None, None, None
    year, month, day = found.groups()
    return (int(year) if year else None), int(month), int(day)


def date_text(value: SpecialDateValue) -> str:
    day = f"{value.month:02d}-{value.day:02d}"
    return f"{value.year}-{day}" if value.year else day


class SpecialDatesEditor(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, objectName="customer_special_dates")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(objectName="special_date_add_button")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(objectName="special_date_remove_button")
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Label"), self.tr("Date (MM-DD or YYYY-MM-DD)")]
        )
        self.table.setAccessibleName(self.tr("Special dates"))
        self.add_button.setText(self.tr("Add date"))
        self.add_button.setAccessibleName(self.tr("Add a special date"))
        self.remove_button.setText(self.tr("Remove date"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected special date"))
        for row in range(self.table.rowCount()):
            combo = self._combo(row)
            for i in range(combo.count()):
                combo.setItemText(i, texts.date_kind_label(SpecialDateKind(combo.itemData(i))))

    def _combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, COL_KIND)  # type: ignore[return-value]

    def add_row(self, value: SpecialDateValue | None = None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        combo = QComboBox(objectName=f"special_date_kind_{row}")
        combo.setAccessibleName(self.tr("Kind of special date"))
        for kind in SpecialDateKind:
            combo.addItem(texts.date_kind_label(kind), str(kind))
        if value is not None:
            combo.setCurrentIndex(combo.findData(str(value.kind)))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, COL_KIND, combo)
        self.table.setItem(row, COL_LABEL, QTableWidgetItem(value.label if value else ""))
        self.table.setItem(row, COL_DATE, QTableWidgetItem(date_text(value) if value else ""))
        self.table.blockSignals(False)
        if value is None:  # a new row: type its date
            self.table.setCurrentCell(row, COL_DATE)
            item = self.table.item(row, COL_DATE)
            if item is not None:
                self.table.editItem(item)
            self.changed.emit()
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_dates(self, dates: tuple[SpecialDateValue, ...]) -> None:
        self.table.setRowCount(0)
        for value in dates:
            self.add_row(value)

    def dates(self) -> list[dict]:
        """Each row as the service takes it (kind, label, month, day, year)."""
        found = []
        for row in range(self.table.rowCount()):
            label = self.table.item(row, COL_LABEL)
            date = self.table.item(row, COL_DATE)
            year, month, day = parse_date(date.text() if date else "")
            found.append(
                {
                    "kind": self._combo(row).currentData(),
                    "label": label.text() if label else "",
                    "month": month,
                    "day": day,
                    "year": year,
                }
            )
        return found
