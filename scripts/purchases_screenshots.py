"""Screenshots of the customer page's timeline and purchases tabs (issue 12), in English
and Simplified Chinese, as an administrator sees them (amounts, the "Add purchase" form),
for a customer with visits, feedback, purchases, a category change, a tier and a merge.

Run under a display (Xvfb on a machine without one):
    Xvfb :62 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:62 .venv/bin/python scripts/purchases_screenshots.py
Writes docs/screenshots/customer_{timeline,purchases}_{en,zh_CN}.png (or to the folder
in $SCREENSHOTS_OUT) from a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget

from receptionist.services import clock, customers, feedback, purchases, settings, staff, visits
from receptionist.services.database import open_database, transaction
from receptionist.store.models import CustomerMerge, TierResult, TierRun
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.customer.purchases_view import PurchasesView
from receptionist.ui.customer.timeline_view import TimelineView

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)
COMMENTS = ("服务很周到，茶也好喝", "Quick and friendly", "等候时间有点长\n其他都好", "")


def settle(app: QApplication, ms: int = 400) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def history(admin_id: int, desk_id: int) -> int:
    """A customer with a year of history, ending this morning."""
    at = [NOW - timedelta(days=400)]
    clock.set_clock(lambda: at[0])
    person = customers.register_customer(
        desk_id, name="王丽华", phone="13812345678", company="星河集团"
    )
    hosts = [p for p in staff.list_staff(admin_id) if p.role == "host"] or [None]
    for n in range(14):
        at[0] = NOW - timedelta(days=380 - n * 28, hours=n % 3)
        host = hosts[n % len(hosts)]
        visit = visits.check_in(
            desk_id,
            customer_id=person.id,
            purpose="after_sales" if n % 4 == 3 else "sales",
            host_id=host.id if host else None,
        )
        at[0] += timedelta(minutes=50)
        visits.check_out(desk_id, visit.code)
        if n % 2 == 0:
            feedback.record_feedback(
                desk_id, visit.code, overall=5 - n % 3, comment=COMMENTS[n % len(COMMENTS)]
            )
        if n % 3 == 1:
            purchases.record_purchase(
                admin_id, person.id, at[0].date(), f"{1280 + n * 310}.50", note="茶具套装"
            )
        if n == 4:
            customers.change_category(desk_id, person.id, "existing", "First purchase")
        if n == 10:
            customers.change_category(desk_id, person.id, "vip", "年度消费前 5%")
    purchases.record_purchase(admin_id, person.id, at[0].date(), "-320", note="退回一只茶杯")
    with transaction():
        last_year = NOW.year - 1
        run = TierRun.create(
            period=str(last_year),
            starts_on=date(last_year, 1, 1),
            ends_on=date(last_year, 12, 31),
            computed_at=NOW - timedelta(days=60),
            computed_by=admin_id,
            customers=380,
            current=True,
        )
        TierResult.create(
            run=run.id,
            customer=person.id,
            revenue_cents=1_876_400,
            purchases=4,
            last_purchase_on=date(last_year, 11, 3),
            rank=9,
            tier="gold",
            stars=4,
        )
        CustomerMerge.create(
            kept=person.id,
            merged_id=9999,
            merged_name="王莉华",
            merged_at=NOW - timedelta(days=20),
            merged_by=admin_id,
        )
    clock.set_clock(lambda: NOW)
    return person.id


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW - timedelta(days=401))
        admin, desk = demo_site(customers=40, visits=120, seed=12)
        customer_id = history(admin.id, desk.id)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=admin, site=settings.site_settings(), language=lang)
            tabs = QTabWidget()
            tabs.setWindowTitle("Receptionist")
            timeline = TimelineView(ctx)
            bought = PurchasesView(ctx)
            tabs.addTab(timeline, "Timeline" if lang == "en" else "时间线")
            tabs.addTab(bought, "Purchases" if lang == "en" else "购买记录")
            tabs.resize(960, 640)
            tabs.show()
            timeline.show_customer(customer_id)
            bought.show_customer(customer_id)
            settle(app)
            tabs.grab().save(str(OUT / f"customer_timeline_{lang}.png"))
            tabs.setCurrentWidget(bought)
            bought.amount_edit.setText("12.345")
            bought.note_edit.setText("茶叶礼盒" if lang == "zh_CN" else "Tea gift box")
            bought.add_purchase()  # refused: the error shows next to the amount
            bought.table.selectRow(1)
            settle(app)
            tabs.grab().save(str(OUT / f"customer_purchases_{lang}.png"))
            print("wrote", OUT / f"customer_timeline_{lang}.png", "and purchases")
            tabs.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
