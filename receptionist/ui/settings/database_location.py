"""Which database the desk and the kiosk open at start: ``--db`` wins, then
``RECEPTIONIST_DB``, then the location saved in Settings → Database on this computer, then
the SQLite file in the app-data folder. The command line reads only ``--db`` and
``RECEPTIONIST_DB`` (``cli/main.py``): it never reads this computer's settings."""

from __future__ import annotations

import os
from enum import StrEnum

from ...services.database import ENV_DB
from ..common import options


class Source(StrEnum):
    """Where the location opened at start came from."""

    OPTION = "--db"
    ENVIRONMENT = ENV_DB
    SETTINGS = "settings"
    DEFAULT = "default"


_source: Source | None = None


def startup_location(given: str | None) -> str | None:
    """What to open: ``given`` (``--db``) when there is one, else None when
    ``RECEPTIONIST_DB`` is set (``services.database.resolve`` reads it), else the saved
    location, else None (the default file). Remembers where it came from (``source``)."""
    global _source
    if given:
        _source = Source.OPTION
        return given
    if os.environ.get(ENV_DB):
        _source = Source.ENVIRONMENT
        return None
    saved = options.DATABASE_LOCATION.get()
    _source = Source.SETTINGS if saved else Source.DEFAULT
    return saved or None


def source() -> Source | None:
    """Where the location opened at start came from (None before ``startup_location``)."""
    return _source
