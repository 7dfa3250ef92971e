"""Shared fixtures: a fresh SQLite database per test and a staff member to act as."""

from __future__ import annotations

import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from receptionist.services import clock, staff  # noqa: E402
from receptionist.services.views import StaffView  # noqa: E402
from receptionist.store.connection import close_database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def db(db_path):
    """An opened, migrated database in a temporary file."""
    database = open_database(db_path)
    yield database
    close_database()
    clock.set_clock(None)


@pytest.fixture
def actor(db) -> StaffView:
    """The receptionist at the desk."""
    return staff.add_staff(None, "Front desk", "Reception", "receptionist")


@pytest.fixture
def host(db, actor) -> StaffView:
    return staff.add_staff(actor.id, "李经理", "Sales", "host")


def row_counts(path) -> dict[str, int]:
    """Rows in every table of the database file at ``path``, to prove that a refused
    request wrote nothing (read on a connection of its own: committed rows only)."""
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
def table_counts(db, db_path):
    """``row_counts`` of the test's database, as a function to call before and after."""
    return lambda: row_counts(db_path)
