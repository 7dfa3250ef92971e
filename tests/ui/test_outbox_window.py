"""The outbox window (Manage → Outbox…): real messages — sent to a local chat server,
waiting on a closed port, given up for want of a mail server — listed newest first with
their words and colours; "Only what is waiting"; "Send now" runs a pass of the sender;
"Try again" sends a given-up message once more; it reads itself again while open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.outbox import Channel, MessageStatus
from receptionist.services import channels, customers, message_settings, visits
from receptionist.ui.common import i18n
from receptionist.ui.outbox import window as outbox_window
from receptionist.ui.outbox.model import COLUMNS, STATUS_COLOURS
from tests import staffing
from tests.chat_servers import SmtpServer, free_port

from .outbox_passes import WAIT_MS, run

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def wang(db, actor):
    return staffing.add("王总", "Sales", "host")


@pytest.fixture
def messages(qtbot, sender, ctx, admin, actor, host, wang, chat):
    """李经理 on WeCom (sent) and by e-mail with no mail server (given up); 王总 on a
    webhook nobody answers (waiting, tried once)."""
    channels.set_staff_channels(
        admin.id, host.id, {Channel.WECOM: chat.url("wecom"), Channel.EMAIL: "li@example.com"}
    )
    channels.set_staff_channels(
        admin.id, wang.id, {Channel.WEBHOOK: f"http://127.0.0.1:{free_port()}/hook/x"}
    )
    for name, phone, person in (("张三", "13812345678", host), ("Anna Lee", "13700137000", wang)):
        customer = customers.register_customer(actor.id, name=name, phone=phone)
        visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=person.id)
    report = run(qtbot, sender).report
    assert report is not None and report.sent == 1 and len(report.failures) == 2


@pytest.fixture
def window(qtbot, ctx, sender):
    made = outbox_window.OutboxWindow(ctx, sender)
    qtbot.addWidget(made)
    made.resize(1180, 600)
    made.show()
    return made


def cell(window, row: int, column: str) -> str:
    return window.model.index(row, COLUMNS.index(column)).data()


def rows(window) -> list[tuple[str, str, str, str]]:
    return [
        (
            cell(window, r, "to"),
            cell(window, r, "channel"),
            cell(window, r, "status"),
            cell(window, r, "tries"),
        )
        for r in range(window.model.rowCount())
    ]


def row_of(window, to: str, channel: str) -> int:
    return next(i for i, r in enumerate(rows(window)) if r[:2] == (to, channel))


def test_the_model_passes_the_model_tester(messages, window, qtmodeltester):
    qtmodeltester.check(window.model)


def test_sent_waiting_and_given_up_messages_newest_first(messages, window):
    assert rows(window) == [
        ("王总", "Webhook", "Waiting", "1"),
        ("李经理", "WeCom", "Sent", "1"),
        ("李经理", "E-mail", "Given up", "1"),
    ]
    for row in range(3):
        assert cell(window, row, "kind") == "Arrival"
    assert cell(window, 1, "subject").endswith("张三")
    assert cell(window, 0, "error").startswith("the server could not be reached (")
    assert cell(window, 1, "error") == ""
    assert cell(window, 2, "error").startswith("this channel is not set up")
    # Only a waiting message has a next try.
    assert cell(window, 0, "next_try") != ""
    assert cell(window, 1, "next_try") == cell(window, 2, "next_try") == ""
    colour = window.model.index(2, COLUMNS.index("status")).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color() == STATUS_COLOURS[MessageStatus.FAILED]


def test_only_what_is_waiting(messages, window):
    window.waiting_only.setChecked(True)
    assert rows(window) == [("王总", "Webhook", "Waiting", "1")]
    window.waiting_only.setChecked(False)
    assert len(rows(window)) == 3


def test_send_now_runs_a_pass_of_the_sender(qtbot, messages, window, sender, actor, host, chat):
    customer = customers.register_customer(actor.id, name="Emily Chen", phone="13912345678")
    visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)
    window.reload()  # as its timer does
    assert rows(window)[0][2] == "Waiting" and rows(window)[0][3] == "0"
    with qtbot.waitSignal(sender.finished, timeout=WAIT_MS):
        window.send_button.click()
        assert not window.send_button.isEnabled()  # one "Send now" at a time
    assert "sent" in window.result_label.text()
    assert len(chat.received) == 2  # the new arrival, once
    assert rows(window)[0][1:] == ("WeCom", "Sent", "1")  # the table read itself again
    assert window.send_button.isEnabled()


def test_try_again_sends_a_given_up_message_once_more(qtbot, messages, window, admin, sender):
    smtp = SmtpServer().start()
    try:
        row = row_of(window, "李经理", "E-mail")
        window.table.selectRow(row_of(window, "王总", "Webhook"))
        assert not window.retry_button.isEnabled()  # only a given-up message
        window.table.selectRow(row)
        assert window.retry_button.isEnabled()
        message_settings.save_mail_settings(
            admin.id,
            host="127.0.0.1",
            port=smtp.port,
            security="none",
            user="",
            sender="desk@example.com",
            language="en",
        )
        retried = []
        window.retried.connect(retried.append)
        with qtbot.waitSignal(sender.finished, timeout=WAIT_MS):
            window.retry_button.click()
        assert retried == [window.model.entry(row).id]
        qtbot.waitUntil(lambda: rows(window)[row][2] == "Sent", timeout=WAIT_MS)
        assert rows(window)[row] == ("李经理", "E-mail", "Sent", "2")
        assert len(smtp.messages) == 1 and smtp.messages[0]["To"] == "li@example.com"
        assert window.selected_entry().id == retried[0]  # the selection stayed
    finally:
        smtp.stop()


def test_it_reads_itself_again_while_open_keeping_the_selection(
    qtbot, messages, window, actor, wang
):
    assert window._timer.isActive()  # every few seconds while open
    window.select_message(window.model.entry(1).id)
    chosen = window.selected_entry().id
    customer = customers.register_customer(actor.id, name="Emily Chen", phone="13912345678")
    visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=wang.id)
    window.reload()
    assert rows(window)[0] == ("王总", "Webhook", "Waiting", "0")  # written at another desk
    assert window.selected_entry().id == chosen
    window.hide()
    assert not window._timer.isActive()  # closed: it reads nothing


def test_the_window_in_chinese(qtbot, qapp, messages, window):
    i18n.install_translators(qapp, "zh_CN")  # a language change: the window retranslates
    qtbot.waitUntil(lambda: window.windowTitle() == "发件箱", timeout=WAIT_MS)
    assert window.model.headerData(COLUMNS.index("status"), Qt.Orientation.Horizontal) == "状态"
    assert rows(window) == [
        ("王总", "Webhook", "等待发送", "1"),
        ("李经理", "企业微信", "已发送", "1"),
        ("李经理", "电子邮件", "已放弃", "1"),
    ]
    assert cell(window, 0, "kind") == "到访通知"
    assert cell(window, 0, "error").startswith("无法连接服务器")
    assert window.send_button.text() == "立即发送"
