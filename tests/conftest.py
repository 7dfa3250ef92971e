"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL for the store,
services and command-line suites) and a staff member to act as."""

from __future__ import annotations

import logging
import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from receptionist.services import clock  # noqa: E402
from receptionist.services.views import StaffView  # noqa: E402
from receptionist.store.connection import close_database, open_database  # noqa: E402
from tests import log_scan, postgres, staffing  # noqa: E402

# Suites whose tests that use a database run once per backend (``backend`` fixture).
BOTH_BACKENDS = ("store", "services", "cli", "printing")


_run_log = log_scan.RunLog()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite's file itself; not run on PostgreSQL"
    )
    config.addinivalue_line("markers", "postgresql_only: about the server only (not SQLite)")
    root = logging.getLogger()
    root.addHandler(_run_log)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    suite = metafunc.module.__name__.split(".")[1] if "." in metafunc.module.__name__ else ""
    if metafunc.definition.get_closest_marker("postgresql_only"):
        metafunc.parametrize("backend", ["postgresql"], indirect=True)
    elif suite in BOTH_BACKENDS and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


def pytest_sessionfinish(session):
    """The run's log holds no personal data (``tests/log_scan.py``); then the databases
    this process made are dropped."""
    logging.getLogger().removeHandler(_run_log)
    found = log_scan.leaks(_run_log.lines, log_scan.names_used() | log_scan.secrets_used())
    if found:
        session.exitstatus = 1
        print("\nPERSONAL DATA IN THE LOG of this run (services/logs.py):", *found, sep="\n")
    if postgres._ready:
        from receptionist.store.connection import close_database

        close_database()
        postgres.drop_created()


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """argon2id with its smallest cost: a sign-in takes microseconds instead of ~50 ms
    (the hashes are still argon2id, salted and checked for real)."""
    from argon2 import PasswordHasher

    from receptionist.services import auth

    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def backend(request) -> str:
    """The test's backend: "sqlite", or "postgresql" (``tests/postgres.py``)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def db_url(backend, db_path, request) -> str:
    """Where the test's database is: a file, or an emptied PostgreSQL database."""
    if backend == "postgresql":
        return postgres.fresh_database(request)
    return str(db_path)


@pytest.fixture
def db(db_url):
    """An opened, migrated, empty database."""
    database = open_database(db_url)
    yield database
    close_database()
    clock.set_clock(None)


@pytest.fixture
def actor(db) -> StaffView:
    """The receptionist at the desk."""
    return staffing.add("Front desk", "Reception", "receptionist")


@pytest.fixture
def admin(db) -> StaffView:
    """An administrator: settings, stations, staff, backups."""
    return staffing.add("Ada Admin", "", "admin")


@pytest.fixture
def host(db, actor) -> StaffView:
    return staffing.add("李经理", "Sales", "host")


def row_counts(path) -> dict[str, int]:
    """Rows in every table of the database at ``path`` (a file or a PostgreSQL URL), to
    prove that a refused request wrote nothing (read on a connection of its own:
    committed rows only)."""
    if str(path).startswith("postgresql://"):
        return postgres.row_counts(str(path))
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture
def table_counts(db, db_url):
    """``row_counts`` of the test's database, as a function to call before and after."""
    return lambda: row_counts(db_url)
