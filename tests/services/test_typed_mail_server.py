"""Settings → Messages tests the mail server as typed, before it is saved (issue 14):
``channels.send_test(..., mail=..., smtp_password=...)`` sends through the typed server
(a real aiosmtpd server on loopback), refuses a typed field that cannot be right by its
field, and "" as the password means none, not the saved one."""

from __future__ import annotations

import base64

import pytest

from receptionist.domain.errors import ValidationError
from receptionist.services import channels, message_settings
from tests.chat_servers import SmtpServer

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()


@pytest.fixture
def smtp():
    server = SmtpServer(auth=("desk", "Pa55-w0rd!")).start()
    yield server
    server.stop()


def typed(port: int | str, **more) -> dict[str, str]:
    fields = dict(
        host="127.0.0.1", port=str(port), security="none", user="desk", sender="desk@example.com"
    )
    fields.update(more)
    return fields


def test_a_test_goes_through_the_typed_server_and_saves_nothing(db, admin, host, smtp):
    channels.set_staff_channels(admin.id, host.id, {"email": "li@example.com"})
    channels.send_test(
        admin.id, host.id, "email", mail=typed(smtp.port), smtp_password="Pa55-w0rd!"
    )
    assert [m["To"] for m in smtp.messages] == ["li@example.com"]
    assert message_settings.mail_settings(admin.id).host == ""


def test_a_typed_field_that_cannot_be_right_is_refused_by_its_field(db, admin, host):
    channels.set_staff_channels(admin.id, host.id, {"email": "li@example.com"})
    with pytest.raises(ValidationError) as refused:
        channels.send_test(admin.id, host.id, "email", mail=typed("70000"))
    assert (refused.value.code, refused.value.field) == ("smtp_port_invalid", "smtp_port")
    with pytest.raises(ValidationError) as refused:
        message_settings.check_mail_settings(
            host="mail server", port=25, security="none", user="", sender="", language="en"
        )
    assert refused.value.field == "smtp_host"


def test_an_empty_typed_password_is_none_not_the_saved_one(db, admin, host, smtp, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_SECRETS_KEY", KEY)
    message_settings.save_mail_settings(
        admin.id, **typed(smtp.port), language="en", password="Pa55-w0rd!"
    )
    channels.set_staff_channels(admin.id, host.id, {"email": "li@example.com"})
    channels.send_test(admin.id, host.id, "email")  # the saved password signs in
    with pytest.raises(channels.TestNotDelivered) as refused:
        channels.send_test(admin.id, host.id, "email", smtp_password="wrong")
    assert refused.value.reason_code == "auth"  # the typed password, not the saved one
    with pytest.raises(channels.TestNotDelivered) as refused:
        channels.send_test(admin.id, host.id, "email", smtp_password="")
    assert refused.value.reason_code == "auth" and len(smtp.messages) == 1
