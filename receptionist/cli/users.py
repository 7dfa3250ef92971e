"""Setting up a site and its staff's sign-in from the command line:

- ``setup --site NAME --admin NAME [--kind K]``: the first start, the site's name and its
  first admin with a password (from ``RECEPTIONIST_PASSWORD``, else stdin's first line,
  else typed twice); nobody signs in, as nobody exists yet; refused once an admin can
  sign in;
- ``user add NAME --role R [--department D]``: a staff member who can sign in at once,
  with a password or (receptionists) a PIN of 4-8 digits;
- ``user list``: the staff and how each signs in;
- ``user passwd NAME``: a new password or PIN for NAME (yourself, or as a staff manager).

The new secret of ``user add`` / ``user passwd`` comes from ``RECEPTIONIST_NEW_PASSWORD``,
else the next line of stdin (after the user's own password when that is piped too), else
it is typed twice. It is read before the command's transaction starts.
"""

from __future__ import annotations

import argparse

from ..domain.enums import Role, SiteKind
from ..domain.errors import Conflict
from ..services import auth, settings, staff
from ..services.views import StaffView
from . import output as out
from .common import actor, command, json_flag
from .signin import ENV_PASSWORD, read_new_secret
from .types import values


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = command(
        sub,
        common,
        "setup",
        _setup,
        "the first start: name the site and create its first administrator, whose "
        f"password comes from ${ENV_PASSWORD}, else stdin's first line, else a prompt "
        "(asked twice); nobody signs in",
        writes=True,
        signs_in=False,
    )
    p.set_defaults(read_input=_read_admin_password)
    p.add_argument("--site", required=True, metavar="NAME", help="the site's name")
    p.add_argument("--admin", required=True, metavar="NAME", help="the first administrator")
    p.add_argument("--kind", choices=values(SiteKind), default=str(SiteKind.OFFICE))
    p.add_argument("--department", default="", help="the administrator's department")
    json_flag(p)

    p = sub.add_parser(
        "user",
        parents=[common],
        help="staff who sign in: add one with a password or PIN, list, set a new secret",
        description="staff who sign in: add one with a password or PIN, list, set a new "
        "secret; the new secret comes from $RECEPTIONIST_NEW_PASSWORD, else the next "
        "line of stdin, else a prompt (asked twice)",
    )
    p.set_defaults(func=None, writes=False)
    user_sub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = user_sub.add_parser(
        "add",
        parents=[common],
        help="add a staff member with a password, or a PIN of 4-8 digits (receptionists)",
    )
    q.set_defaults(func=_add, writes=True, read_input=_read_new_secret)
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=values(Role))
    q.add_argument("--department", default="")
    json_flag(q)
    q = user_sub.add_parser("list", parents=[common], help="the staff and how each signs in")
    q.set_defaults(func=_list, writes=False)
    q.add_argument("--all", action="store_true", help="include inactive staff")
    json_flag(q)
    q = user_sub.add_parser(
        "passwd",
        parents=[common],
        help="set a new password or PIN for NAME (yourself, or as a staff manager)",
    )
    q.set_defaults(func=_passwd, writes=True, read_input=_read_new_secret)
    q.add_argument("name", metavar="NAME")


def _read_admin_password(args: argparse.Namespace) -> None:
    args.secret = read_new_secret(f"Password for the administrator {args.admin}: ", ENV_PASSWORD)


def _read_new_secret(args: argparse.Namespace) -> None:
    args.secret = read_new_secret(f"New password or PIN for {args.name}: ")


def _user_json(person: StaffView) -> dict:
    return {**out.staff_json(person), "signs_in_with": person.secret_kind or None}


def _signs_in(person: StaffView) -> str:
    return {"password": "a password", "pin": "a PIN"}.get(person.secret_kind, "nothing yet")


def _setup(args: argparse.Namespace) -> str:
    if not auth.needs_admin():
        raise Conflict("setup_done", field="name")
    named_now = not settings.site_settings().set_up
    site, admin = settings.set_up_site(
        args.site, args.kind, args.admin, args.secret, args.department
    )
    assert admin is not None  # an admin was needed
    if args.json:
        return out.to_json(
            {
                "site_name": site.site_name,
                "site_kind": str(site.site_kind),
                "named_now": named_now,
                "admin": _user_json(admin),
            }
        )
    done = (
        f"Set up the site {site.site_name} ({site.site_kind})"
        if named_now
        else f"The site {site.site_name} keeps its name; added its administrator"
    )
    return f"{done} with the administrator {admin.name}: sign in with --user {admin.name}."


def _add(args: argparse.Namespace) -> str:
    person = auth.create_staff(actor(args).id, args.name, args.role, args.secret, args.department)
    if args.json:
        return out.to_json(_user_json(person))
    where = f" ({person.department})" if person.department else ""
    return f"Added {person.role} {person.name}{where}, who signs in with {_signs_in(person)}."


def _list(args: argparse.Namespace) -> str:
    people = auth.list_users(actor(args).id, include_inactive=args.all)
    if args.json:
        return out.to_json([_user_json(p) for p in people])
    rows = [
        [p.name, p.department, str(p.role), p.secret_kind or "-", "" if p.active else "inactive"]
        for p in people
    ]
    return out.table(["Name", "Department", "Role", "Signs in with", ""], rows)


def _passwd(args: argparse.Namespace) -> str:
    me = actor(args)  # anyone may set their own secret; finding another needs DESK
    target = me if args.name.strip() == me.name else staff.find_by_name(me.id, args.name)
    person = auth.set_secret(me.id, target.id, args.secret)
    return f"{person.name} now signs in with {_signs_in(person)}."
