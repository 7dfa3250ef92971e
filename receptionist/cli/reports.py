"""Reports from the command line: ``report dashboard`` — every figure of the manager's
dashboard for a period and a filter; ``--json`` prints them by name (``docs/cli.md``),
the text form is a short summary; ``--out FILE`` writes them to an .xlsx or CSV file.
Managers and admins only (others: exit 5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.enums import Category, Purpose, Tier
from ..domain.errors import ValidationError
from ..domain.reports import PeriodKind, ReportPeriod
from ..services import dashboard_export, reports
from ..services.report_views import Dashboard, DashboardFilters, LowRated
from . import output as out
from .common import actor, json_flag
from .types import count, day, values

_KINDS = [k.value for k in PeriodKind if k is not PeriodKind.CUSTOM]


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    text = "reports for managers: the dashboard's figures"
    p = sub.add_parser("report", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    verbs = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    text = (
        "every figure of the dashboard for a period (default: this month) and a filter: "
        "visits with last year beside them, satisfaction, complaints, tiers, follow-ups, "
        "first-visit conversion"
    )
    q = verbs.add_parser("dashboard", parents=[common], help=text, description=text)
    q.set_defaults(func=_dashboard, writes=False)
    q.add_argument("--period", choices=_KINDS, help="around today (default: month)")
    q.add_argument("--from", dest="start", type=day, metavar="YYYY-MM-DD", help="first day")
    q.add_argument("--to", dest="end", type=day, metavar="YYYY-MM-DD", help="last day")
    q.add_argument("--purpose", choices=values(Purpose))
    q.add_argument("--category", choices=values(Category))
    q.add_argument("--tier", choices=values(Tier))
    q.add_argument("--host", metavar="NAME", help="a host's name")
    q.add_argument("--department", metavar="D", help="the hosts of a department")
    # (--station is every command's own: the station the command runs at)
    q.add_argument(
        "--at-station", dest="at_station", metavar="NAME", help="visits checked in at a station"
    )
    q.add_argument(
        "--days",
        type=count,
        default=reports.CONVERSION_DAYS,
        help="a prospect converted with a purchase within this many days (default: 90)",
    )
    q.add_argument(
        "--min-answers",
        type=count,
        default=reports.MIN_ANSWERS,
        help="feedback a host or purpose needs to be ranked (default: 5)",
    )
    q.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        help="write the figures to this .xlsx or CSV file (a sheet or section per table)",
    )
    q.add_argument(
        "--format",
        dest="file_format",
        choices=dashboard_export.DASHBOARD_FORMATS,
        help="with --out: xlsx or csv (default: from the file's name, else csv)",
    )
    json_flag(q)


def _dashboard(args: argparse.Namespace) -> str:
    if args.period and (args.start or args.end):
        raise ValidationError("report_period_invalid", field="period")
    period = reports.report_period(args.period or "month", args.start, args.end)
    filters = DashboardFilters(
        purpose=args.purpose,
        category=args.category,
        tier=args.tier,
        host=args.host,
        department=args.department,
        station=args.at_station,
    )
    if args.out is not None:
        return _export(args, period, filters)
    if args.file_format:
        raise ValidationError("export_format_needs_out", field="format")
    board = reports.dashboard(
        actor(args).id,
        period,
        filters,
        conversion_days=args.days,
        min_answers=args.min_answers,
    )
    return out.to_json(board.to_json()) if args.json else _text(board)


def _export(args: argparse.Namespace, period: ReportPeriod, filters: DashboardFilters) -> str:
    """``--out``: the figures to a file (headers in English); ``--json``: a summary."""
    suffix = args.out.suffix.lower()
    file_format = args.file_format or ("xlsx" if suffix == ".xlsx" else "csv")
    rows = dashboard_export.export_dashboard(
        actor(args).id,
        args.out,
        period,
        filters,
        file_format=file_format,
        conversion_days=args.days,
        min_answers=args.min_answers,
    )
    if args.json:
        return out.to_json({"rows": rows, "path": str(args.out), "format": file_format})
    return f"Exported the dashboard ({rows} rows) to {args.out}."


def _num(value: float | None, suffix: str = "") -> str:
    return "—" if value is None else f"{value:g}{suffix}"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def _low(rows: tuple[LowRated, ...]) -> str:
    return ", ".join(f"{r.key} {_num(r.overall)} ({r.answers})" for r in rows) or "—"


def _text(board: Dashboard) -> str:
    v, s, c = board.visits, board.satisfaction, board.complaints
    t, f, conv = board.tiers, board.follow_ups, board.conversion
    narrowed = ", ".join(f"{k}={x}" for k, x in board.filters.to_json().items() if x)
    lines = [
        f"Dashboard {board.period.start} .. {board.period.end}"
        + (f" ({narrowed})" if narrowed else ""),
        f"Visits: {v.current.total} (same period last year: {v.last_year.total}, "
        f"change {_share(v.change)})",
        "  by purpose: " + ", ".join(f"{x.key} {x.total}" for x in v.current.by_purpose),
        "  by category: " + ", ".join(f"{x.key} {x.total}" for x in v.current.by_category),
        f"Satisfaction: {s.averages.answers} answers, overall {_num(s.averages.overall)} / 5, "
        f"NPS {_num(s.nps.score)} ({s.nps.promoters} promoters, {s.nps.passives} passives, "
        f"{s.nps.detractors} detractors)",
        f"  lowest-rated hosts (>= {s.min_answers} answers): {_low(s.lowest_hosts)}",
        f"  lowest-rated purposes: {_low(s.lowest_purposes)}",
        f"Complaints: {c.opened} opened, {c.closed} closed ({_share(c.resolved_share)} "
        f"confirmed resolved), {c.overdue} overdue now",
        "  mean hours per step: "
        + ", ".join(
            f"{x.step}: {_num(None if x.mean_seconds is None else round(x.mean_seconds / 3600, 1))}"
            for x in c.steps
        ),
    ]
    if t.period is None:
        lines.append("Tiers: not computed yet")
    else:
        dist = ", ".join(f"{x.tier} {x.customers}" for x in t.distribution)
        lines.append(f"Tiers {t.period}: {dist}")
        if t.previous_period:
            moves = ", ".join(f"{k} {n}" for k, n in t.moves.items())
            lines.append(f"  since {t.previous_period}: {moves}")
    lines.append(f"Follow-ups: {f.done} done, {f.overdue} overdue now")
    lines += [
        f"  {x.name or '(not assigned)'}: {x.done} done, {x.overdue} overdue" for x in f.staff
    ]
    lines.append(
        f"Conversion: {conv.bought} of {conv.prospects} new prospects bought within "
        f"{conv.within_days} days ({_share(conv.rate)})"
    )
    return "\n".join(lines)
