"""Delivering one message to one address: e-mail over SMTP and the work-chat webhooks
(WeCom, DingTalk, Feishu, a generic JSON webhook), each in its documented request format.

Below ``services`` beside ``printing``: it imports ``domain`` only, knows nothing of the
database, and turns every failure into ``DeliveryFailed`` with a short code and a detail
that names no secret (never a password, a signing secret or a webhook's token).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.outbox import Channel, SmtpSecurity

TIMEOUT_SECONDS = 10.0


class DeliveryFailed(Exception):
    """``code``: unreachable | timeout | tls | auth | refused | rejected | http |
    not_configured; ``detail``: what the server or the network said, in a few words."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: SmtpSecurity
    user: str
    password: str
    sender: str

    def __repr__(self) -> str:  # never the password, should one be printed
        return f"SmtpConfig(host={self.host!r}, port={self.port}, security={self.security})"


@dataclass(frozen=True)
class Envelope:
    """One message for one address. ``secret``: the webhook's signing secret ("" none)."""

    channel: Channel
    address: str
    subject: str
    text: str
    kind: str = ""
    recipient: str = ""
    secret: str = ""

    def __repr__(self) -> str:  # the address may carry a token, the secret is secret
        return f"Envelope(channel={self.channel}, kind={self.kind!r})"


def send(
    envelope: Envelope, smtp: SmtpConfig | None = None, timeout: float = TIMEOUT_SECONDS
) -> None:
    """Deliver ``envelope`` or raise ``DeliveryFailed``."""
    if envelope.channel is Channel.EMAIL:
        from .mail import send_email

        if smtp is None or not smtp.host:
            raise DeliveryFailed("not_configured", "no mail server in the site's settings")
        send_email(smtp, envelope, timeout)
        return
    from .webhooks import post

    post(envelope, timeout)
