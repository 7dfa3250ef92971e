"""The report: reviews by reason and by competitor (how many, how many customers, the
revenue lost: each customer's purchases in the year up to their last activity), since a
day, with Export (EXPORT). It is for managers here; sending it by e-mail to the
responsible department's manager comes with issue 14."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
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
from ...domain.money import format_money
from ...domain.roles import Permission
from ...services import lost, purchases
from ...services.access import allowed
from ...services.lost_views import ReportLine
from ..common import ask
from ..common.context import DeskContext
from ..common.dates import to_date, to_qdate
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .texts import reason_text


def _table(name: str) -> QTableWidget:
    table = QTableWidget(0, 4, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class ReportTab(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.use_since = QCheckBox(objectName="lost_since_check")
        self.since = QDateEdit(objectName="lost_since_field")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(to_qdate(date(date.today().year, 1, 1)))
        self.since.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(lambda _on: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.export_button = QPushButton(objectName="lost_export_button")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(allowed(ctx.actor, Permission.EXPORT))
        self.by_reason = _table("lost_by_reason_table")
        self.by_competitor = _table("lost_by_competitor_table")
        self.reason_title, self.competitor_title = QLabel(), QLabel()
        self.note = QLabel(objectName="lost_report_note")
        self.note.setWordWrap(True)
        self.status = QLabel(objectName="lost_report_status")
        top = QHBoxLayout()
        top.addWidget(self.use_since)
        top.addWidget(self.since)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reason_title)
        layout.addWidget(self.by_reason, 1)
        layout.addWidget(self.competitor_title)
        layout.addWidget(self.by_competitor, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.use_since.setText(self.tr("Detected &since:"))
        self.use_since.setAccessibleName(self.tr("Only reviews detected since a day"))
        self.since.setAccessibleName(self.tr("First day of the report"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export the report"))
        self.reason_title.setText(self.tr("By reason"))
        self.competitor_title.setText(self.tr("By competitor"))
        self.by_reason.setAccessibleName(self.tr("Lost customers by reason"))
        self.by_competitor.setAccessibleName(self.tr("Lost customers by competitor"))
        for table, first in (
            (self.by_reason, self.tr("Reason")),
            (self.by_competitor, self.tr("Competitor")),
        ):
            table.setHorizontalHeaderLabels(
                [first, self.tr("Reviews"), self.tr("Customers"), self.tr("Revenue lost")]
            )
        self.note.setText(
            self.tr(
                "Revenue lost: each customer's purchases in the year up to their last "
                "activity. Managers see this report here; sending it by e-mail to the "
                "responsible department's manager is not available yet."
            )
        )

    def _since(self) -> date | None:
        return to_date(self.since.date()) if self.use_since.isChecked() else None

    def refresh(self) -> None:
        try:
            made = lost.report(self._ctx.actor.id, self._since())
        except DeskError as err:
            self.status.setText(error_text(err))
            return
        self._fill(self.by_reason, made.by_reason, lambda key: reason_text(key))
        self._fill(self.by_competitor, made.by_competitor, lambda key: key or self.tr("None named"))

    def _fill(self, table: QTableWidget, lines: list[ReportLine], label) -> None:
        money = purchases.currency()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                str(line.reviews),
                str(line.customers),
                format_money(line.revenue_cents, money),
            )
            table.setItem(row, 0, QTableWidgetItem(label(line.key)))
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(right)
                table.setItem(row, column, item)

    def export(self) -> None:
        path = ask.save_file(
            self,
            self.tr("Export the lost-customer report"),
            "lost-customers.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        file_format = "csv" if Path(path).suffix.lower() == ".csv" else "xlsx"
        try:
            count = lost.export_report(
                self._ctx.actor.id, path, since=self._since(), file_format=file_format
            )
        except DeskError as err:
            self.status.setText(error_text(err))
            return
        self.status.setText(
            self.tr("Exported {n} rows to {file}.").format(n=count, file=Path(path).name)
        )
