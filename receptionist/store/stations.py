"""Station rows (the site's named desks and kiosks), and the station this process is.

The current station is set once when a desk, a kiosk or a command starts
(``services.stations``); every visit checked in and every audit entry written afterwards
records it. It belongs to the database it was found in: once another database is opened
(a test's next database, a command run after another), no station is current until one
is set again, so an id never points into the wrong database.
"""

from __future__ import annotations

from peewee import IntegrityError

from ..domain.errors import Conflict
from .models import Station, database

_current: tuple[object, int] | None = None  # (the database object, the station's id)


def use(station_id: int | None) -> None:
    """Make ``station_id`` (None: none) the station of this process, for the open
    database."""
    global _current
    _current = None if station_id is None else (database.obj, station_id)


def current_id() -> int | None:
    """The id of this process's station in the open database, or None."""
    if _current is None or _current[0] is not database.obj:
        return None
    return _current[1]


def all_stations() -> list[Station]:
    return list(Station.select().order_by(Station.kind, Station.name))


def get(station_id: int) -> Station | None:
    return Station.get_or_none(Station.id == station_id)


def by_name(name: str) -> Station | None:
    return Station.get_or_none(Station.name == name)


def insert(**fields) -> Station:
    """A new station; ``Conflict("station_exists")`` when another station took the name
    meanwhile (a savepoint keeps the caller's transaction usable)."""
    try:
        with database.atomic():
            return Station.create(**fields)
    except IntegrityError:
        raise Conflict("station_exists", field="station_name") from None


def update(station: Station, **fields) -> None:
    """Change ``fields`` of ``station`` (the row object follows); ``Conflict`` as
    ``insert`` when a new name was taken meanwhile."""
    try:
        with database.atomic():
            Station.update(**fields).where(Station.id == station.id).execute()
    except IntegrityError:
        raise Conflict("station_exists", field="station_name") from None
    for key, value in fields.items():
        setattr(station, key, value)


def lift_site_pin_locks() -> None:
    """Every station that uses the site's PIN starts counting wrong PINs again (a new
    site PIN was set)."""
    Station.update(pin_failures=0, pin_locked_until=None).where(Station.pin_hash == "").execute()
