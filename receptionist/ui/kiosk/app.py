"""``receptionist kiosk``: the kiosk process — the same database as the desk (``--db``,
else ``RECEPTIONIST_DB``, else this computer's Settings → Database, else the default
file: ``open_database_or_explain``), its own full-screen window, and its own station (a
named kiosk: the visits checked in here and the lock after wrong staff PINs are this
kiosk's)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication

from ...domain.enums import Station
from ...services import kiosk
from ..app import open_database_or_explain, start_application
from ..common import ask
from ..common.application import application
from ..common.integrity import watch_integrity
from ..common.station import open_or_explain
from ..common.style import apply_look
from .window import KioskWindow


def create_kiosk(language: str) -> KioskWindow:
    """The kiosk window in the app's look, not yet shown (tests and screenshot scripts
    use it)."""
    window = KioskWindow(language)
    apply_look(application())  # after building: one polish per widget
    return window


def run_kiosk(db_path: str | None, lang: str | None, station: str | None = None) -> int:
    """Open the kiosk full screen and run until staff leave it with the PIN.
    ``station``: the name of this computer's kiosk (``--station``), else the one it
    remembers."""
    app, language = start_application(lang)
    if not open_database_or_explain(db_path) or not open_or_explain(Station.KIOSK, station):
        return 1
    if not kiosk.exit_pin_set():
        ask.warn(
            None,
            QCoreApplication.translate("Kiosk", "No staff PIN"),
            QCoreApplication.translate(
                "Kiosk",
                "The kiosk needs a staff PIN to be left again. Set one on the "
                "desk (Settings → Kiosk) or with “receptionist-cli kiosk-pin”, then "
                "start the kiosk again.",
            ),
        )
        return 1
    window = create_kiosk(language)
    sys.excepthook = window.unexpected_error  # no staff dialog behind a full-screen kiosk
    # Without a window manager (a locked-down kiosk session) full screen is only a
    # request: cover the screen explicitly too.
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    watch_integrity(window, window.database_damaged)
    window.outbox_sender.start()  # the hosts' messages, sent from here too (issue 14)
    gc.freeze()  # built at start-up, kept for good: out of every later collection
    gc.enable()  # paused during start-up (receptionist.__main__)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_kiosk(None, None))
