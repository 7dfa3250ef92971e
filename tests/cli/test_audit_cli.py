"""``receptionist audit`` (the trail, newest first, filtered) and ``receptionist audit
verify`` (exit 0 when the chain holds, 3 naming the first broken entry)."""

from __future__ import annotations

import json
import sqlite3

import psycopg
import pytest

NAME, PHONE = "张三", "13800138000"


@pytest.fixture
def busy(run, monkeypatch):
    """A receptionist at a named desk who checked 张三 in and out, and registered 李四."""
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "2468")
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    assert run("station", "add", "Front desk", "--kind", "desk")[0] == 0
    with monkeypatch.context() as desk:  # the receptionist signs in with their PIN
        desk.setenv("RECEPTIONIST_USER", "Front desk")
        desk.setenv("RECEPTIONIST_PASSWORD", "2468")
        code, out, err = run(
            "--station", "Front desk", "checkin", "--name", NAME, "--phone", PHONE,
            "--purpose", "sales", "--json",
        )  # fmt: skip
        assert code == 0, err
        visit = json.loads(out)
        assert run("--station", "Front desk", "checkout", visit["code"])[0] == 0
    return visit


def trail(run, *args: str) -> list[dict]:
    code, out, err = run("audit", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_trail_lists_newest_first_without_personal_data(run, busy):
    code, out, err = run("audit")
    assert code == 0, err
    assert "visit.check_out" in out and "visit.check_in" in out
    entries = trail(run)
    assert [e["id"] for e in entries] == sorted((e["id"] for e in entries), reverse=True)
    assert entries[0]["action"] == "visit.check_out"
    assert entries[0]["details"] == {"code": busy["code"]}
    assert entries[0]["record"].startswith("visit:")
    assert entries[0]["actor"] == "Front desk" and entries[0]["station"] == "Front desk"
    assert NAME not in out and PHONE not in out
    assert NAME not in json.dumps(entries, ensure_ascii=False)
    assert PHONE[-8:] not in json.dumps(entries)


def test_the_filters_narrow_the_trail(run, busy):
    everything = trail(run)
    record = everything[0]["record"]  # the visit's check-out
    visit = trail(run, "--record", record)
    assert {e["action"] for e in visit} >= {"visit.check_in", "visit.check_out"}
    assert all(e["record"] == record for e in visit)
    assert len(visit) < len(everything)
    assert [e["action"] for e in trail(run, "--action", "visit.check_out")] == ["visit.check_out"]
    by_desk = [e for e in everything if e["actor"] == "Front desk"]
    assert trail(run, "--actor", "Front desk") == by_desk and 0 < len(by_desk) < len(everything)
    assert trail(run, "--from", "2000-01-01", "--to", "2000-01-31") == []
    assert len(trail(run, "--limit", "2")) == 2
    assert len(trail(run, "--limit", "1000")) == len(everything) > 2


def test_bad_filters_are_refused_in_one_sentence(run, busy):
    code, _out, err = run("audit", "--actor", "Nobody")
    assert code == 2 and "No staff member has this name" in err
    code, _out, err = run("audit", "--from", "2026-02-01", "--to", "2026-01-01")
    assert code == 2 and "--from date is after the --to date" in err
    code, _out, err = run("audit", "--record", "visit")
    assert code == 2 and "TYPE:ID" in err


def test_verify_passes_on_an_untouched_trail(run, busy):
    code, out, err = run("audit", "verify")
    assert (code, err) == (0, "")
    assert "intact" in out
    code, out, _err = run("audit", "verify", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["broken_id"] is None
    assert report["checked"] == len(trail(run)) and len(report["head"]) == 64


def test_verify_names_the_entry_changed_behind_the_apps_back(run, busy, db_target, backend):
    target = trail(run, "--action", "visit.check_in")[0]["id"]
    if backend == "sqlite":
        con = sqlite3.connect(db_target, isolation_level=None)
        con.execute("DROP TRIGGER audit_entry_no_update")
        con.execute("UPDATE audit_entry SET staff_id = NULL WHERE id = ?", (target,))
        con.close()
    else:
        with psycopg.connect(db_target, autocommit=True) as con:
            con.execute("SET session_replication_role = replica")
            con.execute("UPDATE audit_entry SET staff_id = NULL WHERE id = %s", (target,))
    code, out, _err = run("audit", "verify")
    assert code == 3
    assert f"broken at entry {target}" in out and "content was changed" in out
    code, out, _err = run("audit", "verify", "--json")
    report = json.loads(out)
    assert code == 3
    assert (report["ok"], report["broken_id"], report["problem"]) == (
        False,
        target,
        "content_changed",
    )
