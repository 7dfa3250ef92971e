"""Screenshots of the follow-up tasks (回访) in the desk's Today panel (issue 13), in
English and Simplified Chinese, at 1280×800: the receptionist's own list (overdue first,
in red), the outcome dialog, and a manager's department with each person's counts.

Run under a display (Xvfb on a machine without one):
    Xvfb :82 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:82 .venv/bin/python scripts/followups_screenshots.py
Writes docs/screenshots/followups-{desk,outcome,department}-{en,zh_CN}.png (or to the
folder in $SCREENSHOTS_OUT) from a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Role
from receptionist.services import clock, customers, followup_rules, followups, settings, staff
from receptionist.services.database import open_database
from receptionist.ui.app import create_desk
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.followups.labels import kind_label
from receptionist.ui.followups.outcome_dialog import OutcomeDialog
from receptionist.ui.followups.today_tasks import TodayTasks

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)


def settle(app: QApplication, ms: int = 500) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def tasks_for(desk_id: int, others: list[int]) -> None:
    """A few tasks for the receptionist (two overdue) and the manager's department."""
    today = clock.local(NOW).date()
    found = customers.search(desk_id, "王").hits or customers.search(desk_id, "a").hits
    people = [c.id for c in found[:6]]
    kinds = ["complaint_callback", "birthday_greeting", "vip_care", "holiday_greeting"]
    for number, (cid, kind) in enumerate(zip(people, kinds, strict=False)):
        followups.add_task(desk_id, cid, kind, today - timedelta(days=max(0, 2 - number)), desk_id)
    for number, who in enumerate(others):
        for cid in people[:3]:
            due = today - timedelta(days=number % 3)
            followups.add_task(desk_id, cid, "prospect_follow_up", due, who)
    followups.add_task(desk_id, people[-1], "win_back", today - timedelta(days=1), None)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW)
        admin, desk = demo_site(customers=300, visits=150, seed=13)
        everyone = staff.list_staff(admin.id)
        manager = next(p for p in everyone if p.role == Role.MANAGER)
        colleagues = [p.id for p in everyone if p.department == manager.department][:3]
        followup_rules.run_rules(admin.id)
        tasks_for(desk.id, colleagues)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=desk, site=settings.site_settings(), language=lang)
            win = create_desk(ctx)
            win.resize(1280, 800)
            win.show()
            settle(app, 1200)
            panel = win.checkin_panel.today_panel.follow_ups
            panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
            settle(app)
            win.grab().save(str(OUT / f"followups-desk-{lang}.png"))
            chosen = panel.tasks()[0]
            dialog = OutcomeDialog(f"{kind_label(chosen.kind)} · {chosen.customer_name}", win)
            dialog.skip_radio.setChecked(True)
            dialog.note.setPlainText(
                "客户出差，下周一再联系" if lang == "zh_CN" else "Abroad; call Monday"
            )
            dialog.show()
            settle(app)
            dialog.grab().save(str(OUT / f"followups-outcome-{lang}.png"))
            dialog.close()
            win.close()
            manager_ctx = DeskContext(actor=manager, site=settings.site_settings(), language=lang)
            department = TodayTasks(manager_ctx)
            department.resize(640, 420)
            department.show()
            department.department_box.setChecked(True)
            settle(app)
            department.grab().save(str(OUT / f"followups-department-{lang}.png"))
            department.close()
            print("wrote the follow-up screenshots in", lang)
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
