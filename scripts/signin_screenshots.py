"""Screenshots of signing in, in English and Simplified Chinese: the desk's sign-in screen
with its recent staff (a mistyped PIN said under the field), the desk locked while a
check-in was half typed (nothing of it visible), and the first-start setup that creates
the site and its administrator.

Run under a display (Xvfb on a machine without one):
    Xvfb :41 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:41 .venv/bin/python scripts/signin_screenshots.py
Writes docs/screenshots/signin-<lang>.png, lock-<lang>.png and setup-<lang>.png (or to the
folder in $SCREENSHOTS_OUT) from the demo data of ``scripts/screenshots.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots as base  # noqa: E402 - the desk screenshots' data and helpers
from demo_site import demo_site  # noqa: E402

from receptionist.domain.enums import Purpose, Station  # noqa: E402
from receptionist.services import auth, clock, customers, settings, staff  # noqa: E402
from receptionist.services.database import open_database  # noqa: E402
from receptionist.services.views import StaffView  # noqa: E402
from receptionist.ui.app import create_desk  # noqa: E402
from receptionist.ui.common import i18n  # noqa: E402
from receptionist.ui.common.context import DeskContext  # noqa: E402
from receptionist.ui.common.station import open_this_station  # noqa: E402

PINS = {"王芳": "2468", "Emily Carter": "1357", "李娜": "8642"}


def shoot_setup(app: QApplication) -> None:
    """The first start of an empty database: the site and its administrator, filled in."""
    from receptionist.ui.settings.first_start import FirstStartDialog

    for lang, site, name in (
        ("en", "Star Motors", "Emma Walsh"),
        ("zh_CN", "星辰汽车展厅", "陈静"),
    ):
        i18n.switch_language(app, lang)
        dialog = FirstStartDialog(lang)
        dialog.site_name_edit.setText(site)
        dialog.site_kind_combo.setCurrentIndex(dialog.site_kind_combo.findData("showroom"))
        dialog.staff_name_edit.setText(name)
        dialog.password_edit.setText("star motors 2026")
        dialog.password_again_edit.setText("star motors 202")
        dialog.show()
        dialog.accept()  # refused: the two passwords differ, said under the field
        base.shoot(dialog, f"setup-{lang}.png", app)
        dialog.reject()


def receptionists(admin: StaffView) -> list:
    """Three receptionists with PINs, each signed in at this desk once (most recent last)."""
    people = []
    for name, pin in PINS.items():
        person = next((p for p in staff.list_staff(admin.id) if p.name == name), None)
        if person is None:
            person = staff.add_staff(admin.id, name, "前台", "receptionist")
        auth.set_secret(admin.id, person.id, pin)
        auth.sign_in(name, pin)
        people.append(person)
    return people


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    base.OUT.mkdir(parents=True, exist_ok=True)
    size = app.primaryScreen().size()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        shoot_setup(app)
        clock.set_clock(lambda: base.NOW)
        admin, actor = demo_site(customers=400, visits=1600, seed=11)
        base.plan_the_day(actor.id)
        open_this_station(Station.DESK, "前台 1 号 Front desk 1")
        people = receptionists(admin)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            person = people[-1]
            ctx = DeskContext(actor=person, site=settings.site_settings(), language=lang)
            window = create_desk(ctx)
            window.resize(size)
            window.show()
            base.settle(app)
            # A check-in half typed, then the desk locks by itself.
            hit = next(h for h in customers.search(person.id, "w").hits if not h.on_site)
            window.search_panel.pick_customer(hit.id)
            window.checkin_panel.purpose_buttons[Purpose.AFTER_SALES].click()
            window.checkin_panel.note_edit.setText("带了发票 brought the invoice")
            window.desk_lock.timer.timeout.emit()
            base.shoot(window, f"lock-{lang}.png", app)
            # The next receptionist picks her name and mistypes her PIN.
            screen = window.signin_screen
            screen.recent_list.setCurrentRow(1)
            screen.name_edit.setText(screen.recent_list.currentItem().text())
            screen.secret_edit.setText("1375")
            screen.sign_in()
            base.shoot(window, f"signin-{lang}.png", app)
            window.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
