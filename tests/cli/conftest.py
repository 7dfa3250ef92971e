"""Fixtures for the command-line tests: a --db target (a file, or a PostgreSQL database:
the suite runs on both) and ``run(*args)``, signed in as the site's admin."""

from __future__ import annotations

import pytest

from receptionist import cli
from receptionist.services import auth, clock, database
from receptionist.store.connection import close_database
from tests import postgres

ADMIN = "Site Admin"
ADMIN_PASSWORD = "admin-Passw0rd-7"  # the suite's log scan looks for it (tests/log_scan.py)


def add_admin(target: str) -> None:
    """Open ``target`` (a path or URL; created and migrated when new) and give it the
    first admin, ``ADMIN`` with ``ADMIN_PASSWORD``."""
    database.open_database(database.resolve(target))
    try:
        auth.create_first_admin(ADMIN, ADMIN_PASSWORD)
    finally:
        database.close_database()


@pytest.fixture
def signed_in(monkeypatch) -> None:
    """Commands sign in as the admin: RECEPTIONIST_USER and RECEPTIONIST_PASSWORD."""
    monkeypatch.setenv("RECEPTIONIST_USER", ADMIN)
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("RECEPTIONIST_NEW_PASSWORD", raising=False)


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
def run(db_target, capsys, signed_in):
    """``run(*args)`` -> (exit code, stdout, stderr) of ``receptionist --db TARGET args``,
    on a site whose admin (``ADMIN``) signs in from the environment."""
    add_admin(db_target)

    def run_(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", db_target, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_
