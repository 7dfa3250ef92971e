"""Issue 9: what checking the database file costs.

- **open checks**: what every open does before anything is written
  (``store.integrity.check_file``: stat, 100 bytes of header, length against the page
  count; ``check_ours``: the schema's table names). Floor: the bare ``stat`` and 100-byte
  read. Target: p99 ≤ 1 ms, nothing against the start-up budget.
- **full check**: ``store.integrity.full_check`` (SQLite's ``PRAGMA quick_check`` on a
  read-only connection of its own) — what the desk and kiosk run in the background after
  their window is up and a writing command runs first. Floor: reading the file's bytes
  once in 1 MB blocks, the least any whole-file check must do. Reported per MB as well;
  target: ≤ 3 ms per MB (p50), so a 3 GB database is checked within ten seconds.

Both are about SQLite's file: on PostgreSQL (the server checks its own pages, and the app
runs no file check) the section reports that it was skipped, and why.
"""

from __future__ import annotations

import os
from pathlib import Path

from .bare import is_postgresql
from .common import measurement, timed

OPEN_TARGET_MS = 1.0
OPEN_RATIO = 20.0  # the open checks against reading the file's header
FULL_RATIO = 20.0  # SQLite's quick_check against reading every byte of the file
FULL_MS_PER_MB = 3.0


def _read_header(path: Path) -> None:
    os.stat(path)
    with path.open("rb") as file:
        file.read(100)


def _read_all(path: Path) -> None:
    with path.open("rb", buffering=0) as file:
        while file.read(1 << 20):
            pass


def run(where: str, report, opens: int = 200, full: int = 3) -> None:
    if is_postgresql(where):
        report(
            {
                "bench": "integrity",
                "name": "skipped",
                "note": "SQLite only: the checks of the database file (header, length, "
                "quick_check); a PostgreSQL server checks its own pages",
            }
        )
        return
    from peewee import SqliteDatabase

    from receptionist.store import integrity
    from receptionist.store.faults import GuardedConnection

    path = Path(where)
    db = SqliteDatabase(str(path), factory=GuardedConnection)  # as open_database's, unshared
    db.connect()

    def open_checks(_):
        integrity.check_file(path)
        integrity.check_ours(db)

    try:
        ours = timed(open_checks, range(opens))
    finally:
        db.close()
    floor = timed(lambda _: _read_header(path), range(opens))
    target = {"p99_ms": OPEN_TARGET_MS, "ratio_p50": OPEN_RATIO}
    report(measurement("integrity", "open_checks", ours, floor, target))

    size_mb = path.stat().st_size / 1e6
    _read_all(path)  # the OS file cache warm for both, as for a desk started a second time
    ours, floor = [], []
    for _ in range(full):
        floor += timed(lambda _: _read_all(path), [None])
        ours += timed(lambda _: integrity.full_check(path), [None])
    line = measurement(
        "integrity",
        "full_check",
        ours,
        floor,
        {"p50_ms": round(FULL_MS_PER_MB * size_mb, 1), "ratio_p50": FULL_RATIO},
        db_mb=round(size_mb, 1),
    )
    line["ms_per_mb"] = round(line["p50_ms"] / size_mb, 2) if size_mb else None
    report(line)
