"""The shared Export… dialog (issue 15) from the list windows: it writes what the window
shows with the headers and words of the desk's language, off the GUI thread with a
progress bar, Cancel leaves no file, and a role without EXPORT sees no button."""

from __future__ import annotations

import threading

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from receptionist.services import visits
from receptionist.ui.audit.window import AuditTrailWindow
from receptionist.ui.common.context import DeskContext
from receptionist.ui.common.export_dialog import ExportDialog, ExportRequest
from receptionist.ui.complaints.list_window import ComplaintListWindow
from receptionist.ui.visit_log.window import VisitLogWindow
from tests import staffing

WAIT_MS = 10_000


def _visits(actor_id: int) -> None:
    visits.check_in_walk_in(actor_id, name="张三", purpose="sales", phone="13800138000")
    visits.check_in_walk_in(actor_id, name="Bob", purpose="after_sales")


def _run(qtbot, dialog: ExportDialog, path) -> None:
    dialog.file_edit.setText(str(path))
    with qtbot.waitSignal(dialog.job.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_the_visit_log_exports_what_it_shows_in_the_desk_language(qtbot, ctx, site, tmp_path):
    _visits(ctx.actor.id)
    assert VisitLogWindow(ctx).export_button.isHidden()  # a receptionist: no EXPORT
    manager = staffing.add("Mia Manager", "Sales", "manager")
    window = VisitLogWindow(DeskContext(actor=manager, site=site, language="en"))
    qtbot.addWidget(window)
    window.log_purpose.setCurrentIndex(window.log_purpose.findData("sales"))
    assert not window.export_button.isHidden()
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    dialog = window.export_dialog
    assert dialog is not None and dialog.format_combo.currentData() == "xlsx"
    path = tmp_path / "out" / "sales.xlsx"
    path.parent.mkdir()
    _run(qtbot, dialog, path)
    assert dialog.status_label.text() == f"Exported 1 rows to {path}."
    assert dialog.progress_bar.isHidden() and dialog.export_button.isEnabled()
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Visit code", "Status", "Check-in", "Check-out", "Visitor"]
    assert (sheet["E2"].value, sheet["I2"].value, sheet["B2"].value) == ("张三", "Sales", "On site")
    assert sheet["C2"].is_date


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, ctx, site, tmp_path):
    _visits(ctx.actor.id)
    manager = staffing.add("Mia Manager", "Sales", "manager")
    window = VisitLogWindow(DeskContext(actor=manager, site=site, language="en"))
    qtbot.addWidget(window)
    gate = threading.Event()
    from receptionist.services import _tables, list_exports

    _tables.PROGRESS_EVERY, every = 1, _tables.PROGRESS_EVERY
    flt = window.current_filter()

    def run(path, file_format, **kwargs):
        gate.wait(WAIT_MS / 1000)  # Cancel is pressed before the first row
        return list_exports.export_visits(manager.id, path, flt, file_format=file_format, **kwargs)

    dialog = ExportDialog(ExportRequest("visits", "Export", "visits", run), window)
    qtbot.addWidget(dialog)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.file_edit.setText(str(folder / "all.csv"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    try:
        with qtbot.waitSignal(dialog.job.failed, timeout=WAIT_MS):
            dialog.export()
            assert dialog.running and not dialog.progress_bar.isHidden()
            assert dialog.cancel_button.text() == "Cancel"
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        _tables.PROGRESS_EVERY = every
    assert dialog.status_label.text() == "Cancelled: no file was written."
    assert list(folder.iterdir()) == []
    assert dialog.cancel_button.text() == "Close"


def test_complaints_and_the_audit_trail_export_through_the_same_dialog(qtbot, ctx, site, tmp_path):
    _visits(ctx.actor.id)
    manager = staffing.add("Mia Manager", "Sales", "manager")
    manager_ctx = DeskContext(actor=manager, site=site, language="en")
    complaints_window = ComplaintListWindow(manager_ctx)
    audit_window = AuditTrailWindow(manager_ctx)
    for window in (complaints_window, audit_window):
        qtbot.addWidget(window)
    dialog = complaints_window.export()
    _run(qtbot, dialog, tmp_path / "complaints.xlsx")
    assert load_workbook(tmp_path / "complaints.xlsx").worksheets[0]["D1"].value == "Subject"
    dialog = audit_window.export()
    assert dialog is not None
    _run(qtbot, dialog, tmp_path / "audit.csv")
    text = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("No.,Time,Staff member,Station,Action")
    assert "Checked in" in text  # the action's words, not its code


def test_a_typed_pdf_name_writes_a_pdf_report_and_a_long_list_is_refused(
    qtbot, ctx, site, tmp_path, monkeypatch
):
    import shutil
    import subprocess

    from receptionist.services import _list_export_job

    _visits(ctx.actor.id)
    manager = staffing.add("Mia Manager", "Sales", "manager")
    window = VisitLogWindow(DeskContext(actor=manager, site=site, language="en"))
    qtbot.addWidget(window)
    dialog = window.export()
    assert [dialog.format_combo.itemText(i) for i in range(3)] == [
        "CSV (opens in Excel)",
        "Excel workbook (.xlsx)",
        "PDF report (.pdf)",
    ]
    path = tmp_path / "visits.pdf"
    _run(qtbot, dialog, path)
    assert dialog.format_combo.currentData() == "pdf"  # the typed name picked it
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        page = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Visit code" in page and "Check-in" in page and "Page 1 of 1" in page
        assert "张三" in page and "Sales" in page and "On site" in page  # the desk's words
    monkeypatch.setattr(_list_export_job, "PDF_ROWS_MAX", 1)
    refused = tmp_path / "all.pdf"
    dialog.file_edit.setText(str(refused))
    with qtbot.waitSignal(dialog.job.failed, timeout=WAIT_MS):
        dialog.export()
    assert not dialog.error.isHidden() and "narrow the filters" in dialog.error.text()
    assert not refused.exists()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    assert dialog.file_edit.text() == str(tmp_path / "all.xlsx")
