"""The benchmark suite of issue 4: ``python -m benchmarks [--scale small|full] [--json]``.

Builds (or reuses, with ``--db``) a generated database, then measures, each line with its
floor measured in the same run: search per query kind, check-in and check-out, the on-site
board with 200 visitors on site, the visit log's pages, the customer page of a customer
with 5,000 visits, each printed document, the desk's cold start and peak memory, and
what checking the file costs (at open, and in full).
``--db postgresql://…/name`` runs the same suite on a PostgreSQL server (issue 10); the
file's checks are SQLite's only and say so. Targets and results: docs/performance.md.
Nothing here asserts a time; ``tests/test_benchmarks_smoke.py`` runs it tiny so it cannot
rot.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

SECTIONS = (
    "search",
    "checkin",
    "board",
    "log",
    "kiosk",
    "customer",
    "print",
    "integrity",
    "start",
)
SCALES = {"small": (50_000, 250_000), "full": (1_000_000, 5_000_000)}
# Loop sizes: the real ones, and --quick ones for the smoke test (numbers, not timings).
FULL_LOOPS = {
    "queries": 1000,
    "check_ins": 1000,
    "on_site": 200,
    "refreshes": 200,
    "pages": 100,
    "documents": 50,
    "starts": 5,
    "opens": 200,
    "full_checks": 3,
    "customer_pages": 200,
    "customer_screens": 30,
}
QUICK_LOOPS = {
    "queries": 20,
    "check_ins": 30,
    "on_site": 10,
    "refreshes": 5,
    "pages": 3,
    "documents": 3,
    "starts": 1,
    "opens": 5,
    "full_checks": 1,
    "customer_pages": 3,
    "customer_screens": 2,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--json", action="store_true", help="one JSON line per measurement")
    parser.add_argument(
        "--db",
        help="database file, or postgresql://…/name (a database of the benchmark's own): "
        "reused if it was generated with the same sizes and seed, else generated there",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep a database this run generated (default: delete or drop it)",
    )
    parser.add_argument("--customers", type=int, help="override the scale's customers")
    parser.add_argument("--visits", type=int, help="override the scale's visits")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--only",
        type=lambda text: set(text.split(",")),
        default=set(SECTIONS),
        metavar="SECTION[,SECTION]",
        help=f"measure only these sections ({', '.join(SECTIONS)}; default: all)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="tiny loops (the CI smoke test): numbers, not measurements",
    )
    return parser


def _prepare(args: argparse.Namespace, report) -> tuple[str, bool]:
    """The database to measure (a file's path or a URL), and whether this run generated
    it."""
    from . import load
    from .bare import is_postgresql
    from .generate import generate, generated_meta

    customers, visits = SCALES[args.scale]
    customers = args.customers or customers
    visits = args.visits or visits
    where = args.db or str(
        Path(tempfile.mkdtemp(prefix="receptionist-bench-")) / f"{args.scale}.sqlite3"
    )
    postgresql = is_postgresql(where)
    meta = generated_meta(where) if postgresql or Path(where).exists() else None
    if meta and (meta["customers"], meta["visits"], meta["seed"]) == (
        customers,
        visits,
        args.seed,
    ):
        report({"bench": "data", "name": "reused", **meta, "db_mb": load.size_mb(where)})
        return where, False
    if postgresql:
        if meta is None and load.has_tables(where):
            raise SystemExit(
                f"{load.database_name(where)!r} holds tables but no benchmark data: left "
                "as it is; name a new database in --db"
            )
        load.create_empty(where)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{where}{suffix}").unlink(missing_ok=True)
    result = generate(where, customers, visits, args.seed, quiet=True)
    report({"bench": "data", "name": "generated", **result})
    return where, True


def _discard(where: str, temporary: bool) -> None:
    """A database this run generated goes again (``temporary``: in a folder of its own)."""
    from . import load
    from .bare import is_postgresql

    if is_postgresql(where):
        load.drop(where)
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{where}{suffix}").unlink(missing_ok=True)
    if temporary:
        Path(where).parent.rmdir()


def _set_up_site(actor: int) -> None:
    """The site gets a name and an administrator when it has none (databases generated
    before the first-start setup and sign-in existed): the desk then opens on its window
    (locked, its sign-in screen first), as at a set-up site."""
    from receptionist.services import auth, demo_data, settings
    from receptionist.services.database import transaction

    if not settings.site_settings().set_up:
        with transaction():  # as the first start does
            settings.put_site(demo_data.SITE_NAME, demo_data.SITE_KIND)
    if auth.needs_admin():
        auth.create_first_admin("Benchmark Admin", "benchmark admin password")


def _leftovers(actor: int) -> None:
    """Visitors an earlier run left on site are checked out (as at the end of a day)."""
    from receptionist.services import visits

    for visit in visits.on_site_board(actor):
        visits.check_out(actor, visit.code)


def _settle(app) -> None:
    """Between measurements: closed windows deleted, garbage collected, so one section's
    leftovers are not charged to the next."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from receptionist.store.connection import close_database, open_database

    from . import (
        measure_customer_page,
        measure_desk,
        measure_integrity,
        measure_kiosk,
        measure_print,
        measure_search,
        measure_start,
    )
    from .bare import describe
    from .common import Reporter

    report = Reporter(args.json)
    loops = QUICK_LOOPS if args.quick else FULL_LOOPS
    started = time.perf_counter()
    where, generated = _prepare(args, report)
    report(describe(where))
    try:
        open_database(where)  # as the desk opens it: same pragmas, same options
        _set_up_site(actor=1)
        _leftovers(actor=1)
        from PySide6.QtWidgets import QApplication

        import receptionist.printing.documents  # noqa: F401 - loaded, as in a running desk
        import receptionist.ui.desk.window  # noqa: F401

        app = QApplication.instance() or QApplication([])
        _settle(app)
        gc.freeze()  # as the desk does once its window is up
        only = args.only
        if "search" in only:
            measure_search.run(where, report, per_kind=loops["queries"], seed=args.seed)
        if only & {"checkin", "board"}:  # the board measures the visitors left on site
            measure_desk.run_check_in(
                where,
                report,
                count=loops["check_ins"],
                on_site=loops["on_site"],
                seed=args.seed + 1,
            )
        if "board" in only:
            _settle(app)
            measure_desk.run_board(where, report, app, refreshes=loops["refreshes"])
        if "log" in only:
            _settle(app)
            measure_desk.run_log(where, report, app, pages=loops["pages"])
        if "kiosk" in only:
            measure_kiosk.run(
                where,
                report,
                check_ins=loops["check_ins"],
                planned=loops["on_site"],
                polls=loops["refreshes"],
            )
        if "customer" in only:
            _settle(app)
            measure_customer_page.run(where, report, runs=loops["customer_pages"])
            _settle(app)
            measure_customer_page.run_page(where, report, app, runs=loops["customer_screens"])
        if "print" in only:
            _settle(app)
            measure_print.run(report, measure_print.printed_visit(where), runs=loops["documents"])
        close_database()  # the desk opens the database on its own
        if "integrity" in only:
            measure_integrity.run(where, report, opens=loops["opens"], full=loops["full_checks"])
        if "start" in only:
            measure_start.run(where, report, runs=loops["starts"])
    finally:
        close_database()
        if generated and not args.keep:
            _discard(where, temporary=not args.db)
    misses = [
        f"{line['bench']}/{line['name']}" for line in report.lines if line.get("meets") is False
    ]
    report(
        {
            "bench": "summary",
            "name": "all",
            "measurements": sum(1 for line in report.lines if "meets" in line),
            "misses": misses,
            "seconds": round(time.perf_counter() - started, 1),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
