"""Screenshots of the tiers window (results, movements, suggestions) and Settings → Tiers
(issue 12), in English and Simplified Chinese, at 1280×800, as the demo's manager sees
them: the demo's two years of purchases, last year and this year recomputed first.

Run under a display (Xvfb on a machine without one):
    Xvfb :66 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:66 .venv/bin/python scripts/tiers_screenshots.py
Writes docs/screenshots/tiers-{results,movements,suggestions}-{en,zh_CN}.png and
settings-tiers-{en,zh_CN}.png (or to the folder in $SCREENSHOTS_OUT) from a fresh demo
database in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, time
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Role
from receptionist.services import clock, settings, staff, tier_settings, tiers
from receptionist.services.database import open_database
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.settings.dialog import SettingsDialog
from receptionist.ui.settings.tiers_page import TiersSettingsPage
from receptionist.ui.tiers.window import TiersWindow

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)


def settle(app: QApplication, ms: int = 500) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW)
        admin, _desk = demo_site(customers=600, visits=300, seed=12)
        manager = next(p for p in staff.list_staff(admin.id) if p.role == Role.MANAGER)
        tiers.recompute(admin.id, str(NOW.year - 1))
        tiers.recompute(manager.id, str(NOW.year))
        tier_settings.save_service_standard(
            manager.id, "platinum", 14, True, "采购负责人和老板", "到访时由客户经理亲自接待"
        )
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=manager, site=settings.site_settings(), language=lang)
            win = TiersWindow(ctx, lambda _cid: None)
            win.resize(1280, 800)
            win.show()
            settle(app, 900)
            win.grab().save(str(OUT / f"tiers-results-{lang}.png"))
            win.tabs.setCurrentWidget(win.movements)
            settle(app)
            win.grab().save(str(OUT / f"tiers-movements-{lang}.png"))
            win.tabs.setCurrentWidget(win.suggestions)
            win.suggestions.table.selectRow(0)
            settle(app)
            win.grab().save(str(OUT / f"tiers-suggestions-{lang}.png"))
            win.close()
            admin_ctx = DeskContext(actor=admin, site=settings.site_settings(), language=lang)
            dialog = SettingsDialog(admin_ctx)
            dialog.tabs.setCurrentWidget(dialog.page(TiersSettingsPage))
            dialog.resize(1280, 800)
            dialog.show()
            settle(app)
            dialog.grab().save(str(OUT / f"settings-tiers-{lang}.png"))
            dialog.close()
            print("wrote the tiers screenshots in", lang)
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
