"""Screenshots of the desk and the kiosk when their PostgreSQL server goes away, in English
and Simplified Chinese: the banner, and a check-in refused with what was typed kept.

Run under a display (Xvfb on a machine without one); needs Debian's postgresql package:
    Xvfb :33 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:33 .venv/bin/python scripts/server_lost_screenshots.py
Starts a throw-away server of its own (``scripts/pg-server``), fills it with the demo data
of ``scripts/screenshots.py``, stops the server under the open windows and starts it
again. Writes docs/screenshots/desk_server_lost_<lang>.png and
kiosk_server_lost_<lang>.png (or to the folder in $SCREENSHOTS_OUT).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots as base  # noqa: E402 - the desk screenshots' data and helpers
from demo_site import demo_site  # noqa: E402

from receptionist.domain.enums import Purpose  # noqa: E402
from receptionist.services import clock, customers, settings  # noqa: E402
from receptionist.services.database import open_database  # noqa: E402
from receptionist.services.views import StaffView  # noqa: E402
from receptionist.ui.app import create_desk  # noqa: E402
from receptionist.ui.common import i18n  # noqa: E402
from receptionist.ui.common.context import DeskContext  # noqa: E402
from receptionist.ui.kiosk import window as kiosk_window  # noqa: E402
from receptionist.ui.kiosk.app import create_kiosk  # noqa: E402

PG_SERVER = Path(__file__).resolve().parent / "pg-server"
WAIT_MS = 30_000


def pg_server(action: str, folder: Path) -> str:
    done = subprocess.run(
        ["bash", str(PG_SERVER), action, str(folder)], check=True, stdout=subprocess.PIPE, text=True
    )
    return done.stdout.strip()


def wait_for(app: QApplication, condition: Callable[[], bool]) -> None:
    waited = 0
    while not condition():
        base.settle(app, 50)
        waited += 50
        if waited > WAIT_MS:
            raise SystemExit("the window did not react to the server in time")


def shoot_desk(app: QApplication, folder: Path, lang: str, size, actor: StaffView) -> None:
    ctx = DeskContext(actor=actor, site=settings.site_settings(), language=lang)
    window = create_desk(ctx)
    window.resize(size)
    window.show()
    wait_for(app, lambda: window.updates.live.listening)
    waiting = [h for h in customers.search(actor.id, "w").hits if not h.on_site]
    window.search_panel.search_box.setText("w")
    base.settle(app, 600)
    window.search_panel.pick_customer(waiting[0].id)
    window.checkin_panel.purpose_buttons[Purpose.AFTER_SALES].click()
    note = "换季保养，客户自带配件" if lang == "zh_CN" else "Seasonal service"
    window.checkin_panel.note_edit.setText(note)
    window.board.onsite_table.selectRow(0)
    pg_server("stop-server", folder)
    wait_for(app, window.server_banner.isVisible)
    window.checkin_panel.checkin_button.click()
    base.shoot(window, f"desk_server_lost_{lang}.png", app)
    pg_server("start-server", folder)
    wait_for(app, lambda: not window.server_banner.isVisible())
    window.close()


def shoot_kiosk(app: QApplication, folder: Path, lang: str) -> None:
    window = create_kiosk(lang)
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    wait_for(app, lambda: window.live.listening)
    window.welcome.walk_in_button.click()
    window.details.name.edit.setText("Anna Lee")
    window.details.phone.edit.setText("13700137000")
    pg_server("stop-server", folder)
    wait_for(app, window.server_banner.isVisible)
    base.shoot(window, f"kiosk_server_lost_{lang}.png", app)
    pg_server("start-server", folder)
    wait_for(app, lambda: not window.server_banner.isVisible())
    window._may_close = True
    window.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    base.OUT.mkdir(parents=True, exist_ok=True)
    size = app.primaryScreen().size()
    folder = Path(tempfile.mkdtemp(prefix="receptionist-pg-"))  # reachable by postgres
    try:
        url = pg_server("start", folder)
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
                QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
            open_database(url)
            clock.set_clock(lambda: base.NOW)
            _admin, actor = demo_site(customers=400, visits=1600, seed=11)
            base.plan_the_day(actor.id)
            kiosk_window.print_slip = lambda _code, _long, _lang: True
            for lang in ("en", "zh_CN"):
                i18n.switch_language(app, lang)
                shoot_desk(app, folder, lang, size, actor)
                shoot_kiosk(app, folder, lang)
    finally:
        pg_server("stop", folder)
        clock.set_clock(None)
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
