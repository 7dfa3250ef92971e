"""Issue 12: how long importing a purchases file takes.

    python -m benchmarks.measure_import [--db FILE | --db postgresql://USER@HOST:PORT/postgres]
                                        [--rows 100000] [--customers 20000] [--runs 3] [--json]

Makes a site of its own (a temporary SQLite file, or a database of its own on the server,
dropped at the end) with ``--customers`` customers, each with a customer reference and a
phone, and a CSV file of ``--rows`` purchases: 80 % name their customer by reference,
10 % by phone only, 10 % are new customers (five rows each, so a new customer is created
once and matched four times).

- **import**: ``services.imports.import_purchases`` end to end, as ``receptionist import
  purchases FILE`` runs it: read and decode the file, check every row (dates, amounts,
  phones), look the file's references and phones up in bulk, create the new customers
  with their search terms, insert the purchases in chunks, one audit entry.
- **floor**: a bare ``executemany`` of the same rows (customer ids already known) into
  the purchase table on the same connection: the least any import must write.

Both run inside a transaction that is rolled back afterwards, so every run starts from
the same site. Target: ≤ 15 s for 100,000 rows ("well under a minute") and ≤ 15× the
floor. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .common import Reporter, measurement, timed

TARGET_MS = 15_000.0
RATIO = 15.0


class _Rollback(Exception):
    pass


def _site(customers: int, seed: int) -> tuple[int, list[tuple[int, str, str]]]:
    """The admin's id and the stored customers (id, reference, phone)."""
    from receptionist.services import auth
    from receptionist.store import imports as store

    admin = auth.create_first_admin("Bench Admin", "bench-Passw0rd-1").id
    now = datetime.now(UTC)
    rng = random.Random(seed)
    phones = rng.sample(range(10**8), customers)
    rows = [
        {
            "name": f"Customer {i}",
            "phone": f"+86139{p:08d}",
            "phone_search": f"139{p:08d}",
            "phone_last4": f"{p:08d}"[-4:],
            "kind": "consumer",
            "category": "existing",
            "customer_ref": f"C{i:07d}",
            "created_at": now,
            "updated_at": now,
        }
        for i, p in enumerate(phones)
    ]
    ids = store.insert_customers(rows)
    return admin, [
        (cid, str(r["customer_ref"]), str(r["phone"])) for cid, r in zip(ids, rows, strict=True)
    ]


def _file(path: Path, rows: int, stored: list[tuple[int, str, str]], seed: int) -> list[tuple]:
    """Write the purchases CSV; the floor's rows (customer id or None for a new one)."""
    rng = random.Random(seed)
    lines = ["customer_ref,name,phone,date,amount,note,reference"]
    floor: list[tuple] = []
    start = date(2026, 1, 1)
    new = 0
    while len(lines) - 1 < rows:
        day = start + timedelta(days=rng.randrange(365))
        cents = rng.randrange(-5_000, 500_000)
        amount = f"{cents / 100:.2f}" if cents % 7 else str(cents // 100)
        pick = rng.random()
        if pick < 0.8:
            cid, ref, _ = rng.choice(stored)
            lines.append(f"{ref},,,{day},{amount},,INV{len(lines)}")
            floor.append((cid, day, cents))
        elif pick < 0.9:
            cid, _, phone = rng.choice(stored)
            lines.append(f",,{phone[3:]},{day},{amount},note,")
            floor.append((cid, day, cents))
        else:
            new += 1
            for k in range(5):
                lines.append(f"N{new:06d},新客户{new},137{new:08d},{day},{amount},,N{k}")
                floor.append((stored[0][0], day, cents))
    path.write_text("\n".join(lines[: rows + 1]) + "\n", encoding="utf-8")
    return floor[:rows]


def _bare_insert(floor_rows: list[tuple], admin: int) -> None:
    from receptionist.store.models import database

    now = datetime.now(UTC)
    p = database.param
    sql = (
        'INSERT INTO "purchase" (customer_id, purchased_on, amount_cents, note, reference, '
        f"source, created_at, created_by_id) VALUES ({', '.join([p] * 8)})"
    )
    values = [
        (cid, day.isoformat(), cents, "", "", "import", now.isoformat(), admin)
        for cid, day, cents in floor_rows
    ]
    cursor = database.connection().cursor()
    for start in range(0, len(values), 1000):
        cursor.executemany(sql, values[start : start + 1000])


def _rolled_back(func) -> None:
    from receptionist.store.connection import transaction

    try:
        with transaction():
            func()
            raise _Rollback
    except _Rollback:
        pass


def run(where: str, report, rows: int, customers: int, runs: int, seed: int = 12) -> None:
    from receptionist.services import database, imports

    database.open_database(database.resolve(where))
    try:
        admin, stored = _site(customers, seed)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "purchases.csv"
            floor_rows = _file(path, rows, stored, seed)
            done: list[imports.ImportReport] = []

            def ours(_: object) -> None:
                _rolled_back(lambda: done.append(imports.import_purchases(admin, path)))

            def floor(_: object) -> None:
                _rolled_back(lambda: _bare_insert(floor_rows, admin))

            floor_ms = timed(floor, range(runs))
            ours_ms = timed(ours, range(runs))
        last = done[-1]
        report(
            measurement(
                "import",
                "purchases",
                ours_ms,
                floor_ms,
                {"p50_ms": TARGET_MS, "ratio_p50": RATIO},
                rows=rows,
                imported=last.imported,
                customers_created=last.customers_created,
                customers_matched=last.customers_matched,
                rejected=len(last.rejected),
                backend="postgresql" if where.startswith("postgresql") else "sqlite",
            )
        )
    finally:
        database.close_database()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.measure_import", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--db", help="a PostgreSQL server URL (default: a temporary SQLite file)", default=""
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = Reporter(args.json)
    if args.db.startswith("postgresql"):
        import psycopg

        name = f"receptionist_bench_import_{os.getpid()}"
        admin_url = args.db
        with psycopg.connect(admin_url, autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        try:
            target = urlunsplit(urlsplit(admin_url)._replace(path="/" + name))
            run(target, report, args.rows, args.customers, args.runs)
        finally:
            with psycopg.connect(admin_url, autocommit=True) as con:
                con.execute(f'DROP DATABASE IF EXISTS "{name}"')
        return 0
    with tempfile.TemporaryDirectory() as folder:
        run(
            args.db or str(Path(folder) / "site.sqlite3"),
            report,
            args.rows,
            args.customers,
            args.runs,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
