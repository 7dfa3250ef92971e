"""Duplicate candidates at full size: ``services.merge.duplicate_candidates`` (the three
rules of ``domain.duplicates``) on a generated database; floor: reading the same columns
of every customer once and the phone GROUP BY, straight through the driver (``bare.py``),
in the same run. Also the peak memory of the process (``VmHWM``).

    python -m benchmarks.measure_duplicates --db /tmp/merge-bench/full.sqlite3 [--runs 3]

Adds a manager "Bench Manager" to the database (the rule needs ARCHIVE) when it has none.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from receptionist.services import clock, merge
from receptionist.services.database import open_database, transaction
from receptionist.store import staff as staff_store
from receptionist.store.models import Staff

from .bare import Bare

FLOOR_SQL = (
    "SELECT id, name, company, phone_search FROM customer WHERE erased_at IS NULL",
    "SELECT phone_search FROM customer WHERE phone_search IS NOT NULL AND erased_at IS NULL "
    "GROUP BY phone_search HAVING COUNT(id) > 1",
)


def _manager() -> int:
    row = Staff.get_or_none(Staff.name == "Bench Manager")
    if row is None:
        with transaction():
            row = staff_store.insert(
                name="Bench Manager", role="manager", active=True, created_at=clock.now()
            )
    return row.id


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    open_database(args.db)
    manager = _manager()
    bare = Bare(args.db, read_only=True)
    customers = bare.all("SELECT COUNT(*) FROM customer")[0][0]
    for run in range(args.runs):
        started = time.perf_counter()
        for sql in FLOOR_SQL:
            bare.all(sql)
        floor = time.perf_counter() - started
        started = time.perf_counter()
        pairs = merge.duplicate_candidates(manager, limit=200)
        seconds = time.perf_counter() - started
        reasons: dict[str, int] = {}
        for pair in pairs:
            for reason in pair.reasons:
                reasons[str(reason)] = reasons.get(str(reason), 0) + 1
        print(
            json.dumps(
                {
                    "bench": "duplicates",
                    "run": run + 1,
                    "customers": customers,
                    "seconds": round(seconds, 2),
                    "floor_seconds": round(floor, 2),
                    "ratio": round(seconds / floor, 1) if floor else None,
                    "pairs_shown": len(pairs),
                    "reasons_in_shown": reasons,
                    "peak_mb": round(_peak_mb()),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
