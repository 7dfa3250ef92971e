"""Every setting of this computer, declared once: its ``QSettings`` key, its type and its
default (as Picard's ``options.py``).

What belongs to one computer (the language, who sat at the desk, the window layout, the
printers) lives in ``QSettings``; what the whole site shares lives in the database
(``services.settings``). Read an option with ``LANGUAGE.get()`` and write it with
``LANGUAGE.set("zh_CN")``: a missing or garbled stored value reads as the default, so a
hand-edited or half-written settings file never breaks the desk. The key strings are
the ones earlier versions wrote; changing one loses the users' saved choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from ...printing.data import CARD_FORMATS, SLIP_FORMATS

ORGANIZATION = "Receptionist"
APPLICATION = "Receptionist"  # as app.py names the application

T = TypeVar("T")


def desk_settings() -> QSettings:
    """This computer's settings file (the only place a ``QSettings`` is made)."""
    return QSettings(ORGANIZATION, APPLICATION)


def _bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {0: False, 1: True}.get(value)
    if isinstance(value, str):
        return {"true": True, "1": True, "false": False, "0": False}.get(value.strip().lower())
    return None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _bytes(value: object) -> bytes | None:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return None


_COERCE = {bool: _bool, int: _int, str: _str, bytes: _bytes}


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting of this computer: ``key`` in ``QSettings``, read as ``kind`` (bool, int,
    str or bytes), ``default`` when missing, garbled or not one of ``choices``."""

    key: str
    kind: type
    default: T
    choices: tuple = ()

    def __post_init__(self) -> None:
        if self.kind not in _COERCE:
            raise TypeError(f"unsupported option type: {self.kind!r}")

    def _valid(self, value: object) -> T | None:
        # The coercer of ``kind`` returns a ``kind``: this option's T (or None).
        result = cast("T | None", _COERCE[self.kind](value))
        if result is None or (self.choices and result not in self.choices):
            return None
        return result

    def coerce(self, value: object) -> T:
        """``value`` as read from ``QSettings``, as this option's type (or the default)."""
        result = self._valid(value)
        return self.default if result is None else result

    def get(self) -> T:
        return self.coerce(desk_settings().value(self.key))

    def set(self, value: T | QByteArray) -> None:
        """Store ``value`` (ValueError when it is not of this option's type or choices)."""
        result = self._valid(value)
        if result is None:
            raise ValueError(f"not a valid value for {self.key}")
        settings = desk_settings()
        settings.setValue(self.key, QByteArray(result) if isinstance(result, bytes) else result)
        settings.sync()


# -- the desk ---------------------------------------------------------------------------
LANGUAGE: Option[str] = Option("ui/language", str, "")  # "" = never chosen: the system's
ACTOR_ID: Option[int | None] = Option("desk/actor_id", int, None)  # who sat at the desk last
DESK_GEOMETRY: Option[bytes] = Option("desk/geometry", bytes, b"")  # QWidget.saveGeometry
DESK_SPLITTER: Option[bytes] = Option("desk/splitter", bytes, b"")  # QSplitter.saveState
# Where this computer's database is, chosen in Settings → Database: a path or a
# postgresql:// URL, never with a password; "" = the SQLite file in the app-data folder.
# --db and RECEPTIONIST_DB win over it (ui/settings/database_location.py).
DATABASE_LOCATION: Option[str] = Option("database/location", str, "")
# The day this computer last opened the still-on-site list by itself: "2026-11-22"
# (morning) or "2026-11-22-closing".
CLOSING_SHOWN_ON: Option[str] = Option("closing/dialog_shown_on", str, "")

# -- this computer's stations -------------------------------------------------------------
# The station (named desk or kiosk, ``services.stations``) each window of this computer is:
# the name it was given ("" = never named: a default is made at first start) and its
# mark, which finds the station again after it was renamed from another computer.
STATION_KINDS = ("desk", "kiosk")
STATION_NAME: dict[str, Option[str]] = {
    kind: Option(f"station/{kind}_name", str, "") for kind in STATION_KINDS
}
STATION_MARK: dict[str, Option[str]] = {
    kind: Option(f"station/{kind}_mark", str, "") for kind in STATION_KINDS
}

# -- printing ---------------------------------------------------------------------------
PAPER_FORMATS: dict[str, tuple[str, ...]] = {"slip": SLIP_FORMATS, "card": CARD_FORMATS}
# The printer of each document: "" = no printer (save a PDF); None = never chosen (the
# system's default printer).
PRINTER: dict[str, Option[str | None]] = {
    kind: Option(f"printing/{kind}_printer", str, None) for kind in PAPER_FORMATS
}
PAPER_FORMAT: dict[str, Option[str]] = {
    kind: Option(f"printing/{kind}_format", str, formats[0], formats)
    for kind, formats in PAPER_FORMATS.items()
}
AUTO_SLIP: Option[bool] = Option("printing/auto_slip", bool, False)  # print at check-in
CARD_AT_CHECKOUT: Option[bool] = Option("printing/card_at_checkout", bool, False)


def printer_paper_format(printer: str, kind: str) -> Option[str | None]:
    """The paper format last used for ``kind`` on ``printer`` (None: never used)."""
    # "/" would open a settings group; "(none)" is the save-a-PDF choice.
    name = (printer or "(none)").replace("/", "_")
    return Option(f"printing/paper/{name}/{kind}", str, None, PAPER_FORMATS[kind])
