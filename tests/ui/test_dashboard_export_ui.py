"""The dashboard's "Export…": beside "Print / Save PDF…", it opens the shared Export…
dialog (Excel or CSV only), writes the figures on screen off the GUI thread, with the
window's filters, and the headers and sheet names in the desk's language."""

from __future__ import annotations

import threading
import time

import pytest
from openpyxl import load_workbook

from receptionist.services import clock, dashboard_export
from receptionist.ui.common.context import DeskContext
from receptionist.ui.reports.window import DashboardWindow
from tests import reports_data

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def data(db, site, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    day, hour = reports_data.NOW
    now = reports_data.at(day, hour)
    clock.set_clock(lambda: now)
    yield reports_data.build()
    clock.set_clock(None)
    monkeypatch.undo()
    time.tzset()


def open_window(qtbot, who, site) -> DashboardWindow:
    win = DashboardWindow(DeskContext(actor=who, site=site, language="en"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.board is not None, timeout=10_000)
    return win


def export(qtbot, win: DashboardWindow, path, file_format: str):
    assert win.export_button.isEnabled()
    assert win.export_button.text() == "Export…"
    win.export_button.click()
    dialog = win.exporting.dialog
    assert dialog is not None and dialog.isVisible()
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert sorted(formats) == ["csv", "xlsx"]  # no PDF here: that is "Print / Save PDF…"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(file_format))
    dialog.file_edit.setText(str(path))
    with qtbot.waitSignal(dialog.job.finished, timeout=15_000):
        dialog.export_button.click()
    assert "Exported" in dialog.status_label.text()
    return dialog


def test_export_writes_the_figures_on_screen_off_the_gui_thread(
    qtbot, data, site, tmp_path, monkeypatch
):
    win = open_window(qtbot, data.manager, site)
    threads = []
    real = dashboard_export.export_dashboard

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_export, "export_dashboard", spy)
    win.filters["purpose"].setCurrentIndex(win.filters["purpose"].findData("sales"))
    qtbot.waitUntil(
        lambda: win.board is not None and win.board.filters.purpose == "sales", timeout=10_000
    )
    board = win.board
    path = tmp_path / "board.xlsx"
    export(qtbot, win, path, "xlsx")
    assert threads and threads[0] is not threading.main_thread()
    book = load_workbook(path)
    assert book.sheetnames[0] == "Visits" and "Complaint steps" in book.sheetnames
    visits = book["Visits"]
    heads = [c.value for c in visits[1]]
    assert heads[:4] == ["Period", "From day", "Visits", "Change on last year"]
    assert "Sales" in heads and "After-sales" in heads  # the codes in the desk's words
    assert visits["A2"].value == "This period"
    rows = list(visits.iter_rows(min_row=2, values_only=True))
    total = next(r for r in rows if r[1] is None)
    assert total[2] == board.visits.current.total  # narrowed to the window's filter
    assert total[2] == 3
    assert [c.value for c in book["Conversion"][1]][-1] == "Conversion rate"


def test_export_to_csv_has_a_bom_and_the_sections(qtbot, data, site, tmp_path):
    win = open_window(qtbot, data.manager, site)
    path = tmp_path / "board"  # the dialog adds the suffix
    dialog = export(qtbot, win, path, "csv")
    written = tmp_path / "board.csv"
    assert dialog.file_edit.text() == str(written)
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "Visits"
    assert "Follow-ups" in text.splitlines() and "Conversion" in text.splitlines()
