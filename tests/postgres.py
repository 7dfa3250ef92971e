"""The PostgreSQL server of the tests.

``RECEPTIONIST_TEST_PG`` names a server and a role that may create databases, e.g.
``postgresql://postgres@127.0.0.1:5433/postgres`` (``bash scripts/test`` starts a
throw-away server on loopback and sets it). Each pytest worker gets a database of its own,
migrated once; every test starts from it emptied (``TRUNCATE``). Without the variable a
PostgreSQL test fails: it never turns into a skip.
"""

from __future__ import annotations

import contextlib
import os
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

ENV = "RECEPTIONIST_TEST_PG"


def version_rows() -> int:
    """The ``schema_version`` rows of a server database migrated from empty: the baseline
    and each version after it."""
    from receptionist.store import migrations

    return migrations.LATEST - migrations.PG_BASELINE + 1


_ready: dict[str, str] = {}


def server_url() -> str:
    url = os.environ.get(ENV)
    if not url:
        pytest.fail(
            f"{ENV} is not set: the PostgreSQL tests need a server (bash scripts/test starts one)",
            pytrace=False,
        )
    return url


def url_for(name: str) -> str:
    """The server's URL with database ``name``."""
    return urlunsplit(urlsplit(server_url())._replace(path="/" + name))


def _admin() -> psycopg.Connection:
    return psycopg.connect(server_url(), autocommit=True)


def create_database(name: str) -> str:
    """An empty database ``name`` (dropped first if it exists); its URL."""
    with _admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return url_for(name)


def drop_database(name: str) -> None:
    with _admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def worker_name(request, suffix: str = "") -> str:
    """A database name of this test process's own (several runs may share a server)."""
    return f"receptionist_test_{os.getpid()}{suffix}"


def drop_created() -> None:
    """Drop the databases this process created (at the end of the session)."""
    for name in list(_ready):
        with contextlib.suppress(psycopg.Error):
            drop_database(name)
        _ready.pop(name, None)


def _worker_database(request) -> str:
    name = worker_name(request)
    if name not in _ready:
        from receptionist.store.connection import close_database, open_database

        url = create_database(name)
        open_database(url)
        close_database()
        _ready[name] = url
    return _ready[name]


def empty(url: str) -> None:
    """Every table of ``url`` emptied (the schema's version kept), identities restarted.

    The audit trail refuses TRUNCATE (a trigger of schema v5): this helper, as the
    server's superuser, turns user triggers off for its own session while it empties the
    tables (``session_replication_role = replica``); the app never does."""
    with psycopg.connect(url, autocommit=True) as con:
        tables = [
            row[0]
            for row in con.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename <> 'schema_version'"
            )
        ]
        if tables:
            names = ", ".join(f'"{t}"' for t in tables)
            con.execute("SET session_replication_role = replica")
            con.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
            con.execute("SET session_replication_role = DEFAULT")


def fresh_database(request) -> str:
    """The worker's database, migrated and emptied for this test."""
    url = _worker_database(request)
    empty(url)
    return url


def row_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url, autocommit=True) as con:
        tables = [
            row[0]
            for row in con.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]
        return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def free_port() -> int:
    """A loopback TCP port nothing listens on (now)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
