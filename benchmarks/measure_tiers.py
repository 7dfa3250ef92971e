"""Issue 12: recomputing one period's value tiers at scale, beside its floor.

    python -m benchmarks.generate --db /work/bench-tiers/tiers.sqlite3 \\
        --customers 1000000 --visits 1000000 --purchases 10000000
    python -m benchmarks.measure_tiers --db /work/bench-tiers/tiers.sqlite3 --period 2025

- **recompute**: ``services.tiers.recompute`` of one year, as ``receptionist tiers
  recompute`` runs it: the period's revenue, purchases and last purchase per customer in
  one aggregate query, ranking, tiers and stars in Python, the results written in bulk, a
  run row and an audit entry, one transaction. Target: ≤ 15 s (the issue).
- **floor**: ONE SQL statement computing the same ranks with a window function
  (``RANK() OVER (ORDER BY revenue DESC)`` over the period's revenue per customer), all
  rows fetched, on a bare connection (``bare.Bare``), measured in the same run. The line
  says whether its ranks agree with the recompute's, customer by customer.

Each recompute adds a run to the database (kept, as in the app): measure a copy, or a
file generated for this.
"""

from __future__ import annotations

import argparse
import json

from .bare import Bare
from .common import Reporter, measurement, timed

TARGET_MS = 15_000.0
RATIO = 10.0  # against one window-function query that writes nothing

FLOOR_SQL = (
    "SELECT customer_id, RANK() OVER (ORDER BY revenue DESC) FROM ("
    "SELECT customer_id, SUM(amount_cents) AS revenue FROM purchase "
    "WHERE purchased_on >= ? AND purchased_on <= ? "
    "GROUP BY customer_id HAVING SUM(amount_cents) > 0) AS period"
)


def _actor() -> int:
    """A staff member who may recompute (a manager or an admin of the generated site)."""
    from receptionist.store import staff

    for row in staff.all_staff():
        if row.role in ("manager", "admin"):
            return row.id
    raise SystemExit("no manager or admin in this database to recompute as")


def run(where: str, report, period: str = "2025", repeat: int = 3) -> None:
    from receptionist.domain.tiers import parse_period
    from receptionist.services import tiers
    from receptionist.store import tiers as store

    span = parse_period(period)
    actor = _actor()
    runs: list[int] = []
    ours = timed(lambda _: runs.append(tiers.recompute(actor, period).id), range(repeat))
    bare = Bare(where, read_only=True)
    floor_rows: list[tuple] = []
    try:
        params = (span.starts_on.isoformat(), span.ends_on.isoformat())
        if bare.postgresql:
            params = (span.starts_on, span.ends_on)  # type: ignore[assignment]

        def floor_once(_) -> None:
            floor_rows[:] = bare.all(FLOOR_SQL, params)

        floor = timed(floor_once, range(repeat))
    finally:
        bare.close()
    ranked = {
        cid: rank for cid, _ref, _n, _p, _c, _r, _pc, _l, rank, _t, _s in store.results(runs[-1])
    }
    agree = len(ranked) == len(floor_rows) and all(ranked.get(c) == r for c, r in floor_rows)
    report(
        measurement(
            "tiers",
            "recompute_year",
            ours,
            floor,
            {"p50_ms": TARGET_MS, "ratio_p50": RATIO},
            period=period,
            customers=len(ranked),
            ranks_agree=agree,
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a generated file or postgresql://… URL")
    parser.add_argument("--period", default="2025")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from receptionist.store.connection import close_database, open_database

    from .bare import describe

    report = Reporter(args.json)
    report(describe(args.db))
    open_database(args.db)
    try:
        counts = Bare(args.db, read_only=True)
        try:
            row = counts.one("SELECT count(*) FROM purchase")
            customers = counts.one("SELECT count(*) FROM customer")
        finally:
            counts.close()
        report(
            {
                "bench": "data",
                "name": "size",
                "purchases": row[0] if row else 0,
                "customers": customers[0] if customers else 0,
            }
        )
        run(args.db, report, args.period, args.repeat)
    finally:
        close_database()
    if not args.json:
        print(json.dumps(report.lines[-1], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
