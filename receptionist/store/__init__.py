"""Persistence: peewee models, opening and migrating the database, queries and search.

Nothing above this package writes SQL.

peewee imports PostgreSQL's driver when it is itself imported, which costs every start
about 80 ms (docs/performance.md: the cold start), SQLite desks included. The driver is
kept out of that import here and handed to peewee by ``store.postgres`` when a station
actually opens a server (``postgres.attach_driver``).
"""

import sys

if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" fails
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
