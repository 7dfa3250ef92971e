"""The dashboard's "Export…": the figures on screen (their period and filters) to an Excel
workbook or a CSV file through the shared Export… dialog (off the GUI thread, with a
Cancel), the headers, sheet names and codes in the desk's language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from ...domain.reports import PeriodKind, ReportPeriod
from ...services import dashboard_export
from ..common.context import DeskContext
from ..common.export_dialog import ExportDialog, ExportRequest, open_export
from ..common.export_texts import value_labels
from .figures import move_label

if TYPE_CHECKING:
    from .window import DashboardWindow


def dashboard_words() -> dict[str, str]:
    """The file's sheet names, headers and row words in the desk's language."""
    words = {
        "visits": QCoreApplication.translate("DashboardExport", "Visits"),
        "satisfaction": QCoreApplication.translate("DashboardExport", "Satisfaction"),
        "trend": QCoreApplication.translate("DashboardExport", "Satisfaction trend"),
        "lowest_rated": QCoreApplication.translate("DashboardExport", "Lowest rated"),
        "complaints": QCoreApplication.translate("DashboardExport", "Complaints"),
        "complaint_steps": QCoreApplication.translate("DashboardExport", "Complaint steps"),
        "tiers": QCoreApplication.translate("DashboardExport", "Tiers"),
        "tier_moves": QCoreApplication.translate("DashboardExport", "Tier moves"),
        "tier_matrix": QCoreApplication.translate("DashboardExport", "Tier matrix"),
        "follow_ups": QCoreApplication.translate("DashboardExport", "Follow-ups"),
        "conversion": QCoreApplication.translate("DashboardExport", "Conversion"),
        "period": QCoreApplication.translate("DashboardExport", "Period"),
        "bucket": QCoreApplication.translate("DashboardExport", "From day"),
        "change": QCoreApplication.translate("DashboardExport", "Change on last year"),
        "answers": QCoreApplication.translate("DashboardExport", "Feedback"),
        "overall": QCoreApplication.translate("DashboardExport", "Overall"),
        "attitude": QCoreApplication.translate("DashboardExport", "Attitude"),
        "professionalism": QCoreApplication.translate("DashboardExport", "Professionalism"),
        "speed": QCoreApplication.translate("DashboardExport", "Speed"),
        "environment": QCoreApplication.translate("DashboardExport", "Environment"),
        "recommend": QCoreApplication.translate("DashboardExport", "Recommend (0-10)"),
        "promoters": QCoreApplication.translate("DashboardExport", "Promoters"),
        "passives": QCoreApplication.translate("DashboardExport", "Passives"),
        "detractors": QCoreApplication.translate("DashboardExport", "Detractors"),
        "nps": QCoreApplication.translate("DashboardExport", "NPS"),
        "ranked": QCoreApplication.translate("DashboardExport", "Ranked"),
        "name": QCoreApplication.translate("DashboardExport", "Host or purpose"),
        "comment_at": QCoreApplication.translate("DashboardExport", "Comment time"),
        "comment_host": QCoreApplication.translate("DashboardExport", "Comment host"),
        "comment_purpose": QCoreApplication.translate("DashboardExport", "Comment purpose"),
        "comment_overall": QCoreApplication.translate("DashboardExport", "Comment rating"),
        "comment": QCoreApplication.translate("DashboardExport", "Comment"),
        "opened": QCoreApplication.translate("DashboardExport", "Opened"),
        "closed": QCoreApplication.translate("DashboardExport", "Closed"),
        "closed_resolved": QCoreApplication.translate("DashboardExport", "Closed resolved"),
        "resolved_share": QCoreApplication.translate("DashboardExport", "Resolved share"),
        "overdue": QCoreApplication.translate("DashboardExport", "Overdue"),
        "call_backs": QCoreApplication.translate("DashboardExport", "Call-backs"),
        "call_backs_resolved": QCoreApplication.translate("DashboardExport", "Call-backs resolved"),
        "step": QCoreApplication.translate("DashboardExport", "Step"),
        "done": QCoreApplication.translate("DashboardExport", "Done"),
        "mean_hours": QCoreApplication.translate("DashboardExport", "Mean hours"),
        "tier_period": QCoreApplication.translate("DashboardExport", "Tier period"),
        "tier": QCoreApplication.translate("DashboardExport", "Tier"),
        "customers": QCoreApplication.translate("DashboardExport", "Customers"),
        "previous_period": QCoreApplication.translate("DashboardExport", "Previous period"),
        "move": QCoreApplication.translate("DashboardExport", "Movement"),
        "from_tier": QCoreApplication.translate("DashboardExport", "From tier"),
        "to_tier": QCoreApplication.translate("DashboardExport", "To tier"),
        "staff": QCoreApplication.translate("DashboardExport", "Staff member"),
        "department": QCoreApplication.translate("DashboardExport", "Department"),
        "within_days": QCoreApplication.translate("DashboardExport", "Within days"),
        "prospects": QCoreApplication.translate("DashboardExport", "Prospects"),
        "bought": QCoreApplication.translate("DashboardExport", "Bought"),
        "rate": QCoreApplication.translate("DashboardExport", "Conversion rate"),
        "this_period": QCoreApplication.translate("DashboardExport", "This period"),
        "last_year": QCoreApplication.translate("DashboardExport", "Last year"),
        "total": QCoreApplication.translate("DashboardExport", "Total"),
        "all_staff": QCoreApplication.translate("DashboardExport", "All staff"),
        "not_assigned": QCoreApplication.translate("DashboardExport", "Not assigned"),
        "host": QCoreApplication.translate("DashboardExport", "Host"),
        "purpose": QCoreApplication.translate("DashboardExport", "Purpose"),
    }
    return words


class DashboardExport(QObject):
    """The button beside "Print / Save PDF…" and the dialog it opens."""

    def __init__(self, window: DashboardWindow, ctx: DeskContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.dialog: ExportDialog | None = None

    def install(self, button: QPushButton) -> None:
        self.button = button
        button.clicked.connect(lambda _c=False: self.open())

    def retranslate(self) -> None:
        self.button.setText(self.tr("Export…"))
        self.button.setAccessibleName(self.tr("Export the dashboard to Excel or CSV"))

    def request(self) -> ExportRequest | None:
        """What the dialog writes: the figures on screen (None before the first)."""
        board = self._window.board
        if board is None:
            return None
        period = ReportPeriod(PeriodKind(board.period.kind), board.period.start, board.period.end)
        actor, filters = self._ctx.actor.id, board.filters
        stem = f"dashboard-{board.period.start.isoformat()}-{board.period.end.isoformat()}"

        def run(path: str, file_format: str, **texts: Any) -> int:
            return dashboard_export.export_dashboard(
                actor, path, period, filters, file_format=file_format, **texts
            )

        return ExportRequest(
            what="dashboard",
            title=self.tr("Export the dashboard"),
            file_stem=stem,
            run=run,
            formats=dashboard_export.DASHBOARD_FORMATS,
            texts=lambda: {
                "words": dashboard_words(),
                "labels": value_labels({"move": move_label}),
            },
        )

    def open(self) -> ExportDialog | None:
        request = self.request()
        if request is None:
            return None
        self.dialog = open_export(self._window, request)
        return self.dialog
