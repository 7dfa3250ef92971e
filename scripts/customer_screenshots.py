"""Screenshots of the customer page and of the check-in glance, in English and
Simplified Chinese.

Run under a display (Xvfb on a machine without one):
    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 .venv/bin/python scripts/customer_screenshots.py
Writes docs/screenshots/customer-page-{en,zh}.png, customer-timeline-{en,zh}.png and
customer-glance-{en,zh}.png (or to
the folder in $SCREENSHOTS_OUT) from a demo database in a temporary folder; the windows
take the screen's size (1280 x 800 for the docs).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.services import archive, clock, customers, purchases, settings, staff, tiers
from receptionist.services.database import open_database
from receptionist.ui.app import create_desk
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)
LANGS = {"en": "en", "zh_CN": "zh"}


def settle(app: QApplication, ms: int = 400) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def shoot(widget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print("wrote", path)


def archived_customer(admin_id: int, actor_id: int) -> int:
    """A business customer with everything the archive holds, a birthday in three days,
    two years of purchases and the tiers recomputed for both years."""
    guest = customers.register_customer(
        actor_id,
        name="欧阳建国",
        phone="13912345678",
        company="明日科技有限公司",
        kind="business",
        category="vip",
        email="ouyang@mingri.example.com",
    )
    manager = next(s for s in staff.list_staff(actor_id) if s.role == "host")
    birthday = clock.local(NOW).date() + timedelta(days=3)
    archive.save_profile(
        actor_id,
        guest.id,
        guest.row_version,
        title="总经理",
        source="广交会 2024",
        account_manager=manager.id,
        customer_ref="ERP-10042",
        contact_consent=True,
        preferences="喜欢绿茶，不加糖\n膝盖不好，请安排一楼会议室",
        preference_tags=["绿茶", "不走楼梯", "上午来访"],
        special_dates=[
            {"kind": "birthday", "month": birthday.month, "day": birthday.day, "year": 1972},
            {"kind": "founding", "month": 9, "day": 18, "year": 2003},
            {"kind": "other", "label": "合作纪念日", "month": 4, "day": 8},
        ],
        notes="每季度回访一次；发票寄财务部王女士。",
    )
    today = clock.local(NOW).date()
    for year, month, amount, note in (
        (today.year - 1, 3, "86000", "新车定金"),
        (today.year - 1, 11, "42000.50", "新车尾款"),
        (today.year, 2, "3280", "保养套餐"),
        (today.year, 6, "-320", "退回一只茶杯"),
        (today.year, 9, "5310.50", "茶具套装"),
    ):
        purchases.record_purchase(admin_id, guest.id, date(year, month, 12), amount, note=note)
    for year in (today.year - 1, today.year):
        tiers.recompute(admin_id, str(year))
    return guest.id


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    size = app.primaryScreen().size()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW)
        _admin, actor = demo_site(customers=120, visits=300, seed=11)
        customer_id = archived_customer(_admin.id, actor.id)
        for lang, suffix in LANGS.items():
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=actor, site=settings.site_settings(), language=lang)
            window = create_desk(ctx)
            window.resize(size)
            window.show()
            window.search_panel.search_box.setText("欧阳")
            settle(app, 600)
            window.search_panel.pick_customer(customer_id)
            shoot(window, f"customer-glance-{suffix}.png", app)
            page = window.open_customer_page(customer_id)
            page.resize(size)
            shoot(page, f"customer-page-{suffix}.png", app)
            page.tabs.setCurrentWidget(page.timeline)
            shoot(page, f"customer-timeline-{suffix}.png", app)
            page.close()
            window.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
