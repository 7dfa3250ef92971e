"""The dashboard's tabs: visits, satisfaction, complaints, tiers, follow-ups and
conversion. Each shows a ``Dashboard`` (``show(board)``): a line of key figures, its
charts (each with its table) and, for satisfaction, the lowest-rated with their comments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Purpose
from ...services.report_views import Dashboard, LowRated
from ..common.labels import purpose_label
from ..common.retranslate import Retranslating
from . import figures
from .panel import ChartPanel

CHART_HEIGHT = 270


def _number(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else f"{value:.{decimals}f}"


class _Tab(Retranslating, QScrollArea):
    """A scrolling page: key figures on top, then a grid of panels (two per row)."""

    def __init__(self, name: str, panels: tuple[str, ...]) -> None:
        super().__init__()
        self.setObjectName(f"dashboard_{name}_tab")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(objectName=f"dashboard_{name}_body")
        self.body = QVBoxLayout(body)
        self.summary = QLabel(objectName=f"dashboard_{name}_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary)
        self.grid = QGridLayout()
        self.panels: dict[str, ChartPanel] = {}
        for i, panel_name in enumerate(panels):
            panel = self.panels[panel_name] = ChartPanel(panel_name)
            panel.setMinimumHeight(CHART_HEIGHT)
            self.grid.addWidget(panel, i // 2, i % 2)
        self.body.addLayout(self.grid)
        self.setWidget(body)
        self.board: Dashboard | None = None

    def retranslate(self) -> None:
        if self.board is not None:
            self.show_board(self.board)

    def show_board(self, board: Dashboard) -> None:
        raise NotImplementedError


class VisitsTab(_Tab):
    def __init__(self) -> None:
        super().__init__("visits", ("visits_by_purpose", "visits_by_category"))
        # One chart per row: a month or a year of buckets needs the width.
        self.grid.addWidget(self.panels["visits_by_category"], 1, 0)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        v = board.visits
        change = "–" if v.change is None else f"{v.change * 100:+.0f} %"
        self.summary.setText(
            self.tr("Visits: {n}   Same period last year: {last}   Change: {change}").format(
                n=v.current.total, last=v.last_year.total, change=change
            )
        )
        row = figures.bucket_title(board)
        self.panels["visits_by_purpose"].set_data(
            self.tr("Visits by purpose, with last year"),
            row,
            figures.visits_by_purpose(board),
            self.tr("No visits in this period"),
        )
        self.panels["visits_by_category"].set_data(
            self.tr("Visits by category"),
            row,
            figures.visits_by_category(board),
            self.tr("No visits in this period"),
        )


class SatisfactionTab(_Tab):
    def __init__(self) -> None:
        super().__init__(
            "satisfaction", ("rating_averages", "nps_split", "satisfaction_trend", "nps_trend")
        )
        self.lowest_title = QLabel(objectName="dashboard_lowest_title")
        self.lowest_title.setWordWrap(True)
        self.lowest_hosts = _lowest_table("dashboard_lowest_hosts_table")
        self.lowest_purposes = _lowest_table("dashboard_lowest_purposes_table")
        self.body.addWidget(self.lowest_title)
        self.body.addWidget(self.lowest_hosts)
        self.body.addWidget(self.lowest_purposes)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        sat = board.satisfaction
        avg, nps = sat.averages, sat.nps
        self.summary.setText(
            self.tr(
                "Feedback: {n}   Overall: {overall} / 5   Recommend: {recommend} / 10   "
                "Recommend score (NPS): {nps}"
            ).format(
                n=avg.answers,
                overall=_number(avg.overall, 2),
                recommend=_number(avg.recommend, 2),
                nps=_number(nps.score, 0),
            )
        )
        none = self.tr("No feedback in this period")
        row = figures.bucket_title(board)
        self.panels["rating_averages"].set_data(
            self.tr("Average ratings"), self.tr("Rating"), figures.rating_averages(sat), none
        )
        self.panels["nps_split"].set_data(
            self.tr("Promoters, passives, detractors"),
            self.tr("Group"),
            figures.nps_split(sat),
            none,
        )
        self.panels["satisfaction_trend"].set_data(
            self.tr("Overall rating, trend"), row, figures.satisfaction_trend(sat, board), none
        )
        self.panels["nps_trend"].set_data(
            self.tr("Recommend score, trend"), row, figures.nps_trend(sat, board), none
        )
        self.lowest_title.setText(
            self.tr(
                "Lowest-rated hosts and purposes (at least {n} feedback each), with their "
                "latest comments"
            ).format(n=sat.min_answers)
        )
        self._fill(self.lowest_hosts, self.tr("Host"), sat.lowest_hosts, lambda key: key)
        self._fill(
            self.lowest_purposes,
            self.tr("Purpose"),
            sat.lowest_purposes,
            lambda key: purpose_label(Purpose(key)),
        )

    def _fill(self, table: QTableWidget, first: str, rows: tuple[LowRated, ...], label) -> None:
        table.setHorizontalHeaderLabels(
            [first, self.tr("Feedback"), self.tr("Overall"), self.tr("Latest comments")]
        )
        table.setAccessibleName(first)
        if not rows:
            table.setRowCount(1)
            item = QTableWidgetItem(self.tr("None with enough feedback in this period"))
            table.setItem(0, 0, item)
            table.setSpan(0, 0, 1, 4)
            return
        table.clearSpans()
        table.setRowCount(len(rows))
        for r, low in enumerate(rows):
            comments = "\n".join(
                f"“{c.text}” ({c.overall}/5, {c.at.date().isoformat()})" for c in low.comments
            )
            for c, text in enumerate(
                (label(low.key), str(low.answers), _number(low.overall, 2), comments)
            ):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeRowsToContents()


def _lowest_table(name: str) -> QTableWidget:
    table = QTableWidget(0, 4, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(150)
    return table


class ComplaintsTab(_Tab):
    def __init__(self) -> None:
        super().__init__("complaints", ("complaint_counts", "step_times"))

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        c = board.complaints
        self.summary.setText(
            self.tr(
                "Opened: {opened}   Closed: {closed}   Overdue now: {overdue}   "
                "Closed with a confirmed resolution: {share}   Call-backs: {calls} "
                "({resolved} said resolved)"
            ).format(
                opened=c.opened,
                closed=c.closed,
                overdue=c.overdue,
                share=figures.percent(c.resolved_share),
                calls=c.call_backs,
                resolved=c.call_backs_resolved,
            )
        )
        none = self.tr("No complaints in this period")
        self.panels["complaint_counts"].set_data(
            self.tr("Complaints"), self.tr("Complaints"), figures.complaint_counts(c), none
        )
        self.panels["step_times"].set_data(
            self.tr("Mean time per step (hours)"),
            self.tr("Step"),
            figures.step_times(c),
            self.tr("No step done in this period"),
        )


class TiersTab(_Tab):
    def __init__(self) -> None:
        super().__init__("tiers", ("tier_distribution", "tier_moves"))
        self.matrix = QTableWidget(0, 3, objectName="dashboard_tier_matrix_table")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.verticalHeader().setVisible(False)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.setMinimumHeight(150)
        self.body.addWidget(self.matrix)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        t = board.tiers
        if t.period is None:
            self.summary.setText(self.tr("No tiers have been computed yet (Manage → Tiers…)."))
        elif t.previous_period is None:
            self.summary.setText(
                self.tr("Tiers of {period}; no earlier period to compare with.").format(
                    period=t.period
                )
            )
        else:
            self.summary.setText(
                self.tr("Tiers of {period}, movements since {previous}.").format(
                    period=t.period, previous=t.previous_period
                )
            )
        self.panels["tier_distribution"].set_data(
            self.tr("Customers per tier"),
            self.tr("Tier"),
            figures.tier_distribution(t),
            self.tr("No tiers computed"),
        )
        self.panels["tier_moves"].set_data(
            self.tr("Movements between the last two periods"),
            self.tr("Movement"),
            figures.tier_moves(t),
            self.tr("No earlier period to compare with"),
        )
        self.matrix.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Customers")]
        )
        self.matrix.setAccessibleName(self.tr("Movements from tier to tier"))
        self.matrix.setRowCount(len(t.matrix))
        for r, m in enumerate(t.matrix):
            cells = (figures.tier_or_none(m.from_tier), figures.tier_or_none(m.to_tier))
            for c, text in enumerate((*cells, str(m.customers))):
                self.matrix.setItem(r, c, QTableWidgetItem(text))


class FollowUpsTab(_Tab):
    def __init__(self) -> None:
        super().__init__("followups", ("follow_ups",))
        self.grid.addWidget(self.panels["follow_ups"], 0, 0, 1, 2)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        f, conv = board.follow_ups, board.conversion
        self.summary.setText(
            self.tr(
                "Follow-ups done in the period: {done}   Overdue now: {overdue}<br>"
                "Conversion: of {prospects} prospects whose first visit is in the period, "
                "{bought} bought within {days} days ({rate})."
            ).format(
                done=f.done,
                overdue=f.overdue,
                prospects=conv.prospects,
                bought=conv.bought,
                days=conv.within_days,
                rate=figures.percent(conv.rate),
            )
        )
        self.panels["follow_ups"].set_data(
            self.tr("Follow-ups per staff member: done and overdue"),
            self.tr("Staff member"),
            figures.follow_ups(f),
            self.tr("No follow-ups in this period"),
        )
