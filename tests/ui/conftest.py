"""UI fixtures: this computer's settings in a temporary folder, a desk context and the
desk window built the way the app builds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import SiteKind
from receptionist.services import auth, settings
from receptionist.services.database import transaction
from receptionist.services.views import SiteSettings, StaffView
from receptionist.ui.common import ask, i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.common.style import apply_look
from receptionist.ui.settings import first_start

WAIT_MS = 2000


def type_chinese(widget, text: str) -> None:
    """qtbot.keyClicks with non-ASCII text aborts the process: commit it as an IME would."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture(scope="session", autouse=True)
def the_look(qapp):
    """The app's look (style sheet, palette), as the desk and the kiosk set it when they
    start: every UI test sees the widgets as users do, whichever test runs first."""
    apply_look(qapp)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    """QSettings (language, actor, window layout) go to a per-test folder, never to the
    real user's configuration."""
    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    yield folder


@pytest.fixture(autouse=True)
def no_retention_while_testing(monkeypatch):
    """A desk opened by ``ui.app`` runs retention on a worker thread 8 s later: in a test
    it would write beside the test's own writes (tests/ui/test_retention_ui.py runs it
    deliberately)."""
    from receptionist.ui.common import retention

    monkeypatch.setattr(retention, "START_DELAY_MS", 24 * 60 * 60 * 1000)
    from receptionist.ui.followups import schedule  # the follow-up rules' job, likewise

    monkeypatch.setattr(schedule, "START_DELAY_MS", 24 * 60 * 60 * 1000)


@pytest.fixture(autouse=True)
def setup_never_blocks(monkeypatch):
    """The first-start setup is modal: a test that reaches it by accident (a database
    without a site name) fails at once instead of hanging. Tests of the setup replace
    ``exec`` themselves."""

    def refuse(dialog):
        dialog.deleteLater()
        pytest.fail("the first-start setup opened: give the test a set-up site (`site`)")

    monkeypatch.setattr(first_start.FirstStartDialog, "exec", refuse)


SITE_NAME = "Harbourview Office"


@pytest.fixture
def site(db, actor) -> SiteSettings:
    """A site set up as the first start leaves it (the desk never opens before)."""
    with transaction():
        settings.put_site(SITE_NAME, SiteKind.OFFICE)
    return settings.site_settings()


ADMIN_PASSWORD = "harbour admin 1"


@pytest.fixture
def admin(db) -> StaffView:
    """The site's administrator, who can sign in (else the desk asks for one first)."""
    return auth.create_first_admin("Site Admin", ADMIN_PASSWORD)


@pytest.fixture
def ctx(db, actor, host, site) -> DeskContext:
    """The desk context: the receptionist at the desk, the site settings, English."""
    return DeskContext(actor=actor, site=site, language="en")


@pytest.fixture
def desk(qtbot, ctx):
    """The desk window, shown (offscreen)."""
    from receptionist.ui.app import create_desk

    window = create_desk(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts only fire in the active window
    yield window
    window.close()


@pytest.fixture
def source_language(qapp):
    """The source (English) strings, whatever an earlier test installed."""
    i18n.remove_translators(qapp)
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def confirm_yes(monkeypatch):
    """Every ask.confirm answers yes; the list holds the questions asked."""
    asked: list[str] = []

    def confirm(_parent, _title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(ask, "confirm", confirm)
    return asked


@pytest.fixture
def chat():
    """A local server answering as WeCom, DingTalk, Feishu and a webhook (no secrets)."""
    from tests.chat_servers import ChatServer

    server = ChatServer().start()
    yield server
    server.stop()


@pytest.fixture
def sender(qtbot, db):
    """An outbox sender whose timers never fire by themselves (``outbox_passes.run``)."""
    from receptionist.ui.common.outbox_sender import OutboxSender

    from .outbox_passes import NEVER

    made = OutboxSender("desk 1", timing=NEVER)
    yield made
    made.stop()
