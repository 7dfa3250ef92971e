"""Screenshots of the evacuation list (issue 15), in English and Simplified Chinese: the
first A4 page as printed (rendered with pdftoppm, 1280 px wide) and the roll call at
1280 x 800 with some people ticked off.

Run under a display (Xvfb on a machine without one):
    Xvfb :73 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:73 .venv/bin/python scripts/evacuation_screenshots.py
Writes docs/screenshots/evacuation-pdf-{en,zh}.png and roll-call-{en,zh}.png (or to the
folder in $SCREENSHOTS_OUT) from a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Role, Station
from receptionist.services import clock, customers, evacuation, settings, staff, stations, visits
from receptionist.services.database import open_database
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.common.style import apply_look
from receptionist.ui.evacuation.roll_call import RollCallWindow

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(15, 10)).astimezone().astimezone(UTC)

# name, phone, company, host index (None: no host), party, minutes ago, station
ON_SITE = (
    ("王丽华", "13812345678", "星河集团", 0, 2, 95, "展厅前台"),
    ("陈建国", "13912345670", "", 0, 1, 40, "展厅前台"),
    ("Li Ming", "13712345671", "Harbour Trading", 0, 3, 25, "大堂自助机"),
    ("赵敏", "13612345672", "华为技术有限公司", 1, 1, 130, "展厅前台"),
    ("Emily Chen", "13512345673", "Acme Trading", 1, 4, 70, "大堂自助机"),
    ("欧阳娜娜", "13412345674", "北京市朝阳区远景科技发展有限责任公司", 1, 1, 15, "展厅前台"),
    ("张伟", "13312345675", "", 2, 2, 55, "展厅前台"),
    ("Alexandra Montgomery", "13212345676", "Northwind International Logistics", 2, 1, 35, ""),
    ("刘洋", "13112345677", "", None, 1, 10, "大堂自助机"),
    ("孙悦", "13012345679", "远航物流", None, 2, 5, "展厅前台"),
)
TICKED = ("王丽华", "Li Ming", "赵敏", "张伟", "刘洋")


def settle(app: QApplication, ms: int = 400) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def arrive(admin, desk) -> None:
    hosts = [p for p in staff.list_staff(admin.id) if p.role == Role.HOST][:3]
    for name in ("展厅前台", "大堂自助机"):
        kind = Station.KIOSK if "自助" in name else Station.DESK
        stations.add_station(admin.id, name, kind)
    for name, phone, company, host, party, ago, station in ON_SITE:
        clock.set_clock(lambda ago=ago: NOW - timedelta(minutes=ago))
        if station:
            stations.use_station(station)
        found = customers.find_by_phone(desk.id, phone)
        person = found or customers.register_customer(
            desk.id, name=name, phone=phone, company=company
        )
        visits.check_in(
            desk.id,
            customer_id=person.id,
            purpose="sales",
            host_id=hosts[host].id if host is not None else None,
            party_size=party,
            station=Station.KIOSK if "自助" in station else Station.DESK,
        )
    clock.set_clock(lambda: NOW)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    apply_look(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW - timedelta(days=30))
        admin, desk = demo_site(customers=20, visits=20, seed=15)
        clock.set_clock(lambda: NOW)
        for visit in visits.on_site_board(desk.id):  # the demo's own visitors leave
            visits.check_out(desk.id, visit.code)
        arrive(admin, desk)
        for lang, short in (("en", "en"), ("zh_CN", "zh")):
            found, doc = evacuation.evacuation_document(desk.id, lang)
            pdf = Path(tmp) / f"evacuation-{short}.pdf"
            pdf.write_bytes(doc.pdf())
            target = OUT / f"evacuation-pdf-{short}"
            subprocess.run(
                ["pdftoppm", "-png", "-singlefile", "-scale-to-x", "1280", "-scale-to-y", "-1"]
                + [str(pdf), str(target)],
                check=True,
            )
            print("wrote", f"{target}.png")
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=desk, site=settings.site_settings(), language=lang)
            win = RollCallWindow(ctx)
            win.show_list(found)
            for item in win._visitor_items():
                if item.text(0) in TICKED:
                    item.setCheckState(0, Qt.CheckState.Checked)
            win.resize(1280, 800)
            win.show()
            settle(app)
            win.grab().save(str(OUT / f"roll-call-{short}.png"))
            print("wrote", OUT / f"roll-call-{short}.png")
            win.forget_ticks()
            win.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
