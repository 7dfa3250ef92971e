"""The command line's commands for expected visitors and the kiosk.

``receptionist plan`` plans a visit and prints its invitation code (``receptionist print
invitation CODE`` prints the invitation); ``receptionist expected`` lists who is expected
on a day and has not arrived; ``receptionist kiosk-pin`` sets the staff PIN that lets a
person leave the kiosk, read without echo (or one line from a pipe, for scripts): the
site's PIN, or with ``--station NAME`` one kiosk's own.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from ..domain.enums import Purpose
from ..domain.errors import DeskError
from ..domain.pin import PIN_LENGTHS, clean_pin
from ..services import planning, settings, staff, stations
from . import output as out
from .common import actor, customer_id_of
from .types import day, local_time, values


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    """Add ``plan``, ``expected`` and ``kiosk-pin`` to the command parser ``sub``."""
    text = (
        "plan a visit: the customer is expected at a local date and time; prints the "
        "invitation code"
    )
    p = sub.add_parser("plan", parents=[common], help=text, description=text)
    p.set_defaults(func=_plan, writes=True)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer-phone", metavar="PHONE", help="the customer's phone number")
    who.add_argument("--customer-id", type=int, metavar="N", help="the customer's number")
    p.add_argument(
        "--at",
        required=True,
        type=local_time,
        metavar='"YYYY-MM-DD HH:MM"',
        help="expected local date and time",
    )
    p.add_argument("--purpose", required=True, choices=values(Purpose))
    p.add_argument("--host", metavar="NAME", help="the staff member who receives the visitor")
    p.add_argument("--party", type=int, default=1, metavar="N", help="party size")
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true", help="print JSON")

    text = "visitors expected on a day (default today) who have not arrived, earliest first"
    p = sub.add_parser("expected", parents=[common], help=text, description=text)
    p.set_defaults(func=_expected, writes=False)
    p.add_argument("--day", type=day, metavar="YYYY-MM-DD", help="a local day")
    p.add_argument("--json", action="store_true", help="print JSON")

    text = (
        "set the staff PIN ({} to {} digits) that lets a person leave the kiosk: typed "
        "twice, or one line on standard input when it is not a terminal. Without "
        "--station the site's PIN (every kiosk without a PIN of its own uses it); with "
        "--station NAME that kiosk's own PIN".format(*PIN_LENGTHS)
    )
    p = sub.add_parser("kiosk-pin", parents=[common], help=text, description=text)
    p.set_defaults(func=_kiosk_pin, writes=True, read_input=_read_pin)
    p.add_argument(
        "--clear",
        action="store_true",
        help="with --station: that kiosk uses the site's PIN again (nothing is typed)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


# -- expected visitors --------------------------------------------------------------------


def _plan(args: argparse.Namespace) -> str:
    who = actor(args)
    visit = planning.plan_visit(
        who.id,
        customer_id=customer_id_of(args),
        purpose=args.purpose,
        expected_at=args.at,
        host_id=staff.find_by_name(who.id, args.host).id if args.host else None,
        party_size=args.party,
        note=args.note,
    )
    return out.to_json(visit.to_json()) if args.json else out.plan_text(visit)


def _expected(args: argparse.Namespace) -> str:
    rows = planning.expected_on(actor(args).id, args.day)
    if args.json:
        return out.to_json([v.to_json() for v in rows])
    return out.expected_text(rows, args.day)


# -- the kiosk ----------------------------------------------------------------------------


def _read_pin(args: argparse.Namespace) -> None:
    """``args.pin``: typed twice without echo at a terminal, else the first input line
    (nothing with ``--clear``)."""
    if args.clear:
        if not args.station:
            raise DeskError("pin_clear_station", field="station")
        args.pin = None
        return
    try:
        if sys.stdin is not None and sys.stdin.isatty():
            pin = getpass.getpass("New kiosk PIN ({} to {} digits): ".format(*PIN_LENGTHS))
            if clean_pin(pin) != clean_pin(getpass.getpass("The same PIN again: ")):
                raise DeskError("pin_mismatch", field="pin")
        else:
            pin = sys.stdin.readline() if sys.stdin is not None else ""
    except (EOFError, KeyboardInterrupt):
        raise DeskError("pin_missing", field="pin") from None
    args.pin = clean_pin(pin)


def _kiosk_pin(args: argparse.Namespace) -> str:
    if args.station:  # only as given on the command line: RECEPTIONIST_STATION is not asked
        station = stations.set_station_pin(actor(args).id, args.station, args.pin)
        if args.json:
            return out.to_json(station.to_json())
        if station.own_pin:
            return f"The kiosk PIN of {station.name} is set: staff type it to leave that kiosk."
        return f"{station.name} uses the site's kiosk PIN again."
    current = settings.kiosk_settings()
    saved = settings.save_kiosk_settings(
        actor(args).id,
        idle_seconds=current.idle_seconds,
        closing_time=current.closing_time,
        retention_months=current.retention_months,
        pin=args.pin,
    )
    if args.json:
        return out.to_json({"pin_set": saved.pin_set})
    return "The kiosk PIN is set: staff type it to leave the kiosk."
