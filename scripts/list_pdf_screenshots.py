"""Screenshots of a list exported as a PDF report (issue 15), in English and Simplified
Chinese: page 1 of the visit log of the last 30 days, exported by a manager through the
visit log's Export… dialog, rendered with pdftoppm.

    .venv/bin/python scripts/list_pdf_screenshots.py   (no display needed: offscreen)
Writes docs/screenshots/list-pdf-{en,zh}.png (or to the folder in $SCREENSHOTS_OUT) from
a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from demo_site import demo_site  # noqa: E402
from PySide6.QtCore import QDate, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from receptionist.domain.enums import Role  # noqa: E402
from receptionist.services import settings, staff  # noqa: E402
from receptionist.services.database import open_database  # noqa: E402
from receptionist.ui.common import i18n  # noqa: E402
from receptionist.ui.common.context import DeskContext  # noqa: E402
from receptionist.ui.visit_log.window import VisitLogWindow  # noqa: E402

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
FILES = {"en": "list-pdf-en", "zh_CN": "list-pdf-zh"}


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
        admin, _desk = demo_site(customers=40, visits=160, seed=13)
        manager = next(p for p in staff.list_staff(admin.id) if p.role == Role.MANAGER)
        for lang, name in FILES.items():
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=manager, site=settings.site_settings(), language=lang)
            window = VisitLogWindow(ctx)
            today = datetime.now().date()
            window.log_from.setDate(QDate(today - timedelta(days=30)))
            window.log_to.setDate(QDate(today))
            settle(app)
            dialog = window.export()
            pdf = Path(tmp) / f"{name}.pdf"
            dialog.file_edit.setText(str(pdf))
            dialog.export()
            while dialog.running:
                settle(app, 100)
            if not pdf.exists():
                print("failed:", dialog.error.text(), file=sys.stderr)
                return 1
            target = OUT / name
            subprocess.run(
                ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf, target],
                check=True,
            )
            print("wrote", target.with_suffix(".png"))
            dialog.close()
            window.close()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
