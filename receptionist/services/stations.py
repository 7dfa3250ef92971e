"""The site's stations: the named desks and kiosks that share one database, and the one
this process is.

A desk or a kiosk learns its station once, when it starts (``open_station``), from what
this computer remembers (``ui``: the name it was given, and a mark that follows a rename
made elsewhere); a computer never named gets a default name ("Desk (HOSTNAME)"), created
on first use. A command names its station with ``--station NAME`` or
``RECEPTIONIST_STATION`` (``use_station``). Every visit checked in and every audit entry
written afterwards records that station.

Names are compared without regard to case ("Lobby kiosk" and "lobby kiosk" are one
station); the site has a handful of stations, so they are compared here, not in SQL.
"""

from __future__ import annotations

from datetime import UTC

from ..domain.enums import Station
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.pin import clean_pin, hash_pin
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..store import audit
from ..store import stations as store
from ..store.connection import transaction
from ..store.models import Station as StationRow
from . import clock
from .access import authorize
from .views import StationView

__all__ = [
    "KINDS",
    "add_station",
    "clean_location",
    "clean_station_name",
    "current_station",
    "default_station_name",
    "find_station",
    "list_stations",
    "open_station",
    "parse_station_kind",
    "rename_station",
    "set_station_pin",
    "update_station",
    "use_station",
]

STATION_NAME_MAX = 60
LOCATION_MAX = 100
KINDS = (Station.DESK, Station.KIOSK)
_DEFAULT_NAMES = {Station.DESK: "Desk ({computer})", Station.KIOSK: "Kiosk ({computer})"}


# -- rules ------------------------------------------------------------------------------
def parse_station_kind(value: str | Station) -> Station:
    """A station's kind: desk or kiosk (the command line is not a station of its own)."""
    try:
        kind = Station(value)
    except ValueError:
        kind = None
    if kind not in KINDS:
        raise ValidationError("station_kind_invalid", field="station_kind")
    return kind


def clean_station_name(name: str | None) -> str:
    """A station's name as saved: trimmed, inner runs of spaces made one, 1-60 chars."""
    text = clean_text(name, field="station_name", maximum=len(name or ""), required=True)
    text = " ".join(text.split())
    if len(text) > STATION_NAME_MAX:
        raise ValidationError(
            "station_name_too_long", field="station_name", maximum=STATION_NAME_MAX
        )
    return text


def clean_location(location: str | None) -> str:
    return clean_text(location, field="location", maximum=LOCATION_MAX, required=False)


def default_station_name(kind: Station, computer: str) -> str:
    """The name of a station never named: its kind and the computer's name."""
    return _DEFAULT_NAMES[parse_station_kind(kind)].format(computer=computer or "?")


# -- reading ----------------------------------------------------------------------------
def _mark(row: StationRow) -> str:
    return f"{row.id}@{row.created_at.astimezone(UTC).isoformat()}"


def station_view(row: StationRow) -> StationView:
    return StationView(
        id=row.id,
        name=row.name,
        kind=Station(row.kind),
        location=row.location,
        own_pin=bool(row.pin_hash),
        mark=_mark(row),
    )


def list_stations(actor_id: int) -> list[StationView]:
    """Every station of the site: desks first, then kiosks, each by name."""
    authorize(actor_id, Permission.DESK)
    return [station_view(row) for row in store.all_stations()]


def _named(name: str, except_id: int | None = None) -> StationRow | None:
    wanted = " ".join((name or "").split()).casefold()
    for row in store.all_stations():
        if row.name.casefold() == wanted and row.id != except_id:
            return row
    return None


def _existing(name: str) -> StationRow:
    row = _named(name)
    if row is None:
        raise NotFound("station_unknown", field="station_name")
    return row


def find_station(actor_id: int, name: str) -> StationView:
    """The station of ``name`` (any case), or ``NotFound("station_unknown")``."""
    authorize(actor_id, Permission.DESK)
    return station_view(_existing(name))


def current_station() -> StationView | None:
    """The station of this process (None until one is opened or chosen)."""
    station_id = store.current_id()
    row = store.get(station_id) if station_id is not None else None
    return station_view(row) if row is not None else None


# -- changing ---------------------------------------------------------------------------
def _create(actor_id: int | None, name: str, kind: Station, location: str) -> StationRow:
    if _named(name) is not None:
        raise Conflict("station_exists", field="station_name")
    row = store.insert(name=name, kind=str(kind), location=location, created_at=clock.now())
    audit.record(clock.now(), actor_id, "station.add", "station", row.id, kind=str(kind))
    return store.get(row.id) or row  # read back: the mark is made from the stored time


def add_station(actor_id: int, name: str, kind: str | Station, location: str = "") -> StationView:
    """Register a desk or a kiosk by name (a computer that starts with that name then
    uses it)."""
    authorize(actor_id, Permission.SETTINGS)
    name, kind, location = (
        clean_station_name(name),
        parse_station_kind(kind),
        clean_location(location),
    )
    with transaction():
        row = _create(actor_id, name, kind, location)
    return station_view(row)


def update_station(
    actor_id: int,
    station_id: int,
    *,
    name: str | None = None,
    kind: str | Station | None = None,
    location: str | None = None,
) -> StationView:
    """Rename a station, or change its kind or location (what is None stays)."""
    authorize(actor_id, Permission.SETTINGS)
    fields: dict[str, str] = {}
    if name is not None:
        fields["name"] = clean_station_name(name)
    if kind is not None:
        fields["kind"] = str(parse_station_kind(kind))
    if location is not None:
        fields["location"] = clean_location(location)
    with transaction():
        row = store.get(station_id)
        if row is None:
            raise NotFound("station_unknown", field="station_name")
        if "name" in fields and _named(fields["name"], except_id=row.id) is not None:
            raise Conflict("station_exists", field="station_name")
        changed = {key: value for key, value in fields.items() if getattr(row, key) != value}
        if changed:
            store.update(row, **changed)
            audit.record(
                clock.now(), actor_id, "station.update", "station", row.id, changed=sorted(changed)
            )
    return station_view(row)


def rename_station(actor_id: int, old: str, new: str) -> StationView:
    """Give the station called ``old`` the name ``new`` (its visits stay its own)."""
    authorize(actor_id, Permission.SETTINGS)
    return update_station(actor_id, _existing(old).id, name=new)


def set_station_pin(actor_id: int, name: str, pin: str | None) -> StationView:
    """Give the kiosk ``name`` a staff PIN of its own (``None``: it uses the site's PIN
    again). Either way its count of wrong PINs starts again and a lock is lifted."""
    authorize(actor_id, Permission.SETTINGS)
    hashed = hash_pin(clean_pin(pin)) if pin is not None else ""
    with transaction():
        row = _existing(name)
        if row.kind != Station.KIOSK:
            raise Conflict("station_not_kiosk", field="station_name")
        store.update(row, pin_hash=hashed, pin_failures=0, pin_locked_until=None)
        audit.record(clock.now(), actor_id, "station.pin", "station", row.id, own=bool(hashed))
    return station_view(row)


# -- the station of this process --------------------------------------------------------
def _by_mark(mark: str) -> StationRow | None:
    number, _, _ = (mark or "").partition("@")
    row = store.get(int(number)) if number.isdigit() else None
    return row if row is not None and _mark(row) == mark else None


def _free_name(wanted: str) -> str:
    """``wanted``, or ``wanted 2``, ``wanted 3``…: the first no station has."""
    name, number = wanted, 1
    while _named(name) is not None:
        number += 1
        name = f"{wanted[: STATION_NAME_MAX - 4]} {number}"
    return name


def _this_station(kind: Station, name: str, mark: str, default_name: str) -> StationRow:
    row = _by_mark(mark)  # this computer's station, whatever it is called now
    if row is None and name:
        row = _named(name)
    if row is not None:
        if row.kind != kind:  # never silently one row for a desk and a kiosk
            raise Conflict("station_other_kind", field="station_name")
        return row
    if name:
        return _create(None, clean_station_name(name), kind, "")
    # Never named: a default of its own, never another computer's station.
    return _create(None, _free_name(clean_station_name(default_name)), kind, "")


def open_station(
    kind: str | Station, *, name: str = "", mark: str = "", default_name: str = ""
) -> StationView:
    """Find (or create) this computer's desk or kiosk and make it the station of this
    process. ``mark`` (remembered from the last start) finds it even when it was renamed
    elsewhere; else ``name``; a computer with neither gets ``default_name`` (made unique).
    ``Conflict("station_other_kind")`` when the name belongs to a station of the other
    kind. The caller remembers the returned name and mark."""
    kind = parse_station_kind(kind)
    default_name = default_name or default_station_name(kind, "")
    for attempt in range(2):  # another computer may take the same name at this moment
        try:
            with transaction():
                row = _this_station(kind, name, mark, default_name)
            break
        except Conflict as err:
            if err.code != "station_exists" or attempt:
                raise
    store.use(row.id)
    return station_view(row)


def use_station(name: str) -> StationView:
    """Make the station ``name`` (any kind) the station of this process: a command run
    with ``--station NAME``. ``NotFound("station_unknown")`` when there is none."""
    row = _existing(name)
    store.use(row.id)
    return station_view(row)
