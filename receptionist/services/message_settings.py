"""The site's settings for messages to people (issue 14): the mail server, the language
messages are written in, and the command line's ``settings set KEY VALUE`` / ``settings
show`` over them and the site's name.

Everything lives in the site's database (every desk sends with the same server); the SMTP
password is sealed (``services._secrets``) and never shown: ``settings show`` says only
whether it is set. Only administrators (SETTINGS) read or change them; every change is
audited by the key's name, never its value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..delivery import SmtpConfig
from ..domain import message_fields as fields
from ..domain.errors import ValidationError
from ..domain.outbox import MessageLanguage, SmtpSecurity
from ..domain.roles import Permission
from ..domain.validation import clean_email
from ..store import audit
from ..store import settings as store
from ..store.connection import transaction
from . import _secrets, clock
from . import settings as site
from .access import authorize

# The command line's key -> the setting row's key.
KEYS = {
    "site.name": "site_name",
    "smtp.host": "smtp_host",
    "smtp.port": "smtp_port",
    "smtp.security": "smtp_security",
    "smtp.user": "smtp_user",
    "smtp.password": "smtp_password",
    "smtp.from": "smtp_from",
    "messages.language": "messages_language",
}
SECRET_KEYS = frozenset({"smtp.password"})
DEFAULT_PORTS = {SmtpSecurity.NONE: 25, SmtpSecurity.STARTTLS: 587, SmtpSecurity.SSL: 465}
SET, NOT_SET = "(set)", ""


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    user: str = ""
    password_set: bool = False
    sender: str = ""
    language: MessageLanguage = MessageLanguage.EN


def _stored() -> dict[str, str]:
    return store.get_many(list(KEYS.values()))


def _mail(values: dict[str, str]) -> MailSettings:
    try:
        security = SmtpSecurity(values.get("smtp_security", "starttls"))
    except ValueError:
        security = SmtpSecurity.STARTTLS
    try:
        port = int(values.get("smtp_port", "") or DEFAULT_PORTS[security])
    except ValueError:
        port = DEFAULT_PORTS[security]
    return MailSettings(
        host=values.get("smtp_host", ""),
        port=port,
        security=security,
        user=values.get("smtp_user", ""),
        password_set=bool(values.get("smtp_password")),
        sender=values.get("smtp_from", ""),
        language=message_language(values),
    )


def message_language(values: dict[str, str] | None = None) -> MessageLanguage:
    """The language messages are written in (the site's setting; English by default)."""
    if values is None:
        values = store.get_many(["messages_language"])
    try:
        return MessageLanguage(values.get("messages_language", "en"))
    except ValueError:
        return MessageLanguage.EN


# The fields of Settings → Messages' mail server as typed -> the command line's key.
TYPED = {
    "host": "smtp.host",
    "port": "smtp.port",
    "security": "smtp.security",
    "user": "smtp.user",
    "sender": "smtp.from",
}


def smtp_config(
    password: str | None = None, typed: Mapping[str, str] | None = None
) -> SmtpConfig | None:
    """The mail server as the senders use it (None: no server set). The saved password is
    unsealed unless ``password`` is given; ``_secrets.SecretUnavailable`` when this
    computer cannot open it. ``typed``: the server's fields as typed in Settings and not
    saved yet (keys of ``TYPED``; checked, ``ValidationError`` naming the field), used
    instead of the saved ones."""
    values = _stored()
    if typed is not None:
        for name, key in TYPED.items():
            values[KEYS[key]] = _clean(key, str(typed.get(name, "")))
    mail = _mail(values)
    if not mail.host:
        return None
    if password is None:
        password = _secrets.unseal("smtp_password", values.get("smtp_password", ""))
    return SmtpConfig(
        host=mail.host,
        port=mail.port,
        security=mail.security,
        user=mail.user,
        password=password,
        sender=mail.sender,
    )


def mail_settings(actor_id: int) -> MailSettings:
    """The mail server and the language of messages, without the password."""
    authorize(actor_id, Permission.SETTINGS)
    return _mail(_stored())


def _clean(key: str, value: str) -> str:
    """The value stored for the command line's ``key`` (secrets sealed later)."""
    if key == "site.name":
        return site.clean_site_name(value)
    if key == "smtp.host":
        return fields.clean_smtp_host(value)
    if key == "smtp.port":
        return str(fields.clean_port(value))
    if key == "smtp.security":
        return str(fields.clean_security(value))
    if key == "smtp.user":
        return fields.clean_smtp_user(value)
    if key == "smtp.password":
        return fields.clean_password(value)
    if key == "smtp.from":
        try:
            return clean_email(value)
        except ValidationError:
            raise ValidationError("smtp_from_invalid", field="smtp_from") from None
    if key == "messages.language":
        return str(fields.clean_language(value))
    raise ValidationError("setting_unknown", field="key", key=key[:40])


def _write(actor_id: int, changes: dict[str, str]) -> None:
    """Inside a transaction: store the cleaned values (a secret sealed), audit the keys."""
    for key, value in changes.items():
        row_key = KEYS[key]
        stored = _secrets.seal(row_key, value) if key in SECRET_KEYS else value
        store.put(row_key, stored)
    if changes:
        audit.record(
            clock.now(), actor_id, "settings.save", "setting", 0, keys=",".join(sorted(changes))
        )


def set_setting(actor_id: int, key: str, value: str) -> None:
    """Set one of ``KEYS`` (``settings set KEY VALUE``); "" clears the mail server's
    fields and the password."""
    authorize(actor_id, Permission.SETTINGS)
    if key not in KEYS:
        raise ValidationError("setting_unknown", field="key", key=key[:40])
    cleaned = _clean(key, value)
    with transaction():
        if key == "site.name":
            site.put_site(cleaned, site.site_settings().site_kind)
            audit.record(clock.now(), actor_id, "settings.save", "setting", 0, keys=key)
        else:
            _write(actor_id, {key: cleaned})


def shown_settings(actor_id: int) -> dict[str, str]:
    """Every key of ``KEYS`` with its value; a secret shows as "(set)" or "" only."""
    authorize(actor_id, Permission.SETTINGS)
    values = _stored()
    mail = _mail(values)
    return {
        "site.name": site.site_settings().site_name,
        "smtp.host": mail.host,
        "smtp.port": str(mail.port),
        "smtp.security": str(mail.security),
        "smtp.user": mail.user,
        "smtp.password": SET if mail.password_set else NOT_SET,
        "smtp.from": mail.sender,
        "messages.language": str(mail.language),
    }


def save_mail_settings(
    actor_id: int,
    *,
    host: str,
    port: int | str,
    security: SmtpSecurity | str,
    user: str,
    sender: str,
    language: MessageLanguage | str,
    password: str | None = None,
) -> MailSettings:
    """Save Settings → Messages' mail server at once (``password`` None: unchanged, "":
    removed); every field is checked before anything is written, only what changed is
    written."""
    authorize(actor_id, Permission.SETTINGS)
    wanted = _wanted(host, port, security, user, sender, language, password)
    with transaction():
        values = _stored()
        changes = {
            key: value
            for key, value in wanted.items()
            if key in SECRET_KEYS or values.get(KEYS[key], "") != value
        }
        _write(actor_id, changes)
        return _mail(_stored())


def check_mail_settings(
    *,
    host: str,
    port: int | str,
    security: SmtpSecurity | str,
    user: str,
    sender: str,
    language: MessageLanguage | str,
    password: str | None = None,
) -> None:
    """What ``save_mail_settings`` would refuse (``ValidationError`` naming the field),
    found before anything of any settings page is saved."""
    _wanted(host, port, security, user, sender, language, password)


def _wanted(
    host: str,
    port: int | str,
    security: SmtpSecurity | str,
    user: str,
    sender: str,
    language: MessageLanguage | str,
    password: str | None,
) -> dict[str, str]:
    """The cleaned values to store, by the command line's key."""
    wanted = {
        "smtp.host": _clean("smtp.host", host),
        "smtp.port": _clean("smtp.port", str(port)),
        "smtp.security": _clean("smtp.security", str(security)),
        "smtp.user": _clean("smtp.user", user),
        "smtp.from": _clean("smtp.from", sender),
        "messages.language": _clean("messages.language", str(language)),
    }
    if password is not None:
        wanted["smtp.password"] = _clean("smtp.password", password)
    return wanted
