"""Starting the desk: the application object, the database, the language, the first-start
setup (once per site: its name and first admin), the station this desk is, then the
window — locked, its sign-in screen saying who is at the desk (the admin just created
opens it signed in)."""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ..domain.enums import Station
from ..domain.errors import DeskError
from ..domain.faults import DatabaseFault
from ..services import auth, settings
from ..services.database import app_data_dir, open_database, resolve
from ..services.logs import PrivateFormatter
from .common import ask, i18n, options
from .common.application import application
from .common.backups import start_backups
from .common.context import NOBODY, DeskContext
from .common.integrity import DamageBanner, damage_text, watch_integrity
from .common.labels import error_text
from .common.retention import start_retention
from .common.station import open_or_explain
from .common.style import apply_look, apply_palette
from .desk.window import DeskWindow
from .followups.schedule import start_follow_up_rules
from .settings.database_location import Source, source, startup_location

APP_NAME = "Receptionist"
# Benchmark hook (benchmarks/measure_start.py): when set, the desk prints one JSON line
# as soon as the search box has focus (wall-clock time, peak memory) and quits.
STARTUP_PROBE = "RECEPTIONIST_STARTUP_PROBE"


def create_desk(ctx: DeskContext, deferred: bool = False) -> DeskWindow:
    """The desk window for ``ctx`` in the app's look, not yet shown (tests and screenshot
    scripts use it; ``deferred``: see ``DeskWindow``)."""
    window = DeskWindow(ctx, deferred=deferred)
    apply_look(application())  # after building: one polish per widget
    return window


def log_file() -> Path:
    return app_data_dir() / "logs" / "receptionist.log"


def _setup_logging() -> None:
    """Tracebacks go to a log file (never into a dialog); no personal data is logged."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(PrivateFormatter())  # tracebacks without personal data
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


_shown_faults: dict[str, float] = {}  # code -> when its dialog last closed
FAULT_REPEAT_S = 60  # a poll meeting the same fault again stays quiet this long


def _unexpected(exc_type, exc, tb) -> None:
    """Any error nobody caught: logged in full, the user gets one sentence. A refusal
    that escaped its form (a database fault met by a poll, say) gets its own sentence,
    once a minute at most and never one dialog over another."""
    if isinstance(exc, DatabaseFault) and exc.server_gone:
        # The server-lost banner already says so, and stays until the server is back.
        logging.getLogger("receptionist").info("database server unavailable: %s", exc.code)
        return
    logging.getLogger("receptionist").error("unexpected error", exc_info=(exc_type, exc, tb))
    if isinstance(exc, DeskError):
        last = _shown_faults.get(exc.code)
        if last is not None and (last == 0 or time.monotonic() - last < FAULT_REPEAT_S):
            return
        _shown_faults[exc.code] = 0  # showing
        try:
            ask.warn(
                None,
                QCoreApplication.translate("App", "The last action could not be completed"),
                error_text(exc),
            )
        finally:
            _shown_faults[exc.code] = time.monotonic()
        return
    ask.warn(
        None,
        QCoreApplication.translate("App", "Something went wrong"),
        QCoreApplication.translate(
            "App",
            "The last action could not be completed and nothing was saved by "
            "it. Try again; if it happens again, send the log file to your "
            "administrator: {path}",
        ).format(path=str(log_file())),
    )


def show_damage(window: DeskWindow) -> None:
    """The background check found the file damaged: writes are refused from now on; a
    banner in the status bar says so for as long as the desk is open, and one dialog."""
    window.statusBar().insertPermanentWidget(0, DamageBanner(window), 1)
    ask.warn(
        window,
        QCoreApplication.translate("App", "The database file is damaged"),
        damage_text(),
    )


def peak_rss_kb() -> int | None:
    """This process's peak resident memory in KiB. Linux: ``VmHWM``, because ``ru_maxrss``
    keeps the parent's size across fork and exec; elsewhere ``ru_maxrss``; or None."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def _probe_when_ready(app: QApplication, window: DeskWindow) -> None:
    """Print ``{"ready_at": ..., "loaded_at": ..., "peak_rss_kb": ...}`` and quit: the
    moment the first field has the focus (the search box, or the sign-in screen of a
    desk that opens locked: someone can type), and the moment the rest of the desk
    (board, expected list, notifications) has been read after it, or the desk waits for
    a sign-in (the cold-start benchmark; never used at a real desk)."""
    first = window.signin_screen.focus_first() if window.locked else window.search_panel.search_box
    ready: list[float] = []

    def focused(_old: object, new: object) -> None:
        if new is first and not ready:
            ready.append(time.time())

    def check() -> None:
        if app.focusWidget() is first and not ready:
            ready.append(time.time())
        if not ready or not (window.loaded or window.locked):
            QTimer.singleShot(1, check)
            return
        report = {"ready_at": ready[0], "loaded_at": time.time(), "peak_rss_kb": peak_rss_kb()}
        print(json.dumps(report), flush=True)
        app.quit()

    app.focusChanged.connect(focused)  # before the desk's own load waits for the focus
    QTimer.singleShot(0, check)


def _load_once_focused(app: QApplication, window: DeskWindow) -> None:
    """``window.load()`` as soon as the search box has the focus (the first frame is up
    and the receptionist can type), on the next turn of the event loop."""
    search_box = window.search_panel.search_box

    def focused(_old: object, new: object) -> None:
        if new is search_box:
            app.focusChanged.disconnect(focused)
            QTimer.singleShot(0, window.load)

    if app.focusWidget() is search_box:
        QTimer.singleShot(0, window.load)
    else:
        app.focusChanged.connect(focused)


def start_application(lang: str | None) -> tuple[QApplication, str]:
    """The application object with logging and the translations of ``lang`` (None: the
    language chosen on this computer, else the system's); the language in use."""
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_palette(app)  # the first dialogs (who is at the desk) look like the app
    _setup_logging()
    language = lang or i18n.saved_language() or i18n.system_language()
    i18n.install_translators(app, language)
    return app, language


def open_database_or_explain(db_path: str | None) -> bool:
    """Open (and migrate) the database (``--db``, else ``RECEPTIONIST_DB``, else the one
    saved in Settings → Database, else the default file); on failure say why in a
    dialog and log it."""
    title = QCoreApplication.translate("App", "Cannot open the database")
    chosen = startup_location(db_path)
    try:
        open_database(chosen)
    except DeskError as err:  # a fault of the file, its folder or its disk: its sentence
        logging.getLogger("receptionist").error("cannot open the database", exc_info=err)
        reason = error_text(err)
        ask.warn(
            None,
            title,
            QCoreApplication.translate("App", "The database could not be opened: {reason}").format(
                reason=reason
            )
            + _saved_location_note(),
        )
        return False
    except Exception as err:  # noqa: BLE001 - any failure here is shown, then logged
        logging.getLogger("receptionist").error("cannot open the database", exc_info=err)
        ask.warn(
            None,
            title,
            QCoreApplication.translate(
                "App",
                "The database could not be opened: {reason} Check the path "
                "given with --db or RECEPTIONIST_DB, and that the folder is writable.",
            ).format(
                reason=QCoreApplication.translate("App", "The file cannot be read or written.")
            )
            + _saved_location_note(),
        )
        return False
    sys.excepthook = _unexpected
    return True


def _saved_location_note() -> str:
    """When the database that failed was the one saved in Settings → Database: where
    that is, and how to start with another one (then change the setting)."""
    if source() is not Source.SETTINGS:
        return ""
    return "\n\n" + QCoreApplication.translate(
        "App",
        "This computer is set to use {location} (Settings → Database). To use another "
        "database, start the app with --db PATH_OR_URL, then change the setting.",
    ).format(location=resolve(options.DATABASE_LOCATION.get()).display)


def run(db_path: str | None, lang: str | None, station: str | None = None) -> int:
    """Open the desk window and run until it is closed; the process exit code.
    ``station``: the name of this computer's desk (``--station``), else the one it
    remembers."""
    app, language = start_application(lang)
    if not open_database_or_explain(db_path):
        return 1
    chosen, admin = language, None
    if not settings.site_settings().set_up or auth.needs_admin():  # where is this desk?
        from .settings.first_start import set_up_if_needed

        answer = set_up_if_needed(language)
        if answer is None:
            return 0
        chosen, admin = answer
    if not open_or_explain(Station.DESK, station):  # nothing written before a desk opens
        return 1
    ctx = DeskContext(actor=admin or NOBODY, site=settings.site_settings(), language=chosen)
    # The first frame is the search box, ready for typing; the rest is read right after
    # it (cold start, docs/performance.md).
    window = create_desk(ctx, deferred=True)
    window.show()
    watch_integrity(window, lambda: show_damage(window))
    start_backups(window)
    start_retention(window, ctx.signals)
    start_follow_up_rules(window)
    window.outbox.outbox_sender.start()  # messages to people: e-mail, work chat (issue 14)
    # Everything built so far (modules, Qt wrappers) lives as long as the desk: frozen,
    # full garbage collections skip it, ~10 ms less for each (docs/performance.md).
    gc.freeze()
    gc.enable()  # paused during start-up (receptionist.__main__)
    if os.environ.get(STARTUP_PROBE):
        _probe_when_ready(app, window)
    _load_once_focused(app, window)
    return app.exec()
