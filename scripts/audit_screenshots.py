"""Screenshots of the audit trail window and Settings → Backups, in English and
Simplified Chinese (docs/screenshots/audit-*.png, backups-*.png).

Run under a display (Xvfb on a machine without one):
    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 .venv/bin/python scripts/audit_screenshots.py
A fresh demo database in a temporary folder, an administrator at the desk, a few days of
backups (one encrypted); the windows take the screen's size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.services import backup, backup_settings, settings, staff
from receptionist.services.database import open_database
from receptionist.ui.app import create_desk
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_site import demo_site  # noqa: E402
from screenshots import settle, shoot  # noqa: E402

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)


def make_backups(db_file: Path) -> None:
    now = datetime.now(UTC)
    for days in (9, 4, 3, 2):
        backup.backup(db_file, now=now - timedelta(days=days, hours=days % 3))
    backup.backup(db_file, now=now - timedelta(days=1), passphrase="demo passphrase")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    size = app.primaryScreen().size()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        db_file = Path(tmp) / "shots.sqlite3"
        open_database(db_file)
        boss, _desk = demo_site(customers=300, visits=1200, seed=11)
        admin = staff.add_staff(boss.id, "周静 Zhou Jing", "IT", "admin")
        make_backups(db_file)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=admin, site=settings.site_settings(), language=lang)
            window = create_desk(ctx)
            window.resize(size)
            window.show()
            settle(app)
            window.open_audit_trail()
            trail = window.audit_window
            assert trail is not None
            trail.resize(size)
            trail.verify_chain()
            settle(app, 1500)
            shoot(trail, f"audit-{lang}.png", app)
            trail.close()

            from receptionist.ui.settings.backups_page import BackupsSettingsPage
            from receptionist.ui.settings.dialog import SettingsDialog

            dialog = SettingsDialog(ctx, window)
            page = dialog.page(BackupsSettingsPage)
            dialog.tabs.setCurrentWidget(page)
            dialog.resize(760, 760)
            dialog.show()
            page.backups_list.backups_table.selectRow(0)
            page.backups_list.back_up_now()
            settle(app, 1500)
            page.backups_list.show_backups(backup_settings.backups_overview(admin.id).backups)
            shoot(dialog, f"backups-{lang}.png", app)
            dialog.close()
            window.close()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
