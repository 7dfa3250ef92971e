"""Complaints from the command line (处理投诉五步): ``complaint open`` (prints the new
complaint's id), ``complaint show ID`` (its steps with who and when), ``complaint step ID
N --note TEXT [--resolved yes|no]`` (step N done by the signed-in user; step 5, the
call-back, by someone other than the handler, with the customer's answer) and
``complaints [--open] [--overdue]``."""

from __future__ import annotations

import argparse

from ..domain.complaints import SEVERITIES, STEP_NAMES
from ..services import complaints, staff
from ..services.complaint_views import ComplaintChange, ComplaintView
from . import output as out
from .common import actor, customer_id_of, json_flag


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value not in ("yes", "no"):
        raise argparse.ArgumentTypeError("give yes or no")
    return value == "yes"


def _step_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value not in STEP_NAMES:
        raise argparse.ArgumentTypeError("a step is a number from 1 to 5")
    return value


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    """Add ``complaint open|show|step`` and ``complaints`` to the command parser."""
    text = "open a customer's complaint, show one, or record one of its five steps"
    p = sub.add_parser("complaint", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    actions = p.add_subparsers(dest="complaint_command", metavar="ACTION", required=True)

    q = actions.add_parser(
        "open", parents=[common], help="open a complaint; prints the complaint's id"
    )
    q.set_defaults(func=_open, writes=True)
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer-id", type=int, metavar="N", help="the customer's number")
    who.add_argument("--customer-phone", metavar="P", help="the customer's phone number")
    q.add_argument("--subject", required=True, metavar="S", help="what it is about")
    q.add_argument("--description", default="", metavar="TEXT")
    q.add_argument("--visit", metavar="CODE", help="the visit it was made at")
    q.add_argument("--severity", default="normal", choices=SEVERITIES)
    q.add_argument(
        "--handler", metavar="NAME", help="who handles it (default: the visit's host, else you)"
    )
    json_flag(q)

    q = actions.add_parser(
        "show", parents=[common], help="one complaint with its steps: who did them and when"
    )
    q.set_defaults(func=_show, writes=False)
    q.add_argument("id", type=int, metavar="ID")
    json_flag(q)

    q = actions.add_parser(
        "step",
        parents=[common],
        help="record step N (1 listen, 2 confirm, 3 propose, 4 carry out, 5 call back) as "
        "done by you",
    )
    q.set_defaults(func=_step, writes=True)
    q.add_argument("id", type=int, metavar="ID")
    q.add_argument("step", type=_step_number, metavar="N")
    q.add_argument("--note", required=True, metavar="TEXT")
    q.add_argument(
        "--resolved",
        type=_yes_no,
        metavar="yes|no",
        help="step 5 only: whether the customer confirms it is resolved",
    )
    json_flag(q)

    text = "the complaints, open ones first by their deadline"
    p = sub.add_parser("complaints", parents=[common], help=text, description=text)
    p.set_defaults(func=_list, writes=False)
    p.add_argument("--open", action="store_true", help="only the open ones")
    p.add_argument("--overdue", action="store_true", help="only the open ones past a deadline")
    json_flag(p)


def _open(args: argparse.Namespace) -> str:
    me = actor(args).id
    handler = staff.find_by_name(me, args.handler).id if args.handler else None
    opened = complaints.open_complaint(
        me,
        customer_id_of(args),
        args.subject,
        description=args.description,
        visit_code=args.visit,
        severity=args.severity,
        handler_id=handler,
    )
    if args.json:
        return out.to_json(_change_json(opened))
    return str(opened.complaint.id) + _suggestion(opened)


def _change_json(change: ComplaintChange) -> dict:
    suggest = change.suggest_category
    return {
        **change.complaint.to_json(),
        "suggest_category": str(suggest) if suggest else None,
    }


def _suggestion(change: ComplaintChange) -> str:
    if change.suggest_category is None:
        return ""
    return (
        f"\nSuggested: change the customer's category to {change.suggest_category} at the "
        "desk if that is right (it was not changed)."
    )


def _show(args: argparse.Namespace) -> str:
    view = complaints.complaint(actor(args).id, args.id)
    if args.json:
        return out.to_json(view.to_json())
    return _detail(view)


def _state(view: ComplaintView) -> str:
    if view.status == "closed":
        return "closed (resolved)"
    nxt = view.next_step or 0
    text = f"open, next step {nxt} {STEP_NAMES.get(nxt, '')}".rstrip()
    return text + (", OVERDUE" if view.overdue else "")


def _answer(resolved: bool | None) -> str:
    if resolved is None:
        return ""
    return ": resolved" if resolved else ": not resolved"


def _detail(view: ComplaintView) -> str:
    lines = [
        f"Complaint {view.id}: {view.subject}",
        f"  customer {view.customer_id} {view.customer_name}"
        + (f", visit {view.visit_code}" if view.visit_code else ""),
        f"  {view.severity}, by {view.channel}, handler {view.handler_name or '-'}",
        f"  {_state(view)}",
        f"  opened {out.when(view.opened_at)}, acknowledge by {out.when(view.acknowledge_by)},"
        f" resolve by {out.when(view.resolve_by)}"
        + (f", closed {out.when(view.closed_at)}" if view.closed_at else ""),
    ]
    if view.description:
        lines.append(f"  {view.description}")
    if view.steps:
        rows = [
            [
                f"{s.step} {s.name}",
                s.action + _answer(s.resolved),
                s.staff_name or "",
                out.when(s.at),
                out.clip(s.note.replace("\n", " "), 60),
            ]
            for s in view.steps
        ]
        lines.append(out.table(["Step", "Done", "By", "When", "Note"], rows))
    else:
        lines.append("  No step done yet.")
    return "\n".join(lines)


def _step(args: argparse.Namespace) -> str:
    changed = complaints.record_step(
        actor(args).id, args.id, args.step, args.note, resolved=args.resolved
    )
    if args.json:
        return out.to_json(_change_json(changed))
    view = changed.complaint
    return f"Complaint {view.id}: step {args.step} recorded; {_state(view)}." + _suggestion(changed)


def _list(args: argparse.Namespace) -> str:
    rows = complaints.complaints(actor(args).id, open_only=args.open, overdue_only=args.overdue)
    if args.json:
        return out.to_json({"complaints": [row.to_json() for row in rows]})
    if not rows:
        return "No complaints."
    table = [
        [
            str(r.id),
            out.clip(r.subject, 40),
            out.clip(r.customer_name, 20),
            r.severity,
            r.handler_name or "-",
            "closed" if r.status == "closed" else f"step {r.step}/5",
            out.when(r.resolve_by),
            "OVERDUE" if r.overdue else "",
        ]
        for r in rows
    ]
    headers = ["ID", "Subject", "Customer", "Severity", "Handler", "State", "Resolve by", ""]
    return out.table(headers, table)
