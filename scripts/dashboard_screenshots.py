"""Screenshots of the managers' dashboard (issue 15) on a demo site with a year and a half
of visits, feedback, complaints, follow-ups and two years of tiers: the window in English
and Chinese, a chart switched to its table, and page 1 of the printed report.

Run under a display (Xvfb on a machine without one):
    Xvfb :75 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:75 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/dashboard_screenshots.py
Writes docs/screenshots/dashboard-{en,zh,table-en,pdf-en,pdf-zh}.png (or to the folder in
$SCREENSHOTS_OUT); needs pdftoppm (poppler-utils) for the report's pages.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QDate, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Role
from receptionist.services import clock, complaints, followups, settings, staff, tiers
from receptionist.services.database import open_database, transaction
from receptionist.services.report_print import dashboard_document
from receptionist.store.models import Feedback, Visit
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.reports.window import DashboardWindow

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(17, 0)).astimezone().astimezone(UTC)
TODAY = NOW.date()
COMMENTS = ("等待时间太长", "Very helpful, thank you", "停车不方便", "讲解很专业", "", "", "")


def settle(app: QApplication, ms: int = 500) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def feedback(rng: random.Random, entered_by: int) -> None:
    """Feedback on about half of the finished visits; one host rated lower."""
    with transaction():
        for visit in Visit.select().where(Visit.status == "done"):
            if rng.random() > 0.5:
                continue
            low = visit.host_id is not None and visit.host_id % 3 == 0
            overall = max(1, min(5, round(rng.gauss(3.0 if low else 4.2, 0.8))))
            Feedback.create(
                visit=visit.id,
                overall=overall,
                attitude=max(1, min(5, overall + rng.choice((-1, 0, 0, 1)))),
                professionalism=max(1, min(5, overall + rng.choice((0, 0, 1)))),
                speed=max(1, min(5, overall - rng.choice((0, 1, 1)))),
                environment=max(1, min(5, 4 + rng.choice((0, 1, -1)))),
                recommend=max(0, min(10, overall * 2 + rng.choice((-1, 0, 0, 1)))),
                comment=rng.choice(COMMENTS),
                source="card",
                entered_by=entered_by,
                entered_at=visit.check_out_at or visit.check_in_at,
            )


def complaints_and_tasks(rng: random.Random, admin_id: int) -> None:
    hosts = [p for p in staff.list_staff(admin_id) if p.role == Role.HOST]
    ids = [v.customer_id for v in Visit.select(Visit.customer).distinct().limit(12)]
    for n, customer_id in enumerate(ids[:8]):
        opened = NOW - timedelta(days=rng.randint(3, 25), hours=rng.randint(0, 5))
        clock.set_clock(lambda at=opened: at)
        made = complaints.open_complaint(
            admin_id, customer_id, f"投诉 {n + 1}", handler_id=hosts[n % len(hosts)].id
        )
        done = (4, 2, 3, 1, 4, 4, 0, 4)[n]  # steps done; most of those at 4 called back
        at = opened
        for step in range(1, done + 1):
            at += timedelta(hours=rng.randint(2, 30))
            clock.set_clock(lambda at=at: at)
            complaints.record_step(admin_id, made.complaint.id, step, "已处理", None)
        if done == 4 and n != 7:
            at += timedelta(hours=20)
            clock.set_clock(lambda at=at: at)
            complaints.record_step(admin_id, made.complaint.id, 5, "客户满意", True)
    clock.set_clock(lambda: NOW)
    for n, customer_id in enumerate(ids):
        due = TODAY + timedelta(days=rng.randint(-12, 6))
        task = followups.add_task(
            admin_id, customer_id, "prospect_follow_up", due, hosts[n % len(hosts)].id
        )
        if due < TODAY and n % 3 == 0:
            followups.record_outcome(admin_id, task.id, "已联系，客户下周再来")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW - timedelta(days=200))
        admin, _desk = demo_site(customers=160, visits=700, seed=13)
        clock.set_clock(lambda: NOW)
        admin, _desk = demo_site(customers=200, visits=900, seed=14)
        feedback(rng, admin.id)
        tiers.recompute(admin.id, str(TODAY.year - 1))
        tiers.recompute(admin.id, str(TODAY.year))
        complaints_and_tasks(rng, admin.id)
        start = TODAY - timedelta(days=27)
        for lang, tag in (("en", "en"), ("zh_CN", "zh")):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=admin, site=settings.site_settings(), language=lang)
            win = DashboardWindow(ctx)
            win.resize(1280, 800)
            win.show()
            win.period.setCurrentIndex(win.period.findData("custom"))
            win.start.setDate(QDate(start.year, start.month, start.day))
            win.end.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
            win.job.wait()
            settle(app, 800)
            win.grab().save(str(OUT / f"dashboard-{tag}.png"))
            if lang == "en":
                win.tabs.setCurrentWidget(win.satisfaction)
                settle(app)
                win.grab().save(str(OUT / "dashboard-satisfaction-en.png"))
                win.tabs.setCurrentWidget(win.visits)
                win.visits.panels["visits_by_category"].toggle.click()
                settle(app)
                win.grab().save(str(OUT / "dashboard-table-en.png"))
            assert win.board is not None
            pdf = Path(tmp) / f"report-{tag}.pdf"
            pdf.write_bytes(dashboard_document(admin.id, win.board, lang).pdf())
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", str(pdf), str(Path(tmp) / f"page-{tag}")],
                check=True,
            )
            pages = sorted(Path(tmp).glob(f"page-{tag}-*.png"))
            (OUT / f"dashboard-pdf-{tag}.png").write_bytes(pages[0].read_bytes())
            keep = os.environ.get("DASHBOARD_PAGES")
            if keep:
                for page in pages:
                    (Path(keep) / page.name).write_bytes(page.read_bytes())
                (Path(keep) / pdf.name).write_bytes(pdf.read_bytes())
            print("wrote", OUT / f"dashboard-{tag}.png", "and the report's first page")
            win.close()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
