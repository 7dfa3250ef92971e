"""Take the README screenshots of the real windows, in English and Simplified Chinese.

Run under a display (Xvfb on a machine without one):
    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 .venv/bin/python scripts/screenshots.py
Writes docs/screenshots/*.png from a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose
from receptionist.services import clock, customers, demo, settings, staff
from receptionist.store.connection import open_database
from receptionist.ui import i18n
from receptionist.ui.app import create_desk
from receptionist.ui.context import DeskContext

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)


def settle(app: QApplication, ms: int = 400) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def shoot(widget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print("wrote", path)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # This computer's settings (window layout, language) from a throwaway folder.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        demo.generate(customers=400, visits=1600, seed=11)
        actor = staff.default_actor()
        settings.save_site_settings(actor.id, "星辰汽车展厅 Star Motors", False)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=actor, site=settings.site_settings(), language=lang)
            window = create_desk(ctx)
            window.resize(*SIZE)
            window.show()
            settle(app)
            # A receptionist looking up a returning customer by pinyin initials, about to
            # check them in for after-sales; the board shows who is here.
            window.search_panel.search_box.setText("w")
            settle(app, 600)
            waiting = [h for h in customers.search("w").hits if not h.on_site]
            if waiting:
                window.search_panel.pick_customer(waiting[0].id)
                window.checkin_panel.purpose_buttons[Purpose.AFTER_SALES].click()
            window.board.onsite_table.selectRow(0)
            settle(app)
            shoot(window, f"desk_{lang}.png", app)
            window.open_visit_log()
            log = window.visit_log_window
            log.resize(*SIZE)
            shoot(log, f"visit_log_{lang}.png", app)
            log.close()
            window.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
