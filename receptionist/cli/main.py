"""The command line: the desk's services from a terminal, for admins and scripting.

``main(argv)`` parses, opens the database, runs one command and returns the exit code;
when it is not 0, stderr says why in one sentence (argparse adds its usage line) and
nothing was written:

- 0 done;
- 1 something unexpected (a bug);
- 2 refused: bad arguments, arguments that are not valid text (a terminal that is not
  set to UTF-8), input a rule refuses (name required, phone not valid...), a request the
  data contradicts (unknown code, already checked out...);
- 3 the database cannot be used as it is and someone must act on the file, its folder or
  its disk: read-only file or folder, disk full, a disk error, a damaged or empty file,
  not a database, another program's database, a schema newer than this app; on a
  server: the login refused, the database missing (or not creatable), a target that
  already holds rows, a copy the server refused or that did not verify;
- 4 the database is busy, or its server cannot be reached or was lost: another desk,
  kiosk or program held it past the busy timeout, the network or the server is down;
  the same command works when tried again a moment later;
- 5 refused to this user: a wrong name, password or PIN, a locked account, a member
  without a password yet, or a role that may not do this (a missing ``--user`` or
  password is a missing argument: 2).

Every command that reads or writes the site's data runs as a signed-in staff member
(``cli/signin.py``): ``--user NAME`` or ``RECEPTIONIST_USER``, with the password from
``RECEPTIONIST_PASSWORD``, piped stdin's first line or a prompt; the sign-in comes before
the command's work. Not signed in: ``setup`` (before anyone exists), ``db ...`` (the
database's own credentials are the proof), the desk and kiosk windows (they sign in
themselves) and help.

A command records the station it runs at (a named desk or kiosk, ``cli/stations.py``):
``--station NAME``, else ``RECEPTIONIST_STATION``; without either its visits and audit
entries name no station. Given to ``desk`` or ``kiosk``, ``--station`` names the station
of this computer's window (remembered there).

A command that writes first reads the whole file to check it is not damaged (about
1.4 ms per MB, ``docs/performance.md``), and never writes into a damaged file. ``--json``
prints JSON instead of a table. This module builds the parser from each group of commands
(``customers``, ``privacy``, ``visits``, ``staff``, ``users``, ``planning``, ``printing``,
``stations``, ``audit``, ``db``, ``backup``) and maps errors to exit codes; ``audit
verify`` exits 3 when the audit trail's chain is broken. It opens ``--db`` before every
command except those that open their databases themselves
(``set_defaults(opens_db=False)``: ``db init``, ``db migrate``, ``db check``, ``backup``,
``restore``; the last two open it first for their user's sign-in). No Qt is imported
here; the desk and
kiosk windows are opened by ``receptionist.__main__`` through ``open_desk`` and
``open_kiosk``.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence

from ..domain.errors import DeskError, Refused
from ..domain.faults import DatabaseFault
from ..domain.location import Location
from ..services import access, database
from ..services import stations as station_service
from . import (
    audit,
    backup,
    complaints,
    customers,
    db,
    exports,
    followups,
    imports,
    lost,
    merge,
    messages,
    planning,
    printing,
    privacy,
    purchases,
    reports,
    staff,
    stations,
    tiers,
    users,
    visits,
)
from . import output as out
from .common import command
from .signin import GoneAsOption, sign_in

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
# (db_path, lang, station name) -> exit code
OpenWindow = Callable[[str | None, str | None, str | None], int]
WINDOWS = (None, "desk", "kiosk")
GROUPS = (
    customers,
    purchases,
    imports,
    exports,
    privacy,
    merge,
    visits,
    staff,
    users,
    printing,
    planning,
    stations,
    audit,
    db,
    backup,
    tiers,
    complaints,
    followups,
    lost,
    messages,
    reports,
)
ENV_STATION = "RECEPTIONIST_STATION"
STATION_OPTIONAL = ("station", "db", "setup")  # commands run before the station exists
REFUSED = 5  # the exit code of a refused sign-in or role


def _global_options(default: object) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        help="the database: an SQLite file (a path or sqlite:///PATH) or a PostgreSQL "
        "server (postgresql://USER@HOST:PORT/NAME); default: $RECEPTIONIST_DB, else (desk "
        "and kiosk windows only) the location saved in Settings → Database, else the "
        "SQLite file in the app-data folder",
    )
    options.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="language of the desk and kiosk windows and of printed documents",
    )
    options.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help="the staff member who signs in to run the command (default: "
        "$RECEPTIONIST_USER); the password or PIN comes from $RECEPTIONIST_PASSWORD, "
        "else the first line of stdin when it is not a terminal, else a prompt",
    )
    options.add_argument("--as", dest="gone_as", action=GoneAsOption, default=default)
    options.add_argument(
        "--station",
        metavar="NAME",
        default=default,
        help="the station (a named desk or kiosk) this command runs at: its visits and "
        "audit entries record it; default: $RECEPTIONIST_STATION. With desk or kiosk: "
        "the name of this computer's desk or kiosk",
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
    # opens_db: False for a command that opens its databases itself (``db ...``).
    # signs_in: False for a command that runs before anyone can sign in (``setup``, ``db``).
    # before_sign_in: a check of the arguments alone, before the database is opened.
    # requires: the permission a verb that works on files (backup, restore) checks after
    # its sign-in; the other verbs are checked by the services they call.
    parser.set_defaults(
        command=None,
        read_input=None,
        opens_db=True,
        signs_in=True,
        before_sign_in=None,
        requires=None,
    )
    # Given after the command they override; not given there, they leave the value alone.
    common = _global_options(argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    command(
        sub,
        common,
        "desk",
        None,
        "open the desk window (the default); staff sign in there",
        writes=False,
        signs_in=False,
    )
    command(
        sub,
        common,
        "kiosk",
        None,
        "open the self-service kiosk: full screen; leaving "
        "it needs the staff PIN (receptionist kiosk-pin)",
        writes=False,
        signs_in=False,
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
    return open_window(args.db, args.lang, args.station)


def _use_station(args: argparse.Namespace) -> None:
    """The station this command runs at: ``--station``, else ``RECEPTIONIST_STATION``.
    An unknown name is refused (a typo would record nothing), except by the commands
    that make a database or a station (``db``, ``station``): they come first."""
    name = args.station or os.environ.get(ENV_STATION, "")
    if not name.strip():
        return
    try:
        station_service.use_station(name)
    except DeskError as err:
        if err.code != "station_unknown" or args.command not in STATION_OPTIONAL:
            raise


def _undecodable(argv: Sequence[str]) -> int | None:
    """The position (1-based) of the first argument that is not valid text: bytes the
    terminal's encoding could not decode arrive as lone surrogates. None when all are."""
    for position, arg in enumerate(argv, start=1):
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in arg):
            return position
    return None


def _open(place: Location) -> int | None:
    """Open the database for a command; the exit code when it cannot be opened."""
    shown = place.display  # the path, or the URL without its password
    try:
        database.open_database(place)
    except DeskError as err:  # a sentence, not a traceback: the path is the user's own
        print(f"Cannot open the database {shown}: {err.message}", file=sys.stderr)
        return err.exit_code if isinstance(err, DatabaseFault) else 2
    except Exception as exc:
        log.debug("open failed", exc_info=True)
        print(
            f"Cannot open the database {shown}: unexpected error "
            f"({type(exc).__name__}); nothing was changed.",
            file=sys.stderr,
        )
        return 1
    return None


def main(
    argv: Sequence[str] | None = None,
    open_desk: OpenWindow | None = None,
    open_kiosk: OpenWindow | None = None,
) -> int:
    """Run one command; returns the exit code (argparse errors give 2, ``--help`` 0)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    bad = _undecodable(argv)
    if bad is not None:  # refused before anything is opened; the value is never echoed
        print(
            f"Argument {bad} is not valid UTF-8 text (the terminal may be set to another "
            "encoding); set the terminal to UTF-8 and type it again.",
            file=sys.stderr,
        )
        return 2
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command in WINDOWS:
        return _open_window(parser, args, open_kiosk if args.command == "kiosk" else open_desk)
    gc.enable()  # paused while the program started (receptionist.__main__)
    args.place = database.resolve(args.db)
    if args.before_sign_in is not None:  # a check that needs no database (backup)
        try:
            args.before_sign_in(args)
        except DeskError as err:
            print(err.message, file=sys.stderr)
            return 2
    if args.opens_db or args.signs_in:
        failed = _open(args.place)
        if failed is not None:
            return failed
    try:
        if args.opens_db or args.signs_in:  # the db verbs open their databases themselves
            _use_station(args)
        if args.writes and not database.check_integrity():
            raise DatabaseFault("db_damaged")
        if args.signs_in:  # before the command reads or writes anything
            person = sign_in(args)
            if args.requires is not None:  # a verb that works on files, not services
                access.authorize(person.id, args.requires)
            if not args.opens_db:  # backup, restore: they open the database themselves
                database.close_database()
        if args.read_input is not None:  # before the transaction takes the write lock
            args.read_input(args)
        if args.writes:
            with database.transaction():
                text = args.func(args)
        else:
            text = args.func(args)
    except DatabaseFault as fault:
        print(fault.message, file=sys.stderr)
        return fault.exit_code
    except Refused as err:  # a sign-in or a role refused: nothing was done
        print(err.message, file=sys.stderr)
        return REFUSED
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
    return getattr(args, "exit_code", 0)  # a command may end non-zero (audit verify)
