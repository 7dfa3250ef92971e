"""The bare connection the floors run on: ``sqlite3`` on the file, or ``psycopg`` on the
server (autocommit, loopback), beside the app's own connection.

The floor means the same on both backends: the same SQL, sent straight through the
driver, no ORM, no views; on PostgreSQL every statement is a round trip to the server
on a connection of its own, exactly as each of the app's statements is. Statements are
written once with ``?`` placeholders (SQLite's); ``execute`` turns them into psycopg's.
Where the SQL itself differs (the current time, an upsert, the id of a new row), the
caller asks ``postgresql`` or uses ``now``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from receptionist.domain import location

from .common import stats, timed

_SQLITE_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # as store.models.UTCDateTimeField writes it


def is_postgresql(where: str) -> bool:
    return location.parse(where).is_postgresql


class Bare:
    """One bare connection to the benchmark's database (``where``: a file or a URL)."""

    def __init__(self, where: str, read_only: bool = False) -> None:
        place = location.parse(where)
        self.postgresql = place.is_postgresql
        self._con: Any
        if self.postgresql:
            import psycopg

            self._con = psycopg.connect(place.url, autocommit=True)
            self._con.execute("SET TimeZone = 'UTC'")
        elif read_only:
            self._con = sqlite3.connect(f"file:{place.path}?mode=ro", uri=True)
        else:
            self._con = sqlite3.connect(str(place.path), isolation_level=None)
            self._con.execute("PRAGMA busy_timeout = 5000")

    @property
    def now(self) -> str:
        """SQL for the current time, stored as the app stores it."""
        return "now()" if self.postgresql else "strftime('%Y-%m-%dT%H:%M:%fZ')"

    def stamp(self, at: datetime) -> object:
        """A time as a parameter compares with stored times (text in SQLite)."""
        if self.postgresql:
            return at
        return at.astimezone(UTC).strftime(_SQLITE_STAMP)

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        if self.postgresql:
            sql = sql.replace("%", "%%").replace("?", "%s")
        return self._con.execute(sql, tuple(params))

    def all(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple | list = ()) -> tuple | None:
        return self.execute(sql, params).fetchone()

    def begin(self) -> None:
        """A write transaction (SQLite: take the write lock now, as the app does)."""
        self.execute("BEGIN" if self.postgresql else "BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.execute("COMMIT")

    def close(self) -> None:
        self._con.close()


def describe(where: str) -> dict:
    """What the measurements ran on (a line of the report): SQLite's version, or the
    server's and the settings a reader compares runs by (durability, memory); and the
    cost of one bare statement (``SELECT 1``: on a server, a round trip)."""
    bare = Bare(where, read_only=True)
    try:
        line: dict[str, object] = {"bench": "data", "name": "backend"}
        if bare.postgresql:
            line["backend"] = "postgresql"
            for setting in ("server_version", "fsync", "synchronous_commit", "shared_buffers"):
                row = bare.one(f"SHOW {setting}")
                line[setting] = row[0] if row else None
        else:
            line |= {"backend": "sqlite", "version": sqlite3.sqlite_version}
        times = timed(lambda _: bare.one("SELECT 1"), range(500))
        line["statement_p50_ms"] = stats(times)["p50_ms"]
        return line
    finally:
        bare.close()
