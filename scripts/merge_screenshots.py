"""Screenshots of Duplicates… (the candidate pairs, a pair side by side) in English and
Simplified Chinese (docs/screenshots/duplicates-<lang>.png).

Run under a display (Xvfb on a machine without one):
    Xvfb :65 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:65 .venv/bin/python scripts/merge_screenshots.py
A fresh demo database in a temporary folder with a few duplicates added, a manager at the
desk.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.services import customers, settings, staff, visits
from receptionist.services.database import open_database
from receptionist.ui.archive.duplicates_dialog import DuplicatesDialog
from receptionist.ui.common import i18n

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_site import demo_site  # noqa: E402
from screenshots import settle, shoot  # noqa: E402

from receptionist.ui.common.context import DeskContext  # noqa: E402

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)

TWINS = (
    # (kept, other): name, phone, company of each
    (("欧阳建国", "13912345678", "明日科技"), ("欧阳建国", "", "明日科技 ")),
    (("张伟", "13812345678", "星海贸易"), ("章伟", "13812345679", "")),
    (("Chen Jing", "13125550143", ""), ("Jing Chen", "+13125550143", "")),
    (("Wang Fang", "13700001111", "ＡＢＣ Ltd"), ("wang fang", "", "abc ltd")),
)


def add_twins(actor_id: int) -> None:
    for kept, other in TWINS:
        for name, phone, company in (kept, other):
            person = customers.register_customer(
                actor_id, name=name, phone=phone or None, company=company
            )
            visit = visits.check_in(actor_id, customer_id=person.id, purpose="sales")
            visits.check_out(actor_id, visit.code)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        boss, desk = demo_site(customers=300, visits=600, seed=11)
        manager = staff.add_staff(boss.id, "周静 Zhou Jing", "Sales", "manager")
        add_twins(desk.id)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=manager, site=settings.site_settings(), language=lang)
            dialog = DuplicatesDialog(ctx)
            dialog.resize(900, 700)
            dialog.show()
            while dialog.loading:
                settle(app, 100)
            dialog.pairs_table.selectRow(1)
            dialog.compare.other_choice["phone"].setChecked(True)
            settle(app)
            shoot(dialog, f"duplicates-{lang}.png", app)
            dialog.close()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
