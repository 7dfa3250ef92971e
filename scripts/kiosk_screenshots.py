"""Screenshots of every kiosk screen, in English and Simplified Chinese, full screen.

Run once per screen size under a display of that size (Xvfb on a machine without one):
    Xvfb :98 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:98 .venv/bin/python scripts/kiosk_screenshots.py
    Xvfb :97 -screen 0 1920x1080x24 -nolisten tcp &
    DISPLAY=:97 .venv/bin/python scripts/kiosk_screenshots.py
Writes docs/screenshots/kiosk/<width>x<height>/<lang>_<nn>_<screen>.png (under the folder
in $SCREENSHOTS_OUT instead, when set) from a demo database in a temporary folder
(``bash scripts/kiosk-screenshots`` does both sizes).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import time, timedelta
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.services import clock, customers, planning, settings, staff
from receptionist.services.database import open_database
from receptionist.store import customers as customer_store
from receptionist.ui.common import i18n
from receptionist.ui.kiosk import window as kiosk_window
from receptionist.ui.kiosk.app import create_kiosk

ROOT = Path(__file__).resolve().parent.parent
PIN = "2468"


def settle(app: QApplication, ms: int = 300) -> None:
    done = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def prepare(tmp: Path) -> str:
    """A demo site with a VIP who is expected today; returns the invitation code."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    open_database(tmp / "kiosk.sqlite3")
    admin, actor = demo_site(customers=60, visits=120, seed=5)
    settings.save_kiosk_settings(admin.id, idle_seconds=600, closing_time=time(18), pin=PIN)
    guest = customers.register_customer(
        actor.id, name="欧阳建国", phone="13912345678", company="明日科技", category="vip"
    )
    customer_store.update(customer_store.get(guest.id), title="总经理")
    host = next(s for s in staff.list_staff(actor.id) if s.role == "host")
    expected = clock.now() + timedelta(minutes=20)
    if clock.local(expected).date() != clock.local(clock.now()).date():
        expected = clock.now()
    return planning.plan_visit(
        actor.id, customer_id=guest.id, purpose="after_sales", expected_at=expected, host_id=host.id
    ).invite_code


def screens(window: kiosk_window.KioskWindow, invite: str, printer: list[bool]):
    """(name, action) for every screen, in the order a visitor meets them."""

    def details():
        window.show_page(window.details)
        window.details.name.edit.setText("欧阳建国")
        window.details.phone.edit.setText("139 1234 5678")
        window.details.company.edit.setText("明日科技")

    def purpose():
        window.details_entered("欧阳建国", "13912345678", "明日科技")

    def privacy():
        window.purpose_chosen("sales")
        window.host_chosen(window.host._hosts[0].id)
        window.privacy.consent.setChecked(True)

    serial = [0 if window.language == "en" else 10]

    def done(ok: bool):
        printer[0] = ok
        serial[0] += 1
        window.entry.phone = f"137000{serial[0]:05d}"
        window.entry.name = "Anna Lee"
        window.check_in()

    def leaving():
        window._ask_code(leaving=True)
        window.code_page.field.edit.setText("V-0101-0009-K7QM3")
        window.code_entered("V-0101-0009-K7QM3")

    def wrong_pin():
        window.ask_pin()
        window.pin_entered("0000")

    return [
        ("welcome", lambda: window.reset()),
        (
            "invitation_code",
            lambda: (window._ask_code(leaving=False), window.code_page.field.edit.setText(invite)),
        ),
        ("invitation", lambda: window.code_entered(invite)),
        ("details", lambda: (window.reset(), details())),
        ("purpose_returning", purpose),
        ("host", lambda: window.purpose_chosen("sales")),
        ("privacy", privacy),
        ("done_printed", lambda: done(True)),
        ("done_no_printer", lambda: (window.reset(), details(), purpose(), privacy(), done(False))),
        ("check_out_error", leaving),
        ("goodbye", lambda: window.show_page(window.goodbye)),
        ("staff_pin", wrong_pin),
    ]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    size = app.primaryScreen().size()
    top = Path(os.environ.get("SCREENSHOTS_OUT") or ROOT / "docs" / "screenshots")
    out = top / "kiosk" / f"{size.width()}x{size.height()}"
    out.mkdir(parents=True, exist_ok=True)
    printer = [True]
    kiosk_window.print_slip = lambda _code, _long, _lang: printer[0]  # no paper in a script
    with tempfile.TemporaryDirectory() as tmp:
        invite = prepare(Path(tmp))
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            window = create_kiosk(lang)
            window.setGeometry(app.primaryScreen().geometry())
            window.showFullScreen()
            settle(app, 600)
            for number, (name, action) in enumerate(screens(window, invite, printer), 1):
                action()
                settle(app)
                path = out / f"{lang}_{number:02d}_{name}.png"
                window.grab().save(str(path))
                print("wrote", path)
            window._may_close = True
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
