"""Shared fixtures: a fresh SQLite database per test and a staff member to act as."""

from __future__ import annotations

import os

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


@pytest.fixture
def table_counts(db):
    """Row counts of every table, to prove that a refused request wrote nothing."""

    def counts() -> dict[str, int]:
        tables = [
            r[0]
            for r in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}

    return counts
