"""``receptionist report dashboard``: the JSON fields by name (the hand-computed figures
of ``tests/reports_data.py``), the text summary, the filters and periods, and the roles
that are refused (exit 5)."""

from __future__ import annotations

import json
import time

import pytest

from receptionist.services import clock, database
from tests import reports_data

REFUSED = 5


@pytest.fixture
def site(run, db_target, monkeypatch):
    """The fixed dataset on the test's database, the clock at its 'now', local time in
    Shanghai."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    day, hour = reports_data.NOW
    now = reports_data.at(day, hour)
    clock.set_clock(lambda: now)
    run("staff", "list")  # the site and its admin exist
    database.open_database(database.resolve(db_target))
    try:
        reports_data.build()
    finally:
        database.close_database()
    yield run
    clock.set_clock(None)
    monkeypatch.undo()
    time.tzset()


def as_json(run, *args: str) -> dict:
    code, out, err = run("report", "dashboard", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_json_gives_every_figure_by_name(site):
    data = as_json(site, "--from", "2026-03-01", "--to", "2026-03-31", "--min-answers", "2")
    assert data["period"] == {
        "kind": "custom",
        "start": "2026-03-01",
        "end": "2026-03-31",
        "bucket": "day",
    }
    assert data["last_year"]["start"] == "2025-03-01"
    visits = data["visits"]
    assert (visits["current"]["total"], visits["last_year"]["total"], visits["change"]) == (
        6,
        2,
        2.0,
    )
    assert {s["key"]: s["total"] for s in visits["current"]["by_purpose"]}["sales"] == 3
    sat = data["satisfaction"]
    assert sat["averages"]["overall"] == 3.5 and sat["averages"]["recommend"] == 7.25
    assert sat["nps"] == {
        "answers": 4,
        "promoters": 2,
        "passives": 1,
        "detractors": 1,
        "score": 25.0,
    }
    assert [h["key"] for h in sat["lowest_hosts"]] == ["Ma Host", "Hu Host"]
    assert sat["lowest_hosts"][0]["comments"][0]["text"] == "Slow"
    complaints = data["complaints"]
    assert (complaints["opened"], complaints["closed"], complaints["overdue"]) == (3, 2, 1)
    assert complaints["steps"][0] == {"step": 1, "done": 3, "mean_seconds": 4800.0}
    assert data["tiers"]["moves"] == {"up": 1, "down": 1, "same": 1, "dropped": 1, "new": 1}
    assert data["follow_ups"]["staff"][0] == {
        "staff_id": data["follow_ups"]["staff"][0]["staff_id"],
        "name": "Hu Host",
        "department": "Sales",
        "done": 1,
        "overdue": 1,
    }
    assert data["conversion"] == {"within_days": 90, "prospects": 2, "bought": 1, "rate": 0.5}


def test_filters_periods_and_conversion_days(site):
    host = as_json(site, "--from", "2026-03-01", "--to", "2026-03-31", "--host", "Hu Host")
    assert host["visits"]["current"]["total"] == 3
    assert host["filters"]["host"] == "Hu Host"
    kiosk = as_json(site, "--from", "2026-03-01", "--to", "2026-03-31", "--at-station", "Kiosk A")
    assert kiosk["visits"]["current"]["total"] == 1
    longer = as_json(site, "--from", "2026-03-01", "--to", "2026-03-31", "--days", "150")
    assert longer["conversion"]["bought"] == 2
    week = as_json(site, "--period", "week")
    assert (week["period"]["start"], week["period"]["end"]) == ("2026-03-16", "2026-03-22")
    month = as_json(site)  # default: this month
    assert month["period"]["kind"] == "month" and month["visits"]["current"]["total"] == 6
    code, _, err = site("report", "dashboard", "--host", "Nobody")
    assert code != 0 and "Nothing matches this filter" in err
    code, _, err = site("report", "dashboard", "--from", "2026-04-01", "--to", "2026-03-01")
    assert code != 0 and "ends before it starts" in err


def test_text_is_a_readable_summary(site):
    code, out, err = site("report", "dashboard", "--from", "2026-03-01", "--to", "2026-03-31")
    assert code == 0, err
    assert "Visits: 6 (same period last year: 2, change 200.0 %)" in out
    assert "NPS 25 (2 promoters, 1 passives, 1 detractors)" in out
    assert "Complaints: 3 opened, 2 closed" in out
    assert "Conversion: 1 of 2 new prospects bought within 90 days (50.0 %)" in out


@pytest.mark.parametrize("role", ["receptionist", "host"])
def test_receptionists_and_hosts_are_refused(site, monkeypatch, role):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "a long password 1")
    assert site("user", "add", f"A {role}", "--role", role)[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", f"A {role}")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "a long password 1")
    code, out, err = site("report", "dashboard", "--json")
    assert (code, out) == (REFUSED, "") and "Your role may not do this" in err


MARCH_ARGS = ("--from", "2026-03-01", "--to", "2026-03-31", "--min-answers", "2")


def test_out_writes_the_figures_to_xlsx_and_csv(site, tmp_path):
    """The file holds what --json prints: the visits per day by purpose, satisfaction,
    complaint steps, conversion; the CSV holds the workbook's tables one after another."""
    from datetime import datetime

    from openpyxl import load_workbook

    data = as_json(site, *MARCH_ARGS)
    book_path = tmp_path / "board.xlsx"
    code, out, err = site("report", "dashboard", *MARCH_ARGS, "--out", str(book_path))
    assert code == 0, err
    assert "Exported the dashboard" in out and str(book_path) in out
    book = load_workbook(book_path)
    visits = book["Visits"]
    assert visits.freeze_panes == "A2" and all(c.font.bold for c in visits[1])
    heads = [c.value for c in visits[1]]
    assert heads[:4] == ["period", "bucket", "visits", "change"]
    current = data["visits"]["current"]
    days = [r for r in visits.iter_rows(min_row=2, values_only=True) if r[0] == "this_period"]
    assert [r[1] for r in days] == [datetime.fromisoformat(b) for b in current["buckets"]]
    assert [r[2] for r in days] == current["per_bucket"]
    sales = heads.index("purpose_sales")
    by_purpose = {s["key"]: s["counts"] for s in current["by_purpose"]}
    assert [r[sales] for r in days] == by_purpose["sales"]
    total = next(r for r in visits.iter_rows(min_row=2, values_only=True) if r[3] is not None)
    assert (total[2], total[3]) == (6, 2.0)
    sat = [c.value for c in book["Satisfaction"][2]]
    assert sat[0] == data["satisfaction"]["averages"]["answers"]
    assert sat[-1] == data["satisfaction"]["nps"]["score"]
    steps = list(book["Complaint steps"].iter_rows(min_row=2, values_only=True))
    for row, step in zip(steps, data["complaints"]["steps"], strict=True):
        hours = None if step["mean_seconds"] is None else step["mean_seconds"] / 3600
        assert row[:2] == (step["step"], step["done"])
        assert row[2] == (None if hours is None else pytest.approx(hours))
    conversion = [c.value for c in book["Conversion"][2]]
    c = data["conversion"]
    assert conversion == [c["within_days"], c["prospects"], c["bought"], c["rate"]]
    assert book["Conversion"]["D2"].number_format.endswith("%")

    csv_path = tmp_path / "board.txt"
    code, out, err = site(
        "report", "dashboard", *MARCH_ARGS, "--out", str(csv_path), "--format", "csv", "--json"
    )
    assert code == 0, err
    assert json.loads(out) == {
        "rows": json.loads(out)["rows"],
        "path": str(csv_path),
        "format": "csv",
    }
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv

    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["Visits"] and lines[1] == heads
    assert ["Conversion"] in lines
    tail = lines[lines.index(["Conversion"]) + 2]
    assert tail == [str(c["within_days"]), str(c["prospects"]), str(c["bought"]), "50.00%"]


def test_format_needs_out_and_the_roles_are_refused(site, tmp_path, monkeypatch):
    code, _, err = site("report", "dashboard", "--format", "xlsx")
    assert code != 0 and "--out" in err
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "a long password 1")
    assert site("user", "add", "A host", "--role", "host")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "A host")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "a long password 1")
    code, out, err = site("report", "dashboard", "--out", str(tmp_path / "no.xlsx"))
    assert (code, out) == (REFUSED, "") and not (tmp_path / "no.xlsx").exists()
