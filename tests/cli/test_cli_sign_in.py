"""The command line acts as a signed-in user (issue 11): ``setup`` creates the site and its
first admin, every verb that touches the site's data signs its user in first (``--user`` /
RECEPTIONIST_USER, the password from RECEPTIONIST_PASSWORD, piped stdin or a prompt), a
wrong password or a role that may not do it is one sentence, exit 5 and nothing written;
``user add|list|passwd`` manage who can sign in."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from receptionist import cli
from receptionist.cli.main import build_parser
from receptionist.services import database, settings
from tests import staffing

from ..conftest import row_counts
from .conftest import ADMIN, ADMIN_PASSWORD

REFUSED = 5
CHECKIN = ("checkin", "--name", "Emily Chen", "--phone", "13800138000", "--purpose", "sales")


@pytest.fixture
def bare(db_target, capsys, monkeypatch):
    """``bare(*args)`` on a database nobody can sign in to yet, with no user in the
    environment."""
    for variable in ("RECEPTIONIST_USER", "RECEPTIONIST_PASSWORD", "RECEPTIONIST_NEW_PASSWORD"):
        monkeypatch.delenv(variable, raising=False)
    assert cli.main(["db", "init", db_target]) == 0  # nobody signs in to make it
    capsys.readouterr()

    def run_(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", db_target, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_


def piped(monkeypatch, text: str) -> None:
    """stdin is a pipe holding ``text``."""
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def actions(run) -> list[str]:
    """The audit trail's actions, oldest first (read as the admin)."""
    code, out, err = run("audit", "--limit", "1000", "--json")
    assert code == 0, err
    return [entry["action"] for entry in reversed(json.loads(out))]


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "Unexpected" not in err
    return lines[0]


# --- setup -------------------------------------------------------------------------------


def test_setup_then_a_verb_with_the_right_password(bare, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "Open-sesame-42")
    code, out, err = bare("setup", "--site", "上海展厅", "--admin", "王总", "--kind", "showroom")
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Set up the site 上海展厅 (showroom) with the administrator 王总: sign in with --user 王总."
    )
    code, out, err = bare("--user", "王总", *CHECKIN)
    assert code == 0, err
    assert "Checked in Emily Chen" in out
    code, out, _ = bare("--user", "王总", "user", "list", "--json")
    assert [(p["name"], p["role"], p["signs_in_with"]) for p in json.loads(out)] == [
        ("王总", "admin", "password")
    ]
    assert bare("--user", "王总", "visits", "--json")[0] == 0


def test_setup_is_refused_once_an_admin_can_sign_in(bare, db_target, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "Open-sesame-42")
    assert bare("setup", "--site", "HQ", "--admin", "Ann Lee")[0] == 0
    before = row_counts(db_target)
    code, out, err = bare("setup", "--site", "Other", "--admin", "Bob Wu")
    assert (code, out) == (2, "")
    assert one_sentence(err) == (
        "This site is already set up; sign in as one of its administrators."
    )
    assert row_counts(db_target) == before


def test_a_site_from_before_sign_in_keeps_its_name_and_gets_its_admin(bare, db_target, monkeypatch):
    database.open_database(database.resolve(db_target))
    try:
        with database.transaction():  # named before sign-in existed: no admin, no passwords
            settings.put_site("Old Site", "office")
        staffing.add("Front desk", "Reception", "receptionist")
    finally:
        database.close_database()
    piped(monkeypatch, "Open-sesame-42\n")
    code, out, err = bare("setup", "--site", "New Name", "--admin", "Front desk", "--json")
    assert code == 0, err
    done = json.loads(out)
    assert (done["site_name"], done["named_now"]) == ("Old Site", False)
    assert (done["admin"]["name"], done["admin"]["role"]) == ("Front desk", "admin")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "Open-sesame-42")
    assert bare("--user", "Front desk", "onsite")[0] == 0


def test_setup_asks_twice_at_a_terminal_and_refuses_two_different_passwords(
    bare, db_target, monkeypatch
):
    answers = iter(["Open-sesame-42", "Open-sesame-43"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    before = row_counts(db_target)
    code, out, err = bare("setup", "--site", "HQ", "--admin", "Ann Lee")
    assert (code, out) == (2, "")
    assert one_sentence(err).startswith("The two passwords differ, so nothing was changed")
    assert row_counts(db_target) == before


def test_setup_refuses_a_pin_or_a_short_password_for_the_admin(bare, db_target, monkeypatch):
    before = row_counts(db_target)
    for secret, says in [("1234", "Only receptionists may sign in with a PIN"), ("short", "8")]:
        monkeypatch.setenv("RECEPTIONIST_PASSWORD", secret)
        code, _out, err = bare("setup", "--site", "HQ", "--admin", "Ann Lee")
        assert code == 2 and says in one_sentence(err)
    assert row_counts(db_target) == before


# --- signing in --------------------------------------------------------------------------


def test_a_wrong_password_is_refused_and_writes_nothing_of_the_command(run, db_target, monkeypatch):
    before = row_counts(db_target)
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "not-the-password")
    code, out, err = run(*CHECKIN)
    assert (code, out) == (REFUSED, "")
    assert one_sentence(err) == (
        "Wrong name, password or PIN; nothing was done. Check it and try again."
    )
    after = row_counts(db_target)
    assert after["visit"] == before["visit"] and after["customer"] == before["customer"]
    # The refusal itself is recorded (it counts towards the lock), nothing else.
    assert after["audit_entry"] == before["audit_entry"] + 1
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", ADMIN_PASSWORD)
    assert actions(run) == ["staff.first_admin", "staff.sign_in_failed"]


def test_an_unknown_user_gets_the_same_sentence(run, db_target, monkeypatch):
    before = row_counts(db_target)
    code, out, err = run("--user", "Nobody Here", *CHECKIN)
    assert (code, out) == (REFUSED, "")
    assert one_sentence(err).startswith("Wrong name, password or PIN")
    assert row_counts(db_target) == before


def test_five_wrong_passwords_lock_the_account_for_every_command(run, db_target, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "not-the-password")
    said = [run("onsite")[2] for _ in range(5)]
    assert all(s.startswith("Wrong name") for s in said[:4])
    assert said[4].startswith("Too many wrong attempts: this account is locked until ")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", ADMIN_PASSWORD)  # the right one, too late
    before = row_counts(db_target)
    code, out, err = run(*CHECKIN)
    assert (code, out) == (REFUSED, "")
    assert one_sentence(err).startswith("Too many wrong attempts")
    assert row_counts(db_target) == before


def test_the_password_from_piped_stdin(run, monkeypatch):
    monkeypatch.delenv("RECEPTIONIST_PASSWORD")
    piped(monkeypatch, ADMIN_PASSWORD + "\n")
    code, out, err = run(*CHECKIN, "--json")
    assert code == 0, err
    assert json.loads(out)["code"]
    piped(monkeypatch, "wrong\n")
    assert run("onsite")[0] == REFUSED


def test_the_password_from_a_prompt_at_a_terminal(run, monkeypatch):
    monkeypatch.delenv("RECEPTIONIST_PASSWORD")
    prompts = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(
        "getpass.getpass", lambda prompt="": prompts.append(prompt) or ADMIN_PASSWORD
    )
    assert run("onsite")[0] == 0
    assert prompts == [f"Password or PIN for {ADMIN}: "]


def test_no_user_or_no_password_is_a_missing_argument_and_counts_nothing(
    run, db_target, monkeypatch
):
    before = row_counts(db_target)
    monkeypatch.delenv("RECEPTIONIST_USER")
    code, out, err = run(*CHECKIN)
    assert (code, out) == (2, "")
    assert one_sentence(err) == "Sign in with --user NAME or RECEPTIONIST_USER; nothing was done."
    monkeypatch.setenv("RECEPTIONIST_USER", ADMIN)
    monkeypatch.delenv("RECEPTIONIST_PASSWORD")
    for _ in range(6):  # an empty pipe is not a wrong password: no lock
        piped(monkeypatch, "")
        code, _out, err = run("onsite")
        assert code == 2 and "No password or PIN was given" in one_sentence(err)
    assert row_counts(db_target) == before
    piped(monkeypatch, ADMIN_PASSWORD + "\n")
    assert run("onsite")[0] == 0


def test_as_is_gone(run, db_target):
    before = row_counts(db_target)
    code, out, err = run("--as", ADMIN, *CHECKIN)
    assert (code, out) == (2, "")
    assert "--as is gone: sign in with --user NAME (or RECEPTIONIST_USER)" in err
    code, _out, err = run(*CHECKIN, "--as", ADMIN)
    assert code == 2 and "--as is gone" in err
    assert row_counts(db_target) == before


def test_db_verbs_and_help_need_nobody(bare, capsys):
    assert bare("db", "check", "--json")[0] == 0
    with pytest.raises(SystemExit):
        build_parser().parse_args(["db", "--help"])
    assert "the database's own credentials" in capsys.readouterr().out


# --- user add | list | passwd ------------------------------------------------------------


def test_user_add_by_the_admin_with_a_pin_then_that_user_signs_in(run, monkeypatch):
    piped(monkeypatch, "13579\n")  # the admin's password is in the environment
    code, out, err = run("user", "add", "李娜", "--role", "receptionist", "--department", "前台")
    assert (code, err) == (0, "")
    assert out.strip() == "Added receptionist 李娜 (前台), who signs in with a PIN."
    monkeypatch.setenv("RECEPTIONIST_USER", "李娜")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "13579")
    assert run(*CHECKIN)[0] == 0


def test_both_secrets_from_one_pipe(run, monkeypatch):
    monkeypatch.delenv("RECEPTIONIST_PASSWORD")
    piped(monkeypatch, f"{ADMIN_PASSWORD}\nHost-pass-2026\n")  # mine, then theirs
    code, out, err = run("user", "add", "Sarah Johnson", "--role", "host", "--json")
    assert code == 0, err
    assert json.loads(out)["signs_in_with"] == "password"


def test_user_add_is_refused_for_a_receptionist_and_writes_nothing(run, db_target, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "2468")
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "2468")
    before = row_counts(db_target)
    code, out, err = run("user", "add", "Mallory Evil", "--role", "admin")
    assert (code, out) == (REFUSED, "")
    assert one_sentence(err) == "Your role may not do this; ask a manager or an administrator."
    assert run("user", "list")[0] == REFUSED
    assert row_counts(db_target) == before


def test_a_manager_adds_staff_of_their_own_department_only(run, db_target, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "Manager-pass-1")
    assert run("user", "add", "Mia Chen", "--role", "manager", "--department", "Sales")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "Mia Chen")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "Manager-pass-1")
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "97531")
    assert run("user", "add", "Tom Li", "--role", "receptionist", "--department", "Sales")[0] == 0
    before = row_counts(db_target)
    for args in (["--department", "Service"], ["--role", "admin", "--department", "Sales"]):
        code, _out, err = run("user", "add", "Zoe Wu", *(["--role", "receptionist"] + args))
        assert code == REFUSED and "Your role may not do this" in err
    assert row_counts(db_target) == before


def test_a_pin_is_refused_for_a_manager(run, db_target, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "4321")
    before = row_counts(db_target)
    code, out, err = run("user", "add", "Mia Chen", "--role", "manager")
    assert (code, out) == (2, "")
    assert one_sentence(err) == (
        "Only receptionists may sign in with a PIN; this role needs a password."
    )
    assert row_counts(db_target) == before


def test_user_passwd_for_yourself_and_for_others(run, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "2468")
    assert run("user", "add", "Front desk", "--role", "receptionist")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "Brand-new-pass-9")
    code, out, err = run("user", "passwd", ADMIN)
    assert (code, out.strip()) == (0, f"{ADMIN} now signs in with a password."), err
    assert run("onsite")[0] == REFUSED  # the old password no longer works
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "Brand-new-pass-9")
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "8888")
    assert run("user", "passwd", "Front desk")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "Front desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "8888")
    assert run("onsite")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "Desk-pass-2027")
    assert run("user", "passwd", "Front desk")[0] == 0  # anyone changes their own
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "Desk-pass-2027")
    code, _out, err = run("user", "passwd", ADMIN)  # but nobody else's
    assert code == REFUSED and "Your role may not do this" in err


# --- secrets stay secret -----------------------------------------------------------------


def test_no_secret_reaches_the_output_the_log_or_the_database_in_clear(
    run, db_target, backend, caplog, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    secrets = [ADMIN_PASSWORD, "Host-pass-2026", "wrong-horse-battery"]
    seen = []
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", secrets[1])
    seen.append(run("user", "add", "Sarah Johnson", "--role", "host", "--json"))
    seen.append(run("user", "list", "--json"))
    seen.append(run(*CHECKIN, "--json"))
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", secrets[2])
    seen.append(run("onsite"))
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", ADMIN_PASSWORD)
    seen.append(run("audit", "--json"))
    text = "\n".join(out + err for _code, out, err in seen) + caplog.text
    assert [s for s in secrets if s in text] == []
    if backend == "sqlite":
        base = Path(db_target)  # the file and its write-ahead log
        files = [p for p in (base, base.with_name(base.name + "-wal")) if p.exists()]
        stored = b"".join(p.read_bytes() for p in files)
        assert [s for s in secrets if s.encode() in stored] == []
