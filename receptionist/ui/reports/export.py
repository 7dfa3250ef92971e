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


def _t(text: str) -> str:
    return QCoreApplication.translate("DashboardExport", text)


def dashboard_words() -> dict[str, str]:
    """The file's sheet names, headers and row words in the desk's language."""
    words = {
        "visits": _t("Visits"),
        "satisfaction": _t("Satisfaction"),
        "trend": _t("Satisfaction trend"),
        "lowest_rated": _t("Lowest rated"),
        "complaints": _t("Complaints"),
        "complaint_steps": _t("Complaint steps"),
        "tiers": _t("Tiers"),
        "tier_moves": _t("Tier moves"),
        "tier_matrix": _t("Tier matrix"),
        "follow_ups": _t("Follow-ups"),
        "conversion": _t("Conversion"),
        "period": _t("Period"),
        "bucket": _t("From day"),
        "change": _t("Change on last year"),
        "answers": _t("Feedback"),
        "overall": _t("Overall"),
        "attitude": _t("Attitude"),
        "professionalism": _t("Professionalism"),
        "speed": _t("Speed"),
        "environment": _t("Environment"),
        "recommend": _t("Recommend (0-10)"),
        "promoters": _t("Promoters"),
        "passives": _t("Passives"),
        "detractors": _t("Detractors"),
        "nps": _t("NPS"),
        "ranked": _t("Ranked"),
        "name": _t("Host or purpose"),
        "comment_at": _t("Comment time"),
        "comment_host": _t("Comment host"),
        "comment_purpose": _t("Comment purpose"),
        "comment_overall": _t("Comment rating"),
        "comment": _t("Comment"),
        "opened": _t("Opened"),
        "closed": _t("Closed"),
        "closed_resolved": _t("Closed resolved"),
        "resolved_share": _t("Resolved share"),
        "overdue": _t("Overdue"),
        "call_backs": _t("Call-backs"),
        "call_backs_resolved": _t("Call-backs resolved"),
        "step": _t("Step"),
        "done": _t("Done"),
        "mean_hours": _t("Mean hours"),
        "tier_period": _t("Tier period"),
        "tier": _t("Tier"),
        "customers": _t("Customers"),
        "previous_period": _t("Previous period"),
        "move": _t("Movement"),
        "from_tier": _t("From tier"),
        "to_tier": _t("To tier"),
        "staff": _t("Staff member"),
        "department": _t("Department"),
        "within_days": _t("Within days"),
        "prospects": _t("Prospects"),
        "bought": _t("Bought"),
        "rate": _t("Conversion rate"),
        "this_period": _t("This period"),
        "last_year": _t("Last year"),
        "total": _t("Total"),
        "all_staff": _t("All staff"),
        "not_assigned": _t("Not assigned"),
        "host": _t("Host"),
        "purpose": _t("Purpose"),
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
