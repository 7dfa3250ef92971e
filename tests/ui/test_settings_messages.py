"""Settings → Messages (issue 14): the mail server (saved values shown, never the
password; only what changed written; a refusal next to its field, the text kept), "Send a
test" against the real local servers of ``tests/chat_servers.py`` (delivered, and not
delivered with the reason in the desk's language), each person's channels (saved, shown
masked, secrets never read back), and the page hidden from everyone but administrators."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from receptionist.domain.enums import Role
from receptionist.domain.outbox import REASONS, Channel, SmtpSecurity
from receptionist.services import channels, message_settings
from receptionist.store.models import AuditEntry
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.settings.channels_dialog import ChannelsDialog
from receptionist.ui.settings.delivery_check import DELIVERED, SENDING, DeliveryCheck
from receptionist.ui.settings.dialog import SettingsDialog
from receptionist.ui.settings.messages_page import MessagesSettingsPage
from tests import staffing
from tests.chat_servers import ChatServer, SmtpServer, free_port

pytestmark = pytest.mark.usefixtures("source_language")

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()
PASSWORD = "Pa55-w0rd!"
DINGTALK_SECRET = "SECd1ngTalk-99"
WAIT_MS = 8000


@pytest.fixture
def secrets_key(monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_SECRETS_KEY", KEY)


@pytest.fixture
def chat():
    server = ChatServer(secrets={"dingtalk": DINGTALK_SECRET}).start()
    yield server
    server.stop()


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


def dialog_for(qtbot, who, site) -> SettingsDialog:
    dialog = SettingsDialog(DeskContext(actor=who, site=site, language="en"))
    qtbot.addWidget(dialog)
    return dialog


def page_of(dialog: SettingsDialog) -> MessagesSettingsPage | None:
    return next((p for p in dialog.pages if isinstance(p, MessagesSettingsPage)), None)


@pytest.fixture
def opened(qtbot, site, admin):
    """An administrator's Settings dialog on the Messages page: (admin, dialog, page)."""

    def open_page():
        dialog = dialog_for(qtbot, admin, site)
        page = page_of(dialog)
        dialog.tabs.setCurrentWidget(page)
        return dialog, page

    return admin, open_page


def save_server(admin, port: int = 2525, **more) -> None:
    fields = dict(
        host="mail.example.com",
        port=port,
        security="starttls",
        user="desk",
        sender="desk@example.com",
        language="zh_CN",
    )
    fields.update(more)
    message_settings.save_mail_settings(admin.id, **fields)


def saved_keys() -> list[str]:
    """The keys each "settings.save" audit entry names, newest last."""
    entries = AuditEntry.select().where(AuditEntry.action == "settings.save")
    return [entry.details for entry in entries.order_by(AuditEntry.id)]


def answered(qtbot, check: DeliveryCheck) -> object:
    qtbot.waitUntil(lambda: check.outcome not in (None, SENDING), timeout=WAIT_MS)
    return check.outcome


def open_channels(qtbot, page: MessagesSettingsPage, name: str) -> ChannelsDialog:
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == name)
    page.table.selectRow(row)
    page.edit_button.click()
    dialog = page.channels_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# -- the mail server --------------------------------------------------------------------
def test_loading_shows_the_saved_server_without_the_password(opened, secrets_key):
    admin, open_page = opened
    save_server(admin, password=PASSWORD)
    _dialog, page = open_page()
    box = page.mail_box
    assert box.host_edit.text() == "mail.example.com" and box.port_edit.text() == "2525"
    assert box.security_combo.currentData() == "starttls"
    assert (box.user_edit.text(), box.sender_edit.text()) == ("desk", "desk@example.com")
    assert box.language_combo.currentText() == "简体中文"
    assert box.password_edit.text() == ""
    assert all(PASSWORD not in edit.text() for edit in page.findChildren(QLineEdit))
    assert "A password is saved" in box.password_state.text()
    assert box.remove_password.isVisibleTo(page)


def test_saving_writes_only_what_changed_and_keeps_the_password(opened, secrets_key):
    admin, open_page = opened
    save_server(admin, password=PASSWORD)
    before = len(saved_keys())
    dialog, page = open_page()
    dialog.accept()  # nothing changed: nothing written
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert len(saved_keys()) == before
    dialog, page = open_page()
    page.mail_box.port_edit.setText("2526")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert len(saved_keys()) == before + 1 and "smtp.port" in saved_keys()[-1]
    assert "smtp.host" not in saved_keys()[-1] and "smtp.password" not in saved_keys()[-1]
    saved = message_settings.mail_settings(admin.id)
    assert saved.port == 2526 and saved.password_set
    assert message_settings.smtp_config().password == PASSWORD


def test_the_saved_password_is_replaced_or_removed(opened, secrets_key):
    admin, open_page = opened
    save_server(admin, password=PASSWORD)
    dialog, page = open_page()
    page.mail_box.password_edit.setText("n3w-Pass")
    dialog.accept()
    assert message_settings.smtp_config().password == "n3w-Pass"
    dialog, page = open_page()
    page.mail_box.remove_password.setChecked(True)
    assert not page.mail_box.password_edit.isEnabled()
    assert "removed when you save" in page.mail_box.password_state.text()
    dialog.accept()
    assert not message_settings.mail_settings(admin.id).password_set


def test_a_bad_port_is_refused_next_to_the_port_and_kept(opened):
    admin, open_page = opened
    save_server(admin)
    dialog, page = open_page()
    page.mail_box.host_edit.setText("smtp.example.org")
    page.mail_box.port_edit.setText("70000")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page
    error = page.error_labels["smtp_port"]
    assert error.isVisibleTo(page) and "from 1 to 65535" in error.text()
    assert not page.error_labels["smtp_host"].isVisibleTo(page)
    assert page.mail_box.port_edit.text() == "70000"
    assert message_settings.mail_settings(admin.id).host == "mail.example.com"


def test_choosing_a_security_suggests_its_port_unless_another_was_typed(opened):
    _admin, open_page = opened
    _dialog, page = open_page()
    box = page.mail_box
    assert (box.security_combo.currentData(), box.port_edit.text()) == ("starttls", "587")
    box.security_combo.setCurrentIndex(box.security_combo.findData(str(SmtpSecurity.SSL)))
    assert box.port_edit.text() == "465"
    box.port_edit.setText("2465")
    box.security_combo.setCurrentIndex(box.security_combo.findData(str(SmtpSecurity.NONE)))
    assert box.port_edit.text() == "2465"


# -- send a test e-mail -------------------------------------------------------------------
def test_a_test_email_goes_through_the_server_as_typed(qtbot, opened, host, smtp):
    admin, open_page = opened
    channels.set_staff_channels(admin.id, host.id, {"email": "li@example.com"})
    _dialog, page = open_page()
    assert page.test_staff.currentData() == host.id and page.test_button.isEnabled()
    box = page.mail_box
    box.host_edit.setText("127.0.0.1")  # typed, not saved
    box.security_combo.setCurrentIndex(box.security_combo.findData("none"))
    box.port_edit.setText(str(smtp.port))
    box.sender_edit.setText("desk@example.com")
    page.test_button.click()
    assert answered(qtbot, page.test_result) == DELIVERED
    assert page.test_result.text().startswith("Delivered")
    assert [m["To"] for m in smtp.messages] == ["li@example.com"]
    assert message_settings.mail_settings(admin.id).host == ""


def test_without_any_address_the_page_says_so(opened, host):
    _admin, open_page = opened
    _dialog, page = open_page()
    assert page.no_address.isVisibleTo(page) and "No staff member" in page.no_address.text()
    assert not page.test_button.isEnabled() and not page.test_staff.isVisibleTo(page)


# -- each person's channels -------------------------------------------------------------
def test_the_channels_dialog_saves_and_the_table_masks(qtbot, opened, secrets_key, host, chat):
    admin, open_page = opened
    _dialog, page = open_page()
    dialog = open_channels(qtbot, page, host.name)
    dialog.addresses[Channel.EMAIL].setText("li@example.com")
    dialog.addresses[Channel.WECOM].setText(chat.url("wecom", "W3COM-T0KEN"))
    dialog.addresses[Channel.DINGTALK].setText(chat.url("dingtalk", "D1NG-T0KEN"))
    dialog.secrets[Channel.DINGTALK].setText(DINGTALK_SECRET)
    dialog.save_button.click()
    assert not dialog.isVisible()
    saved = channels.staff_channels(admin.id, host.id).channels
    assert saved[Channel.DINGTALK].has_secret and saved[Channel.EMAIL].address == "li@example.com"
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == host.name)
    cells = [page.table.item(row, c).text() for c in range(page.table.columnCount())]
    assert cells[2] == "li@example.com"
    assert cells[3] == f"http://127.0.0.1:{chat.port}/…"
    assert cells[4] == f"http://127.0.0.1:{chat.port}/… ✓" and "T0KEN" not in "".join(cells)
    assert page.test_staff.findData(host.id) >= 0  # now someone has an address
    again = open_channels(qtbot, page, host.name)
    secret = again.secrets[Channel.DINGTALK]
    assert secret.text() == "" and "saved" in secret.placeholderText()
    assert again.remove_secret[Channel.DINGTALK].isVisibleTo(again)
    again.remove_secret[Channel.DINGTALK].setChecked(True)
    again.addresses[Channel.WECOM].clear()
    again.save_button.click()
    saved = channels.staff_channels(admin.id, host.id).channels
    assert Channel.WECOM not in saved and not saved[Channel.DINGTALK].has_secret
    assert Channel.EMAIL in saved  # not touched


def test_a_bad_address_is_refused_next_to_it_and_kept(qtbot, opened, host):
    admin, open_page = opened
    _dialog, page = open_page()
    dialog = open_channels(qtbot, page, host.name)
    dialog.addresses[Channel.EMAIL].setText("li@example.com")
    dialog.addresses[Channel.FEISHU].setText("ftp://open.feishu.cn/hook")
    dialog.save_button.click()
    assert dialog.isVisible()
    error = dialog.error_labels["feishu"]
    assert error.isVisibleTo(dialog) and "https://" in error.text()
    assert dialog.addresses[Channel.FEISHU].text() == "ftp://open.feishu.cn/hook"
    assert dialog.addresses[Channel.EMAIL].text() == "li@example.com"
    assert channels.staff_channels(admin.id, host.id).channels == {}


def test_send_a_test_delivers_then_says_why_not_in_chinese(qtbot, qapp, opened, host, chat):
    admin, open_page = opened
    _dialog, page = open_page()
    dialog = open_channels(qtbot, page, host.name)
    dialog.addresses[Channel.DINGTALK].setText(chat.url("dingtalk"))
    dialog.secrets[Channel.DINGTALK].setText(DINGTALK_SECRET)  # typed, not saved
    dialog.tests[Channel.DINGTALK].click()
    result = dialog.results[Channel.DINGTALK]
    assert answered(qtbot, result) == DELIVERED
    assert result.isVisibleTo(dialog) and result.text().startswith("Delivered")
    assert len(chat.received) == 1 and chat.received[0].tool == "dingtalk"
    assert channels.staff_channels(admin.id, host.id).channels == {}  # a test saves nothing

    dialog.secrets[Channel.DINGTALK].setText("wrong-secret")
    assert not result.isVisibleTo(dialog)  # the answer was about what is no longer typed
    dialog.tests[Channel.DINGTALK].click()
    answered(qtbot, result)
    assert result.text() == "Not delivered: the service refused the message."

    chat.stop()
    i18n.install_translators(qapp, "zh_CN")
    reason = QCoreApplication.translate("DeliveryReasons", REASONS["unreachable"])
    assert reason != REASONS["unreachable"]  # there is a Chinese text to show
    dialog.tests[Channel.DINGTALK].click()
    answered(qtbot, result)
    assert reason in result.text() and "could not" not in result.text()


def test_a_test_to_a_stopped_mail_server_says_why(qtbot, opened, host):
    admin, open_page = opened
    channels.set_staff_channels(admin.id, host.id, {"email": "li@example.com"})
    save_server(admin, port=free_port(), host="127.0.0.1", security="none", user="")
    _dialog, page = open_page()
    page.test_button.click()
    answered(qtbot, page.test_result)
    assert page.test_result.text() == "Not delivered: the server could not be reached."
    assert page.test_button.isEnabled()


@pytest.mark.parametrize("role", [Role.MANAGER, Role.RECEPTIONIST, Role.HOST])
def test_only_administrators_get_the_page(qtbot, site, role):
    who = staffing.add("Someone Else", "", role)
    assert page_of(dialog_for(qtbot, who, site)) is None
