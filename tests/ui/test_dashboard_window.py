"""The managers' dashboard window on the hand-computed dataset of tests/reports_data.py
(figures in tests/services/test_reports.py): what it shows is what the service says,
each chart's table holds the same numbers, a new period is read off the GUI thread and
only the latest answer shows, an empty period says so, and only REPORTS roles see it."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtCore import QDate

from receptionist.services import clock, reports
from receptionist.services.reports import dashboard
from receptionist.ui.common.context import DeskContext
from receptionist.ui.reports.chart import PATTERNS
from receptionist.ui.reports.window import DashboardWindow
from tests import reports_data

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def shanghai(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data(db, shanghai, site):
    day, hour = reports_data.NOW
    now = reports_data.at(day, hour)
    clock.set_clock(lambda: now)
    yield reports_data.build()
    clock.set_clock(None)


def open_window(qtbot, who, site) -> DashboardWindow:
    """The window as the desk opens it (this month: March 2026), its first answer in."""
    win = DashboardWindow(DeskContext(actor=who, site=site, language="en"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.board is not None, timeout=10_000)
    return win


def choose_custom(qtbot, win: DashboardWindow, start: date, end: date) -> None:
    """Custom, from ``start`` to ``end``, as a user picks them: one request per change."""
    with qtbot.waitSignal(win.job.done, timeout=10_000):
        win.period.setCurrentIndex(win.period.findData("custom"))
    for edit, day in ((win.start, start), (win.end, end)):
        if edit.date() != QDate(day.year, day.month, day.day):
            with qtbot.waitSignal(win.job.done, timeout=10_000):
                edit.setDate(QDate(day.year, day.month, day.day))


def test_the_figures_shown_are_the_services(qtbot, data, site):
    win = open_window(qtbot, data.manager, site)
    board = dashboard(data.manager.id, reports.report_period("month"))
    assert win.board is not None and win.board.period == board.period
    assert "2026-03-01 – 2026-03-31, by day" in win.range_label.text()
    assert "Visits: 6" in win.visits.summary.text()
    assert "Same period last year: 2" in win.visits.summary.text()
    assert "+200 %" in win.visits.summary.text()
    chart = win.visits.panels["visits_by_purpose"].chart
    assert chart.shows_data()
    assert chart.data is not None
    bars = {s.name: s.values for s in chart.data.bars}
    sales = next(s for s in board.visits.current.by_purpose if s.key == "sales")
    assert bars["Sales"] == sales.counts
    assert set(bars) == {"Sales", "After-sales", "Complaint", "Relationship care"}
    assert "Feedback: 4" in win.satisfaction.summary.text()
    assert "Overall: 3.50 / 5" in win.satisfaction.summary.text()
    assert "Recommend score (NPS): 25" in win.satisfaction.summary.text()
    complaints = win.complaints.summary.text()
    assert "Opened: 3" in complaints and "Closed: 2" in complaints
    assert "Overdue now: 1" in complaints and "confirmed resolution: 100 %" in complaints
    tiers = win.tiers.panels["tier_distribution"]
    tiers.toggle.click()
    assert tiers.table_rows() == [
        ["Platinum", "0"],
        ["Gold", "2"],
        ["Iron", "1"],
        ["Lead", "1"],
    ]
    assert "movements since 2024" in win.tiers.summary.text()


def test_a_charts_table_is_one_click_away_with_the_same_numbers(qtbot, data, site):
    win = open_window(qtbot, data.manager, site)
    panel = win.visits.panels["visits_by_purpose"]
    assert panel.stack.currentWidget() is panel.chart
    panel.toggle.click()
    assert panel.stack.currentWidget() is panel.table
    header = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert header == [
        "Day",
        "Sales",
        "After-sales",
        "Complaint",
        "Relationship care",
        "Last year (all)",
        "This year (all)",
    ]
    rows = {row[0]: row[1:] for row in panel.table_rows()}
    assert len(rows) == 31
    board = dashboard(data.manager.id, reports.report_period("month"))
    for i, day in enumerate(board.visits.current.buckets):
        shown = rows[f"03-{day.day:02d}"]
        assert shown[0] == str(board.visits.current.by_purpose[0].counts[i])
        assert shown[-1] == str(board.visits.current.per_bucket[i])
    assert rows["03-02"][-1] == "2" and rows["03-10"][-1] == "2"
    steps = win.complaints.panels["step_times"]
    steps.toggle.click()
    assert steps.table_rows()[1] == ["2 Empathise", "87.7", "3"]  # 315,600 s
    panel.toggle.click()
    assert panel.stack.currentWidget() is panel.chart


def test_a_new_period_is_read_off_the_gui_thread(qtbot, data, site, monkeypatch):
    threads = []
    real = reports.dashboard

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "dashboard", recording)
    win = open_window(qtbot, data.manager, site)
    choose_custom(qtbot, win, date(2025, 3, 1), date(2025, 3, 31))
    assert win.board is not None
    assert (win.board.period.start, win.board.period.end) == (date(2025, 3, 1), date(2025, 3, 31))
    assert "Visits: 2" in win.visits.summary.text()
    assert threads and all(t is not threading.main_thread() for t in threads)
    with qtbot.waitSignal(win.job.done, timeout=10_000):
        win.period.setCurrentIndex(win.period.findData("year"))
    assert win.board.period.start == date(2026, 1, 1) and win.board.period.bucket == "week"
    assert not win.start.isVisible()


def test_only_the_latest_request_is_shown(qtbot, data, site):
    win = open_window(qtbot, data.manager, site)
    shown = []
    win.job.done.connect(lambda board: shown.append(board.period.kind))
    win.period.blockSignals(True)
    win.period.setCurrentIndex(win.period.findData("year"))
    win.refresh()
    win.period.setCurrentIndex(win.period.findData("today"))
    win.refresh()
    win.period.blockSignals(False)
    win.job.wait(10_000)
    qtbot.waitUntil(lambda: win.board is not None and win.board.period.kind == "today")
    qtbot.wait(50)
    assert shown == ["today"]


def test_an_empty_period_says_so(qtbot, data, site):
    win = open_window(qtbot, data.manager, site)
    choose_custom(qtbot, win, date(2020, 1, 1), date(2020, 1, 31))
    assert "Visits: 0" in win.visits.summary.text()
    for tab, name in (
        (win.visits, "visits_by_purpose"),
        (win.satisfaction, "rating_averages"),
        (win.satisfaction, "satisfaction_trend"),
        (win.complaints, "step_times"),
    ):
        chart = tab.panels[name].chart
        assert not chart.shows_data()
        assert chart.empty_text.startswith("No ")
        chart.grab()  # painted without data: the sentence, no axes
    assert win.visits.panels["visits_by_purpose"].chart.empty_text == "No visits in this period"
    assert win.satisfaction.lowest_hosts.item(0, 0).text() == (
        "None with enough feedback in this period"
    )


def test_a_reversed_custom_period_is_refused_next_to_the_dates(qtbot, data, site):
    win = open_window(qtbot, data.manager, site)
    choose_custom(qtbot, win, date(2026, 3, 1), date(2026, 3, 31))
    win.start.setDate(QDate(2026, 4, 10))
    assert win.error.text()
    assert win.board is not None and win.board.period.start == date(2026, 3, 1)


def test_a_filter_narrows_the_figures(qtbot, data, site):
    win = open_window(qtbot, data.manager, site)
    combo = win.filters["purpose"]
    with qtbot.waitSignal(win.job.done, timeout=10_000):
        combo.setCurrentIndex(combo.findData("sales"))
    assert win.board is not None and win.board.filters.purpose == "sales"
    assert "Visits: 3" in win.visits.summary.text()
    host = win.filters["host"]
    assert host.findText("Hu Host") > 0


def test_bar_series_differ_without_colour(qtbot, data, site):
    win = open_window(qtbot, data.manager, site)
    chart = win.visits.panels["visits_by_purpose"].chart
    styles = chart.styles()
    bars = [pattern for _name, pattern, marker in styles if marker is None]
    assert len(bars) == 4 and len(set(bars)) == 4 and set(bars) <= set(PATTERNS)
    lines = [(dash, marker) for _name, dash, marker in styles if marker is not None]
    assert len(lines) == 1


def test_the_manage_menu_offers_the_dashboard_with_reports(desk, ctx, data):
    toolbar = desk.toolbar
    assert not toolbar.dashboard_action.isVisible()  # a receptionist
    ctx.actor = data.manager
    ctx.signals.actor_changed.emit()
    assert toolbar.dashboard_action.isVisible()
    toolbar.dashboard_action.trigger()
    first = desk.dashboard.window
    assert first is not None and first.isVisible()
    assert (first.width(), first.height()) == (1280, 800)
    toolbar.dashboard_action.trigger()
    assert desk.dashboard.window is first
    first.job.wait(10_000)
    desk.close()
    assert not first.isVisible()
