"""The command line: the desk's services from a terminal, for admins and scripting.

``main(argv)`` parses, opens the database, runs one command and returns the exit code:
0 done, 2 refused (one sentence on stderr; nothing was written) or bad arguments, 1 for
anything unexpected. ``--json`` prints JSON instead of a table. This module builds the
parser from each group of commands (``customers``, ``visits``, ``staff``, ``planning``,
``printing``) and maps errors to exit codes. No Qt is imported here; the desk and kiosk
windows are opened by ``receptionist.__main__`` through ``open_desk`` and ``open_kiosk``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..domain.errors import DeskError
from ..services import database
from . import customers, planning, printing, staff, visits
from . import output as out
from .common import command

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
OpenWindow = Callable[[str | None, str | None], int]  # (db_path, lang) -> exit code
WINDOWS = (None, "desk", "kiosk")
GROUPS = (customers, visits, staff, printing, planning)


def _global_options(default: object) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="SQLite file (default: $RECEPTIONIST_DB, else the app-data folder)",
    )
    options.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="language of the desk and kiosk windows and of printed documents",
    )
    options.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        default=default,
        help="the staff member acting (default: the first receptionist)",
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; global options may come before or after the command."""
    parser = argparse.ArgumentParser(
        prog="receptionist",
        parents=[_global_options(None)],
        description="Front-desk reception. Without a command, opens the desk window.",
    )
    # read_input: asks the person at the terminal before the command's transaction starts.
    parser.set_defaults(command=None, read_input=None)
    # Given after the command they override; not given there, they leave the value alone.
    common = _global_options(argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    command(sub, common, "desk", None, "open the desk window (the default)", writes=False)
    command(
        sub,
        common,
        "kiosk",
        None,
        "open the self-service kiosk: full screen; leaving "
        "it needs the staff PIN (receptionist kiosk-pin)",
        writes=False,
    )
    for group in GROUPS:
        group.add_commands(sub, common)
    return parser


def _open_window(
    parser: argparse.ArgumentParser, args: argparse.Namespace, open_window: OpenWindow | None
) -> int:
    window = args.command or "desk"
    if open_window is None:
        parser.print_usage(sys.stderr)
        print(
            f"receptionist: choose a command; the {window} window opens from the "
            "`receptionist` program itself.",
            file=sys.stderr,
        )
        return 2
    return open_window(args.db, args.lang)


def main(
    argv: Sequence[str] | None = None,
    open_desk: OpenWindow | None = None,
    open_kiosk: OpenWindow | None = None,
) -> int:
    """Run one command; returns the exit code (argparse errors give 2, ``--help`` 0)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command in WINDOWS:
        return _open_window(parser, args, open_kiosk if args.command == "kiosk" else open_desk)
    args.db_path = Path(args.db).expanduser() if args.db else database.default_db_path()
    try:
        database.open_database(args.db_path)
    except Exception as exc:  # a sentence, not a traceback: the path is the user's own
        print(f"Cannot open the database {args.db_path}: {exc}", file=sys.stderr)
        return 1
    try:
        if args.read_input is not None:  # before the transaction takes the write lock
            args.read_input(args)
        if args.writes:
            with database.transaction():
                text = args.func(args)
        else:
            text = args.func(args)
    except DeskError as err:
        print(err.message, file=sys.stderr)
        return 2
    except Exception as exc:
        log.debug("command failed", exc_info=True)
        print(f"Unexpected error ({type(exc).__name__}); nothing was changed.", file=sys.stderr)
        return 1
    finally:
        database.close_database()
    out.emit(text)
    return 0
