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
