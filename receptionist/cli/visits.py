"""Visits from the command line: ``checkin``, ``checkout``, ``onsite`` (``--print``: the
evacuation list, ``cli/evacuation.py``) and ``visits``."""

from __future__ import annotations

import argparse

from ..domain.enums import Category, Flow, Purpose, Station
from ..domain.errors import NotFound, ValidationError
from ..services import staff, visit_log, visits
from ..services.views import VisitView
from . import evacuation
from . import output as out
from .common import actor, command, json_flag, lang, read_pages
from .types import count, day, values


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = command(
        sub,
        common,
        "checkin",
        _checkin,
        "check a visitor in (a known phone reuses the customer)",
        True,
    )
    p.add_argument("--name", required=True)
    p.add_argument("--phone")
    p.add_argument("--company")
    p.add_argument(
        "--category", choices=values(Category), help="for a new customer (default: prospect)"
    )
    p.add_argument("--purpose", required=True, choices=values(Purpose))
    p.add_argument(
        "--flow",
        choices=values(Flow),
        help="default: suggested by rule from the customer and purpose",
    )
    p.add_argument("--host", metavar="NAME", help="the staff member who receives the visitor")
    p.add_argument("--party", type=int, default=1, metavar="N", help="party size")
    p.add_argument("--note", default="")
    json_flag(p)

    p = command(sub, common, "checkout", _checkout, "check a visitor out by visit code", True)
    p.add_argument("code", metavar="CODE")
    json_flag(p)

    p = command(sub, common, "onsite", _onsite, "who is on site now", False)
    json_flag(p)
    evacuation.add_arguments(p)

    p = command(sub, common, "visits", _visits, "the visit log, newest first", False)
    p.add_argument(
        "--from", dest="since", type=day, metavar="YYYY-MM-DD", help="first local day (inclusive)"
    )
    p.add_argument(
        "--to", dest="until", type=day, metavar="YYYY-MM-DD", help="last local day (inclusive)"
    )
    p.add_argument("--purpose", choices=values(Purpose))
    p.add_argument("--flow", choices=values(Flow))
    p.add_argument("--category", choices=values(Category))
    p.add_argument("--host", metavar="NAME")
    p.add_argument("--limit", type=count, default=50, metavar="N")
    json_flag(p)


def _checkin(args: argparse.Namespace) -> str:
    host_id = staff.find_by_name(actor(args).id, args.host).id if args.host else None
    visit = visits.check_in_walk_in(
        actor(args).id,
        name=args.name,
        purpose=args.purpose,
        phone=args.phone,
        company=args.company,
        category=args.category,
        flow=args.flow,
        host_id=host_id,
        party_size=args.party,
        note=args.note,
        station=Station.CLI,
    )
    if args.json:
        return out.to_json(visit.to_json())
    steps = visits.playbook_for(visit.category, visit.purpose)
    return out.checkin_text(visit, steps, lang(args))


def _checkout(args: argparse.Namespace) -> str:
    visit = visits.check_out(actor(args).id, args.code)
    return out.to_json(visit.to_json()) if args.json else out.checkout_text(visit)


def _onsite(args: argparse.Namespace) -> str:
    if evacuation.wants_print(args):
        return evacuation.print_list(args)
    board = visits.on_site_board(actor(args).id)
    if args.json:
        return out.to_json([v.to_json() for v in board])
    return out.onsite_text(board)


def find_host_id(actor_id: int, name: str) -> int:
    wanted = name.strip()
    for person in staff.list_staff(actor_id, active_only=False):
        if person.name == wanted:
            return person.id
    raise NotFound("log_host_unknown", field="host")


def _visits(args: argparse.Namespace) -> str:
    if args.since and args.until and args.since > args.until:
        raise ValidationError("date_range", field="from")
    flt = visit_log.log_filter_for_days(
        actor(args).id,
        args.since,
        args.until,
        purpose=args.purpose,
        flow=args.flow,
        category=args.category,
        host_id=find_host_id(actor(args).id, args.host) if args.host else None,
    )
    rows: list[VisitView]
    rows, more = read_pages(
        lambda size, after: visit_log.visit_log_page(actor(args).id, flt, size, after),
        visit_log.page_after,
        args.limit,
    )
    if args.json:
        return out.to_json([v.to_json() for v in rows])
    return out.visits_text(rows, more)
