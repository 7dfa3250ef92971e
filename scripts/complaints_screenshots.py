"""Screenshots of a complaint (the five steps, three done) and of the complaint list
(issue 13), in English and Simplified Chinese, at 1280×800, as the desk's receptionist
sees them, from the demo data with a few complaints of the last days (some overdue).

Run under a display (Xvfb on a machine without one):
    Xvfb :84 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:84 .venv/bin/python scripts/complaints_screenshots.py
Writes docs/screenshots/complaint-{en,zh_CN}.png and complaints-list-{en,zh_CN}.png (or
to the folder in $SCREENSHOTS_OUT) from a fresh demo database in a temporary folder.
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
from receptionist.services import clock, complaints, customers, settings, staff
from receptionist.services.database import open_database
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.complaints.dialog import ComplaintDialog
from receptionist.ui.complaints.list_window import ComplaintListWindow

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)

# subject, severity, channel, hours ago, steps done, description
CASES = (
    (
        "空调维修后仍然漏水",
        "high",
        "phone",
        80,
        3,
        "上周五上门修过，周一又漏水。",
    ),
    ("交货比约定晚了四天", "urgent", "desk", 3, 0, "合同写明周一交货，周五才到，影响了开业。"),
    ("发票抬头开错", "normal", "desk", 30, 2, ""),
    ("销售顾问电话态度不好", "normal", "card", 200, 1, "反馈卡上写：打电话询问进度时被挂断。"),
    ("赠品未随货送达", "low", "kiosk", 50, 4, ""),
)
PEOPLE = (
    ("陈志强", "13812345678", "志强贸易有限公司"),
    ("刘芳", "13987654321", ""),
    ("王建国", "13611112222", "建国装饰工程"),
    ("赵丽", "13733334444", ""),
    ("孙伟", "13555556666", "伟业科技"),
)
NOTES = (
    "客户情绪激动，耐心听完：维修后第三天又漏水，地板受损。",
    "向客户致歉，确认问题：冷凝水管接口松动，要求再次上门并赔偿地板清洁费用。",
    "提出方案：明天上午派资深师傅上门更换接口，并承担地板清洁费 300 元，客户同意。",
    "师傅已更换接口，试机两小时无渗漏，清洁费已转账。",
)


def settle(app: QApplication, ms: int = 500) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def add_complaints(desk_id: int, hosts: list[int]) -> int:
    """The cases above, opened ``hours ago`` by the desk with steps done; the first id."""
    people = [
        customers.register_customer(desk_id, name=name, phone=phone, company=company)
        for name, phone, company in PEOPLE
    ]
    first = 0
    for number, (case, person) in enumerate(zip(CASES, people, strict=False)):
        subject, severity, channel, hours, done, text = case
        opened = NOW - timedelta(hours=hours)
        clock.set_clock(lambda at=opened: at)
        change = complaints.open_complaint(
            desk_id, person.id, subject, description=text, severity=severity,
            channel=channel, handler_id=hosts[number % len(hosts)],
        )  # fmt: skip
        first = first or change.complaint.id
        for step in range(1, done + 1):
            at = opened + timedelta(hours=2 * step)
            clock.set_clock(lambda at=at: at)
            note = NOTES[step - 1] if number == 0 else "已处理。"
            complaints.record_step(desk_id, change.complaint.id, step, note)
    clock.set_clock(lambda: NOW)
    return first


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW)
        admin, desk = demo_site(customers=200, visits=100, seed=13)
        hosts = [p.id for p in staff.list_staff(admin.id) if p.role == Role.HOST]
        first = add_complaints(desk.id, hosts)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=desk, site=settings.site_settings(), language=lang)
            dialog = ComplaintDialog(ctx, first)
            dialog.resize(1280, 800)
            dialog.show()
            settle(app, 900)
            dialog.grab().save(str(OUT / f"complaint-{lang}.png"))
            dialog.close()
            win = ComplaintListWindow(ctx)
            win.filters["all"].setChecked(True)
            win.resize(1280, 800)
            win.show()
            settle(app, 900)
            win.grab().save(str(OUT / f"complaints-list-{lang}.png"))
            win.close()
            print("wrote the complaint screenshots in", lang)
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
