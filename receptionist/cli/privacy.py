"""Personal data from the command line (``services/privacy.py``):

- ``customer export (--id N | --phone P) --out FILE [--pdf FILE]``: everything held on one
  customer as JSON (and a readable PDF), for a request under PIPL / GDPR; audited;
- ``customer erase --id N [--yes]``: anonymises the customer for good (asks first unless
  ``--yes``); audited;
- ``retention [--dry-run] [--json]``: anonymises the customers with no visit for the
  retention period (the months the kiosk's privacy notice states); ``--dry-run`` says
  who, and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.errors import DeskError, NotFound
from ..services import customers, privacy
from . import output as out
from .common import actor, command, json_flag, lang
from .types import count


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser(
        "customer", parents=[common], help="a customer's personal data: export, erase"
    )
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = command(
        verbs,
        common,
        "export",
        _export,
        "write everything held on a customer to a JSON file (and a readable PDF)",
        True,
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", type=count, metavar="N", dest="customer_id")
    which.add_argument("--phone", metavar="P")
    p.add_argument("--out", metavar="FILE", required=True, help="the JSON file to write")
    p.add_argument("--pdf", metavar="FILE", help="also write a readable PDF")

    p = command(
        verbs,
        common,
        "erase",
        _erase,
        "erase a customer's personal data for good (visit counts stay for reports)",
        True,
    )
    p.add_argument("--id", type=count, metavar="N", dest="customer_id", required=True)
    p.add_argument("--yes", action="store_true", help="do not ask first")
    p.set_defaults(read_input=_confirm_erase)

    p = command(
        sub,
        common,
        "retention",
        _retention,
        "anonymise customers with no visit for the retention period (the months the "
        "kiosk's privacy notice states)",
        True,
    )
    p.add_argument("--dry-run", action="store_true", help="only say who; write nothing")
    json_flag(p)


def _customer_id(args: argparse.Namespace) -> int:
    if args.customer_id is not None:
        return args.customer_id
    found = customers.find_by_phone(actor(args).id, args.phone)
    if found is None:
        raise NotFound("customer_phone_none", field="phone")
    return found.id


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError:
        raise DeskError("export_write_failed") from None


def _export(args: argparse.Namespace) -> str:
    data = privacy.export_customer(actor(args).id, _customer_id(args))
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    _write(args.out, text.encode("utf-8"))
    written = [args.out]
    if args.pdf:
        _write(args.pdf, privacy.export_pdf(data, lang(args)))
        written.append(args.pdf)
    visits = len(data["visits"])
    return f"Exported customer #{data['customer']['id']} ({visits} visits) to {', '.join(written)}."


def _confirm_erase(args: argparse.Namespace) -> None:
    args.confirmed = args.yes
    if args.yes:
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise DeskError("erase_needs_yes")
    print(
        f"Erase the personal data of customer #{args.customer_id} for good? "
        "This cannot be undone. [y/N] ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    try:
        args.confirmed = input().strip().lower() in ("y", "yes")
    except (EOFError, KeyboardInterrupt):
        args.confirmed = False


def _erase(args: argparse.Namespace) -> str:
    if not args.confirmed:
        return "Nothing was erased."
    privacy.erase_customer(actor(args).id, args.customer_id)
    return f"Erased the personal data of customer #{args.customer_id}; visit counts are kept."


def _retention(args: argparse.Namespace) -> str:
    report = privacy.run_retention(actor(args).id, dry_run=args.dry_run)
    if args.json:
        return out.to_json(report.to_json())
    since = report.cutoff.date().isoformat()
    verb = "Would anonymise" if report.dry_run else "Anonymised"
    text = (
        f"{verb} {report.count} customers with no visit since {since} "
        f"(retention: {report.months} months)"
    )
    if report.customer_ids:
        text += ": " + ", ".join(f"#{i}" for i in report.customer_ids)
    return text + "."
