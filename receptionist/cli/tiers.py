"""Value tiers and stars from the command line: ``tiers recompute``, ``tiers show``,
``tiers runs``, ``tiers movements``, ``tiers suggestions`` and ``tiers confirm``.

A period is a year ("2026", the default: the current one) or, when the site counts in
quarters, a quarter ("2026-Q1"). ``tiers show --json`` prints per customer
``customer_ref``, ``name``, ``phone`` (masked unless the user may see phones whole),
``revenue`` (a number in currency units), ``revenue_cents``, ``purchases``,
``last_purchase``, ``rank``, ``tier`` and ``stars``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ..domain.money import plain
from ..services import tiers
from ..services.tier_views import Move, Suggestion, TierRow, TierRunView
from . import output as out
from .common import actor, json_flag
from .types import count

PERIOD_HELP = "a year such as 2026 (default: this year) or a quarter such as 2026-Q1"


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    text = "value tiers and stars per period: recompute, show, movements, suggestions"
    p = sub.add_parser("tiers", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    verbs = p.add_subparsers(dest="tiers_command", metavar="ACTION", required=True)

    text = "compute a period's tiers and stars; replaces its result, keeps the runs before"
    q = verbs.add_parser("recompute", parents=[common], help=text, description=text)
    q.set_defaults(func=_recompute, writes=True)
    q.add_argument("--period", metavar="PERIOD", help=PERIOD_HELP)
    json_flag(q)

    text = "a period's result in force (or an older run), by rank"
    q = verbs.add_parser("show", parents=[common], help=text, description=text)
    q.set_defaults(func=_show, writes=False)
    q.add_argument("--period", metavar="PERIOD", help=PERIOD_HELP)
    q.add_argument("--run", type=count, metavar="ID", help="a run from `tiers runs`")
    json_flag(q)

    text = "every recompute kept, newest first (the adjustment catalogue)"
    q = verbs.add_parser("runs", parents=[common], help=text, description=text)
    q.set_defaults(func=_runs, writes=False)
    q.add_argument("--period", metavar="PERIOD", help=PERIOD_HELP)
    json_flag(q)

    text = "who went up, down, dropped out or is new between two periods"
    q = verbs.add_parser("movements", parents=[common], help=text, description=text)
    q.set_defaults(func=_movements, writes=False)
    q.add_argument("--from", dest="from_period", required=True, metavar="PERIOD")
    q.add_argument("--to", dest="to_period", required=True, metavar="PERIOD")
    json_flag(q)

    text = "the category changes the tiers suggest, for staff to confirm"
    q = verbs.add_parser("suggestions", parents=[common], help=text, description=text)
    q.set_defaults(func=_suggestions, writes=False)
    json_flag(q)

    text = "confirm suggestions (by ID from `tiers suggestions`, or --all)"
    q = verbs.add_parser("confirm", parents=[common], help=text, description=text)
    q.set_defaults(func=_confirm, writes=True)
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every suggestion listed now")
    which.add_argument("ids", nargs="*", default=[], metavar="ID")
    json_flag(q)


def _recompute(args: argparse.Namespace) -> str:
    run = tiers.recompute(actor(args).id, args.period)
    if args.json:
        return out.to_json(run.to_json())
    counts = ", ".join(f"{n} {tier}" for tier, n in run.counts.items())
    return (
        f"Computed tiers for {run.period} (run {run.id}): {run.customers} customers "
        f"with revenue ({counts})."
    )


def _show(args: argparse.Namespace) -> str:
    rows = tiers.show(actor(args).id, args.period, args.run)
    if args.json:
        return out.to_json([r.to_json() for r in rows])
    return show_text(rows)


def show_text(rows: Sequence[TierRow]) -> str:
    if not rows:
        return "No customer had revenue in this period."
    body = [
        [
            str(r.rank),
            r.tier,
            "★" * r.stars,
            plain(r.revenue_cents),
            str(r.purchases),
            r.last_purchase_on.isoformat(),
            r.customer_ref,
            out.clip(r.name, 24),
            r.phone,
        ]
        for r in rows
    ]
    headers = ["Rank", "Tier", "Stars", "Revenue", "Purchases", "Last", "Ref", "Name", "Phone"]
    return out.table(headers, body)


def _runs(args: argparse.Namespace) -> str:
    rows = tiers.runs(actor(args).id, args.period)
    if args.json:
        return out.to_json([r.to_json() for r in rows])
    return runs_text(rows)


def runs_text(rows: Sequence[TierRunView]) -> str:
    if not rows:
        return "No tiers computed yet: `receptionist tiers recompute --period 2026`."
    body = [
        [
            str(r.id),
            r.period,
            out.when(r.computed_at),
            r.computed_by or "",
            str(r.customers),
            "yes" if r.current else "",
        ]
        for r in rows
    ]
    return out.table(["Run", "Period", "Computed", "By", "Customers", "Current"], body)


def _movements(args: argparse.Namespace) -> str:
    moved = tiers.movements(actor(args).id, args.from_period, args.to_period)
    if args.json:
        return out.to_json(moved.to_json())
    parts = [f"From {moved.from_period} to {moved.to_period}: {moved.same} kept their tier."]
    for title, group in (
        ("Up", moved.up),
        ("Down", moved.down),
        ("Dropped out", moved.dropped),
        ("New", moved.new),
    ):
        parts.append(f"\n{title} ({len(group)}):")
        if group:
            parts.append(_moves_text(group))
    return "\n".join(parts)


def _moves_text(group: Sequence[Move]) -> str:
    body = [
        [m.before or "-", m.after or "-", m.customer_ref, out.clip(m.name, 24), m.phone]
        for m in group
    ]
    return out.table(["From", "To", "Ref", "Name", "Phone"], body)


def _suggestions(args: argparse.Namespace) -> str:
    found = tiers.suggestions(actor(args).id)
    if args.json:
        return out.to_json([s.to_json() for s in found])
    return suggestions_text(found)


REASON_TEXT = {
    "tier_high": "tier {tier} in {period}",
    "vip_fell": "VIP with tier {tier} in {period}: review",
    "first_purchase": "has bought",
}


def suggestions_text(found: Sequence[Suggestion]) -> str:
    if not found:
        return "No suggestions: every category agrees with the tiers in force."
    body = [
        [
            s.id,
            out.clip(s.name, 24),
            s.phone,
            f"{s.category} -> {s.suggested}",
            REASON_TEXT[s.reason].format(tier=s.tier or "none", period=s.period),
        ]
        for s in found
    ]
    return out.table(["ID", "Name", "Phone", "Change", "Why"], body)


def _confirm(args: argparse.Namespace) -> str:
    done = tiers.confirm_suggestions(actor(args).id, None if args.all else args.ids)
    if args.json:
        return out.to_json([s.to_json() for s in done])
    return f"Confirmed {len(done)} suggestion(s): each is a category change with its reason."
