"""Exporting lists from the command line (``services/exports.py``,
``services/list_exports.py``, ``services/tier_exports.py``)::

    receptionist export visits|customers|complaints|followups|lost|tiers|audit
        --format xlsx|csv|pdf --out FILE [the list's filters] [--json]

The format defaults to the file's suffix (``.xlsx``, ``.pdf``, else CSV). ``pdf`` (every
list but the customers and the movements): a printable report, its heading in the global
``--lang``, refused (exit 2, no file) beyond ``PDF_ROWS_MAX`` rows. Filters: ``visits``
``--from --to --purpose --flow --category --host --at-station --visitor`` (as the visit
log); ``customers`` ``--category --kind``; ``complaints`` ``--state open|closed|overdue``;
``followups`` ``--from --to`` (due days; default: everything due by today); ``lost``
``--status``; ``tiers`` ``--period --run``, or ``--from-period P --to-period Q`` for who
moved between two periods; ``audit`` ``--from --to --actor --action``. Column headers
are English keys in CSV and Excel (for scripts); a PDF in another ``--lang`` has them,
and the shared codes (category, purpose, flow, tier, a visit's status), in its words.
``--json`` prints ``rows``, ``path`` and ``format``. A role that may not export exits 5
and writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain import lost as lost_rules
from ..domain.enums import Category, Flow, Kind, Purpose
from ..domain.errors import ValidationError
from ..services import audit, exports, list_exports, stations, tier_exports, visit_log
from . import output as out
from .common import actor, command, json_flag, lang
from .tiers import PERIOD_HELP
from .types import count, day, values
from .visits import find_host_id

WHAT = {
    "visits": "the visit log (with its filters) to a CSV, .xlsx or PDF file",
    "customers": "the customers to a CSV or .xlsx file",
    "complaints": "the complaints to a CSV, .xlsx or PDF file",
    "followups": "the open follow-up tasks to a CSV, .xlsx or PDF file",
    "lost": "the lost-customer reviews to a CSV, .xlsx or PDF file",
    "tiers": "a period's tiers (or the movements between two periods: CSV or .xlsx) to a "
    "CSV, .xlsx or PDF file",
    "audit": "the audit trail to a CSV, .xlsx or PDF file",
}
SUFFIXES = {".xlsx": "xlsx", ".pdf": "pdf"}


def _days(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--from", dest="since", type=day, metavar="YYYY-MM-DD", help=f"first {what}")
    p.add_argument("--to", dest="until", type=day, metavar="YYYY-MM-DD", help=f"last {what}")


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    text = "export a list (visits, customers, complaints, …) to a CSV, Excel or PDF file"
    group = sub.add_parser("export", parents=[common], help=text, description=text)
    verbs = group.add_subparsers(dest="verb", metavar="WHAT", required=True)
    parsers = {}
    for what, help_text in WHAT.items():
        p = command(verbs, common, what, _export, "write " + help_text, what == "customers")
        p.set_defaults(what=what)
        p.add_argument("--out", metavar="FILE", required=True)
        formats = exports.EXPORT_FORMATS if what == "customers" else list_exports.LIST_FORMATS
        p.add_argument("--format", choices=formats, dest="file_format")
        json_flag(p)
        parsers[what] = p

    p = parsers["visits"]
    _days(p, "local day of check-in (inclusive)")
    p.add_argument("--purpose", choices=values(Purpose))
    p.add_argument("--flow", choices=values(Flow))
    p.add_argument("--category", choices=values(Category))
    p.add_argument("--host", metavar="NAME")
    p.add_argument(
        "--at-station",
        metavar="NAME",
        help="visits checked in at this desk or kiosk (--station names the station running "
        "the command)",
    )
    p.add_argument("--visitor", metavar="TEXT", help="name, pinyin initials or phone")
    p = parsers["customers"]
    p.add_argument("--category", choices=values(Category))
    p.add_argument("--kind", choices=[k.value for k in Kind])
    parsers["complaints"].add_argument("--state", choices=list_exports.COMPLAINT_STATES)
    _days(parsers["followups"], "due day (inclusive)")
    parsers["lost"].add_argument("--status", choices=lost_rules.STATUSES)
    p = parsers["tiers"]
    p.add_argument("--period", metavar="PERIOD", help=PERIOD_HELP)
    p.add_argument("--run", type=count, metavar="ID", help="a run from `tiers runs`")
    p.add_argument("--from-period", metavar="PERIOD", help="movements: the earlier period")
    p.add_argument("--to-period", metavar="PERIOD", help="movements: the later period")
    p = parsers["audit"]
    _days(p, "local day (inclusive)")
    p.add_argument("--actor", metavar="NAME", help="entries by this staff member")
    p.add_argument("--action", metavar="ACTION", help="e.g. visit.check_in")


def _export(args: argparse.Namespace) -> str:
    file_format = args.file_format or SUFFIXES.get(Path(args.out).suffix.lower(), "csv")
    who = actor(args).id
    if file_format == "pdf" and lang(args) != "en" and args.what in list_exports.LISTS:
        # a report for people: its columns in their language, as the desk writes them
        # (Qt's translations, loaded only here); CSV and Excel keep the keys for scripts
        from ..ui.common.export_texts import command_line_words

        keys = [c.key for c in list_exports.export_columns(args.what)]
        with command_line_words(args.what, keys, lang(args)) as words:
            rows = _WRITERS[args.what](args, who, file_format, **words)
    else:
        rows = _WRITERS[args.what](args, who, file_format)
    if args.json:
        summary = {"rows": rows, "path": args.out, "format": file_format}
        if args.what == "customers":  # the keys of issue 12, kept for scripts
            summary.update(customers=rows, file=args.out)
        return out.to_json(summary)
    if args.what == "customers":
        return f"Exported {rows} customers to {args.out}."
    return f"Exported {rows} rows to {args.out}."


def _visits(args: argparse.Namespace, who: int, file_format: str, **words) -> int:
    if args.since and args.until and args.since > args.until:
        raise ValidationError("date_range", field="from")
    flt = visit_log.log_filter_for_days(
        who,
        args.since,
        args.until,
        visitor=args.visitor or "",
        purpose=args.purpose,
        flow=args.flow,
        category=args.category,
        host_id=find_host_id(who, args.host) if args.host else None,
        station_id=stations.find_station(who, args.at_station).id if args.at_station else None,
    )
    return list_exports.export_visits(
        who, args.out, flt, file_format=file_format, lang=lang(args), **words
    )


def _customers(args: argparse.Namespace, who: int, file_format: str, **words) -> int:
    return exports.export_customers(
        who, args.out, file_format=file_format, category=args.category, kind=args.kind
    )


def _complaints(args: argparse.Namespace, who: int, file_format: str, **words) -> int:
    return list_exports.export_complaints(
        who, args.out, state=args.state, file_format=file_format, lang=lang(args), **words
    )


def _followups(args: argparse.Namespace, who: int, file_format: str, **words) -> int:
    return list_exports.export_followups(
        who,
        args.out,
        first=args.since,
        last=args.until,
        file_format=file_format,
        lang=lang(args),
        **words,
    )


def _lost(args: argparse.Namespace, who: int, file_format: str, **words) -> int:
    return list_exports.export_lost(
        who, args.out, status=args.status, file_format=file_format, lang=lang(args), **words
    )


def _tiers(args: argparse.Namespace, who: int, file_format: str, **words) -> int:
    if args.from_period or args.to_period:
        if not (args.from_period and args.to_period):
            raise ValidationError("export_periods", field="from_period")
        return tier_exports.export_movements(
            who, args.from_period, args.to_period, args.out, file_format=file_format
        )
    return list_exports.export_tiers(
        who,
        args.out,
        period=args.period,
        run_id=args.run,
        file_format=file_format,
        lang=lang(args),
        **words,
    )


def _audit(args: argparse.Namespace, who: int, file_format: str, **words) -> int:
    flt = audit.trail_filter(who, args.since, args.until, actor=args.actor, action=args.action)
    return list_exports.export_audit(
        who, args.out, flt, file_format=file_format, lang=lang(args), **words
    )


_WRITERS = {
    "visits": _visits,
    "customers": _customers,
    "complaints": _complaints,
    "followups": _followups,
    "lost": _lost,
    "tiers": _tiers,
    "audit": _audit,
}
