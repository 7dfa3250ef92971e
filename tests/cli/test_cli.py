"""The command line, through ``cli.main(argv)`` in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types
from datetime import datetime, timedelta

import pytest

from receptionist import __main__ as entry
from receptionist import cli
from receptionist.services import clock, visits
from receptionist.store.connection import close_database

from ..conftest import row_counts as counts
from .conftest import ADMIN, ADMIN_PASSWORD, add_admin

CODE = re.compile(r"V-\d{4}-\d{4}")


def run_json(run, *args: str):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def check_in_zhang(run, *extra: str) -> str:
    code, out, err = run(
        "checkin",
        "--name",
        "张三",
        "--phone",
        "13800138000",
        "--company",
        "北京星辰科技有限公司",
        "--purpose",
        "sales",
        *extra,
    )
    assert code == 0, err
    return CODE.search(out).group(0)


def at_local(day: int, hour: int) -> datetime:
    """An aware time on a local calendar day of March 2024."""
    return datetime(2024, 3, day, hour, 0).astimezone()


def test_checkin_creates_a_visit_and_prints_its_code(run):
    code, out, err = run(
        "checkin", "--name", "张三", "--phone", "13800138000", "--purpose", "sales"
    )
    assert code == 0 and err == ""
    visit_code = CODE.search(out).group(0)
    assert "张三" in out
    assert "Playbook" in out
    board = run_json(run, "onsite")
    assert [v["code"] for v in board] == [visit_code]
    assert board[0]["flow"] == "initial"
    assert board[0]["station"] == "cli"


def test_checkin_with_a_known_phone_reuses_the_customer(run):
    first = check_in_zhang(run)
    assert run("checkout", first)[0] == 0
    visit = run_json(
        run,
        "checkin",
        "--name",
        "张三丰",
        "--phone",
        "+86 138 0013 8000",
        "--purpose",
        "after_sales",
    )
    assert visit["customer"]["name"] == "张三"
    assert visit["customer"]["phone"] == "+8613800138000"
    assert visit["flow"] == "follow_up"  # not a first visit any more
    assert len(run_json(run, "search", "8000")["customers"]) == 1


def test_checkin_of_someone_on_site_is_refused_and_writes_nothing(run, db_target):
    check_in_zhang(run)
    before = counts(db_target)
    code, out, err = run(
        "checkin", "--name", "张三", "--phone", "13800138000", "--purpose", "complaint"
    )
    assert code == 2
    assert out == ""
    assert err.strip() == "This visitor is already on site; check them out first."
    assert counts(db_target) == before


def test_checkout_twice_is_a_clear_error(run, db_target):
    visit_code = check_in_zhang(run)
    code, out, err = run("checkout", visit_code)
    assert code == 0 and visit_code in out and "Checked out" in out
    before = counts(db_target)
    code, out, err = run("checkout", visit_code.lower().replace("-", ""))
    assert code == 2 and out == ""
    assert err.strip() == "This visitor has already been checked out."
    assert counts(db_target) == before


@pytest.mark.parametrize("text", ["V-0101-9999", "not-a-code"])
def test_unknown_visit_code(run, text):
    check_in_zhang(run)
    code, out, err = run("checkout", text)
    assert code == 2 and out == ""
    assert "No visit has this code" in err
    assert len(err.strip().splitlines()) == 1


def test_onsite_json_shape(run):
    run("staff", "add", "李经理", "--department", "销售部 Sales")
    check_in_zhang(run, "--host", "李经理", "--party", "2")
    run("checkin", "--name", "Emma Brown", "--purpose", "complaint", "--category", "problem")
    board = run_json(run, "onsite")
    assert len(board) == 2
    for visit in board:
        assert {
            "code",
            "customer",
            "purpose",
            "flow",
            "host",
            "check_in_at",
            "check_out_at",
        } <= set(visit)
        assert {"name", "phone", "category"} <= set(visit["customer"])
        assert CODE.fullmatch(visit["code"])
        assert datetime.fromisoformat(visit["check_in_at"]).tzinfo is not None
        assert visit["check_out_at"] is None
    zhang, emma = board
    assert zhang["customer"] == {
        "name": "张三",
        "phone": "+8613800138000",
        "company": "北京星辰科技有限公司",
        "category": "prospect",
    }
    assert (zhang["host"], zhang["party_size"]) == ("李经理", 2)
    assert (emma["customer"]["phone"], emma["host"]) == (None, None)
    assert (emma["purpose"], emma["flow"], emma["customer"]["category"]) == (
        "complaint",
        "complaint",
        "problem",
    )
    code, out, _ = run("onsite")
    assert code == 0 and "Emma Brown" in out and "2 on site." in out


def test_visits_filter_by_local_dates(run):
    made = {}
    for day in (1, 2, 3):
        clock.set_clock(lambda day=day: at_local(day, 10))
        made[day] = check_in_zhang(run)
        clock.set_clock(lambda day=day: at_local(day, 11))
        assert run("checkout", made[day])[0] == 0
    clock.set_clock(lambda: at_local(4, 9))

    def codes(*args: str) -> list[str]:
        return [v["code"] for v in run_json(run, "visits", *args)]

    assert codes() == [made[3], made[2], made[1]]
    assert codes("--from", "2024-03-02", "--to", "2024-03-02") == [made[2]]
    assert codes("--from", "2024-03-02") == [made[3], made[2]]
    assert codes("--to", "2024-03-02") == [made[2], made[1]]  # --to is inclusive
    assert codes("--limit", "1") == [made[3]]
    assert codes("--purpose", "complaint") == []
    visit = run_json(run, "visits", "--from", "2024-03-01", "--to", "2024-03-01")[0]
    assert datetime.fromisoformat(visit["check_out_at"]) - datetime.fromisoformat(
        visit["check_in_at"]
    ) == timedelta(hours=1)
    code, out, err = run("visits", "--from", "2024-03-03", "--to", "2024-03-01")
    assert code == 2 and "after" in err
    assert run("visits", "--from", "2024-02-30")[0] == 2  # not a date: argparse


def test_search_by_initials_last_four_company_and_code(run):
    visit_code = check_in_zhang(run)
    run("checkin", "--name", "John Smith", "--phone", "13912345678", "--purpose", "sales")
    for text in ("zs", "8000", "星辰", "北京星辰", "张"):
        names = [c["name"] for c in run_json(run, "search", text)["customers"]]
        assert names == ["张三"], text
    found = run_json(run, "search", visit_code)
    assert found["visit"]["code"] == visit_code
    assert [c["name"] for c in found["customers"]] == ["张三"]
    code, out, _ = run("search", "zs")
    assert code == 0 and "张三" in out and "John" not in out
    code, out, _ = run("search", "nobody-like-this")
    assert code == 0 and "No customer matches." in out


def test_invalid_phone_is_refused_with_the_reason(run, db_target):
    run("staff", "list")  # creates the database, writes nothing
    before = counts(db_target)
    code, out, err = run("checkin", "--name", "李四", "--phone", "1380013800", "--purpose", "sales")
    assert code == 2 and out == ""
    assert err.startswith("Phone number is too short")
    assert len(err.strip().splitlines()) == 1
    assert counts(db_target) == before  # not even the default "Front desk"


def test_unknown_host_is_refused(run, db_target):
    run("staff", "list")
    before = counts(db_target)
    code, _, err = run("checkin", "--name", "王五", "--purpose", "sales", "--host", "Nobody")
    assert code == 2 and "add them first" in err
    assert counts(db_target) == before


def test_json_outputs_parse(run):
    visit = run_json(run, "checkin", "--name", "Emma Brown", "--purpose", "relationship")
    assert CODE.fullmatch(visit["code"])
    done = run_json(run, "checkout", visit["code"])
    assert done["status"] == "done" and done["check_out_at"]
    assert run_json(run, "onsite") == []
    person = run_json(run, "staff", "add", "Sarah Johnson", "--role", "host")
    assert person["role"] == "host"
    assert "Sarah Johnson" in [p["name"] for p in run_json(run, "staff", "list")]


def test_staff_add_and_sign_in_as(run, monkeypatch):
    code, out, _ = run("staff", "add", "王晓丽", "--role", "receptionist", "--department", "前台")
    assert code == 0 and "王晓丽" in out
    assert [p["name"] for p in run_json(run, "staff", "list")] == [ADMIN, "王晓丽"]
    assert run("staff", "add", "王晓丽")[0] == 2  # already exists
    code, _, err = run("--user", "Ghost", "checkin", "--name", "A", "--purpose", "sales")
    assert code == 5 and err.startswith("Wrong name, password or PIN")
    code, _, err = run("--user", "王晓丽", "checkin", "--name", "A", "--purpose", "sales")
    assert code == 5 and "has no password or PIN yet" in err  # staff add gives none
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "8642")
    assert run("user", "passwd", "王晓丽")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "8642")
    visit = run_json(run, "checkin", "--name", "A", "--purpose", "sales", "--user", "王晓丽")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", ADMIN_PASSWORD)
    entry = run_json(run, "audit", "--action", "visit.check_in")[0]
    assert entry["actor"] == "王晓丽" and entry["details"]["code"] == visit["code"]


def test_global_options_before_or_after_the_command(db_target, tmp_path, capsys, signed_in):
    other = tmp_path / "other.sqlite3"
    add_admin(db_target)
    add_admin(str(other))
    assert cli.main(["--db", db_target, "staff", "add", "A"]) == 0
    assert cli.main(["staff", "add", "B", "--db", str(other)]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db_target, "staff", "list", "--json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["A", ADMIN]
    assert cli.main(["staff", "list", "--json", "--db", str(other)]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["B", ADMIN]


def test_bad_arguments_exit_2(run):
    assert run("checkin", "--name", "A")[0] == 2  # no purpose
    assert run("checkin", "--name", "A", "--purpose", "lunch")[0] == 2
    assert run("visits", "--limit", "-3")[0] == 2
    assert run("--lang", "fr", "onsite")[0] == 2
    assert run("--help")[0] == 0


def test_unexpected_errors_exit_1_without_traceback(run, monkeypatch):
    def broken(_actor_id):
        raise KeyError("boom")

    monkeypatch.setattr(visits, "on_site_board", broken)
    code, out, err = run("onsite")
    assert code == 1 and out == ""
    assert err.strip() == "Unexpected error (KeyError); nothing was changed."


def test_database_that_cannot_be_opened(tmp_path, capsys):
    assert cli.main(["--db", str(tmp_path), "onsite"]) == 1  # a folder, not a file
    assert "Cannot open the database" in capsys.readouterr().err


def test_demo_then_search_finds_demo_people(run):
    made = run_json(run, "demo", "--customers", "40", "--visits", "120", "--seed", "3")
    assert (made["customers"], made["visits"]) == (40, 120)
    board = run_json(run, "onsite")
    assert len(board) == made["on_site"] >= 6
    for visit in board:
        hits = run_json(run, "search", visit["customer"]["name"])["customers"]
        assert visit["customer"]["name"] in [h["name"] for h in hits]
    code, out, _ = run("demo", "--if-empty")
    assert code == 0 and "already has customers" in out
    assert len(run_json(run, "visits", "--limit", "1000")) == 120


def test_no_command_opens_the_desk_window(db_file, monkeypatch):
    calls = []
    fake = types.ModuleType("receptionist.ui.app")
    fake.run = lambda db_path, lang, station: calls.append((db_path, lang, station)) or 0
    monkeypatch.setitem(sys.modules, "receptionist.ui.app", fake)
    assert entry.main(["--db", str(db_file), "--lang", "zh_CN"]) == 0
    assert entry.main(["desk", "--station", "Concierge"]) == 0
    assert calls == [(str(db_file), "zh_CN", None), (None, None, "Concierge")]
    assert not db_file.exists()  # the window opens the database itself
    assert cli.main([]) == 2  # the bare CLI has no window to open


def _python(*args: str, env_db=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    if env_db is not None:
        env["RECEPTIONIST_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_python_dash_m_receptionist(run, db_target):
    check_in_zhang(run)
    close_database()
    done = _python("-m", "receptionist", "--db", db_target, "search", "zs")
    assert done.returncode == 0, done.stderr
    assert "张三" in done.stdout
    done = _python("-m", "receptionist", "checkout", "V-0101-0001", env_db=db_target)
    assert done.returncode == 2
    assert done.stderr.strip() == "No visit has this code; check the code on the slip."


def test_the_command_line_does_not_load_qt():
    done = _python(
        "-c",
        "import receptionist.cli, receptionist.__main__, sys; "
        "assert 'PySide6' not in sys.modules, 'Qt loaded'",
    )
    assert done.returncode == 0, done.stderr
