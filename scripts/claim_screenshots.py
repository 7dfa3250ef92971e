"""Screenshots of the desk's board with a claimed kiosk arrival (issue 11): "王五" typed
王大伟's phone at the kiosk; the board shows a possible returning customer to confirm.

    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 .venv/bin/python scripts/claim_screenshots.py
Writes docs/screenshots/claim-en.png and claim-zh_CN.png (or to $SCREENSHOTS_OUT).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose
from receptionist.services import clock, customers, kiosk, settings
from receptionist.services.database import open_database
from receptionist.ui.app import create_desk
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_site import demo_site  # noqa: E402
from screenshots import NOW, OUT, settle, shoot  # noqa: E402


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "claim.sqlite3")
        clock.set_clock(lambda: NOW)
        _admin, actor = demo_site(customers=200, visits=600, seed=11)
        customers.register_customer(
            actor.id, name="王大伟", phone="13900139000", company="星辰汽车", category="vip"
        )
        receipt = kiosk.check_in_walk_in(
            name="王五", phone="139 0013 9000", purpose=Purpose.SALES, host_id=None, consent=True
        )
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=actor, site=settings.site_settings(), language=lang)
            window = create_desk(ctx)
            window.resize(app.primaryScreen().size())
            window.show()
            settle(app)
            window.board.refresh()
            window.board.select_code(receipt.code)
            settle(app)
            shoot(window, f"claim-{lang}.png", app)
            window.close()
    QTimer.singleShot(0, app.quit)
    clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
