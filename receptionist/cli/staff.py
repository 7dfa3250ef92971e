"""Staff from the command line: ``staff list`` and ``staff add``."""

from __future__ import annotations

import argparse

from ..domain.enums import Role
from ..services import staff
from . import output as out
from .common import actor, json_flag
from .messages import add_staff_channels
from .types import values


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "staff",
        parents=[common],
        help="the staff list (hosts and receptionists)",
        description="the staff list (hosts and receptionists)",
    )
    p.set_defaults(func=None, writes=False)
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
    add_staff_channels(staff_sub, common)


def _staff_list(args: argparse.Namespace) -> str:
    people = staff.list_staff(actor(args).id, active_only=not args.all)
    if args.json:
        return out.to_json([out.staff_json(s) for s in people])
    return out.staff_text(people)


def _staff_add(args: argparse.Namespace) -> str:
    person = staff.add_staff(actor(args).id, args.name, args.department, args.role)
    if args.json:
        return out.to_json(out.staff_json(person))
    return f"Added {person.role} {person.name}" + (
        f" ({person.department})." if person.department else "."
    )
