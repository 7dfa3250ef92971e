"""Screenshots of the outbox (issue 14), in English and Simplified Chinese, at 1280×800:
the Outbox window with messages really sent (to a local chat server and a local SMTP
server), waiting (a chat tool on a closed port) and given up (past an arrival's
lifetime); the desk's status bar saying a failure; the kiosk's done page in its three
states — telling the host, the host told, the front desk will tell.

Run under a display (Xvfb on a machine without one):
    Xvfb :72 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:72 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/outbox_screenshots.py
Writes docs/screenshots/outbox-{en,zh}.png, desk-outbox-failure-{en,zh}.png and
kiosk-{telling,told,desk-will-tell}-{en,zh}.png (or to the folder in $SCREENSHOTS_OUT),
each language from a fresh demo database (the site writes its messages in that language).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))  # the local test servers (tests/chat_servers.py)

from demo_site import demo_site  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from receptionist.domain.enums import Role  # noqa: E402
from receptionist.domain.outbox import Channel  # noqa: E402
from receptionist.services import (  # noqa: E402
    channels,
    clock,
    complaints,
    customers,
    followups,
    message_settings,
    notices,
    outbox,
    settings,
    staff,
    visits,
)
from receptionist.services.database import close_database, open_database  # noqa: E402
from receptionist.services.outbox import TellState  # noqa: E402
from receptionist.services.views import StaffView  # noqa: E402
from receptionist.ui.app import create_desk  # noqa: E402
from receptionist.ui.common import i18n  # noqa: E402
from receptionist.ui.common.context import DeskContext  # noqa: E402
from receptionist.ui.common.outbox_sender import OutboxSender  # noqa: E402
from receptionist.ui.common.style import apply_look  # noqa: E402
from receptionist.ui.kiosk import window as kiosk_window  # noqa: E402
from receptionist.ui.kiosk.app import create_kiosk  # noqa: E402
from receptionist.ui.outbox.window import OutboxWindow  # noqa: E402
from tests.chat_servers import ChatServer, SmtpServer, free_port  # noqa: E402

OUT = Path(os.environ.get("SCREENSHOTS_OUT") or ROOT / "docs" / "screenshots")
# A late morning of today: the digests of the hosts' tasks are written from 08:00 on.
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)
SHORT = {"en": "en", "zh_CN": "zh"}
VISITORS = {  # (name, company): the morning's six, then the kiosk's two
    "en": (
        ("Anna Lee", "Lee & Co"),
        ("Tom Becker", "Harbour Logistics"),
        ("Grace Wong", ""),
        ("Ravi Patel", "Patel Motors"),
        ("Emily Chen", ""),
        ("Omar Haddad", "Blue Sky Travel"),
        ("Sophie Martin", "Martin Design"),
        ("David Kim", ""),
    ),
    "zh_CN": (
        ("陈志强", "志强贸易有限公司"),
        ("刘芳", ""),
        ("王建国", "建国装饰工程"),
        ("赵丽", ""),
        ("孙伟", "伟业科技"),
        ("周敏", ""),
        ("欧阳建国", "明日科技"),
        ("林晓", ""),
    ),
}


def settle(app: QApplication, ms: int = 400) -> None:
    done: list[bool] = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def wait_for(app: QApplication, ready, seconds: float = 10) -> None:
    end = datetime.now(UTC).timestamp() + seconds
    while not ready() and datetime.now(UTC).timestamp() < end:
        settle(app, 50)


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print("wrote", path)


class Site:
    """The demo site with hosts reached by e-mail and chat, some of them on a port where
    nobody answers, and the messages of a morning's arrivals."""

    def __init__(self, lang: str, chat: ChatServer, smtp: SmtpServer) -> None:
        self.lang = lang
        self.at(0)
        self.admin, self.desk = demo_site(customers=40, visits=40, seed=14)
        hosts = [p for p in staff.list_staff(self.admin.id) if p.role == Role.HOST]
        self.told, self.second, self.unreachable, self.mixed = hosts[:4]
        nobody = f"http://127.0.0.1:{free_port()}"
        message_settings.save_mail_settings(
            self.admin.id,
            host="127.0.0.1",
            port=smtp.port,
            security="none",
            user="",
            sender="front-desk@starmotors.example",
            language=lang,
        )
        for person, ways in (
            (self.told, {Channel.WECOM: chat.url("wecom"), Channel.EMAIL: "li@starmotors.example"}),
            (self.second, {Channel.DINGTALK: chat.url("dingtalk")}),
            (self.unreachable, {Channel.FEISHU: f"{nobody}/feishu/t0ken"}),
            (
                self.mixed,
                {Channel.EMAIL: "wang@starmotors.example", Channel.WEBHOOK: f"{nobody}/hook/x"},
            ),
        ):
            channels.set_staff_channels(self.admin.id, person.id, ways)
        self.visitors = iter(VISITORS[lang])
        self.phones = iter(range(13800000001, 13800000100))

    def arrive(self, host: StaffView, minutes_ago: int, deliver: bool = True) -> None:
        self.at(minutes_ago)
        name, company = next(self.visitors)
        guest = customers.register_customer(
            self.desk.id, name=name, phone=str(next(self.phones)), company=company
        )
        visits.check_in(self.desk.id, customer_id=guest.id, purpose="sales", host_id=host.id)
        if deliver:
            outbox.deliver_due("desk")

    def at(self, minutes_ago: int) -> None:
        moment = NOW - timedelta(minutes=minutes_ago)
        clock.set_clock(lambda: moment)

    def tasks_and_a_complaint(self) -> None:
        """A call-back due today and one overdue for the first host (the digest); an
        urgent complaint handled by the second, past its deadline (the notice)."""
        people = [
            customers.register_customer(self.desk.id, name=name, phone=str(next(self.phones)))
            for name in (("Lucy Grant", "Peter Novak") if self.lang == "en" else ("黄海", "马丽"))
        ]
        today = clock.local(NOW).date()
        for person, due in zip(people, (today, today - timedelta(days=2)), strict=True):
            followups.add_task(
                self.desk.id, person.id, "prospect_follow_up", due, assignee_id=self.told.id
            )
        self.at(3 * 24 * 60)
        complaints.open_complaint(
            self.desk.id,
            people[1].id,
            "Delivery four days late" if self.lang == "en" else "交货比约定晚了四天",
            severity="urgent",
            handler_id=self.second.id,
        )
        self.at(0)

    def morning(self) -> None:
        self.tasks_and_a_complaint()
        self.arrive(self.unreachable, 180)  # tried for two hours, then given up
        self.arrive(self.told, 95)
        self.arrive(self.second, 60)
        self.arrive(self.mixed, 25)
        self.arrive(self.unreachable, 3)
        self.at(0)
        notices.write_due_notices()  # the digests of the hosts' tasks, when due
        outbox.deliver_due("desk")
        self.arrive(self.told, 0, deliver=False)  # just written: waiting for the next pass


def outbox_window(app: QApplication, ctx: DeskContext, sender: OutboxSender) -> None:
    window = OutboxWindow(ctx, sender)
    window.resize(1280, 800)
    window.show()
    settle(app, 700)
    save(window, f"outbox-{SHORT[ctx.language]}.png")
    window.close()


def desk_failure(app: QApplication, ctx: DeskContext) -> None:
    desk = create_desk(ctx)
    desk.resize(1280, 800)
    desk.show()
    settle(app, 800)
    sender = desk.outbox.outbox_sender
    desk.outbox.say(outbox.recent_failures(ctx.actor.id, clock.now() - timedelta(minutes=30)))
    wait_for(app, lambda: not sender.busy)
    settle(app, 500)
    save(desk, f"desk-outbox-failure-{SHORT[ctx.language]}.png")
    desk.close()


WORDS = {"told": TellState.TOLD, "desk-will-tell": TellState.DESK}


def kiosk_pages(app: QApplication, site: Site) -> None:
    lang = site.lang
    kiosk_window.print_slip = lambda _code, _long, _lang: True  # no paper in a script
    window = create_kiosk(lang)
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    settle(app, 600)
    for host, final in ((site.told, "told"), (site.unreachable, "desk-will-tell")):
        window.reset()
        name, company = next(site.visitors)
        window.details_entered(name, str(next(site.phones)), company)
        window.purpose_chosen("sales")
        window.host_chosen(host.id)
        window.privacy.consent.setChecked(True)
        window.check_in()  # the sender is not started: the message waits
        settle(app, 500)
        if final == "told":
            save(window, f"kiosk-telling-{SHORT[lang]}.png")
        window.outbox_sender.run_pass()
        wait_for(app, lambda want=final: window.done.host_told.state == WORDS[want])
        settle(app, 300)
        save(window, f"kiosk-{final}-{SHORT[lang]}.png")
    window.outbox_sender.stop()
    window._may_close = True
    window.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    apply_look(app)
    OUT.mkdir(parents=True, exist_ok=True)
    chat, smtp = ChatServer().start(), SmtpServer().start()
    try:
        for lang in ("en", "zh_CN"):
            with tempfile.TemporaryDirectory() as tmp:
                for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
                    QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qs"))
                open_database(Path(tmp) / "shots.sqlite3")
                i18n.switch_language(app, lang)
                site = Site(lang, chat, smtp)
                site.morning()
                ctx = DeskContext(actor=site.desk, site=settings.site_settings(), language=lang)
                sender = OutboxSender("desk")
                outbox_window(app, ctx, sender)
                desk_failure(app, ctx)
                kiosk_pages(app, site)
                sender.stop()
                close_database()
                clock.set_clock(None)
    finally:
        chat.stop()
        smtp.stop()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
