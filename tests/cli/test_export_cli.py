"""``receptionist export visits|customers|complaints|followups|lost|tiers|audit`` (issue
15), on both backends: the contract's shape, the filters, ``--json``, the files opened
back, and a role that may not export (exit 5, nothing written)."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook

DESK_PIN = "4821"


def _check_in(run, name: str, phone: str, purpose: str) -> None:
    code, _out, err = run("checkin", "--name", name, "--phone", phone, "--purpose", purpose)
    assert code == 0, err


def test_export_visits_with_the_visit_log_filters(run, tmp_path):
    _check_in(run, "张三", "13800138000", "sales")
    _check_in(run, "Bob", "13900139000", "after_sales")
    out = tmp_path / "sales.xlsx"
    code, text, err = run(
        "export", "visits", "--format", "xlsx", "--out", str(out), "--purpose", "sales", "--json"
    )
    assert code == 0, err
    assert json.loads(text) == {"rows": 1, "path": str(out), "format": "xlsx"}
    sheet = load_workbook(out).worksheets[0]
    assert [c.value for c in sheet[1]][:5] == [
        "code",
        "status",
        "check_in",
        "check_out",
        "customer",
    ]
    assert sheet["E2"].value == "张三" and sheet["C2"].is_date
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:N2"
    out_csv = tmp_path / "all.csv"
    code, text, err = run("export", "visits", "--out", str(out_csv), "--from", "2000-01-01")
    assert code == 0 and text.strip() == f"Exported 2 rows to {out_csv}.", err
    with open(out_csv, encoding="utf-8-sig", newline="") as handle:
        names = sorted(r["customer"] for r in csv.DictReader(handle))
    assert names == ["Bob", "张三"]
    code, _text, err = run("export", "visits", "--out", str(out_csv), "--host", "Nobody")
    assert code == 2 and err


def test_every_list_exports_and_customers_keeps_its_keys(run, tmp_path):
    _check_in(run, "张三", "13800138000", "complaint")
    for what in ("complaints", "followups", "lost", "audit"):
        out = tmp_path / f"{what}.csv"
        code, text, err = run("export", what, "--format", "csv", "--out", str(out), "--json")
        assert code == 0, (what, err)
        summary = json.loads(text)
        assert summary["path"] == str(out) and summary["format"] == "csv"
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        assert len(out.read_text(encoding="utf-8-sig").splitlines()) == summary["rows"] + 1
    code, text, err = run("export", "customers", "--out", str(tmp_path / "c.xlsx"), "--json")
    summary = json.loads(text)
    assert code == 0 and summary["customers"] == summary["rows"] == 1, err
    code, _text, err = run(
        "export", "audit", "--out", str(tmp_path / "a.xlsx"), "--action", "visit.check_in"
    )
    assert code == 0, err
    rows = list(load_workbook(tmp_path / "a.xlsx").worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][4] == "visit.check_in"
    code, _text, err = run(
        "export", "tiers", "--out", str(tmp_path / "t.csv"), "--from-period", "2025"
    )
    assert code == 2 and "--to-period" in err


def test_a_receptionist_may_not_export_any_list(run, tmp_path, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", DESK_PIN)
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", DESK_PIN)
    out = tmp_path / "x.csv"
    for what in ("visits", "customers", "complaints", "followups", "lost", "tiers", "audit"):
        code, _text, err = run("export", what, "--out", str(out))
        assert code == 5 and "role" in err, what
    assert not out.exists()


def test_export_pdf_reports_and_the_row_limit(run, tmp_path, monkeypatch):
    import shutil
    import subprocess

    from receptionist.services import _list_export_job

    _check_in(run, "张三", "13800138000", "sales")
    _check_in(run, "Bob", "13900139000", "after_sales")
    out = tmp_path / "visits.pdf"  # the suffix says the format
    code, text, err = run("export", "visits", "--out", str(out), "--purpose", "sales", "--json")
    assert code == 0, err
    assert json.loads(text) == {"rows": 1, "path": str(out), "format": "pdf"}
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        page = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "张三" in page and "Bob" not in page and "Page 1 of 1" in page
        assert "Visit log" in page and "Purpose: sales" in page and "Check in" in page
    zh = tmp_path / "complaints.pdf"
    code, _text, err = run(
        "--lang", "zh_CN", "export", "complaints", "--format", "pdf", "--out", str(zh)
    )
    assert code == 0 and zh.read_bytes().startswith(b"%PDF"), err
    monkeypatch.setattr(_list_export_job, "PDF_ROWS_MAX", 1)
    refused = tmp_path / "all.pdf"
    code, _text, err = run("export", "visits", "--out", str(refused))
    assert code == 2 and "narrow the filters" in err and not refused.exists()
    code, _text, err = run(
        "export",
        "tiers",
        "--format",
        "pdf",
        "--out",
        str(refused),
        "--from-period",
        "2025",
        "--to-period",
        "2026",
    )
    assert code == 2 and not refused.exists()
    code, _text, err = run("export", "customers", "--format", "pdf", "--out", str(refused))
    assert code == 2 and not refused.exists()


def test_a_pdf_in_chinese_has_its_columns_in_chinese_and_csv_keeps_the_keys(run, tmp_path):
    import shutil
    import subprocess

    import pytest
    from PySide6.QtCore import QCoreApplication, QLocale

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads the PDF back")  # CI installs it
    _check_in(run, "张三", "13800138000", "sales")
    before = QLocale().name()
    zh = tmp_path / "visits.pdf"
    code, _text, err = run("--lang", "zh_CN", "export", "visits", "--out", str(zh))
    assert code == 0, err
    page = subprocess.run(
        ["pdftotext", "-layout", str(zh), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "访客" in page and "来访事由" in page and "张三" in page  # Visitor, Purpose
    assert "Visitor" not in page and "customer" not in page
    # the process is English again afterwards (its translations removed, locale kept)
    assert QCoreApplication.translate("ExportColumns", "Visitor") == "Visitor"
    assert QLocale().name() == before
    csv_out = tmp_path / "visits.csv"
    code, _text, err = run("--lang", "zh_CN", "export", "visits", "--out", str(csv_out))
    assert code == 0, err
    with csv_out.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert "customer" in header and "purpose" in header  # the keys, for scripts
