"""The command line: the desk's services from a terminal, for admins and scripting.

``main(argv)`` parses, opens the database, runs one command and returns the exit code:
0 done, 2 refused (one sentence on stderr; nothing was written) or bad arguments, 1 for
anything unexpected. ``--json`` prints JSON instead of a table. No Qt is imported here;
the desk and kiosk windows are opened by ``receptionist.__main__`` through ``open_desk``
and ``open_kiosk``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import cli_output as out
from . import cli_plan, cli_print
from .cli_types import count, day, values
from .domain.enums import Category, Flow, Purpose, Role, Station
from .domain.errors import DeskError, NotFound, ValidationError
from .services import customers, demo, staff, visits
from .services.views import StaffView
from .store.connection import close_database, default_db_path, open_database

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
OpenWindow = Callable[[str | None, str | None], int]  # (db_path, lang) -> exit code
WINDOWS = (None, "desk", "kiosk")


def _global_options(default: object) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--db", metavar="PATH", default=default,
                         help="SQLite file (default: $RECEPTIONIST_DB, else the app-data "
                         "folder)")
    options.add_argument("--lang", choices=LANGUAGES, default=default,
                         help="language of the desk and kiosk windows and of printed documents")
    options.add_argument("--as", dest="actor", metavar="NAME", default=default,
                         help="the staff member acting (default: the first receptionist)")
    return options


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; global options may come before or after the command."""
    parser = argparse.ArgumentParser(
        prog="receptionist", parents=[_global_options(None)],
        description="Front-desk reception. Without a command, opens the desk window.")
    # read_input: asks the person at the terminal before the command's transaction starts.
    parser.set_defaults(command=None, read_input=None)
    # Given after the command they override; not given there, they leave the value alone.
    common = _global_options(argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func, help_text: str, writes: bool) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func, writes=writes)
        return p

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON")

    command("desk", None, "open the desk window (the default)", writes=False)
    command("kiosk", None, "open the self-service kiosk: full screen; leaving it needs the "
            "staff PIN (receptionist kiosk-pin)", writes=False)

    p = command("demo", _demo, "add realistic demo data (Chinese and English names)", True)
    p.add_argument("--customers", type=count, default=300, metavar="N")
    p.add_argument("--visits", type=count, default=1500, metavar="N")
    p.add_argument("--seed", type=int, default=7, metavar="S")
    p.add_argument("--if-empty", action="store_true",
                   help="only when the database has no customers yet")
    json_flag(p)

    p = command("search", _search, "find customers by name, pinyin initials, phone or its "
                "last four digits, company, or a visit code", False)
    p.add_argument("text", nargs="+", metavar="TEXT")
    json_flag(p)

    p = command("checkin", _checkin, "check a visitor in (a known phone reuses the customer)",
                True)
    p.add_argument("--name", required=True)
    p.add_argument("--phone")
    p.add_argument("--company")
    p.add_argument("--category", choices=values(Category),
                   help="for a new customer (default: prospect)")
    p.add_argument("--purpose", required=True, choices=values(Purpose))
    p.add_argument("--flow", choices=values(Flow),
                   help="default: suggested by rule from the customer and purpose")
    p.add_argument("--host", metavar="NAME", help="the staff member who receives the visitor")
    p.add_argument("--party", type=int, default=1, metavar="N", help="party size")
    p.add_argument("--note", default="")
    json_flag(p)

    p = command("checkout", _checkout, "check a visitor out by visit code", True)
    p.add_argument("code", metavar="CODE")
    json_flag(p)

    json_flag(command("onsite", _onsite, "who is on site now", False))

    p = command("visits", _visits, "the visit log, newest first", False)
    p.add_argument("--from", dest="since", type=day, metavar="YYYY-MM-DD",
                   help="first local day (inclusive)")
    p.add_argument("--to", dest="until", type=day, metavar="YYYY-MM-DD",
                   help="last local day (inclusive)")
    p.add_argument("--purpose", choices=values(Purpose))
    p.add_argument("--flow", choices=values(Flow))
    p.add_argument("--category", choices=values(Category))
    p.add_argument("--host", metavar="NAME")
    p.add_argument("--limit", type=count, default=50, metavar="N")
    json_flag(p)

    p = command("staff", None, "the staff list (hosts and receptionists)", False)
    staff_sub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    q = staff_sub.add_parser("list", parents=[common], help="list staff")
    q.set_defaults(func=_staff_list, writes=False)
    q.add_argument("--all", action="store_true", help="include inactive staff")
    json_flag(q)
    q = staff_sub.add_parser("add", parents=[common], help="add a staff member")
    q.set_defaults(func=_staff_add, writes=True)
    q.add_argument("name", metavar="NAME")
    q.add_argument("--department", default="")
    q.add_argument("--role", choices=values(Role), default=str(Role.HOST))
    json_flag(q)

    cli_print.add_commands(sub, common, actor=_actor)
    cli_plan.add_commands(sub, common, actor=_actor)
    return parser


# -- commands: each returns the text to print once its transaction has committed ---------

def _actor(args: argparse.Namespace) -> StaffView:
    return staff.find_by_name(args.actor) if args.actor else staff.default_actor()


def _lang(args: argparse.Namespace) -> str:
    return args.lang or "en"


def _demo(args: argparse.Namespace) -> str:
    if args.if_empty and demo.has_customers():
        if args.json:
            return out.to_json({"skipped": True})
        return "The database already has customers; no demo data added."
    made = demo.generate(customers=args.customers, visits=args.visits, seed=args.seed,
                         actor_id=_actor(args).id)
    if args.json:
        return out.to_json(made)
    return (f"Added demo data to {args.db_path}: {made['staff_added']} staff, "
            f"{made['customers']} customers, {made['visits']} visits "
            f"({made['on_site']} on site now), {made['category_changes']} category changes "
            f"in {made['seconds']:.1f} s.")


def _search(args: argparse.Namespace) -> str:
    result = customers.search(" ".join(args.text))
    if args.json:
        return out.to_json({"customers": [h.to_json() for h in result.hits],
                            "visit": result.visit.to_json() if result.visit else None})
    return out.search_text(result)


def _checkin(args: argparse.Namespace) -> str:
    actor = _actor(args)
    host_id = staff.find_by_name(args.host).id if args.host else None
    visit = visits.check_in_walk_in(
        actor.id, name=args.name, purpose=args.purpose, phone=args.phone,
        company=args.company, category=args.category, flow=args.flow, host_id=host_id,
        party_size=args.party, note=args.note, station=Station.CLI)
    if args.json:
        return out.to_json(visit.to_json())
    steps = visits.playbook_for(visit.category, visit.purpose)
    return out.checkin_text(visit, steps, _lang(args))


def _checkout(args: argparse.Namespace) -> str:
    visit = visits.check_out(_actor(args).id, args.code)
    return out.to_json(visit.to_json()) if args.json else out.checkout_text(visit)


def _onsite(args: argparse.Namespace) -> str:
    board = visits.on_site_board()
    if args.json:
        return out.to_json([v.to_json() for v in board])
    return out.onsite_text(board)


def _host_id(name: str) -> int:
    wanted = name.strip()
    for person in staff.list_staff(active_only=False):
        if person.name == wanted:
            return person.id
    raise NotFound("No staff member has this name; see `receptionist staff list`.",
                   field="host", code="staff_unknown")


def _visits(args: argparse.Namespace) -> str:
    if args.since and args.until and args.since > args.until:
        raise ValidationError("The --from date is after the --to date.", field="from",
                              code="date_range")
    flt = visits.log_filter_for_days(
        args.since, args.until, purpose=args.purpose, flow=args.flow, category=args.category,
        host_id=_host_id(args.host) if args.host else None)
    rows = []
    after = None
    while len(rows) <= args.limit:
        page = visits.visit_log_page(flt, min(args.limit + 1 - len(rows), 500), after)
        rows.extend(page)
        if not page or len(rows) > args.limit:
            break
        after = (page[-1].check_in_at, page[-1].id)
    more = len(rows) > args.limit
    rows = rows[:args.limit]
    if args.json:
        return out.to_json([v.to_json() for v in rows])
    return out.visits_text(rows, more)


def _staff_list(args: argparse.Namespace) -> str:
    people = staff.list_staff(active_only=not args.all)
    if args.json:
        return out.to_json([out.staff_json(s) for s in people])
    return out.staff_text(people)


def _staff_add(args: argparse.Namespace) -> str:
    # The very first staff member is added by nobody rather than by an invented "Front desk".
    anyone = args.actor or staff.list_staff(active_only=True)
    person = staff.add_staff(_actor(args).id if anyone else None, args.name,
                             args.department, args.role)
    if args.json:
        return out.to_json(out.staff_json(person))
    return f"Added {person.role} {person.name}" + (
        f" ({person.department})." if person.department else ".")


# -- running ------------------------------------------------------------------------------

def _open_window(parser: argparse.ArgumentParser, args: argparse.Namespace,
                 open_window: OpenWindow | None) -> int:
    window = args.command or "desk"
    if open_window is None:
        parser.print_usage(sys.stderr)
        print(f"receptionist: choose a command; the {window} window opens from the "
              "`receptionist` program itself.", file=sys.stderr)
        return 2
    return open_window(args.db, args.lang)


def main(argv: Sequence[str] | None = None, open_desk: OpenWindow | None = None,
         open_kiosk: OpenWindow | None = None) -> int:
    """Run one command; returns the exit code (argparse errors give 2, ``--help`` 0)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command in WINDOWS:
        return _open_window(parser, args, open_kiosk if args.command == "kiosk" else open_desk)
    args.db_path = Path(args.db).expanduser() if args.db else default_db_path()
    try:
        database = open_database(args.db_path)
    except Exception as exc:  # a sentence, not a traceback: the path is the user's own
        print(f"Cannot open the database {args.db_path}: {exc}", file=sys.stderr)
        return 1
    try:
        if args.read_input is not None:      # before the transaction takes the write lock
            args.read_input(args)
        if args.writes:
            with database.atomic():
                text = args.func(args)
        else:
            text = args.func(args)
    except DeskError as err:
        print(err.message, file=sys.stderr)
        return 2
    except Exception as exc:
        log.debug("command failed", exc_info=True)
        print(f"Unexpected error ({type(exc).__name__}); nothing was changed.",
              file=sys.stderr)
        return 1
    finally:
        close_database()
    out.emit(text)
    return 0
