"""Each chat tool's request as its documentation gives it (checked against values worked
out by hand from the documented formula), and the e-mail over a real TLS connection."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import ssl
import urllib.parse

import pytest

from receptionist import delivery
from receptionist.delivery import DeliveryFailed, Envelope, SmtpConfig
from receptionist.delivery.webhooks import request_of
from receptionist.domain.outbox import Channel, SmtpSecurity
from tests.chat_servers import SmtpServer

NOW = 1_700_000_000.5


def envelope(channel: Channel, url: str, secret: str = "") -> Envelope:
    return Envelope(
        channel, url, "Your visitor is here: 张三", "张三 checked in.", "arrival", "李经理", secret
    )


def test_wecom_text_message():
    url, body, headers = request_of(
        envelope(Channel.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K"), NOW
    )
    assert url.endswith("?key=K")
    assert json.loads(body) == {
        "msgtype": "text",
        "text": {"content": "Your visitor is here: 张三\n张三 checked in."},
    }
    assert headers["Content-Type"].startswith("application/json")


def test_dingtalk_signed_url():
    secret = "SEC000000000000000000000"
    url, body, _ = request_of(
        envelope(Channel.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=T", secret),
        NOW,
    )
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    assert query["timestamp"] == "1700000000500"
    expected = base64.b64encode(
        hmac.new(secret.encode(), f"1700000000500\n{secret}".encode(), hashlib.sha256).digest()
    ).decode()
    assert query["sign"] == expected and query["access_token"] == "T"
    assert json.loads(body)["msgtype"] == "text"


def test_feishu_signed_body():
    url, body, _ = request_of(
        envelope(Channel.FEISHU, "https://open.feishu.cn/open-apis/bot/v2/hook/H", "s3"), NOW
    )
    sent = json.loads(body)
    assert sent["timestamp"] == "1700000000" and sent["msg_type"] == "text"
    expected = base64.b64encode(hmac.new(b"1700000000\ns3", b"", hashlib.sha256).digest()).decode()
    assert sent["sign"] == expected
    assert sent["content"]["text"].startswith("Your visitor is here")


def test_generic_webhook_signature_header():
    _, body, headers = request_of(envelope(Channel.WEBHOOK, "https://example.com/h", "k"), NOW)
    sent = json.loads(body)
    assert (sent["kind"], sent["recipient"]) == ("arrival", "李经理")
    assert sent["sent_at"] == "2023-11-14T22:13:20+00:00"
    assert headers["X-Receptionist-Signature"] == (
        "sha256=" + hmac.new(b"k", body, hashlib.sha256).hexdigest()
    )


def test_a_non_http_address_is_refused_before_any_connection():
    with pytest.raises(DeliveryFailed) as failed:
        delivery.send(envelope(Channel.WECOM, "file:///etc/passwd"))
    assert failed.value.code == "not_configured"


def test_secrets_are_not_in_the_reprs():
    e = envelope(Channel.DINGTALK, "https://x/robot?access_token=TOKEN", "SECRET")
    c = SmtpConfig("h", 25, SmtpSecurity.NONE, "u", "PASSWORD", "f@example.com")
    assert "TOKEN" not in repr(e) and "SECRET" not in repr(e) and "PASSWORD" not in repr(c)


# -- e-mail over STARTTLS, the certificate checked ---------------------------------------
def _certificate(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_email_over_starttls_with_a_login(tmp_path, monkeypatch):
    cert_file, key_file = _certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    server = SmtpServer(auth=("desk", "Pa55-w0rd"), tls_context=context).start()
    mail = envelope(Channel.EMAIL, "li@example.com")
    config = SmtpConfig(
        "127.0.0.1", server.port, SmtpSecurity.STARTTLS, "desk", "Pa55-w0rd", "desk@example.com"
    )
    try:
        with pytest.raises(DeliveryFailed) as failed:  # a certificate nobody vouches for
            delivery.send(mail, config)
        assert failed.value.code == "tls"
        monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))  # now this computer trusts it
        delivery.send(mail, config)
        wrong = SmtpConfig(
            "127.0.0.1", server.port, SmtpSecurity.STARTTLS, "desk", "nope", "desk@example.com"
        )
        with pytest.raises(DeliveryFailed) as refused:
            delivery.send(mail, wrong)
        assert refused.value.code == "auth"
    finally:
        server.stop()
    (received,) = server.messages
    assert received["Subject"] == "Your visitor is here: 张三"
    assert received.get_content().strip() == "张三 checked in."
