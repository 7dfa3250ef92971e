"""What every group of commands shares: who is acting, the language of printed text, and
the ``--json`` flag."""

from __future__ import annotations

import argparse

from ..services import staff
from ..services.views import StaffView


def actor(args: argparse.Namespace) -> StaffView:
    """The staff member acting: ``--as NAME``, else the first receptionist."""
    return staff.find_by_name(args.actor) if args.actor else staff.default_actor()


def lang(args: argparse.Namespace) -> str:
    return args.lang or "en"


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def command(
    sub, common: argparse.ArgumentParser, name: str, func, help_text: str, writes: bool
) -> argparse.ArgumentParser:
    """Add the command ``name`` to ``sub``: ``func(args)`` returns the text to print;
    ``writes`` runs it in one transaction."""
    parser = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
    parser.set_defaults(func=func, writes=writes)
    return parser


def read_pages(fetch, after_of, limit: int) -> tuple[list, bool]:
    """Up to ``limit`` rows of a keyset-paged list, and whether more follow:
    ``fetch(size, after)`` reads one page after the key ``after`` (None: the first),
    ``after_of(row)`` is the key of a page's last row."""
    rows: list = []
    after = None
    while len(rows) <= limit:
        page = fetch(min(limit + 1 - len(rows), 500), after)
        rows.extend(page)
        if not page or len(rows) > limit:
            break
        after = after_of(page[-1])
    return rows[:limit], len(rows) > limit
