"""Purchases from the command line: ``purchase add`` and ``purchases`` (a customer's
purchases, newest first, with their count and total). Amounts are given and printed in
currency units; JSON carries them as numbers and as exact ``amount_cents``."""

from __future__ import annotations

import argparse

from ..domain.money import format_money
from ..services import purchases
from . import output as out
from .common import actor, customer_id_of, json_flag, read_pages
from .types import count, day


def _customer_options(parser: argparse.ArgumentParser) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer-id", type=int, metavar="N", help="the customer's number")
    who.add_argument("--customer-phone", metavar="PHONE", help="the customer's phone number")


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    """Add ``purchase add`` and ``purchases`` to the command parser ``sub``."""
    text = "record a customer's purchase (a negative amount is a refund)"
    p = sub.add_parser("purchase", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    actions = p.add_subparsers(dest="purchase_command", metavar="ACTION", required=True)
    q = actions.add_parser(
        "add",
        parents=[common],
        help="record a purchase: date, amount in currency units (1280.50, -20 for a refund)",
    )
    q.set_defaults(func=_add, writes=True)
    _customer_options(q)
    q.add_argument("--date", required=True, type=day, metavar="YYYY-MM-DD")
    q.add_argument("--amount", required=True, metavar="AMOUNT", help="e.g. 1280.50 or -20")
    q.add_argument("--note", default="")
    q.add_argument("--reference", default="", help="e.g. the invoice number")
    json_flag(q)

    text = "a customer's purchases, newest first, with their count and total"
    p = sub.add_parser("purchases", parents=[common], help=text, description=text)
    p.set_defaults(func=_list, writes=False)
    _customer_options(p)
    p.add_argument("--limit", type=count, default=100, metavar="N", help="at most N (100)")
    json_flag(p)


def _add(args: argparse.Namespace) -> str:
    recorded = purchases.record_purchase(
        actor(args).id,
        customer_id_of(args),
        args.date,
        args.amount,
        note=args.note,
        reference=args.reference,
        source="cli",
    )
    bought = recorded.purchase
    if args.json:
        return out.to_json(
            {
                **bought.to_json(),
                "currency": purchases.currency(),
                "suggest_existing": recorded.suggest_existing,
            }
        )
    text = (
        f"Recorded purchase {bought.id}: {format_money(bought.amount_cents, purchases.currency())}"
        f" on {bought.purchased_on.isoformat()} for customer {bought.customer_id}."
    )
    if recorded.suggest_existing:
        text += (
            "\nThis is the prospect's first purchase: change their category to existing "
            "customer at the desk if that is right (it was not changed)."
        )
    return text


def _list(args: argparse.Namespace) -> str:
    who, customer_id = actor(args).id, customer_id_of(args)
    rows, more = read_pages(
        lambda size, before: purchases.list_purchases(who, customer_id, before, size),
        lambda row: row.cursor,
        args.limit,
    )
    summary = purchases.purchase_summary(who, customer_id)
    money = purchases.currency()
    if args.json:
        return out.to_json(
            {
                "customer_id": customer_id,
                "currency": money,
                "summary": summary.to_json(),
                "purchases": [row.to_json() for row in rows],
                "more": more,
            }
        )
    if not rows:
        return f"Customer {customer_id} has no purchases."
    lines = [
        f"{summary.count} purchases, {format_money(summary.total_cents, money)} in total, "
        f"last on {summary.last_on.isoformat() if summary.last_on else '-'}:"
    ]
    for row in rows:
        first_line = row.note.splitlines()[0] if row.note else ""
        extra = "  ".join(t for t in (row.reference, first_line) if t)
        lines.append(
            f"  {row.purchased_on.isoformat()}  {format_money(row.amount_cents, money):>16}"
            f"  #{row.id}  {extra}".rstrip()
        )
    if more:
        lines.append(f"  … only the newest {args.limit} shown (--limit N for more)")
    return "\n".join(lines)
