"""``receptionist kiosk-pin`` (typed twice at a terminal, or one line from a pipe) and
``receptionist kiosk`` (opens the kiosk window through ``__main__``)."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
import types
from datetime import time

import pytest

from receptionist import __main__ as entry
from receptionist import cli
from receptionist.cli import planning as cli_plan
from receptionist.domain.pin import pin_matches
from receptionist.services import settings
from receptionist.store.connection import close_database, open_database

from ..conftest import row_counts as counts


class Terminal(io.StringIO):
    """Standard input that says it is a terminal (the PIN is then read with getpass)."""

    def isatty(self) -> bool:
        return True


def stored(db_target):
    """(kiosk settings, PIN hash) as saved in the database."""
    open_database(db_target)
    try:
        return settings.kiosk_settings(), settings.kiosk_pin_hash()
    finally:
        close_database()


@pytest.fixture
def site(run, db_target):
    """A site whose kiosk settings were changed from the defaults (and no PIN yet)."""
    assert run("staff", "add", "Front desk", "--role", "receptionist")[0] == 0
    open_database(db_target)
    try:
        settings.save_kiosk_settings(
            1, idle_seconds=90, closing_time=time(17, 30), retention_months=12
        )
    finally:
        close_database()
    return db_target


@pytest.fixture
def typed(monkeypatch):
    """``typed(first, second)``: what the person types at the two getpass prompts."""
    prompts: list[str] = []

    def typed_(*answers: str) -> list[str]:
        replies = iter(answers)
        monkeypatch.setattr(sys, "stdin", Terminal())

        def fake_getpass(prompt: str = "") -> str:
            prompts.append(prompt)
            return next(replies)

        monkeypatch.setattr(cli_plan.getpass, "getpass", fake_getpass)
        return prompts

    return typed_


def test_pin_from_a_pipe_keeps_the_other_settings(run, site, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("482916\n"))
    status, out, err = run("kiosk-pin")
    assert status == 0, err
    assert out.strip() == "The kiosk PIN is set: staff type it to leave the kiosk."
    assert "482916" not in out + err
    kiosk, pin_hash = stored(site)
    assert (kiosk.pin_set, kiosk.idle_seconds, kiosk.closing_time, kiosk.retention_months) == (
        True,
        90,
        time(17, 30),
        12,
    )
    assert pin_matches("482916", pin_hash) and not pin_matches("482917", pin_hash)
    assert "482916" not in pin_hash


def test_pin_typed_twice_at_a_terminal(run, site, typed):
    prompts = typed("2468", "2468")
    status, out, err = run("kiosk-pin", "--json")
    assert status == 0, err
    assert json.loads(out) == {"pin_set": True}
    assert len(prompts) == 2 and "2468" not in out + err
    assert pin_matches("2468", stored(site)[1])


@pytest.mark.parametrize(
    "answers, message",
    [
        (("2468", "2469"), "The two PINs differ, so nothing was changed; type the new PIN twice."),
        (("24a8", "24a8"), "The PIN must be 4 to 8 digits."),
        (("123", "123"), "The PIN must be 4 to 8 digits."),
        (("", ""), "The PIN must be 4 to 8 digits."),
    ],
)
def test_refused_pin_at_a_terminal_changes_nothing(run, site, typed, answers, message):
    typed(*answers)
    before = counts(site)
    status, out, err = run("kiosk-pin")
    assert (status, out, err.strip()) == (2, "", message)
    assert counts(site) == before and stored(site)[1] is None


@pytest.mark.parametrize("text", ["", "\n", "12\n", "123456789\n", "one two\n"])
def test_refused_pin_from_a_pipe_changes_nothing(run, site, monkeypatch, text):
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    before = counts(site)
    status, out, err = run("kiosk-pin")
    assert (status, out, err.strip()) == (2, "", "The PIN must be 4 to 8 digits.")
    assert counts(site) == before and stored(site)[1] is None


@pytest.mark.parametrize("error", [EOFError, KeyboardInterrupt])
def test_no_pin_typed(run, site, monkeypatch, error):
    monkeypatch.setattr(sys, "stdin", Terminal())

    def interrupted(prompt: str = "") -> str:
        raise error

    monkeypatch.setattr(cli_plan.getpass, "getpass", interrupted)
    status, out, err = run("kiosk-pin")
    assert (status, out, err.strip()) == (2, "", "No PIN was entered; nothing was changed.")
    assert stored(site)[1] is None


@pytest.mark.sqlite_only  # PostgreSQL never locks the database for a writer
def test_the_database_is_not_locked_while_the_pin_is_typed(run, site, monkeypatch):
    """Another desk can write while the person at this terminal types."""
    writable = []

    def fake_getpass(prompt: str = "") -> str:
        other = sqlite3.connect(site, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
            writable.append(True)
        except sqlite3.OperationalError:
            writable.append(False)
        finally:
            other.close()
        return "9753"

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(cli_plan.getpass, "getpass", fake_getpass)
    assert run("kiosk-pin")[0] == 0
    assert writable == [True, True]


def test_a_second_pin_replaces_the_first(run, site, monkeypatch):
    for pin in ("1111", "22222222"):
        monkeypatch.setattr(sys, "stdin", io.StringIO(pin))
        assert run("kiosk-pin")[0] == 0
    pin_hash = stored(site)[1]
    assert pin_matches("22222222", pin_hash) and not pin_matches("1111", pin_hash)


# --- the kiosk window --------------------------------------------------------------------


def test_kiosk_command_opens_the_kiosk_window(db_file, monkeypatch):
    calls = []
    fake = types.ModuleType("receptionist.ui.kiosk.app")
    fake.run_kiosk = lambda db_path, lang, station: calls.append((db_path, lang, station)) or 0
    monkeypatch.setitem(sys.modules, "receptionist.ui.kiosk.app", fake)
    desk = types.ModuleType("receptionist.ui.app")
    desk.run = lambda *_args: pytest.fail("the desk opened instead of the kiosk")
    monkeypatch.setitem(sys.modules, "receptionist.ui.app", desk)
    assert entry.main(["kiosk", "--db", str(db_file), "--lang", "zh_CN"]) == 0
    assert entry.main(["--station", "Lobby kiosk", "kiosk"]) == 0
    assert calls == [(str(db_file), "zh_CN", None), (None, None, "Lobby kiosk")]
    assert not db_file.exists()  # the window opens the database itself


def test_kiosk_without_a_window_to_open(capsys):
    assert cli.main(["kiosk"]) == 2
    assert "the kiosk window opens from the `receptionist` program" in capsys.readouterr().err


def test_kiosk_without_qt_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "receptionist.ui.kiosk.app", None)  # import fails
    assert entry.main(["kiosk"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("The kiosk cannot start: ") and "Traceback" not in err
