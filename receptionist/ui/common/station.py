"""The station this computer's desk or kiosk window is (``services.stations``): found, or
created with a default name, when the window starts, and remembered in this computer's
settings (``options.STATION_NAME`` / ``STATION_MARK``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSysInfo

from ...domain.enums import Station
from ...domain.errors import DeskError
from ...services import stations
from ...services.views import StationView
from . import ask, options
from .labels import error_text


def computer_name() -> str:
    """This computer's network name without its domain ("FRONT-PC", not
    "front-pc.example.com")."""
    return QSysInfo.machineHostName().split(".")[0]


def default_name(kind: Station) -> str:
    """The name of a station never named, in the current language: "Desk (FRONT-PC)"."""
    if kind is Station.KIOSK:
        text = QCoreApplication.translate("Station", "Kiosk ({computer})")
    else:
        text = QCoreApplication.translate("Station", "Desk ({computer})")
    return text.format(computer=computer_name() or "?")


def remember(view: StationView) -> None:
    """Keep ``view`` as this computer's station of its kind."""
    options.STATION_NAME[str(view.kind)].set(view.name)
    options.STATION_MARK[str(view.kind)].set(view.mark)


def open_this_station(kind: Station, name: str | None = None) -> StationView:
    """Make this computer's desk or kiosk the station of this process and remember it.
    ``name`` (``--station``) chooses the station by name and is remembered; otherwise
    the station remembered here (followed through a rename made elsewhere), or a new one
    with the default name."""
    if name:
        view = stations.open_station(kind, name=name)
    else:
        view = stations.open_station(
            kind,
            name=options.STATION_NAME[str(kind)].get(),
            mark=options.STATION_MARK[str(kind)].get(),
            default_name=default_name(kind),
        )
    remember(view)
    return view


def open_or_explain(kind: Station, name: str | None = None) -> bool:
    """``open_this_station``; on a refusal say why in a dialog and return False."""
    try:
        open_this_station(kind, name)
    except DeskError as err:
        ask.warn(
            None,
            QCoreApplication.translate("Station", "This station cannot start"),
            error_text(err),
        )
        return False
    return True
