"""The site's stations from the command line: ``station add``, ``station list``,
``station rename`` and ``station set``.

A station is a named desk or kiosk; every visit checked in and every audit entry records
the station it happened at. A desk or a kiosk names itself when it first starts
("Desk (HOSTNAME)"); these commands register stations ahead, rename them and say where
they are. A command records the station named by the global ``--station NAME`` (or
``RECEPTIONIST_STATION``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ..services import stations
from ..services.views import StationView
from . import output as out
from .common import actor, json_flag

KINDS = [str(kind) for kind in stations.KINDS]


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    text = "the site's stations: its named desks and kiosks"
    p = sub.add_parser("station", parents=[common], help=text, description=text)
    p.set_defaults(func=None, writes=False)
    station_sub = p.add_subparsers(dest="station_command", metavar="ACTION", required=True)

    text = "register a desk or a kiosk by name"
    q = station_sub.add_parser("add", parents=[common], help=text, description=text)
    q.set_defaults(func=_add, writes=True)
    q.add_argument("name", metavar="NAME")
    q.add_argument("--kind", required=True, choices=KINDS)
    q.add_argument("--location", default="", metavar="TEXT", help="where it is")
    json_flag(q)

    text = "list the stations: desks first, then kiosks"
    q = station_sub.add_parser("list", parents=[common], help=text, description=text)
    q.set_defaults(func=_list, writes=False)
    json_flag(q)

    text = "rename a station (its visits stay its own)"
    q = station_sub.add_parser("rename", parents=[common], help=text, description=text)
    q.set_defaults(func=_rename, writes=True)
    q.add_argument("old", metavar="OLD")
    q.add_argument("new", metavar="NEW")
    json_flag(q)

    text = "change a station's kind or location"
    q = station_sub.add_parser("set", parents=[common], help=text, description=text)
    q.set_defaults(func=_set, writes=True)
    q.add_argument("name", metavar="NAME")
    q.add_argument("--kind", choices=KINDS)
    q.add_argument("--location", metavar="TEXT", help="where it is ('' to clear)")
    json_flag(q)


def _one(args: argparse.Namespace, station: StationView, said: str) -> str:
    return out.to_json(station.to_json()) if args.json else said


def _add(args: argparse.Namespace) -> str:
    station = stations.add_station(actor(args).id, args.name, args.kind, args.location)
    return _one(args, station, f"Added the {station.kind} {station.name}.")


def _list(args: argparse.Namespace) -> str:
    rows = stations.list_stations(actor(args).id)
    if args.json:
        return out.to_json([s.to_json() for s in rows])
    return stations_text(rows)


def _rename(args: argparse.Namespace) -> str:
    station = stations.rename_station(actor(args).id, args.old, args.new)
    return _one(args, station, f"Renamed the {station.kind} to {station.name}.")


def _set(args: argparse.Namespace) -> str:
    found = stations.find_station(actor(args).id, args.name)
    station = stations.update_station(
        actor(args).id, found.id, kind=args.kind, location=args.location
    )
    where = f" ({station.location})" if station.location else ""
    return _one(args, station, f"{station.name} is a {station.kind}{where}.")


def stations_text(rows: Sequence[StationView]) -> str:
    if not rows:
        return (
            "No stations yet: a desk or a kiosk names itself when it first starts, or add "
            "one with `receptionist station add NAME --kind desk|kiosk`."
        )
    body = [[s.name, str(s.kind), s.location, _exit_pin(s)] for s in rows]
    return out.table(["Name", "Kind", "Location", "Exit PIN"], body)


def _exit_pin(station: StationView) -> str:
    if station.kind != "kiosk":
        return ""
    return "its own" if station.own_pin else "the site's"
