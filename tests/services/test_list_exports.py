"""Exporting the desk's lists (issue 15), on both backends: files opened back with
openpyxl / csv and compared cell by cell on a fixed dataset (typed cells, the frozen bold
header, the autofilter, the widths, the currency format), the BOM and Chinese of a CSV,
the filters, a cancel that leaves nothing, the roles, and the audit entry."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from receptionist.domain.errors import DeskError, Refused
from receptionist.services import _tables, audit, clock, list_exports, tiers, visit_log, visits
from receptionist.services.visit_log import LogFilter
from receptionist.store.audit import TrailFilter
from tests import staffing
from tests.tiering import buy

AT = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


@pytest.fixture
def manager(db):
    return staffing.add("Mia Manager", "Sales", "manager")


@pytest.fixture
def two_visits(db, actor, fixed_clock):
    """张三 (sales, checked out an hour later) and Bob (after-sales, still on site)."""
    fixed_clock.set(AT)
    first = visits.check_in_walk_in(
        actor.id, name="张三", purpose="sales", phone="13800138000", company="=Evil", party_size=3
    )
    fixed_clock.set(AT + timedelta(hours=1))
    visits.check_out(actor.id, first.code)
    fixed_clock.set(AT + timedelta(hours=2))
    second = visits.check_in_walk_in(actor.id, name="Bob", purpose="after_sales")
    return first, second


def _local(at: datetime) -> datetime:
    return clock.local(at).replace(tzinfo=None)


def test_the_visit_log_exports_to_xlsx_with_typed_cells(two_visits, manager, tmp_path):
    first, second = two_visits
    path = tmp_path / "visits.xlsx"
    assert list_exports.export_visits(manager.id, path, LogFilter(), file_format="xlsx") == 2
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header == [c.key for c in list_exports.COLUMNS["visits"]]
    assert all(c.font.b for c in sheet[1]) and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N3"
    assert sheet.column_dimensions["A"].width == 12
    newest, oldest = ([c.value for c in row] for row in sheet.iter_rows(min_row=2))
    assert newest[:5] == [second.code, "on_site", _local(AT + timedelta(hours=2)), None, "Bob"]
    assert oldest == [
        first.code,
        "done",
        _local(AT),
        _local(AT + timedelta(hours=1)),
        "张三",
        "138 0013 8000",  # a manager sees phones whole
        "=Evil",  # text, never a formula
        "prospect",
        "sales",
        "initial",
        None,
        3,
        None,
        None,
    ]
    check_in, company, party = sheet["C3"], sheet["G3"], sheet["L3"]
    assert check_in.is_date and "yyyy" in check_in.number_format
    assert company.data_type == "s" and party.data_type == "n"


def test_a_csv_starts_with_the_bom_and_keeps_chinese_and_the_filter(two_visits, manager, tmp_path):
    path = tmp_path / "visits.csv"
    flt = visit_log.log_filter_for_days(manager.id, purpose="sales")
    assert list_exports.export_visits(manager.id, path, flt) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["code", "status", "check_in", "check_out", "customer"]
    assert rows[1][4] == "张三" and rows[1][6] == "'=Evil" and rows[1][11] == "3"
    assert rows[1][2] == _local(AT).isoformat(sep=" ", timespec="seconds")


def test_headers_and_labels_in_the_desk_language(two_visits, manager, tmp_path):
    path = tmp_path / "visits.xlsx"
    headers = [f"列{i}" for i in range(len(list_exports.COLUMNS["visits"]))]
    words = {("purpose", "sales"): "销售接待", ("status", "done"): "已离开"}
    list_exports.export_visits(
        manager.id,
        path,
        LogFilter(),
        file_format="xlsx",
        headers=headers,
        labels=lambda key, value: words.get((key, value), value),
    )
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == headers
    assert (sheet["B3"].value, sheet["I3"].value) == ("已离开", "销售接待")
    assert sheet["I2"].value == "after_sales"  # no word given: the code


def test_tier_revenue_is_a_number_in_the_currency_format(db, admin, fixed_clock, tmp_path):
    from receptionist.services import customers

    fixed_clock.set(datetime(2026, 6, 1, 9, tzinfo=UTC))
    ann = customers.register_customer(admin.id, name="Ann", phone="13900139000").id
    buy(ann, "2025-02-01", 123_456)
    tiers.recompute(admin.id, "2025")
    path = tmp_path / "tiers.xlsx"
    assert list_exports.export_tiers(admin.id, path, period="2025", file_format="xlsx") == 1
    sheet = load_workbook(path).worksheets[0]
    revenue, last = sheet["D2"], sheet["F2"]
    assert revenue.value == pytest.approx(1234.56) and revenue.data_type == "n"
    assert revenue.number_format.startswith('"¥"#,##0.00')
    assert last.is_date and last.value.date() == date(2025, 2, 1)
    assert last.number_format == "yyyy-mm-dd"
    csv_path = tmp_path / "tiers.csv"
    list_exports.export_tiers(admin.id, csv_path, period="2025")
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[3] == "1234.56"


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_cancelled_export_leaves_nothing_and_keeps_the_old_file(
    two_visits, manager, tmp_path, monkeypatch, file_format
):
    monkeypatch.setattr(_tables, "PROGRESS_EVERY", 1)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / f"visits.{file_format}"
    path.write_text("the file from last week")
    seen: list[tuple[int, int]] = []
    with pytest.raises(DeskError) as err:
        list_exports.export_visits(
            manager.id,
            path,
            LogFilter(),
            file_format=file_format,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: bool(seen),
        )
    assert err.value.code == "export_cancelled"
    assert seen == [(1, 2)]
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert path.read_text() == "the file from last week"
    assert not audit.audit_page(manager.id, TrailFilter(action="visit.export_list"))


def test_roles_are_refused_and_every_export_is_audited_without_data(
    two_visits, actor, manager, admin, tmp_path
):
    host = staffing.add("Hal Host", "Sales", "host")
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    for who, func, args in (
        (actor, list_exports.export_visits, (LogFilter(),)),  # a receptionist: no EXPORT
        (actor, list_exports.export_complaints, ()),
        (host, list_exports.export_audit, (TrailFilter(),)),  # no AUDIT
        (actor, list_exports.export_followups, ()),
    ):
        with pytest.raises(Refused):
            func(who.id, tmp_path / "no.csv", *args)
    assert not list(tmp_path.iterdir())
    list_exports.export_visits(manager.id, tmp_path / "v.csv", LogFilter(purpose="sales"))
    assert list_exports.export_audit(
        admin.id, tmp_path / "a.xlsx", TrailFilter(), file_format="xlsx"
    )
    [entry] = audit.audit_page(admin.id, TrailFilter(action="visit.export_list"))
    assert entry.actor == "Mia Manager"
    assert entry.details == {
        "count": 1,
        "file_format": "csv",
        "purpose": "sales",
        "visitor": False,
    }
    text = str(entry.details)
    assert "张三" not in text and "13800138000" not in text


def test_complaints_followups_and_lost_export_their_filters(two_visits, manager, tmp_path):
    from receptionist.services import complaints

    first, _second = two_visits
    complaints.open_complaint(manager.id, first.customer_id, "Late delivery")
    for state, rows in (("open", 1), ("closed", 0), ("overdue", 0), (None, 1)):
        path = tmp_path / f"c-{state}.csv"
        assert list_exports.export_complaints(manager.id, path, state=state) == rows
    sheet_path = tmp_path / "c.xlsx"
    list_exports.export_complaints(manager.id, sheet_path, file_format="xlsx")
    sheet = load_workbook(sheet_path).worksheets[0]
    assert (sheet["C2"].value, sheet["D2"].value, sheet["H2"].value) == (
        "张三",
        "Late delivery",
        "open",
    )
    assert sheet["B2"].is_date and sheet["A2"].data_type == "n"
    assert list_exports.export_followups(manager.id, tmp_path / "f.csv") >= 0
    assert list_exports.export_lost(manager.id, tmp_path / "l.xlsx", file_format="xlsx") == 0
    sheet = load_workbook(tmp_path / "l.xlsx").worksheets[0]
    assert sheet.max_row == 1 and sheet["A1"].value == "id"
