"""Take the README screenshots of the real windows, in English and Simplified Chinese:
the first-start setup, the desk (on-site board, visitors expected today, a kiosk
arrival's notification, a planned visit's invitation code, the kiosk and database
settings) and the visit log.

Run under a display (Xvfb on a machine without one):
    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 .venv/bin/python scripts/screenshots.py
Writes docs/screenshots/*.png (or to the folder in $SCREENSHOTS_OUT) from a fresh demo
database in a temporary folder; the windows take the screen's size (1280 x 800 for the
docs), or $SCREENSHOTS_SIZE (with QT_SCALE_FACTOR=2, 1280x800 gives 2560 x 1600 pictures).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, time
from pathlib import Path

from demo_site import demo_site, site_admin
from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose
from receptionist.services import clock, customers, kiosk, planning, settings, staff
from receptionist.services.database import open_database
from receptionist.ui.app import create_desk
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
# The desk at 11:00 today, whenever the script runs: before closing time (no closing
# list), with visitors expected later today and one who is late.
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)
EXPECTED = (
    ("赵雅婷", "10:30", Purpose.SALES),
    ("Michael Brown", "13:00", Purpose.AFTER_SALES),
    ("孙浩", "14:30", Purpose.RELATIONSHIP),
    ("Laura Schmidt", "16:00", Purpose.SALES),
)


def settle(app: QApplication, ms: int = 400) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def shoot(widget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print("wrote", path)


def plan_the_day(actor_id: int) -> None:
    """Visitors expected today (one of them already late), and a VIP who has just checked
    in at the kiosk, so the desk shows a notification."""
    hosts = [p for p in staff.list_staff(actor_id) if p.id != actor_id]
    for number, (name, at, purpose) in enumerate(EXPECTED):
        customer = customers.register_customer(
            actor_id, name=name, company="远景科技" if number % 2 else ""
        )
        when = datetime.combine(NOW.astimezone().date(), time.fromisoformat(at)).astimezone()
        planning.plan_visit(
            actor_id,
            customer_id=customer.id,
            purpose=purpose,
            expected_at=when,
            host_id=hosts[number % len(hosts)].id,
            party_size=2 if number == 2 else 1,
        )
    vip = customers.register_customer(
        actor_id, name="周建国", phone="13911112222", category="vip", company="星河集团"
    )
    # Invited: the code is proof of who he is (a phone on file alone only claims him).
    invitation = planning.plan_visit(
        actor_id,
        customer_id=vip.id,
        purpose=Purpose.RELATIONSHIP,
        expected_at=NOW,
        host_id=hosts[0].id,
    )
    kiosk.check_in_invited(invitation.invite_code, consent=True)


def shoot_desk_parts(window, app: QApplication, lang: str) -> None:
    """The expected list, the notifications, a planned visit's code, the kiosk and
    database settings."""
    window.show_expected()
    window.expected_panel.expected_table.selectRow(1)
    shoot(window, f"desk_expected_{lang}.png", app)
    window.right_tabs.setCurrentIndex(0)
    panel = window.notifications.open_panel()
    shoot(panel, f"notifications_{lang}.png", app)
    panel.close()
    customer = customers.search(window.ctx.actor.id, "Laura").hits[0]
    dialog = window.plan_visit(customer.id)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(2))
    dialog.purpose_combo.setCurrentIndex(0)
    dialog.save()
    shoot(dialog, f"plan_visit_{lang}.png", app)
    dialog.close()
    from receptionist.ui.settings.dialog import SettingsDialog
    from receptionist.ui.settings.kiosk_page import KioskSettingsPage

    desk_person = window.ctx.actor
    window.ctx.actor = site_admin()  # the kiosk's and the database's pages are the admin's
    settings_dialog = SettingsDialog(window.ctx, window)
    settings_dialog.tabs.setCurrentWidget(settings_dialog.page(KioskSettingsPage))
    settings_dialog.show()
    shoot(settings_dialog, f"settings_kiosk_{lang}.png", app)
    settings_dialog.close()
    shoot_database_settings(window, app, lang)
    window.ctx.actor = desk_person


def shoot_database_settings(window, app: QApplication, lang: str) -> None:
    """Settings → Database with a server's address pasted in; with $SCREENSHOTS_PG
    (postgresql://USER@HOST:PORT/NAME, no password) a real "Test connection" of it."""
    from receptionist.ui.settings.database_page import DatabaseSettingsPage
    from receptionist.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    page = dialog.page(DatabaseSettingsPage)
    dialog.tabs.setCurrentWidget(page)
    page.server_radio.setChecked(True)
    server = os.environ.get("SCREENSHOTS_PG")
    page.server.url_edit.setText(
        server or "postgresql://frontdesk@db.star-motors.local/receptionist"
    )
    page.use_url()
    dialog.show()
    if server:
        said: list[str] = []
        page.tested.connect(said.append)
        page.test_button.click()
        while not said:
            app.processEvents()
    shoot(dialog, f"settings_database_{lang}.png", app)
    dialog.close()


def shoot_first_start(app: QApplication) -> None:
    """The setup a new site sees first (an empty database: no site name, no staff)."""
    from receptionist.ui.settings.first_start import FirstStartDialog

    for lang in ("en", "zh_CN"):
        i18n.switch_language(app, lang)
        dialog = FirstStartDialog(lang)
        dialog.show()
        shoot(dialog, f"first_start_{lang}.png", app)
        dialog.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    size = app.primaryScreen().size()
    if os.environ.get("SCREENSHOTS_SIZE"):  # e.g. 1280x800 at QT_SCALE_FACTOR=2
        size = QSize(*(int(n) for n in os.environ["SCREENSHOTS_SIZE"].split("x")))
    with tempfile.TemporaryDirectory() as tmp:
        # This computer's settings (window layout, language) from a throwaway folder.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        shoot_first_start(app)
        clock.set_clock(lambda: NOW)
        _admin, actor = demo_site(customers=400, visits=1600, seed=11)
        plan_the_day(actor.id)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=actor, site=settings.site_settings(), language=lang)
            window = create_desk(ctx)
            window.resize(size)
            window.show()
            settle(app)
            # No visitor chosen yet: the middle column shows the day at a glance.
            shoot(window, f"desk_today_{lang}.png", app)
            # A receptionist looking up a returning customer by pinyin initials, about to
            # check them in for after-sales; the board shows who is here.
            window.search_panel.search_box.setText("w")
            settle(app, 600)
            waiting = [h for h in customers.search(actor.id, "w").hits if not h.on_site]
            if waiting:
                window.search_panel.pick_customer(waiting[0].id)
                window.checkin_panel.purpose_buttons[Purpose.AFTER_SALES].click()
            window.board.onsite_table.selectRow(0)
            settle(app)
            shoot(window, f"desk_{lang}.png", app)
            shoot_desk_parts(window, app, lang)
            window.open_visit_log()
            log = window.visit_log_window
            log.resize(size)
            shoot(log, f"visit_log_{lang}.png", app)
            log.close()
            window.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
