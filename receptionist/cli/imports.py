"""Importing the archive from the command line (``services/imports.py``; exporting it:
``cli/exports.py``):

- ``import customers FILE`` and ``import purchases FILE`` (CSV or .xlsx) with
  ``--map COLUMN=FIELD`` (repeatable; ``COLUMN=-`` leaves a column out), ``--dry-run``
  (check only, write nothing), ``--skip-bad`` (import the good rows, report the rest) and
  ``--json``. Rejected rows are named by their line in the file (the header is line 1).
  Exit code 2 when the file was refused because of bad rows (or, with ``--dry-run``,
  would be); 0 otherwise, also when ``--skip-bad`` left rows out.
"""

from __future__ import annotations

import argparse
import sys

from ..domain.importing import parse_map
from ..domain.messages import message
from ..services import imports
from ..services.imports import ImportReport
from . import output as out
from .common import actor, command, json_flag

REFUSED_ROWS = 2  # the exit code of a file refused (or that would be) for bad rows
SHOWN = 50  # rejected rows listed in the text report (--json lists them all)


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser(
        "import", parents=[common], help="import customers or purchases from CSV or Excel"
    )
    verbs = group.add_subparsers(dest="verb", metavar="WHAT", required=True)
    for what, func, text in (
        ("customers", _customers, "import new customers from a CSV or .xlsx file"),
        (
            "purchases",
            _purchases,
            "import purchases (header customer_ref,name,phone,date,amount) from a CSV "
            "or .xlsx file",
        ),
    ):
        p = command(verbs, common, what, func, text, True)
        p.add_argument("file", metavar="FILE")
        p.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="COLUMN=FIELD",
            help="read the file's column COLUMN as FIELD (repeatable); COLUMN=- skips it",
        )
        p.add_argument("--dry-run", action="store_true", help="check every row and write nothing")
        p.add_argument(
            "--skip-bad", action="store_true", help="import the good rows and report the bad"
        )
        json_flag(p)


def _run(args: argparse.Namespace, service) -> str:
    report: ImportReport = service(
        actor(args).id,
        args.file,
        mapping=parse_map(args.map),
        dry_run=args.dry_run,
        skip_bad=args.skip_bad,
    )
    if report.refused:
        args.exit_code = REFUSED_ROWS
        print(message("import_rows_refused", {"count": report.rejected_lines}), file=sys.stderr)
    if args.json:
        return out.to_json(report.to_json())
    return _text(report)


def _customers(args: argparse.Namespace) -> str:
    return _run(args, imports.import_customers)


def _purchases(args: argparse.Namespace) -> str:
    return _run(args, imports.import_purchases)


def _text(report: ImportReport) -> str:
    lines = []
    for problem in report.rejected[:SHOWN]:
        lines.append(f"line {problem.line} ({problem.field}): {problem.message}")
    if len(report.rejected) > SHOWN:
        lines.append(f"… and {len(report.rejected) - SHOWN} more (--json lists them all)")
    bad = report.rejected_lines
    if report.dry_run:
        summary = f"Dry run: {report.rows_read} rows read, {report.imported} would be imported"
        summary += f", {bad} would be refused; nothing was written."
    elif report.refused:
        summary = (
            f"Refused: {bad} of {report.rows_read} rows cannot be imported, so nothing was "
            "written; correct them, or add --skip-bad to import only the good rows."
        )
    else:
        summary = f"Imported {report.imported} of {report.rows_read} rows"
        if report.kind == "purchases":
            summary += (
                f" ({report.customers_matched} customers matched, "
                f"{report.customers_created} created)"
            )
        summary += f"; {bad} rows left out." if bad else "."
    return "\n".join([*lines, summary])
