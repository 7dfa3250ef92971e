"""Screenshots of Settings → Messages and a person's channels (issue 14), in English and
Simplified Chinese, at 1280×800, as the demo's administrator sees them: a demo mail
server with a saved password, and three staff members reached by e-mail and the
work-chat tools (WeCom, DingTalk with its signing secret, Feishu, a generic webhook).

Run under a display (Xvfb on a machine without one):
    Xvfb :71 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:71 .venv/bin/python scripts/messages_settings_screenshots.py
Writes docs/screenshots/settings-messages-{en,zh}.png and channels-dialog-{en,zh}.png (or
to the folder in $SCREENSHOTS_OUT) from a fresh demo database in a temporary folder. The
secrets are sealed with a throw-away key (RECEPTIONIST_SECRETS_KEY), never the keyring.
"""

from __future__ import annotations

import base64
import os
import sys
import tempfile
from datetime import UTC, datetime, time
from pathlib import Path

from demo_site import demo_site
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Role
from receptionist.services import channels, clock, message_settings, settings, staff
from receptionist.services.database import open_database
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.settings.dialog import SettingsDialog
from receptionist.ui.settings.messages_page import MessagesSettingsPage

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
NOW = datetime.combine(datetime.now().date(), time(11, 0)).astimezone().astimezone(UTC)
SUFFIX = {"en": "en", "zh_CN": "zh"}


def settle(app: QApplication, ms: int = 500) -> None:
    end = datetime.now(UTC).timestamp() + ms / 1000
    while datetime.now(UTC).timestamp() < end:
        app.processEvents()


def demo_channels(admin_id: int) -> str:
    """The demo's mail server and three people's channels; the name of the one shown."""
    message_settings.save_mail_settings(
        admin_id,
        host="smtp.starmotors.example",
        port=587,
        security="starttls",
        user="front-desk@starmotors.example",
        sender="front-desk@starmotors.example",
        language="zh_CN",
        password="demo-Pa55word",
    )
    hosts = [p for p in staff.list_staff(admin_id) if p.role in (Role.HOST, Role.MANAGER)]
    first, second, third = hosts[:3]
    channels.set_staff_channels(
        admin_id,
        first.id,
        {
            "email": "wang.fang@starmotors.example",
            "wecom": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=8f1c0d2e-demo",
        },
    )
    channels.set_staff_channels(
        admin_id,
        second.id,
        {
            "email": "li.qiang@starmotors.example",
            "dingtalk": "https://oapi.dingtalk.com/robot/send?access_token=5b7e-demo",
        },
        {"dingtalk": "SECdemo0123456789"},
    )
    channels.set_staff_channels(
        admin_id,
        third.id,
        {
            "feishu": "https://open.feishu.cn/open-apis/bot/v2/hook/2c4d-demo",
            "webhook": "https://hooks.starmotors.example/reception/arrivals",
        },
        {"webhook": "whsec-demo-42"},
    )
    return second.name


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["RECEPTIONIST_SECRETS_KEY"] = base64.urlsafe_b64encode(os.urandom(32)).decode()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        clock.set_clock(lambda: NOW)
        admin, _desk = demo_site(customers=60, visits=30, seed=14)
        shown = demo_channels(admin.id)
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=admin, site=settings.site_settings(), language=lang)
            dialog = SettingsDialog(ctx)
            page = dialog.page(MessagesSettingsPage)
            dialog.tabs.setCurrentWidget(page)
            dialog.resize(1280, 800)
            dialog.show()
            row = next(
                r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == shown
            )
            page.table.selectRow(row)
            settle(app)
            dialog.grab().save(str(OUT / f"settings-messages-{SUFFIX[lang]}.png"))
            page.edit_channels()
            channels_dialog = page.channels_dialog
            assert channels_dialog is not None
            settle(app)
            channels_dialog.grab().save(str(OUT / f"channels-dialog-{SUFFIX[lang]}.png"))
            channels_dialog.reject()
            dialog.close()
            print("wrote the messages settings screenshots in", lang)
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
