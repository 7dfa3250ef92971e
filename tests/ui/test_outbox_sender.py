"""The outbox's background sender (issue 14): a pass on its worker thread delivers what a
check-in wrote to a real local chat server, never two passes at once, the notices and
the clean-up at their own pace, and a failure is logged by its type and tried again —
never raised into the window. Passes are driven directly (no real timer is waited on)."""

from __future__ import annotations

import logging
import threading

from receptionist.domain.outbox import Channel
from receptionist.services import channels, customers, notices, outbox, visits
from receptionist.services.outbox import DeliveryReport
from receptionist.ui.common.outbox_sender import OutboxSender, Timing
from tests.chat_servers import free_port

from .outbox_passes import HOUR_MS, WAIT_MS, run


def arrival(actor, host, admin, url: str) -> None:
    channels.set_staff_channels(admin.id, host.id, {Channel.WECOM: url})
    zhang = customers.register_customer(actor.id, name="张三", phone="13812345678")
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)


def test_a_pass_delivers_a_check_ins_message_to_the_chat_server(
    qtbot, sender, actor, host, admin, chat
):
    arrival(actor, host, admin, chat.url("wecom"))
    assert chat.received == []  # written with the check-in, not sent by it
    with qtbot.waitSignal(sender.delivered, timeout=WAIT_MS) as blocker:
        sender.run_pass()
    report = blocker.args[0]
    assert isinstance(report, DeliveryReport)
    assert (report.sent, report.failures) == (1, ())
    assert len(chat.received) == 1 and "张三" in chat.texts()[0]
    assert run(qtbot, sender).report == DeliveryReport()  # exactly once


def test_a_failed_delivery_is_reported_with_its_reason(qtbot, sender, actor, host, admin):
    arrival(actor, host, admin, f"http://127.0.0.1:{free_port()}/wecom?key=k")  # nobody there
    report = run(qtbot, sender).report
    assert report is not None and report.sent == 0
    (failure,) = report.failures
    assert (failure.recipient, failure.channel, failure.error, failure.given_up) == (
        "李经理",
        Channel.WECOM,
        "unreachable",
        False,
    )


def test_never_two_passes_at_once(qtbot, sender, monkeypatch):
    """A pass asked for while one runs waits for it, and the requests made meanwhile are
    served by one more pass."""
    release = threading.Event()
    running, most, calls = [0], [0], []

    def slow_delivery(station: str) -> DeliveryReport:
        calls.append(station)
        running[0] += 1
        most[0] = max(most[0], running[0])
        release.wait(WAIT_MS / 1000)
        running[0] -= 1
        return DeliveryReport()

    monkeypatch.setattr(outbox, "deliver_due", slow_delivery)
    first = sender.run_pass()
    assert sender.busy
    later = {sender.run_pass(), sender.run_pass(), sender.run_pass()}
    assert later == {first + 1}  # one more pass serves them all
    numbers = []
    sender.finished.connect(lambda result: numbers.append(result.number))
    release.set()
    qtbot.waitUntil(lambda: numbers == [first, first + 1] and not sender.busy, timeout=WAIT_MS)
    assert calls == ["desk 1", "desk 1"] and most[0] == 1


def test_a_nudge_sends_only_while_the_sender_runs(qtbot, sender, actor, host, admin, chat):
    arrival(actor, host, admin, chat.url("wecom"))
    sender.nudge()
    assert not sender.busy and chat.received == []  # not started: the window is not sending
    sender.start()
    assert sender.running
    with qtbot.waitSignal(sender.delivered, timeout=WAIT_MS):
        sender.nudge()
    assert len(chat.received) == 1
    sender.stop()
    assert not sender.running


def test_notices_are_written_at_their_own_pace_and_a_failure_is_retried_later(
    qtbot, db, monkeypatch, caplog
):
    sender = OutboxSender(
        "desk 1", timing=Timing(pass_ms=HOUR_MS, notices_first_ms=0, notices_ms=HOUR_MS, retry_ms=0)
    )
    written = []

    def write_due_notices():
        written.append(True)
        if len(written) == 1:
            raise RuntimeError("李经理 <li@example.com> could not be written")
        return notices.NoticesWritten()

    monkeypatch.setattr(notices, "write_due_notices", write_due_notices)
    with caplog.at_level(logging.WARNING):
        first = run(qtbot, sender)
    assert first.notices is False and first.report == DeliveryReport()  # delivery still ran
    assert "RuntimeError" in caplog.text
    assert "李经理" not in caplog.text and "example.com" not in caplog.text  # by type only
    assert run(qtbot, sender).notices is True  # retried (retry_ms 0)
    assert run(qtbot, sender).notices is None  # then not before notices_ms
    assert len(written) == 2
    sender.stop()


def test_old_messages_are_deleted_about_once_a_day(qtbot, db, monkeypatch):
    sender = OutboxSender(
        "desk 1", timing=Timing(pass_ms=HOUR_MS, cleanup_first_ms=0, notices_first_ms=HOUR_MS)
    )
    deleted = []
    monkeypatch.setattr(outbox, "delete_old", lambda: deleted.append(True) or 0)
    assert run(qtbot, sender).cleanup is True
    assert run(qtbot, sender).cleanup is None  # a day later
    assert deleted == [True]
    sender.stop()


def test_a_failing_pass_is_logged_once_by_type_and_the_next_pass_retries(
    qtbot, sender, monkeypatch, caplog
):
    failing = [True]

    def delivery(station: str) -> DeliveryReport:
        if failing[0]:
            raise ConnectionError("server 10.0.0.5 for 李经理 gone")
        return DeliveryReport(sent=2)

    monkeypatch.setattr(outbox, "deliver_due", delivery)
    reports = []
    sender.delivered.connect(reports.append)
    caplog.set_level(logging.INFO)
    results = [run(qtbot, sender), run(qtbot, sender)]
    assert [(r.report, r.error) for r in results] == [(None, "ConnectionError")] * 2
    assert caplog.text.count("ConnectionError") == 1  # not once every five seconds
    assert "李经理" not in caplog.text and "10.0.0.5" not in caplog.text
    assert reports == []
    failing[0] = False
    assert run(qtbot, sender).report == DeliveryReport(sent=2)
    assert reports == [DeliveryReport(sent=2)] and "works again" in caplog.text
