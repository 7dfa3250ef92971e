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
