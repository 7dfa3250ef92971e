"""Fixtures for the command-line tests: a --db file and ``run(*args)``."""

from __future__ import annotations

import pytest

from receptionist import cli
from receptionist.services import clock
from receptionist.store.connection import close_database


@pytest.fixture
def db_file(tmp_path, monkeypatch):
    """The --db file; RECEPTIONIST_DB points elsewhere so a lost --db shows up. The
    working folder is the test's own (``print`` writes there by default)."""
    monkeypatch.setenv("RECEPTIONIST_DB", str(tmp_path / "wrong.sqlite3"))
    monkeypatch.chdir(tmp_path)
    yield tmp_path / "desk.sqlite3"
    clock.set_clock(None)
    close_database()
    assert not (tmp_path / "wrong.sqlite3").exists()


@pytest.fixture
def run(db_file, capsys):
    """``run(*args)`` -> (exit code, stdout, stderr) of ``receptionist --db FILE args``."""

    def run_(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", str(db_file), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_
