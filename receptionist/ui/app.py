"""Starting the desk: the application object, the database, the language, who is at the
desk, then the window."""

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

from ..domain.errors import DeskError
from ..services import settings
from ..services.database import app_data_dir, open_database
from .common import ask, i18n
from .common.context import DeskContext
from .common.labels import error_text
from .common.style import apply_look, apply_palette
from .desk.window import DeskWindow
from .staff.picker import choose_actor

APP_NAME = "Receptionist"
# Benchmark hook (benchmarks/measure_start.py): when set, the desk prints one JSON line
# as soon as the search box has focus (wall-clock time, peak memory) and quits.
STARTUP_PROBE = "RECEPTIONIST_STARTUP_PROBE"


def create_desk(ctx: DeskContext) -> DeskWindow:
    """The desk window for ``ctx`` in the app's look, not yet shown (tests and screenshot
    scripts use it)."""
    window = DeskWindow(ctx)
    apply_look(QApplication.instance())  # after building: one polish per widget
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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def _unexpected(exc_type, exc, tb) -> None:
    """Any error nobody caught: logged in full, the user gets one sentence."""
    logging.getLogger("receptionist").error("unexpected error", exc_info=(exc_type, exc, tb))
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
    """Print ``{"ready_at": time.time(), "peak_rss_kb": ...}`` once the search box accepts
    input, then quit (the cold-start benchmark; never used at a real desk)."""

    def check() -> None:
        if app.focusWidget() is not window.search_panel.search_box:
            QTimer.singleShot(1, check)
            return
        print(json.dumps({"ready_at": time.time(), "peak_rss_kb": peak_rss_kb()}), flush=True)
        app.quit()

    QTimer.singleShot(0, check)


def start_application(lang: str | None) -> tuple[QApplication, str]:
    """The application object with logging and the translations of ``lang`` (None: the
    language chosen on this computer, else the system's); the language in use."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_palette(app)  # the first dialogs (who is at the desk) look like the app
    _setup_logging()
    language = lang or i18n.saved_language() or i18n.system_language()
    i18n.install_translators(app, language)
    return app, language


def open_database_or_explain(db_path: str | None) -> bool:
    """Open (and migrate) the database; on failure say why in a dialog and log it."""
    try:
        open_database(db_path)
    except Exception as err:  # noqa: BLE001 - any failure here is shown, then logged
        logging.getLogger("receptionist").error("cannot open the database", exc_info=err)
        reason = (
            error_text(err)
            if isinstance(err, DeskError)
            else QCoreApplication.translate("App", "The file cannot be read or written.")
        )
        ask.warn(
            None,
            QCoreApplication.translate("App", "Cannot open the database"),
            QCoreApplication.translate(
                "App",
                "The database could not be opened: {reason} Check the path "
                "given with --db or RECEPTIONIST_DB, and that the folder is writable.",
            ).format(reason=reason),
        )
        return False
    sys.excepthook = _unexpected
    return True


def run(db_path: str | None, lang: str | None) -> int:
    """Open the desk window and run until it is closed; the process exit code."""
    app, language = start_application(lang)
    if not open_database_or_explain(db_path):
        return 1
    actor = choose_actor()
    if actor is None:
        return 0
    ctx = DeskContext(actor=actor, site=settings.site_settings(), language=language)
    window = create_desk(ctx)
    window.show()
    # Everything built so far (modules, Qt wrappers) lives as long as the desk: frozen,
    # full garbage collections skip it, ~10 ms less for each (docs/performance.md).
    gc.freeze()
    if os.environ.get(STARTUP_PROBE):
        _probe_when_ready(app, window)
    return app.exec()
