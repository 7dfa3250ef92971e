"""The dashboard written to XLSX and CSV (on SQLite and PostgreSQL): each file opened back
and compared cell by cell with ``reports.dashboard``'s figures on the fixed dataset of
``tests/reports_data.py``; typed cells, the frozen bold header, the autofilter, the BOM,
the audit entry and who may."""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from time import tzset

import pytest
from openpyxl import load_workbook

from receptionist.domain.errors import Refused, ValidationError
from receptionist.domain.reports import custom_period
from receptionist.services import audit, clock
from receptionist.services.dashboard_export import SHEETS, dashboard_sheets, export_dashboard
from receptionist.services.report_views import DashboardFilters
from receptionist.services.reports import dashboard
from receptionist.store.audit import TrailFilter
from tests import reports_data, staffing

MARCH = custom_period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def site(db, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    tzset()
    day, hour = reports_data.NOW
    now = reports_data.at(day, hour)
    clock.set_clock(lambda: now)
    yield reports_data.build()
    clock.set_clock(None)
    monkeypatch.undo()
    tzset()


def _expected(site):
    """The service's figures as the tables the file must hold (English)."""
    board = dashboard(site.manager.id, MARCH)
    return board, dashboard_sheets(board)


def test_xlsx_holds_every_figure_typed_with_a_frozen_bold_header(site, tmp_path):
    path = tmp_path / "dashboard.xlsx"
    rows = export_dashboard(site.manager.id, path, MARCH, file_format="xlsx")
    board, sheets = _expected(site)
    assert rows == sum(len(list(s.rows)) for s in sheets)
    book = load_workbook(path)
    assert book.sheetnames == [title for title, _cols in SHEETS.values()]
    for sheet, table in zip(book.worksheets, sheets, strict=True):
        assert sheet.freeze_panes == "A2"
        last = sheet.cell(1, len(table.headers)).column_letter
        assert sheet.auto_filter.ref == f"A1:{last}{len(list(table.rows)) + 1}"
        header = [c.value for c in sheet[1]]
        assert header == list(table.headers)
        assert all(c.font.bold for c in sheet[1])
        got = list(sheet.iter_rows(min_row=2))
        want = [list(r) for r in table.rows]
        assert len(got) == len(want), table.title
        for g, w in zip(got, want, strict=True):
            for cell, value in zip(g, w, strict=True):
                if isinstance(value, float):
                    assert cell.value == pytest.approx(value) and cell.data_type == "n"
                elif isinstance(value, datetime):
                    assert cell.value == value.astimezone().replace(tzinfo=None)
                    assert cell.is_date
                elif isinstance(value, date):
                    assert cell.value == datetime.combine(value, time())
                    assert cell.is_date
                else:
                    assert cell.value == value
    visits = book["Visits"]
    assert visits["B2"].value == datetime(2026, 3, 1)  # a day is a date cell
    assert visits["B2"].is_date
    assert visits["C2"].data_type == "n"
    total = next(r for r in visits.iter_rows(min_row=2) if r[3].value is not None)
    assert total[2].value == 6 and total[3].value == pytest.approx(2.0)  # (6 - 2) / 2
    assert total[3].number_format.endswith("%")
    heads = [c.value for c in visits[1]]
    assert heads[4:8] == [
        "purpose_sales",
        "purpose_after_sales",
        "purpose_complaint",
        "purpose_relationship",
    ]
    conversion = book["Conversion"]
    assert conversion["A2"].value == board.conversion.within_days
    if board.conversion.rate is not None:
        assert conversion["D2"].number_format.endswith("%")
    steps = book["Complaint steps"]
    assert [r[0].value for r in steps.iter_rows(min_row=2)] == [1, 2, 3, 4, 5]
    assert steps["C2"].number_format == "0.00" or steps["C2"].value is None


def test_csv_has_the_sections_one_after_another_with_a_bom(site, tmp_path):
    path = tmp_path / "dashboard.csv"
    export_dashboard(site.manager.id, path, MARCH, file_format="csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    board, sheets = _expected(site)
    i = 0
    for n, table in enumerate(sheets):
        if n:
            assert lines[i] == []
            i += 1
        assert lines[i] == [table.title]
        assert lines[i + 1] == list(table.headers)
        i += 2
        for row, kind_row in ((r, table.kinds) for r in table.rows):
            got = lines[i]
            for cell, value, kind in zip(got, row, kind_row, strict=True):
                if value is None:
                    assert cell == ""
                elif kind == "percent":
                    assert cell == f"{value * 100:.2f}%"
                elif kind == "number":
                    assert float(cell) == pytest.approx(value, abs=0.005)
                elif isinstance(value, date):
                    assert cell.startswith(value.isoformat()[:10]) or cell[:10] == str(
                        value.astimezone().date() if isinstance(value, datetime) else value
                    )
                else:
                    assert cell == str(value)
            i += 1
    assert i == len(lines)
    visits_total = next(r for r in lines if r[:1] == ["this_period · total"])
    assert visits_total[2] == str(board.visits.current.total) and visits_total[3] == "200.00%"


def test_the_filters_narrow_and_the_audit_keeps_what_not_the_figures(site, tmp_path):
    path = tmp_path / "sales.xlsx"
    narrowed = DashboardFilters(purpose="sales", host="Hu Host")
    export_dashboard(site.manager.id, path, MARCH, narrowed, file_format="xlsx")
    board = dashboard(site.manager.id, MARCH, narrowed)
    book = load_workbook(path)
    total = next(r for r in book["Visits"].iter_rows(min_row=2, values_only=True) if r[1] is None)
    assert total[2] == board.visits.current.total
    admin = staffing.add("Ada Admin", "IT", "admin")
    [entry] = audit.audit_page(admin.id, TrailFilter(action="report.export_dashboard"))
    details = entry.details
    assert details["purpose"] == "sales" and details["host"] == "Hu Host"
    assert details["first"] == "2026-03-01" and details["file_format"] == "xlsx"
    assert "Chen" not in str(details)  # no name from the figures, no comment


def test_the_desk_language_and_refusals(site, tmp_path):
    words = {"visits": "到访", "period": "期间", "this_period": "本期", "total": "合计"}
    path = tmp_path / "zh.xlsx"
    export_dashboard(
        site.manager.id,
        path,
        MARCH,
        words=words,
        labels=lambda key, code: f"<{key}:{code}>",
    )
    sheet = load_workbook(path)["到访"]
    assert sheet["A1"].value == "期间" and sheet["A2"].value == "本期"
    assert sheet["E1"].value == "<purpose:sales>"
    with pytest.raises(Refused):
        export_dashboard(site.desk.id, tmp_path / "no.xlsx", MARCH)
    with pytest.raises(ValidationError):
        export_dashboard(site.manager.id, tmp_path / "no.pdf", MARCH, file_format="pdf")
    assert not (tmp_path / "no.xlsx").exists() and not (tmp_path / "no.pdf").exists()
