"""The outbox at the desk: a check-in nudges the desk's sender (its host's messages go at
once), a failure shows on the status bar as one sentence — met by this desk's sender or
by another station's — once per message and state, and Manage → Outbox… opens the
outbox for the desk's roles."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Purpose
from receptionist.domain.outbox import Channel
from receptionist.services import channels, clock, customers, outbox, visits
from receptionist.ui.outbox.window import OutboxWindow
from tests.chat_servers import ChatServer, free_port

from .outbox_passes import NEVER, WAIT_MS

pytestmark = pytest.mark.usefixtures("source_language")

NOBODY_THERE = f"http://127.0.0.1:{free_port()}/wecom?key=k"


def check_in_at_the_desk(desk, actor, host) -> None:
    customer = customers.register_customer(actor.id, name="Emily Chen", phone="13912345678")
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.host_combo.setCurrentIndex(panel.host_combo.findData(host.id))
    panel.checkin_button.click()


def failure_text(desk) -> str:
    line = desk.outbox.failures
    return line.text() if line.isVisible() else ""


def test_a_check_in_at_the_desk_sends_its_hosts_message_at_once(qtbot, desk, admin, actor, host):
    chat = ChatServer().start()
    try:
        channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: chat.url("wecom")})
        sender = desk.outbox.outbox_sender
        sender.timing = NEVER  # no pass but the nudge's
        sender.start()
        with qtbot.waitSignal(sender.delivered, timeout=WAIT_MS) as blocker:
            check_in_at_the_desk(desk, actor, host)
        assert blocker.args[0].sent == 1
        assert len(chat.received) == 1 and "Emily Chen" in chat.texts()[0]
        assert failure_text(desk) == ""
    finally:
        chat.stop()


def test_a_failure_of_this_desks_sender_shows_in_the_status_bar_once(
    qtbot, desk, admin, actor, host
):
    channels.set_staff_channels(
        admin.id, host.id, {Channel.EMAIL: "li@example.com", Channel.WECOM: NOBODY_THERE}
    )
    sender = desk.outbox.outbox_sender
    sender.timing = NEVER
    sender.start()
    with qtbot.waitSignal(sender.delivered, timeout=WAIT_MS):
        check_in_at_the_desk(desk, actor, host)
    # No mail server: given up at once; WeCom nobody answers: tried again later.
    assert failure_text(desk) == (
        "Could not reach 李经理 by e-mail: this channel is not set up — given up"
    )
    assert desk.statusBar().isAncestorOf(desk.outbox.failures)
    desk.outbox.failures._timer.timeout.emit()  # a few seconds later: the next sentence
    assert failure_text(desk) == (
        "Could not reach 李经理 on WeCom: the server could not be reached — trying again"
    )
    assert desk.outbox.failures.said == 2
    desk.poll()  # the desk's refresh finds the same failures in the outbox
    with qtbot.waitSignal(sender.finished, timeout=WAIT_MS):
        sender.run_pass()  # WeCom fails again, in the same state
    desk.outbox.failures._timer.timeout.emit()
    assert desk.outbox.failures.said == 2  # nothing said twice


def test_a_failure_met_by_another_station_shows_on_the_desks_refresh(
    qtbot, desk, admin, actor, host
):
    channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: NOBODY_THERE})
    customer = customers.register_customer(actor.id, name="张三", phone="13812345678")
    visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)
    outbox.deliver_due("kiosk")  # the kiosk's sender (or `outbox send`) tried
    assert failure_text(desk) == ""
    desk.poll()
    assert failure_text(desk) == (
        "Could not reach 李经理 on WeCom: the server could not be reached — trying again"
    )
    later = clock.now() + timedelta(hours=3)  # past an arrival's lifetime
    clock.set_clock(lambda: later)
    outbox.deliver_due("kiosk")
    desk.poll()
    assert failure_text(desk) == (
        "Could not reach 李经理 on WeCom: it could not be sent in time — given up"
    )


def test_manage_opens_the_outbox_for_the_desks_roles(qtbot, desk, ctx, host):
    toolbar = desk.toolbar
    assert toolbar.outbox_action.isVisible()
    assert toolbar.outbox_action in toolbar.manage_menu.actions()
    assert toolbar.outbox_action.text() == "Outbox…"
    toolbar.outbox_action.trigger()
    window = desk.outbox.window
    assert isinstance(window, OutboxWindow) and window.isVisible()
    window.close()
    ctx.actor = host  # a host does not work the desk
    ctx.signals.actor_changed.emit()
    assert not toolbar.outbox_action.isVisible()
    assert desk.outbox.open() is None


def test_clicking_a_failure_opens_the_outbox(qtbot, desk, admin, actor, host):
    channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: NOBODY_THERE})
    customer = customers.register_customer(actor.id, name="张三", phone="13812345678")
    visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)
    outbox.deliver_due("kiosk")
    desk.poll()
    qtbot.mouseClick(desk.outbox.failures, Qt.MouseButton.LeftButton)
    window = desk.outbox.window
    assert window is not None and window.isVisible()
    assert window.model.rowCount() == 1
    window.close()


ANOTHER_STATION = textwrap.dedent("""
    import sys
    from receptionist.services import outbox
    from receptionist.store.connection import open_database
    open_database(sys.argv[1])
    print(len(outbox.deliver_due("kiosk").failures), flush=True)
""")


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_on_postgresql_another_stations_failure_arrives_by_change_notice(
    qtbot, backend, db_url, desk, admin, actor, host
):
    """The desk does not poll on PostgreSQL: the server's notice about ``outbox_message``
    makes it look, when a separate process (a kiosk) met the failure."""
    qtbot.waitUntil(lambda: desk.updates.live.listening, timeout=WAIT_MS)
    channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: NOBODY_THERE})
    customer = customers.register_customer(actor.id, name="张三", phone="13812345678")
    visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)
    done = subprocess.run(
        [sys.executable, "-c", ANOTHER_STATION, db_url], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "1"
    qtbot.waitUntil(
        lambda: (
            failure_text(desk)
            == "Could not reach 李经理 on WeCom: the server could not be reached — trying again"
        ),
        timeout=WAIT_MS,
    )
