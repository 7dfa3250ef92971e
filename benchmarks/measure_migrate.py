"""Issue 10: how long moving a site's SQLite file onto a PostgreSQL server takes.

    python -m benchmarks.measure_migrate --db FILE --to postgresql://USER@HOST:PORT/postgres

``FILE`` is a generated database (``python -m benchmarks.generate``); ``--to`` names the
server (any database on it: the measurement makes a database of its own there, lets
``db migrate`` fill it, and drops it at the end; the role must be allowed to create
databases).

- **migrate**: what ``receptionist db migrate --to URL`` does, end to end: open the file
  as a station would (with its full integrity check), copy every table with ``COPY`` in
  one transaction, rebuild the indexes and foreign keys, read every table back and
  compare checksums, commit, ``ANALYZE``.
- **floor**: reading every row of the same tables from the file once (``SELECT *``,
  fetched in batches), the least any copy must do.

Target: at most 15x the floor (and minutes, not hours, at 1,000,000 customers and
5,000,000 visits). One run each: the copy is long. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .common import Reporter, measurement, timed

RATIO = 15.0


def _read_all(path: Path, tables: list[str]) -> int:
    con = sqlite3.connect(path)
    rows = 0
    try:
        for table in tables:
            cursor = con.execute(f'SELECT * FROM "{table}"')
            while batch := cursor.fetchmany(5000):
                rows += len(batch)
    finally:
        con.close()
    return rows


def run(db_path: str, server: str, report) -> None:
    import psycopg

    from receptionist.services import database, db_admin
    from receptionist.store.canonical import site_tables

    name = f"receptionist_bench_migrate_{os.getpid()}"
    target = urlunsplit(urlsplit(server)._replace(path="/" + name))
    tables = [t.name for t in site_tables()]
    path = Path(db_path)
    rows = _read_all(path, tables)
    floor = timed(lambda _: _read_all(path, tables), range(1))
    copied: list[db_admin.MigrateReport] = []

    def migrate(_: object) -> None:
        db_admin.open_source(db_path)
        try:
            copied.append(db_admin.migrate_to(target))
        finally:
            database.close_database()

    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        try:
            times = timed(migrate, range(1))
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    done = copied[0]
    slowest = max(done.tables, key=lambda t: t.seconds)
    report(
        measurement(
            "migrate",
            "sqlite_to_postgresql",
            times,
            floor,
            {"ratio_p50": RATIO},
            rows=rows,
            rows_per_s=round(rows / (times[0] / 1000)),
            ok=done.ok,
            slowest_table=f"{slowest.table} {slowest.rows} rows {slowest.seconds:.1f} s",
            db_mb=round(path.stat().st_size / 1e6),
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.measure_migrate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--db", required=True, help="a generated SQLite database")
    parser.add_argument("--to", required=True, help="a PostgreSQL server's URL")
    parser.add_argument("--json", action="store_true", help="one JSON line")
    args = parser.parse_args(argv)
    report = Reporter(args.json)
    run(args.db, args.to, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
