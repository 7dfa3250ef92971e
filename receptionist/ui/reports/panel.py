"""A chart with its table one click away: a title, a "Table" toggle, and the chart or a
table of the very same numbers (a row per category, a column per series)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..common.retranslate import Retranslating
from .chart import BarLineChart, ChartData, format_value


class ChartPanel(Retranslating, QWidget):
    """``name`` prefixes the objectNames: ``<name>_chart``, ``<name>_table``,
    ``<name>_table_toggle``."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_panel")
        self.title = QLabel(objectName=f"{name}_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.toggle = QToolButton(objectName=f"{name}_table_toggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_table)
        self.chart = BarLineChart(f"{name}_chart")
        self.table = QTableWidget(0, 0, objectName=f"{name}_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack = QStackedWidget(objectName=f"{name}_stack")
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._title_text = ""
        self._row_title = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Table"))
        self._set_names()

    def _set_names(self) -> None:
        self.toggle.setAccessibleName(
            self.tr("Show {chart} as a table").format(chart=self._title_text)
        )
        self.toggle.setToolTip(self.tr("Switch between the chart and a table of its numbers"))
        self.chart.setAccessibleName(self._title_text)
        self.table.setAccessibleName(self.tr("{chart}: table").format(chart=self._title_text))

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.chart)

    def set_data(self, title: str, row_title: str, data: ChartData | None, empty: str) -> None:
        """Show ``data`` under ``title``; ``row_title`` heads the category column;
        ``empty`` is said when there is nothing to draw."""
        self._title_text, self._row_title = title, row_title
        self.title.setText(title)
        self._set_names()
        self.chart.set_data(data, empty)
        self._fill_table(data)

    def _fill_table(self, data: ChartData | None) -> None:
        series = () if data is None else data.bars + data.lines + data.table_only
        categories = () if data is None else data.categories
        self.table.clear()
        self.table.setColumnCount(1 + len(series))
        self.table.setRowCount(len(categories))
        self.table.setHorizontalHeaderLabels([self._row_title] + [s.name for s in series])
        self.table.verticalHeader().setVisible(False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        decimals = 0 if data is None else data.decimals
        for row, category in enumerate(categories):
            self.table.setItem(row, 0, QTableWidgetItem(category))
            for column, s in enumerate(series, start=1):
                item = QTableWidgetItem(format_value(s.values[row], decimals))
                item.setTextAlignment(right)
                self.table.setItem(row, column, item)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def table_rows(self) -> list[list[str]]:
        """The table's text, row by row (for tests and the clipboard)."""
        return [
            [self._cell(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
