"""``receptionist lost ...``: detect (idempotent), list with the JSON fields scripts rely
on, the report and its file; a receptionist is refused (exit 5)."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

from receptionist.services import customers, database
from tests import staffing
from tests.tiering import buy

REFUSED = 5


def seed(target: str) -> None:
    """Two customers: one idle for two years, one who bought last week."""
    database.open_database(database.resolve(target))
    try:
        admin = staffing.admin_id()
        gone = customers.register_customer(admin, name="王芳", phone="13900139000").id
        here = customers.register_customer(admin, name="Bob Lee", phone="13900139001").id
        buy(gone, date.today() - timedelta(days=730), 50_000)
        buy(here, date.today() - timedelta(days=7), 9_990)
    finally:
        database.close_database()


def as_json(run, *args: str):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_detect_list_and_report(run, db_target, tmp_path):
    run("staff", "list")  # the site and its admin exist
    seed(db_target)
    made = as_json(run, "lost", "detect")
    assert (made["created"], made["threshold"], made["interval"]) == (1, 1, 0)
    assert as_json(run, "lost", "detect")["created"] == 0
    rows = as_json(run, "lost", "list", "--status", "open")
    assert [(r["name"], r["rule"], r["status"]) for r in rows] == [("王芳", "threshold", "open")]
    assert rows[0]["phone"] != "13900139000"  # masked
    assert rows[0]["last_purchase"]["amount_cents"] == 50_000
    code, out, _ = run("lost", "list")
    assert code == 0 and "threshold" in out
    report = as_json(run, "lost", "report")
    assert report["by_reason"] == [
        {"key": "", "reviews": 1, "customers": 1, "revenue_lost_cents": 50_000}
    ]
    target = tmp_path / "lost.csv"
    code, out, err = run("lost", "report", "--out", str(target))
    assert code == 0, err
    with target.open(encoding="utf-8-sig") as handle:
        assert ["reason", "", "1", "1", "500.00"] in list(csv.reader(handle))
    code, _, err = run("lost", "report", "--since", "yesterday")
    assert code != 0 and "YYYY-MM-DD" in err


def test_a_receptionist_may_not_detect(run, db_target, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "2468")
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    seed(db_target)
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "2468")
    code, out, err = run("lost", "detect")
    assert (code, out) == (REFUSED, "") and "Your role may not do this" in err
    assert run("lost", "list")[0] == REFUSED
