"""Fixtures for the command-line tests: a --db target (a file, or a PostgreSQL database:
the suite runs on both) and ``run(*args)``."""

from __future__ import annotations

import pytest

from receptionist import cli
from receptionist.services import clock
from receptionist.store.connection import close_database
from tests import postgres


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
def db_target(backend, db_file, request) -> str:
    """What ``--db`` names: the test's file, or an emptied PostgreSQL database."""
    if backend == "postgresql":
        return postgres.fresh_database(request)
    return str(db_file)


@pytest.fixture
def run(db_target, capsys):
    """``run(*args)`` -> (exit code, stdout, stderr) of ``receptionist --db TARGET args``."""

    def run_(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", db_target, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_
