"""The outbox (issue 14): a check-in writes its host's messages in its own transaction,
and the sender delivers them to real servers on loopback — an SMTP server (aiosmtpd) and
an HTTP server answering as WeCom, DingTalk, Feishu and a generic webhook do, checking
their signatures — including the server down, then up: delivered exactly once, in order.
"""

from __future__ import annotations

import base64
import socket
from datetime import date, timedelta

import pytest

from receptionist.domain.errors import Conflict, ValidationError
from receptionist.domain.outbox import Channel, MessageStatus
from receptionist.services import (
    channels,
    complaints,
    customers,
    followups,
    kiosk,
    lost,
    message_settings,
    notices,
    outbox,
    privacy,
    visits,
)
from receptionist.services.outbox import TellState
from receptionist.store import outbox as outbox_store
from receptionist.store import settings as settings_store
from tests import staffing
from tests.chat_servers import ChatServer, SmtpServer, free_port
from tests.memory_keyring import MemoryKeyring, failing_keyring, installed

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()
SECRETS = {"dingtalk": "SECd1ngTalk-99", "feishu": "f3ishu-secret", "hook": "h00k-secret"}


@pytest.fixture
def secrets_key(monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_SECRETS_KEY", KEY)


@pytest.fixture
def chat():
    server = ChatServer(secrets=dict(SECRETS)).start()
    yield server
    server.stop()


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


def mail_server(admin, port: int, **more) -> None:
    fields = dict(host="127.0.0.1", port=port, security="none", user="", sender="desk@example.com")
    fields.update(more)
    message_settings.save_mail_settings(admin.id, language="en", **fields)


def every_channel(admin, person, chat: ChatServer, smtp: SmtpServer) -> None:
    mail_server(admin, smtp.port)
    channels.set_staff_channels(
        admin.id,
        person.id,
        {
            "email": "li@example.com",
            "wecom": chat.url("wecom"),
            "dingtalk": chat.url("dingtalk"),
            "feishu": chat.url("feishu"),
            "webhook": chat.url("hook"),
        },
        {"dingtalk": SECRETS["dingtalk"], "feishu": SECRETS["feishu"], "webhook": SECRETS["hook"]},
    )


def morning(fixed_clock, days: int) -> None:
    """``days`` later at 10:00 local time: digests are written from the morning on."""
    local = (fixed_clock.at + timedelta(days=days)).astimezone()
    fixed_clock.set(local.replace(hour=10, minute=0).astimezone(fixed_clock.at.tzinfo))


def statuses() -> list[str]:
    return [row.status for row in outbox_store.listed(100)]


# -- a check-in reaches its host by every channel -------------------------------------
def test_a_check_in_reaches_the_host_by_every_channel_once(
    fixed_clock, secrets_key, admin, actor, host, zhang, chat, smtp
):
    every_channel(admin, host, chat, smtp)
    visits.check_in(actor.id, customer_id=zhang.id, purpose="after_sales", host_id=host.id)
    assert statuses() == ["pending"] * 5  # written with the check-in, nothing sent yet
    assert chat.received == [] and smtp.messages == []

    report = outbox.deliver_due("desk")
    assert (report.sent, report.failures) == (5, ())
    assert sorted(r.tool for r in chat.received) == ["dingtalk", "feishu", "hook", "wecom"]
    for text in chat.texts():
        assert "张三" in text and "华为技术有限公司" in text and "after-sales" in text
    (mail,) = smtp.messages
    assert mail["To"] == "li@example.com" and mail["From"] == "desk@example.com"
    assert mail["Subject"] == "Your visitor is here: 张三"
    assert statuses() == ["sent"] * 5
    assert outbox.deliver_due("desk").sent == 0  # exactly once
    assert len(chat.received) == 4 and len(smtp.messages) == 1


def test_messages_are_written_in_the_sites_message_language(
    fixed_clock, secrets_key, admin, actor, host, zhang, chat
):
    message_settings.set_setting(admin.id, "messages.language", "zh_CN")
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    outbox.deliver_due()
    (text,) = chat.texts("wecom")
    assert text.startswith("访客已到：张三") and "来访目的：销售" in text


def test_the_host_who_checks_their_own_visitor_in_is_not_told(
    fixed_clock, admin, actor, zhang, chat
):
    channels.set_staff_channels(admin.id, actor.id, {"wecom": chat.url("wecom")})
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=actor.id)
    assert statuses() == []


def test_a_refused_check_in_writes_no_message(fixed_clock, admin, actor, host, zhang, chat):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    with pytest.raises(Conflict):  # already on site: nothing of this try is kept
        visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    assert len(statuses()) == 1


# -- what a message may say ----------------------------------------------------------------
def test_no_category_tier_phone_or_note_in_any_message(
    fixed_clock, secrets_key, admin, actor, host, chat, smtp
):
    every_channel(admin, host, chat, smtp)
    manager = staffing.add("Mia Manager", "Sales", "manager")
    vip = customers.register_customer(
        actor.id,
        name="Vera Gold",
        phone="13912345678",
        company="Orbit Ltd",
        category="vip",
    )
    vip = customers.update_customer(
        actor.id, vip.id, vip.row_version, notes="prefers the back door NOTE-7731"
    )
    visits.check_in(
        actor.id, customer_id=vip.id, purpose="sales", host_id=host.id, note="VISITNOTE-42"
    )
    assert outbox.deliver_due().sent == 5
    followups.add_task(manager.id, vip.id, "vip_care", fixed_clock.at.date(), host.id)
    complaints.open_complaint(
        actor.id, vip.id, "SUBJECT-Z broken seat", description="DESC-Q", handler_id=host.id
    )
    morning(fixed_clock, 10)
    notices.write_due_notices()
    outbox.deliver_due()
    words = [m.as_string() for m in smtp.messages] + [r.raw.decode() for r in chat.received]
    words += [f"{row.subject}\n{row.body}" for row in outbox_store.listed(100)]
    kinds = sorted(row.kind for row in outbox_store.listed(100) if row.channel == "email")
    assert kinds == ["arrival", "complaint_overdue", "digest"]
    assert len(smtp.messages) == 3
    assert all(row.status == "sent" for row in outbox_store.listed(100))
    assert any("Vera Gold" in w for w in words)
    for forbidden in (
        "vip",
        "VIP",
        "13912345678",
        "5678",
        "NOTE-7731",
        "VISITNOTE-42",
        "DESC-Q",
        "SUBJECT-Z",
        "platinum",
        "gold ",
        "existing",
        "prospect",
        "problem",
    ):
        assert not any(forbidden in w for w in words), forbidden


# -- the server down, then up ----------------------------------------------------------------
def test_a_webhook_down_then_up_gets_every_message_once_in_order(
    fixed_clock, secrets_key, admin, actor, host, chat
):
    channels.set_staff_channels(
        admin.id, host.id, {"dingtalk": chat.url("dingtalk")}, {"dingtalk": SECRETS["dingtalk"]}
    )
    chat.stop()  # the network is down
    names = ["Anna Lee", "Bob Stone", "Cleo Park"]
    for number, name in enumerate(names):
        guest = customers.register_customer(actor.id, name=name, phone=f"1370013700{number}")
        visits.check_in(actor.id, customer_id=guest.id, purpose="sales", host_id=host.id)
    report = outbox.deliver_due("desk")
    assert report.sent == 0 and len(report.failures) == 1  # the first; the rest wait behind it
    (failure,) = report.failures
    assert (failure.recipient, failure.channel, failure.error) == (
        "李经理",
        Channel.DINGTALK,
        "unreachable",
    )
    assert not failure.given_up
    first = outbox_store.listed(100)[-1]
    assert first.attempts == 1 and first.last_error.startswith("unreachable")
    assert outbox.deliver_due("desk").sent == 0  # not due again yet: back-off

    fixed_clock.tick(seconds=11)
    chat.start()  # back on the same port
    assert outbox.deliver_due("desk").sent == 3
    assert [name for text in chat.texts() for name in names if name in text] == names
    assert outbox.deliver_due("desk").sent == 0
    assert len(chat.received) == 3
    assert [r.attempts for r in reversed(outbox_store.listed(100))] == [2, 1, 1]


def test_the_mail_server_down_then_up(fixed_clock, admin, actor, host, zhang):
    port = free_port()
    mail_server(admin, port)
    channels.set_staff_channels(admin.id, host.id, {"email": "li@example.com"})
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    (failure,) = outbox.deliver_due().failures
    assert failure.error == "unreachable" and failure.detail == "connection refused"
    server = SmtpServer(port=port).start()
    try:
        fixed_clock.tick(seconds=11)
        assert outbox.deliver_due().sent == 1
        assert outbox.deliver_due().sent == 0
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_a_check_in_while_every_channel_hangs_completes_without_touching_them(
    fixed_clock, admin, actor, host, zhang
):
    """Servers that accept a connection and never answer: the check-in does not wait
    for them (it sends nothing); the sender tries later."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        port = silent.getsockname()[1]
        mail_server(admin, port)
        channels.set_staff_channels(
            admin.id,
            host.id,
            {"email": "li@example.com", "webhook": f"http://127.0.0.1:{port}/hook"},
        )
        visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
        assert visit.status == "on_site"
        rows = outbox_store.listed(10)
        assert [(r.status, r.attempts) for r in rows] == [("pending", 0), ("pending", 0)]
    finally:
        silent.close()


def test_the_chat_tools_refusals_are_failures_with_their_words(
    fixed_clock, secrets_key, admin, actor, host, zhang, chat
):
    channels.set_staff_channels(
        admin.id,
        host.id,
        {"dingtalk": chat.url("dingtalk"), "feishu": chat.url("feishu")},
        {"dingtalk": "a-wrong-secret", "feishu": SECRETS["feishu"]},
    )
    chat.fail_with["feishu"] = 500
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    failures = {f.channel: f for f in outbox.deliver_due().failures}
    assert failures[Channel.DINGTALK].error == "rejected"
    assert "sign not match" in failures[Channel.DINGTALK].detail
    assert (
        failures[Channel.FEISHU].error == "http" and failures[Channel.FEISHU].detail == "HTTP 500"
    )
    assert chat.received == []
    seen = outbox.recent_failures(actor.id, fixed_clock.at - timedelta(seconds=1))
    assert {f.channel for f in seen} == {Channel.DINGTALK, Channel.FEISHU}


# -- several senders, lifetimes, retries --------------------------------------------------
def test_a_message_held_by_another_sender_is_not_sent_twice(
    fixed_clock, admin, actor, host, zhang, chat
):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    (row,) = outbox_store.pending(10)
    now = fixed_clock.at
    assert outbox_store.claim([row.id], "kiosk:1", now + outbox.LEASE, now) == {row.id}
    assert outbox.deliver_due("desk").sent == 0  # the kiosk's sender holds it
    assert outbox_store.claim([row.id], "desk:2", now + outbox.LEASE, now) == set()
    fixed_clock.tick(seconds=outbox.LEASE.total_seconds() + 1)  # that sender died
    assert outbox.deliver_due("desk").sent == 1
    assert len(chat.received) == 1


def test_an_arrival_not_sent_within_its_lifetime_is_given_up(
    fixed_clock, admin, actor, host, zhang
):
    channels.set_staff_channels(admin.id, host.id, {"webhook": f"http://127.0.0.1:{free_port()}/h"})
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    for _ in range(12):
        outbox.deliver_due()
        fixed_clock.tick(minutes=15)
    (row,) = outbox_store.listed(10)
    assert row.status == "failed" and row.attempts >= 5
    assert outbox.tell_state(visit.id) is TellState.DESK
    entry = outbox.outbox_entries(actor.id)[0]
    assert entry.status is MessageStatus.FAILED and entry.error in ("unreachable", "expired")


def test_retrying_a_failed_message(fixed_clock, admin, actor, host, zhang, chat):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    chat.fail_with["wecom"] = 93000
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    fixed_clock.tick(hours=3)
    outbox.deliver_due()  # expired before it was sent
    (entry,) = outbox.outbox_entries(actor.id)
    assert entry.status is MessageStatus.FAILED and entry.error == "expired"
    del chat.fail_with["wecom"]
    outbox.retry_message(actor.id, entry.id)
    assert outbox.deliver_due().sent == 1
    with pytest.raises(Exception, match="not in the outbox"):
        outbox.retry_message(actor.id, entry.id)


def test_a_removed_channel_gives_its_waiting_messages_up(fixed_clock, admin, actor, host, zhang):
    channels.set_staff_channels(admin.id, host.id, {"wecom": f"http://127.0.0.1:{free_port()}/w"})
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    channels.set_staff_channels(admin.id, host.id, {"wecom": ""})
    (failure,) = outbox.deliver_due().failures
    assert failure.error == "not_configured" and failure.given_up


# -- the kiosk's words follow what was delivered -------------------------------------------
def test_the_kiosk_says_telling_then_told(fixed_clock, admin, host, chat):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    receipt = kiosk.check_in_walk_in(
        name="Anna Lee", phone="13700137000", purpose="sales", host_id=host.id, consent=True
    )
    assert receipt.host_told is TellState.TELLING
    outbox.deliver_due("kiosk")
    assert kiosk.host_told(receipt) is TellState.TOLD


def test_the_kiosk_says_the_desk_will_tell_when_no_channel_could(fixed_clock, admin, host):
    channels.set_staff_channels(
        admin.id,
        host.id,
        {
            "wecom": f"http://127.0.0.1:{free_port()}/a",
            "feishu": f"http://127.0.0.1:{free_port()}/b",
        },
    )
    receipt = kiosk.check_in_walk_in(
        name="Anna Lee", phone="13700137000", purpose="sales", host_id=host.id, consent=True
    )
    assert kiosk.host_told(receipt) is TellState.TELLING
    outbox.deliver_due("kiosk")
    assert kiosk.host_told(receipt) is TellState.DESK


def test_an_arrival_held_back_behind_a_failing_message_is_not_on_its_way(fixed_clock, admin, host):
    """The host's chat tool is down: the next visitor's message waits behind the first
    one's retries, so the kiosk says the desk will tell, not "telling…" for ever."""
    channels.set_staff_channels(admin.id, host.id, {"wecom": f"http://127.0.0.1:{free_port()}/a"})
    first = kiosk.check_in_walk_in(
        name="Anna Lee", phone="13700137000", purpose="sales", host_id=host.id, consent=True
    )
    outbox.deliver_due("kiosk")
    assert kiosk.host_told(first) is TellState.DESK
    second = kiosk.check_in_walk_in(
        name="Tom Becker", phone="13700137001", purpose="sales", host_id=host.id, consent=True
    )
    assert second.host_told is TellState.DESK
    assert outbox.deliver_due("kiosk").failures == ()  # held back: not even tried yet
    assert kiosk.host_told(second) is TellState.DESK


def test_the_kiosk_says_the_desk_will_tell_a_host_without_channels(fixed_clock, host):
    receipt = kiosk.check_in_walk_in(
        name="Anna Lee", phone="13700137000", purpose="sales", host_id=host.id, consent=True
    )
    assert receipt.host_told is TellState.DESK


# -- notices: digests, overdue complaints, win-backs -----------------------------------------
def test_daily_notices_are_written_once(fixed_clock, admin, actor, host, zhang, chat):
    manager = staffing.add("Mia Manager", "Sales", "manager")
    del chat.secrets["hook"]  # plain webhooks, no signature
    for person in (host, manager):
        channels.set_staff_channels(
            admin.id, person.id, {"webhook": chat.url("hook", str(person.id))}
        )
    today = fixed_clock.at.date()
    followups.add_task(manager.id, zhang.id, "prospect_follow_up", today, host.id)
    followups.add_task(manager.id, zhang.id, "vip_care", today - timedelta(days=3), host.id)
    complaints.open_complaint(actor.id, zhang.id, "Late delivery", handler_id=host.id)
    morning(fixed_clock, 10)
    written = notices.write_due_notices()
    assert written.digests == 1 and written.complaints == 2  # the handler and the manager
    assert notices.write_due_notices() == notices.NoticesWritten()  # nothing twice
    report = outbox.deliver_due()
    assert (report.sent, report.failures) == (3, ()), report
    digest = next(r.body for r in chat.received if r.body["kind"] == "digest")
    assert "Overdue (2)" in digest["text"] and "张三" in digest["text"]
    notices_for = [r.path for r in chat.received if r.body["kind"] == "complaint_overdue"]
    assert sorted(notices_for) == sorted([f"/hook/{host.id}", f"/hook/{manager.id}"])


def test_a_digest_waits_for_the_morning(fixed_clock, admin, host, zhang, chat):
    del chat.secrets["hook"]
    channels.set_staff_channels(admin.id, host.id, {"webhook": chat.url("hook")})
    manager = staffing.add("Mia Manager", "Sales", "manager")
    followups.add_task(manager.id, zhang.id, "vip_care", fixed_clock.at.date(), host.id)
    local = fixed_clock.at.astimezone()
    fixed_clock.set(fixed_clock.at - timedelta(hours=local.hour))  # local midnight
    assert notices.write_due_notices().digests == 0
    fixed_clock.tick(hours=notices.DIGEST_HOUR)
    assert notices.write_due_notices().digests == 1


def test_a_win_back_owner_is_told(fixed_clock, admin, actor, host, zhang, chat):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    manager = staffing.add("Mia Manager", "Sales", "manager")
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    fixed_clock.tick(days=800)
    lost.detect(manager.id)
    (review,) = lost.reviews(manager.id)
    lost.analyse(manager.id, review.id, "Rival", "price", can_win_back=True, owner_id=host.id)
    outbox.deliver_due()
    (text,) = chat.texts("wecom")
    assert text.startswith("Win back: 张三")


# -- secrets, settings -----------------------------------------------------------------
def test_the_smtp_password_is_sealed_and_never_shown(fixed_clock, secrets_key, admin, smtp):
    mail_server(admin, smtp.port, user="desk", password="Pa55-w0rd!")
    stored = settings_store.get_all()
    assert "Pa55-w0rd!" not in "".join(stored.values())
    assert stored["smtp_password"].startswith("v1:")
    shown = message_settings.shown_settings(admin.id)
    assert shown["smtp.password"] == "(set)" and "Pa55" not in str(shown)
    assert message_settings.smtp_config().password == "Pa55-w0rd!"


def test_without_a_keyring_or_key_a_secret_is_refused_and_nothing_saved(
    fixed_clock, admin, monkeypatch
):
    monkeypatch.delenv("RECEPTIONIST_SECRETS_KEY", raising=False)
    with installed(failing_keyring()), pytest.raises(ValidationError) as refused:
        message_settings.set_setting(admin.id, "smtp.password", "Pa55-w0rd!")
    assert refused.value.code == "secrets_keyring_missing"
    assert "smtp_password" not in settings_store.get_all()


def test_the_key_lives_in_the_keyring_and_another_computer_leaves_the_message(
    fixed_clock, admin, actor, host, zhang, chat, monkeypatch
):
    monkeypatch.delenv("RECEPTIONIST_SECRETS_KEY", raising=False)
    with installed(MemoryKeyring()) as ring:
        channels.set_staff_channels(
            admin.id, host.id, {"dingtalk": chat.url("dingtalk")}, {"dingtalk": SECRETS["dingtalk"]}
        )
        assert [service for service, _ in ring.passwords] == ["Receptionist secrets"]
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    with installed(MemoryKeyring()):  # a computer without this site's key
        report = outbox.deliver_due("desk-2")
    assert (report.sent, report.left_for_others, report.failures) == (0, 1, ())
    assert outbox_store.listed(10)[0].attempts == 0
    with installed(ring):
        fixed_clock.tick(seconds=outbox.LEASE.total_seconds() + 1)
        assert outbox.deliver_due("desk-1").sent == 1


def test_settings_are_checked_at_the_edge(fixed_clock, admin, host):
    for key, value, code in (
        ("smtp.port", "0", "smtp_port_invalid"),
        ("smtp.port", "smtp", "smtp_port_invalid"),
        ("smtp.security", "tls1.3", "smtp_security_invalid"),
        ("smtp.host", "mail server", "smtp_host_invalid"),
        ("smtp.from", "not-an-address", "smtp_from_invalid"),
        ("messages.language", "fr", "messages_language_invalid"),
        ("no.such", "x", "setting_unknown"),
    ):
        with pytest.raises(ValidationError) as refused:
            message_settings.set_setting(admin.id, key, value)
        assert refused.value.code == code, key
    for addresses, secrets, code in (
        ({"wecom": "ftp://x"}, {}, "channel_url_invalid"),
        ({"email": "li at example"}, {}, "channel_email_invalid"),
        ({"dingtalk": ""}, {"dingtalk": "abc"}, "channel_secret_without_url"),
        ({"sms": "123"}, {}, "channel_unknown"),
    ):
        with pytest.raises(ValidationError) as refused:
            channels.set_staff_channels(admin.id, host.id, addresses, secrets)
        assert refused.value.code == code
    assert channels.staff_channels(admin.id, host.id).channels == {}


def test_lists_show_a_webhook_by_its_host_only(fixed_clock, admin, host, chat):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom", "K3Y")})
    view = channels.staff_channels(admin.id, host.id).channels[Channel.WECOM]
    assert view.shown == f"http://127.0.0.1:{chat.port}/…" and "K3Y" not in view.shown


def test_send_a_test_by_each_channel(fixed_clock, secrets_key, admin, host, chat, smtp):
    every_channel(admin, host, chat, smtp)
    for channel in Channel:
        channels.send_test(admin.id, host.id, channel)
    assert len(chat.received) == 4 and len(smtp.messages) == 1
    assert all("test" in text for text in chat.texts())
    chat.stop()
    with pytest.raises(ValidationError) as refused:
        channels.send_test(admin.id, host.id, "wecom")
    assert refused.value.code == "delivery_failed"
    assert "could not be reached" in refused.value.message
    assert outbox_store.listed(10) == []  # tests go straight, not through the outbox


def test_an_erased_visitors_messages_are_emptied_and_not_sent(
    fixed_clock, admin, actor, host, zhang, chat
):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    visits.check_out(actor.id, visit.code)
    privacy.erase_customer(admin.id, zhang.id)
    (row,) = outbox_store.listed(10)
    assert (row.subject, row.body, row.status) == ("", "", "failed")
    assert outbox.deliver_due().sent == 0 and chat.received == []


def test_old_messages_are_deleted(fixed_clock, admin, actor, host, zhang, chat):
    channels.set_staff_channels(admin.id, host.id, {"wecom": chat.url("wecom")})
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    outbox.deliver_due()
    assert outbox.delete_old(fixed_clock.at + timedelta(days=29)) == 0
    assert outbox.delete_old(fixed_clock.at + timedelta(days=31)) == 1
    assert date.today()  # the clock of the test is fixed; the deletion took the given time
