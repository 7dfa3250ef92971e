"""``receptionist settings set|show``, ``staff channels`` and ``outbox [send]`` (issue 14):
the site's mail server with a password that is never printed, a staff member's channels,
and the outbox delivered to real local servers; a receptionist is refused (exit 5)."""

from __future__ import annotations

import base64
import json

import pytest

from receptionist.services import customers, database, staff, visits
from tests import staffing
from tests.chat_servers import ChatServer, SmtpServer

REFUSED = 5
KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()


@pytest.fixture(autouse=True)
def secrets_key(monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_SECRETS_KEY", KEY)


@pytest.fixture
def chat():
    server = ChatServer(secrets={"dingtalk": "SEC-ding-1"}).start()
    yield server
    server.stop()


def as_json(run, *args: str):
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def arrive(target: str, host_name: str) -> None:
    """A visitor checks in for ``host_name`` (through the services, as the desk would)."""
    database.open_database(database.resolve(target))
    try:
        desk = staffing.desk_id()
        guest = customers.register_customer(desk, name="Anna Lee", phone="13700137000")
        host = staff.find_by_name(desk, host_name)
        visits.check_in(desk, customer_id=guest.id, purpose="sales", host_id=host.id)
    finally:
        database.close_database()


def test_settings_set_and_show_never_print_the_password(run):
    for key, value in (
        ("site.name", "Star Motors"),
        ("smtp.host", "mail.example.com"),
        ("smtp.port", "465"),
        ("smtp.security", "ssl"),
        ("smtp.user", "desk@example.com"),
        ("smtp.from", "desk@example.com"),
        ("messages.language", "zh_CN"),
    ):
        code, out, err = run("settings", "set", key, value)
        assert code == 0, err
    code, out, err = run("settings", "set", "smtp.password", "S3cret-mail-pw")
    assert code == 0 and "S3cret" not in out + err
    shown = as_json(run, "settings", "show")
    assert shown == {
        "site.name": "Star Motors",
        "smtp.host": "mail.example.com",
        "smtp.port": "465",
        "smtp.security": "ssl",
        "smtp.user": "desk@example.com",
        "smtp.password": "(set)",
        "smtp.from": "desk@example.com",
        "messages.language": "zh_CN",
    }
    code, out, _ = run("settings", "show")
    assert code == 0 and "mail.example.com" in out and "S3cret" not in out
    code, _, err = run("settings", "set", "smtp.port", "99999")
    assert code == 2 and "65535" in err
    code, _, err = run("settings", "set", "smtp.colour", "red")
    assert code == 2


def test_staff_channels_set_show_and_remove(run, chat):
    run("staff", "add", "李经理", "--department", "Sales")
    got = as_json(
        run,
        "staff",
        "channels",
        "李经理",
        "--email",
        "li@example.com",
        "--dingtalk",
        chat.url("dingtalk", "T0K"),
        "--dingtalk-secret",
        "SEC-ding-1",
    )
    assert got["staff"] == "李经理"
    assert got["channels"]["email"] == {"address": "li@example.com", "secret": False}
    assert got["channels"]["dingtalk"]["secret"] is True
    assert "T0K" not in json.dumps(got)  # a webhook's token is never printed
    code, out, _ = run("staff", "channels", "李经理")
    assert code == 0 and "li@example.com" in out and "SEC-ding" not in out
    assert "email" not in as_json(run, "staff", "channels", "李经理", "--email", "")["channels"]
    code, _, err = run("staff", "channels", "李经理", "--wecom", "not a url")
    assert code == 2 and "https://" in err


def test_outbox_send_delivers_and_lists(run, db_target, chat):
    run("staff", "add", "李经理", "--department", "Sales")
    run(
        "staff",
        "channels",
        "李经理",
        "--dingtalk",
        chat.url("dingtalk"),
        "--dingtalk-secret",
        "SEC-ding-1",
    )
    arrive(db_target, "李经理")
    waiting = as_json(run, "outbox", "--pending")
    assert [
        (e["recipient"], e["channel"], e["kind"], e["status"], e["attempts"]) for e in waiting
    ] == [("李经理", "dingtalk", "arrival", "pending", 0)]
    report = as_json(run, "outbox", "send")
    assert (report["sent"], report["failed"]) == (1, 0)
    assert "Anna Lee" in chat.texts("dingtalk")[0]
    (entry,) = as_json(run, "outbox")
    assert entry["status"] == "sent" and entry["sent_at"] and entry["last_error"] == ""
    assert as_json(run, "outbox", "--pending") == []
    code, out, _ = run("outbox", "send")
    assert code == 0 and out.startswith("Sent 0")


def test_outbox_send_reports_a_server_that_is_down(run, db_target):
    smtp = SmtpServer()  # its port, nothing listening yet
    run("settings", "set", "smtp.host", "127.0.0.1")
    run("settings", "set", "smtp.port", str(smtp.port))
    run("settings", "set", "smtp.security", "none")
    run("staff", "add", "Sarah Chen")
    run("staff", "channels", "Sarah Chen", "--email", "sarah@example.com")
    arrive(db_target, "Sarah Chen")
    code, out, err = run("outbox", "send")
    assert code == 0, err
    assert "Could not reach Sarah Chen by email: the server could not be reached" in out
    (entry,) = as_json(run, "outbox")
    assert (entry["status"], entry["attempts"], entry["last_error"]) == (
        "pending",
        1,
        "unreachable",
    )


def test_a_receptionist_may_not_change_settings_or_channels(run, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_NEW_PASSWORD", "4821")
    assert run("user", "add", "Rita Desk", "--role", "receptionist")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_USER", "Rita Desk")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "4821")
    assert run("settings", "set", "smtp.host", "x.example.com")[0] == REFUSED
    assert run("settings", "show")[0] == REFUSED
    assert run("staff", "channels", "Rita Desk", "--email", "r@example.com")[0] == REFUSED
    assert run("outbox")[0] == 0  # the desk sees what was sent
