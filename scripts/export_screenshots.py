"""Screenshots of the shared Export… dialog (issue 15) with its progress bar, in English
and Simplified Chinese: opened from the visit log by a manager, an .xlsx export of the
visit log a quarter of the way through.

Run under a display (Xvfb on a machine without one):
    Xvfb :74 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:74 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/export_screenshots.py
Writes docs/screenshots/export-progress-{en,zh}.png (or to the folder in
$SCREENSHOTS_OUT) from a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Role
from receptionist.services import settings, staff
from receptionist.services.database import open_database
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.visit_log.window import VisitLogWindow

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
FILES = {"en": "export-progress-en.png", "zh_CN": "export-progress-zh.png"}
TOTAL, DONE = 48_213, 12_000


def settle(app: QApplication, ms: int = 400) -> None:
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
        admin, _desk = demo_site(customers=30, visits=90, seed=13)
        manager = next(p for p in staff.list_staff(admin.id) if p.role == Role.MANAGER)
        for lang, name in FILES.items():
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=manager, site=settings.site_settings(), language=lang)
            window = VisitLogWindow(ctx)
            window.resize(1100, 640)
            window.show()
            settle(app)
            dialog = window.export()
            gate = threading.Event()

            def held(path, file_format, *, progress, cancelled, gate=gate, **_kwargs) -> int:
                progress(DONE, TOTAL)  # a quarter through a long export, held there
                gate.wait(30)
                return DONE

            dialog.request = dataclasses.replace(dialog.request, run=held)
            dialog.file_edit.setText(str(Path.home() / "Documents" / "visits-2026.xlsx"))
            dialog.export()
            settle(app, 800)
            dialog.grab().save(str(OUT / name))
            print("wrote", OUT / name)
            gate.set()
            dialog.job.wait()
            settle(app)
            dialog.close()
            window.close()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
