"""The audit trail from the command line: ``audit`` lists entries newest first,
``audit verify`` checks the chain.

``audit verify`` exits 0 when every entry holds and 3 when the chain is broken (someone
must look at the database), printing the first broken entry's id and what is wrong.
"""

from __future__ import annotations

import argparse

from ..domain.faults import EXIT_UNUSABLE
from ..services import audit
from ..services.audit import AuditEntryView, TrailVerdict
from . import output as out
from .common import actor, json_flag, read_pages
from .types import count, day

PROBLEM_TEXT = {
    "content_changed": "its content was changed after it was written",
    "link_broken": "it does not follow the entry before it (that entry was rewritten)",
    "entry_missing": "the entry before it was deleted",
}


def record_spec(text: str) -> tuple[str, int]:
    """``TYPE:ID``, e.g. ``visit:42``."""
    kind, sep, number = text.partition(":")
    if not sep or not kind or not number.isdigit():
        raise argparse.ArgumentTypeError(f"not a record in the form TYPE:ID: {text!r}")
    return kind, int(number)


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    text = "the audit trail, newest first (verify: check that nobody rewrote it)"
    p = sub.add_parser("audit", parents=[common], help=text, description=text)
    p.set_defaults(func=_list, writes=False)
    p.add_argument(
        "--from", dest="since", type=day, metavar="YYYY-MM-DD", help="first local day (inclusive)"
    )
    p.add_argument(
        "--to", dest="until", type=day, metavar="YYYY-MM-DD", help="last local day (inclusive)"
    )
    p.add_argument("--actor", metavar="NAME", help="entries by this staff member")
    p.add_argument("--action", metavar="ACTION", help="e.g. visit.check_in")
    p.add_argument("--record", type=record_spec, metavar="TYPE:ID", help="e.g. visit:42")
    p.add_argument("--limit", type=count, default=50, metavar="N")
    json_flag(p)
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=False)

    text = "check the chain of entries; exit 3 and name the first broken entry"
    q = actions.add_parser("verify", parents=[common], help=text, description=text)
    q.set_defaults(func=_verify, writes=False)
    json_flag(q)


def _list(args: argparse.Namespace) -> str:
    kind, number = args.record if args.record else (None, None)
    flt = audit.trail_filter(
        actor(args).id,
        args.since,
        args.until,
        actor=args.actor,
        action=args.action,
        record_type=kind,
        record_id=number,
    )
    rows: list[AuditEntryView]
    rows, more = read_pages(
        lambda size, after: audit.audit_page(actor(args).id, flt, size, after),
        audit.page_after,
        args.limit,
    )
    if args.json:
        return out.to_json([row.to_json() for row in rows])
    return entries_text(rows, more)


def _verify(args: argparse.Namespace) -> str:
    verdict = audit.verify_trail(actor(args).id)
    if not verdict.ok:
        args.exit_code = EXIT_UNUSABLE
    return out.to_json(verdict.to_json()) if args.json else verdict_text(verdict)


def verdict_text(verdict: TrailVerdict) -> str:
    if verdict.ok:
        return f"The audit trail is intact: {verdict.checked} entries checked."
    return (
        f"The audit trail is broken at entry {verdict.broken_id}: "
        f"{PROBLEM_TEXT[verdict.problem or 'content_changed']} "
        f"({verdict.checked} entries before it hold)."
    )


def entries_text(rows: list[AuditEntryView], more: bool) -> str:
    if not rows:
        return "No audit entries match."
    body = [
        [
            str(row.id),
            out.when(row.at),
            row.actor or "-",
            row.station or "-",
            row.action,
            f"{row.record_type}:{row.record_id}",
            out.clip(", ".join(f"{k}={v}" for k, v in sorted(row.details.items())), 60),
        ]
        for row in rows
    ]
    text = out.table(["Id", "When", "Who", "Station", "Action", "Record", "Details"], body)
    return text + ("\n(more: narrow the filter or raise --limit)" if more else "")
