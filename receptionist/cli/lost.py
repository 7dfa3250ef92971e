"""Lost customers from the command line: ``lost detect``, ``lost list`` and ``lost
report``.

``lost list --json`` prints per review ``id``, ``customer_id``, ``name``, ``phone``
(masked), ``detected_at``, ``rule`` (threshold | interval), ``last_activity``,
``status`` (open | analysed | won_back | lost), ``competitor``, ``reason``, ``tiers``
(period and tier of each run in force), ``last_visits`` and ``last_purchase``.
``lost report --json`` prints ``by_reason`` and ``by_competitor`` lines (``key``,
``reviews``, ``customers``, ``revenue_lost_cents``); ``--out FILE`` writes the report to
a CSV or .xlsx file (by its suffix).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain import lost as rules
from ..domain.money import plain
from ..services import lost
from ..services.lost_views import ReportLine
from . import output as out
from .common import actor, json_flag


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    text = "lost customers: detect them, list the reviews, report by reason and competitor"
    p = sub.add_parser("lost", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    verbs = p.add_subparsers(dest="lost_command", metavar="ACTION", required=True)

    text = "open a review for each customer newly detected as lost"
    q = verbs.add_parser("detect", parents=[common], help=text, description=text)
    q.set_defaults(func=_detect, writes=True)
    json_flag(q)

    text = "the lost-customer reviews, newest first"
    q = verbs.add_parser("list", parents=[common], help=text, description=text)
    q.set_defaults(func=_list, writes=False)
    q.add_argument("--status", choices=rules.STATUSES)
    json_flag(q)

    text = "reviews by reason and by competitor, with the revenue lost"
    q = verbs.add_parser("report", parents=[common], help=text, description=text)
    q.set_defaults(func=_report, writes=False)
    q.add_argument("--since", metavar="YYYY-MM-DD", help="reviews detected on or after this day")
    q.add_argument("--out", metavar="FILE", help="write the report to a CSV or .xlsx file")
    json_flag(q)


def _detect(args: argparse.Namespace) -> str:
    made = lost.detect(actor(args).id)
    if args.json:
        return out.to_json(made.to_json())
    return (
        f"Detected {len(made.review_ids)} lost customers "
        f"({made.threshold} idle too long, {made.interval} long past their usual interval)."
    )


def _list(args: argparse.Namespace) -> str:
    rows = lost.reviews(actor(args).id, args.status)
    if args.json:
        return out.to_json([r.to_json() for r in rows])
    if not rows:
        return "No lost-customer reviews: `receptionist lost detect` looks for them."
    body = [
        [
            str(r.id),
            out.clip(r.name, 24),
            r.phone,
            r.last_activity_on.isoformat() if r.last_activity_on else "",
            r.rule,
            " ".join(f"{p}:{t}" for p, t in r.tiers),
            r.status,
            r.reason or "",
            out.clip(r.competitor, 20),
        ]
        for r in rows
    ]
    headers = ["ID", "Name", "Phone", "Last", "Rule", "Tiers", "Status", "Reason", "Competitor"]
    return out.table(headers, body)


def _lines(title: str, lines: list[ReportLine], empty: str) -> str:
    body = [
        [line.key or empty, str(line.reviews), str(line.customers), plain(line.revenue_cents)]
        for line in lines
    ]
    return out.table([title, "Reviews", "Customers", "Revenue lost"], body) if body else ""


def _report(args: argparse.Namespace) -> str:
    who = actor(args).id
    if args.out:
        file_format = "xlsx" if Path(args.out).suffix == ".xlsx" else "csv"
        count = lost.export_report(who, args.out, since=args.since, file_format=file_format)
        if args.json:
            return out.to_json({"rows": count, "file": args.out, "format": file_format})
        return f"Wrote {count} report rows to {args.out}."
    made = lost.report(who, args.since)
    if args.json:
        return out.to_json(made.to_json())
    if not made.by_reason:
        return "No lost-customer reviews in this period."
    return "\n\n".join(
        (
            _lines("Reason", made.by_reason, "(not analysed)"),
            _lines("Competitor", made.by_competitor, "(none named)"),
        )
    )
