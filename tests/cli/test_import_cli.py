"""``receptionist import customers|purchases`` and ``export customers`` (issue 12), on both
backends: the JSON report, the exit codes, the role refusals, and a round trip."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

PURCHASES = (
    "customer_ref,name,phone,date,amount\n"
    "R-1,张三,13800138000,2026-01-05,1280.50\n"
    "R-1,,,2026-02-05,-80\n"
    ",王五,13900139000,2026-13-01,5\n"
)
DESK_PIN = "4821"


@pytest.fixture
def sales(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text(PURCHASES, encoding="utf-8")
    return path


def test_a_bad_row_refuses_the_file_with_exit_2_and_a_json_report(run, sales):
    code, out, err = run("import", "purchases", str(sales), "--json")
    assert code == 2 and "nothing was written" in err
    report = json.loads(out)
    assert report["refused"] and not report["written"]
    assert report["rows_read"] == 3 and report["imported"] == 0
    assert report["rejected"] == [
        {
            "line": 4,
            "field": "date",
            "code": "import_date_invalid",
            "message": "The date is not valid; write it as YYYY-MM-DD, for example 2026-03-05.",
        }
    ]
    assert json.loads(run("search", "张三", "--json")[1])["customers"] == []


def test_dry_run_then_skip_bad(run, sales):
    code, out, err = run("import", "purchases", str(sales), "--dry-run")
    assert code == 2, err  # the real run would be refused
    assert "line 4 (date)" in out and "nothing was written" in out
    code, out, err = run("import", "purchases", str(sales), "--dry-run", "--skip-bad")
    assert code == 0, err
    code, out, err = run("import", "purchases", str(sales), "--skip-bad", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["written"] and report["imported"] == 2
    assert (report["customers_created"], report["customers_matched"]) == (1, 0)
    assert [r["line"] for r in report["rejected"]] == [4]
    [hit] = json.loads(run("search", "张三", "--json")[1])["customers"]
    assert hit["name"] == "张三"


def test_map_renames_columns(run, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Kunde,Handy\nKarl,13800138003\n", encoding="utf-8")
    code, _out, err = run("import", "customers", str(path))
    assert code == 2 and "No column holds name" in err
    code, _out, err = run("import", "customers", str(path), "--map", "Kunde")
    assert code == 2 and "COLUMN=FIELD" in err
    code, out, err = run(
        "import", "customers", str(path), "--map", "Kunde=name", "--map", "Handy=phone"
    )
    assert code == 0 and out.strip() == "Imported 1 of 1 rows.", err


def test_export_then_import_again_reads_the_same_people(run, sales, tmp_path):
    assert run("import", "purchases", str(sales), "--skip-bad")[0] == 0
    people = tmp_path / "people.csv"
    people.write_text("姓名,手机,生日,公司\n=Eve,+1 202 555 0143,02-29,\n", encoding="utf-8")
    assert run("import", "customers", str(people))[0] == 0
    out_csv, out_xlsx = tmp_path / "all.csv", tmp_path / "all.xlsx"
    code, out, err = run("export", "customers", "--out", str(out_csv), "--json")
    assert code == 0 and json.loads(out)["customers"] == 2, err
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens Chinese right
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["name"], r["phone"], r["customer_ref"]) for r in rows] == [
        ("张三", "138 0013 8000", "R-1"),
        ("'=Eve", "0012025550143", ""),  # never a formula; no leading + for Excel
    ]
    assert rows[1]["birthday"] == "02-29"
    code, out, err = run("import", "customers", str(out_csv), "--dry-run", "--json")
    report = json.loads(out)
    assert [r["code"] for r in report["rejected"]] == [
        "import_phone_stored",
        "import_ref_stored",
        "import_phone_stored",
    ]
    code, out, err = run("export", "customers", "--out", str(out_xlsx), "--kind", "consumer")
    assert code == 0 and out.strip() == f"Exported 2 customers to {out_xlsx}.", err
    sheet = load_workbook(out_xlsx).worksheets[0]
    assert sheet.freeze_panes == "A2"
    header, first, second = list(sheet.iter_rows(values_only=True))
    assert header[:3] == ("name", "phone", "company")
    assert first[header.index("visit_count")] == 0  # a number, not text
    assert second[0] == "=Eve" and sheet.cell(3, 1).data_type == "s"
    code, _out, _err = run("export", "customers", "--out", str(out_xlsx), "--kind", "business")
    assert len(list(load_workbook(out_xlsx).worksheets[0].iter_rows())) == 1


def test_a_receptionist_may_neither_import_nor_export(run, sales, tmp_path, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", DESK_PIN)
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", DESK_PIN)
    out_file = tmp_path / "all.csv"
    for args in (
        ("import", "purchases", str(sales), "--dry-run"),
        ("import", "customers", str(sales)),
        ("export", "customers", "--out", str(out_file)),
    ):
        code, _out, err = run(*args)
        assert code == 5 and "role" in err, args
    assert not out_file.exists()
