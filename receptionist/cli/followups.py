"""Follow-up and call-back tasks from the command line: ``followups due`` (the signed-in
person's Today list, or ``--for NAME``'s with FOLLOW_UPS) and ``followups run-rules``
(runs every rule now; running it again makes nothing twice)."""

from __future__ import annotations

import argparse

from ..services import followup_rules, followups, staff
from . import output as out
from .common import actor, json_flag


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    """Add ``followups due`` and ``followups run-rules`` to the command parser ``sub``."""
    text = "follow-up and call-back tasks: today's list, running the rules"
    p = sub.add_parser("followups", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    verbs = p.add_subparsers(dest="followups_command", metavar="ACTION", required=True)

    text = "open tasks due today and overdue (overdue first): yours, or --for NAME's"
    q = verbs.add_parser("due", parents=[common], help=text, description=text)
    q.set_defaults(func=_due, writes=False)
    q.add_argument("--for", dest="for_name", metavar="NAME", help="a staff member's name")
    json_flag(q)

    text = "run every follow-up rule now; a task is never made twice"
    q = verbs.add_parser("run-rules", parents=[common], help=text, description=text)
    q.set_defaults(func=_run_rules, writes=True)
    json_flag(q)


def _due(args: argparse.Namespace) -> str:
    me = actor(args)
    whose = staff.find_by_name(me.id, args.for_name).id if args.for_name else None
    tasks = followups.due(me.id, for_staff_id=whose)
    if args.json:
        return out.to_json([t.to_json() for t in tasks])
    if not tasks:
        return "Nothing due."
    lines = [
        f"{t.id}\t{t.due_on.isoformat()}{' OVERDUE' if t.overdue else ''}\t{t.kind}\t"
        f"{t.customer_name}\t{t.assignee_name or '-'}"
        for t in tasks
    ]
    return "\n".join(lines)


def _run_rules(args: argparse.Namespace) -> str:
    report = followup_rules.run_rules(actor(args).id)
    if args.json:
        return out.to_json(report.to_json())
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(report.by_kind.items()))
    return f"Made {report.count} follow-up tasks" + (f": {kinds}." if kinds else ".")
