"""What an administrator types for messages to people (issue 14): the mail server's
fields, the language of messages, a channel's name, a webhook's address and a signing
secret. Refusals name the field, never the value."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError
from .outbox import Channel, MessageLanguage, SmtpSecurity

URL_MAX = 500
SECRET_MAX = 200
USER_MAX = 254
PORT_RANGE = (1, 65535)
_HOST = re.compile(r"^[A-Za-z0-9._:\[\]-]{1,253}$")


def _printable(text: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in text)


def clean_smtp_host(value: str) -> str:
    text = value.strip()
    if text and not _HOST.match(text):
        raise ValidationError("smtp_host_invalid", field="smtp_host")
    return text


def clean_port(value: int | str) -> int:
    try:
        port = int(str(value).strip())
    except ValueError:
        port = 0
    if not PORT_RANGE[0] <= port <= PORT_RANGE[1]:
        raise ValidationError(
            "smtp_port_invalid", field="smtp_port", lowest=PORT_RANGE[0], highest=PORT_RANGE[1]
        )
    return port


def clean_security(value: str) -> SmtpSecurity:
    try:
        return SmtpSecurity(value.strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in SmtpSecurity)
        raise ValidationError(
            "smtp_security_invalid", field="smtp_security", choices=choices
        ) from None


def clean_language(value: str) -> MessageLanguage:
    try:
        return MessageLanguage(value.strip())
    except ValueError:
        choices = ", ".join(s.value for s in MessageLanguage)
        raise ValidationError(
            "messages_language_invalid", field="messages_language", choices=choices
        ) from None


def clean_smtp_user(value: str) -> str:
    text = value.strip()
    if len(text) > USER_MAX or not _printable(text):
        raise ValidationError("smtp_user_invalid", field="smtp_user", maximum=USER_MAX)
    return text


def clean_password(value: str) -> str:
    """A password is kept as typed (spaces may be part of it)."""
    if len(value) > SECRET_MAX or not _printable(value):
        raise ValidationError("smtp_password_invalid", field="smtp_password", maximum=SECRET_MAX)
    return value


def clean_url(value: str, field: str) -> str:
    text = value.strip()
    if not text:
        return ""
    scheme, sep, rest = text.partition("://")
    if (
        scheme.lower() not in ("https", "http")
        or not sep
        or not rest
        or len(text) > URL_MAX
        or any(ch.isspace() for ch in text)
        or not _printable(text)
    ):
        raise ValidationError("channel_url_invalid", field=field, maximum=URL_MAX)
    return text


def clean_secret(value: str, field: str) -> str:
    text = value.strip()
    if len(text) > SECRET_MAX or any(ch.isspace() for ch in text) or not _printable(text):
        raise ValidationError("channel_secret_invalid", field=field, maximum=SECRET_MAX)
    return text


def parse_channel(value: str) -> Channel:
    try:
        return Channel(value.strip().lower())
    except ValueError:
        choices = ", ".join(c.value for c in Channel)
        raise ValidationError(
            "channel_unknown", field="channel", channel=value[:20], choices=choices
        ) from None
