"""Screenshots of the lost-customer review window (issue 13), in English and Simplified
Chinese, as a manager sees it: the reviews with one chosen (its last contacts and the
analysis form), and the report by reason and by competitor.

Run under a display (Xvfb on a machine without one):
    Xvfb :83 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:83 .venv/bin/python scripts/lost_screenshots.py
Writes docs/screenshots/lost_{reviews,report}_{en,zh_CN}.png (or to the folder in
$SCREENSHOTS_OUT) from a fresh demo database in a temporary folder.
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

from receptionist.domain.enums import Role
from receptionist.services import clock, customers, lost, purchases, settings, staff
from receptionist.services.database import open_database, transaction
from receptionist.store.models import TierResult, TierRun
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.lost.window import LostWindow

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)
TODAY = NOW.date()

# name, phone, company, purchase days before today (amount yuan), tier last year
DRIFTED = (
    ("王丽华", "13812345678", "星河集团", ((900, 12800), (620, 9600), (420, 15800)), "gold"),
    ("陈建国", "13912345670", "", ((150, 2200), (120, 1980), (90, 2480), (60, 2100)), "iron"),
    ("Li Ming", "13712345671", "Harbour Trading", ((700, 56000), (400, 42000)), "platinum"),
    ("赵敏", "13612345672", "", ((480, 880),), "lead"),
)


def settle(app: QApplication, ms: int = 400) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def drifted(admin_id: int) -> dict[str, int]:
    """Customers who stopped coming, with purchases and last year's tier."""
    ids = {}
    with transaction():
        last_year = TODAY.year - 1
        run = TierRun.create(
            period=str(last_year),
            starts_on=date(last_year, 1, 1),
            ends_on=date(last_year, 12, 31),
            computed_at=NOW - timedelta(days=60),
            computed_by=admin_id,
            customers=380,
            current=True,
        )
    for rank, (name, phone, company, bought, tier) in enumerate(DRIFTED, start=1):
        person = customers.register_customer(
            admin_id, name=name, phone=phone, company=company, category="existing"
        )
        ids[name] = person.id
        for days, yuan in bought:
            purchases.record_purchase(
                admin_id, person.id, TODAY - timedelta(days=days), str(yuan), note=""
            )
        TierResult.create(
            run=run.id,
            customer=person.id,
            revenue_cents=bought[0][1] * 100,
            purchases=len(bought),
            last_purchase_on=TODAY - timedelta(days=bought[-1][0]),
            rank=rank * 7,
            tier=tier,
            stars=4 - rank % 3,
        )
    return ids


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW - timedelta(days=30))
        admin, _desk = demo_site(customers=30, visits=90, seed=13)
        clock.set_clock(lambda: NOW)
        ids = drifted(admin.id)
        lost.detect(admin.id)
        reviews = {r.customer_id: r for r in lost.reviews(admin.id)}
        hosts = [p for p in staff.list_staff(admin.id) if p.role == Role.HOST]
        lost.analyse(
            admin.id,
            reviews[ids["Li Ming"]].id,
            "海港贸易",
            "price",
            "对方报价低 8%",
            True,
            hosts[0].id,
        )
        lost.analyse(admin.id, reviews[ids["赵敏"]].id, "", "moved", "搬到深圳")
        lost.close(admin.id, reviews[ids["赵敏"]].id, "已搬离本市", won_back=False)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=admin, site=settings.site_settings(), language=lang)
            win = LostWindow(ctx)
            win.resize(1180, 680)
            win.show()
            win.reviews.select_review(reviews[ids["王丽华"]].id)
            settle(app)
            win.grab().save(str(OUT / f"lost_reviews_{lang}.png"))
            win.tabs.setCurrentWidget(win.report)
            settle(app)
            win.grab().save(str(OUT / f"lost_report_{lang}.png"))
            print("wrote", OUT / f"lost_reviews_{lang}.png", "and the report")
            win.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
