"""Customers from the command line: ``search`` and ``demo``."""

from __future__ import annotations

import argparse

from ..services import customers
from . import output as out
from .common import actor, command, json_flag
from .types import count


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = command(
        sub, common, "demo", _demo, "add realistic demo data (Chinese and English names)", True
    )
    p.add_argument("--customers", type=count, default=300, metavar="N")
    p.add_argument("--visits", type=count, default=1500, metavar="N")
    p.add_argument("--seed", type=int, default=7, metavar="S")
    p.add_argument(
        "--if-empty", action="store_true", help="only when the database has no customers yet"
    )
    json_flag(p)

    p = command(
        sub,
        common,
        "search",
        _search,
        "find customers by name, pinyin initials, phone or its last four digits, "
        "company, or a visit code",
        False,
    )
    p.add_argument("text", nargs="+", metavar="TEXT")
    json_flag(p)


def _demo(args: argparse.Namespace) -> str:
    from ..services import demo  # its name lists load only for this command (cold start)

    if args.if_empty and demo.has_customers(actor(args).id):
        if args.json:
            return out.to_json({"skipped": True})
        return "The database already has customers; no demo data added."
    made = demo.generate(
        actor(args).id, customers=args.customers, visits=args.visits, seed=args.seed
    )
    if args.json:
        return out.to_json(made)
    return (
        f"Added demo data to {args.place.display}: {made['staff_added']} staff, "
        f"{made['customers']} customers, {made['visits']} visits "
        f"({made['on_site']} on site now), {made['category_changes']} category changes "
        f"in {made['seconds']:.1f} s."
    )


def _search(args: argparse.Namespace) -> str:
    result = customers.search(actor(args).id, " ".join(args.text))
    if args.json:
        return out.to_json(
            {
                "customers": [h.to_json() for h in result.hits],
                "visit": result.visit.to_json() if result.visit else None,
            }
        )
    return out.search_text(result)
