"""Issue 15: the manager's dashboard at scale, beside the bare aggregate queries.

    python -m benchmarks.generate --db /work/bench-dash/full.sqlite3 \\
        --feedback 0.25 --purchases 2000000
    python -m benchmarks.measure_dashboard --db /work/bench-dash/full.sqlite3

- **prepare** (once per database, reported, not a target): the first refresh of the
  summaries after the bulk load (every day and customer marked), and the value tiers of
  the last two years recomputed when there are none (the dashboard shows their
  distribution and movements; the first dashboard counts the movements once and keeps
  them).
- **year**: ``services.reports.dashboard`` for each whole year of the data in turn
  (``--rounds`` times), every figure, with the same year before beside it; unfiltered, and
  filtered by purpose, host, department and tier (the tier only over the years that have
  a tier run to read). Target: p99 ≤ 300 ms.
- **history**: the dashboard for every day of the data at once. Target: ≤ 1 s.
- **floor**: the bare aggregate queries over the visits themselves (visits per day by
  purpose and category, the feedback's sums per day and per host), on a bare connection
  in the same run: what the dashboard would cost without its summaries. Target ratio ≤ 1
  (the summaries must beat it). ``summary_floor`` lines give the bare summary queries
  alone: the part of the dashboard's time that is SQL.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, time, timedelta

from .bare import Bare
from .common import Reporter, measurement, timed

YEAR_P99_MS = 300.0
HISTORY_MS = 1000.0

RAW_DAYS = (
    "SELECT {day}, v.purpose, v.category, COUNT(*), COUNT(f.id), SUM(f.overall), "
    "SUM(f.recommend), SUM(CASE WHEN f.recommend >= 9 THEN 1 ELSE 0 END) "
    "FROM visit v LEFT JOIN feedback f ON f.visit_id = v.id "
    "WHERE v.check_in_at >= ? AND v.check_in_at < ? AND v.status IN ('on_site', 'done') "
    "GROUP BY 1, 2, 3"
)
RAW_HOSTS = (
    "SELECT v.host_id, COUNT(f.id), SUM(f.overall) FROM visit v JOIN feedback f "
    "ON f.visit_id = v.id WHERE v.check_in_at >= ? AND v.check_in_at < ? "
    "AND v.status IN ('on_site', 'done') GROUP BY v.host_id"
)
SUMMARY_DAYS = (
    "SELECT day, purpose, category, SUM(visits), SUM(feedback), SUM(overall_sum), "
    "SUM(recommend_n), SUM(promoters) FROM report_day WHERE day >= ? AND day <= ? "
    "GROUP BY day, purpose, category"
)
SUMMARY_HOSTS = (
    "SELECT host_id, SUM(feedback), SUM(overall_sum) FROM report_host_day "
    "WHERE day >= ? AND day <= ? GROUP BY host_id"
)


def _actor() -> tuple[int, str, str]:
    """A manager of the generated site (id, name, department)."""
    from receptionist.store import staff

    for row in staff.all_staff():
        if row.role in ("manager", "admin"):
            return row.id, row.name, row.department
    raise SystemExit("no manager or admin in this database")


def _a_host() -> str:
    from receptionist.store import staff

    return next(r.name for r in staff.all_staff() if r.role == "host")


def _utc(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def prepare(report, years: list[int]) -> None:
    from receptionist.services import clock, tiers
    from receptionist.store import report_summary
    from receptionist.store import reports as store

    started = datetime.now()
    days, customers = report_summary.refresh(
        clock.local_day_start, lambda at: clock.local(at).date()
    )
    seconds = (datetime.now() - started).total_seconds()
    report(
        {
            "bench": "prepare",
            "name": "first_refresh",
            "days": days,
            "customers": customers,
            "seconds": round(seconds, 1),
        }
    )
    if not store.current_runs():
        actor = _actor()[0]
        for year in years[-2:]:
            started = datetime.now()
            run = tiers.recompute(actor, str(year))
            report(
                {
                    "bench": "prepare",
                    "name": "tiers_recompute",
                    "period": run.period,
                    "customers": run.customers,
                    "seconds": round((datetime.now() - started).total_seconds(), 1),
                }
            )


def _floor(bare: Bare, days: list[tuple[date, date]], summary: bool) -> list[float]:
    """The bare aggregate queries for each span of ``days``."""
    day_text = "substr(v.check_in_at, 1, 10)"
    if bare.postgresql:
        day_text = "(v.check_in_at AT TIME ZONE 'UTC')::date"

    def once(span: tuple[date, date]) -> None:
        first, last = span
        if summary:
            params: tuple = (
                (first, last) if bare.postgresql else (first.isoformat(), last.isoformat())
            )
            bare.all(SUMMARY_DAYS, params)
            bare.all(SUMMARY_HOSTS, params)
        else:
            window = (bare.stamp(_utc(first)), bare.stamp(_utc(last + timedelta(days=1))))
            bare.all(RAW_DAYS.format(day=day_text), window)
            bare.all(RAW_HOSTS, window)

    return timed(once, days)


def _line(kind: str, filters) -> str:
    narrowed = {k: v for k, v in (filters.to_json() if filters else {}).items() if v}
    return kind + ("" if not narrowed else "_" + "_".join(narrowed))


def run(where: str, report, rounds: int = 8, only: list[str] | None = None) -> None:
    """Every line, or ``only`` those named (e.g. ``year_tier``: the floor of their kind
    is measured, the summary floors are left out)."""
    from receptionist.domain.reports import custom_period
    from receptionist.services import reports
    from receptionist.services.report_views import DashboardFilters
    from receptionist.store import reports as store
    from receptionist.store.models import Visit

    first_at = Visit.select(Visit.check_in_at).order_by(Visit.check_in_at).first().check_in_at
    last_at = Visit.select(Visit.check_in_at).order_by(Visit.check_in_at.desc()).first()
    first_day, last_day = first_at.astimezone().date(), last_at.check_in_at.astimezone().date()
    years = list(range(first_day.year, last_day.year + 1))
    prepare(report, years)
    actor, _name, department = _actor()
    spans = [(date(y, 1, 1), date(y, 12, 31)) for y in years] * rounds
    history = [(first_day, last_day)] * max(3, rounds // 2)
    reports.dashboard(actor, custom_period(*spans[-1]))  # tier movements counted once
    cases = [
        ("year", None),
        ("year", DashboardFilters(purpose="sales")),
        ("year", DashboardFilters(host=_a_host())),
        ("year", DashboardFilters(department=department)),
        ("year", DashboardFilters(tier="gold")),
        ("history", None),
    ]
    if only:
        cases = [(k, f) for k, f in cases if _line(k, f) in only]
    kinds = {k for k, _f in cases}
    bare = Bare(where, read_only=True)
    try:
        floors = {
            "year": _floor(bare, spans, summary=False) if "year" in kinds else [],
            "history": _floor(bare, history, summary=False) if "history" in kinds else [],
        }
        summary = {
            "year": _floor(bare, spans, summary=True) if not only else [],
            "history": _floor(bare, history, summary=True) if not only else [],
        }
    finally:
        bare.close()
    # the tier filter only where it has a tier run to read (else it is empty at once)
    tiered = [s for s in spans if s[1].year >= min(int(r.period[:4]) for r in store.current_runs())]
    for kind, filters in cases:
        todo = spans if kind == "year" else history
        if filters is not None and filters.tier:
            todo = tiered

        def once(span: tuple[date, date], f: DashboardFilters | None = filters) -> None:
            reports.dashboard(actor, custom_period(*span), f)

        times = timed(once, todo)
        target = (
            {"p99_ms": YEAR_P99_MS, "ratio_p99": 1.0}
            if kind == "year"
            else {"max_ms": HISTORY_MS, "ratio_p99": 1.0}
        )
        narrowed = {k: v for k, v in (filters.to_json() if filters else {}).items() if v}
        name = _line(kind, filters)
        report(measurement("dashboard", name, times, floors[kind], target, filters=narrowed))
    for kind in ("year", "history") if not only else ():
        report(measurement("dashboard", f"summary_floor_{kind}", summary[kind], floors[kind], {}))


def check_summaries(where: str, report) -> None:
    """Each year's sums in the summaries equal the visits' own (on a bare connection), and
    every customer with a visit has its first visit: the line says whether they agree."""
    from receptionist.services import clock
    from receptionist.store import report_summary

    report_summary.refresh(clock.local_day_start, lambda at: clock.local(at).date())
    bare = Bare(where, read_only=True)
    try:
        years = bare.one("SELECT MIN(day), MAX(day) FROM report_day") or (None, None)
        first, last = (date.fromisoformat(str(d)[:10]) for d in years)
        agree = True
        for year in range(first.year, last.year + 1):
            start, end = date(year, 1, 1), date(year + 1, 1, 1)
            days = (start, end - timedelta(days=1))
            summed = bare.one(
                "SELECT SUM(visits), SUM(feedback), SUM(overall_sum), SUM(promoters) "
                "FROM report_day WHERE day >= ? AND day <= ?",
                days if bare.postgresql else tuple(d.isoformat() for d in days),
            )
            raw = bare.one(
                "SELECT COUNT(*), COUNT(f.id), SUM(f.overall), "
                "SUM(CASE WHEN f.recommend >= 9 THEN 1 ELSE 0 END) FROM visit v "
                "LEFT JOIN feedback f ON f.visit_id = v.id WHERE v.check_in_at >= ? "
                "AND v.check_in_at < ? AND v.status IN ('on_site', 'done')",
                (bare.stamp(clock.local_day_start(start)), bare.stamp(clock.local_day_start(end))),
            )
            agree &= tuple(int(x or 0) for x in summed or ()) == tuple(
                int(x or 0) for x in raw or ()
            )
        firsts = bare.one("SELECT COUNT(*) FROM report_first_visit") or (0,)
        visitors = bare.one(
            "SELECT COUNT(DISTINCT customer_id) FROM visit WHERE check_in_at IS NOT NULL "
            "AND status IN ('on_site', 'done')"
        ) or (0,)
        agree &= firsts[0] == visitors[0]
    finally:
        bare.close()
    report({"bench": "check", "name": "summaries", "agree": agree})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a generated file or postgresql://… URL")
    parser.add_argument("--rounds", type=int, default=8, help="passes over the years")
    parser.add_argument(
        "--check-summaries",
        action="store_true",
        help="only check that the summaries sum what the visits hold",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="LINE",
        help="measure only this line (repeatable): year, year_purpose, year_host, "
        "year_department, year_tier, history",
    )
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
            sizes = {
                table: (counts.one(f"SELECT count(*) FROM {table}") or (0,))[0]
                for table in ("customer", "visit", "feedback", "purchase")
            }
        finally:
            counts.close()
        report({"bench": "data", "name": "size", **sizes})
        if args.check_summaries:
            check_summaries(args.db, report)
        else:
            run(args.db, report, args.rounds, args.only)
    finally:
        close_database()
    if not args.json:
        print(json.dumps(report.lines[-1], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
