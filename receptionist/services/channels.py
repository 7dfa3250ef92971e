"""Which channels reach each staff member (issue 14): an e-mail address and the
work-chat webhooks (WeCom, DingTalk with its signing secret, Feishu with an optional one,
a generic JSON webhook). Administrators (SETTINGS) set them; a webhook's address carries
its robot's token, so lists show it masked and only its owner's settings page shows it
whole; a signing secret is sealed (``services._secrets``) and never shown again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..domain import message_fields as fields
from ..domain import outbox as rules
from ..domain.errors import NotFound, ValidationError
from ..domain.outbox import Channel
from ..domain.roles import Permission
from ..domain.validation import clean_email
from ..store import audit
from ..store import channels as store
from ..store import staff as staff_store
from ..store.connection import transaction
from . import clock
from .access import authorize

SIGNED = (Channel.DINGTALK, Channel.FEISHU, Channel.WEBHOOK)


class TestNotDelivered(ValidationError):
    """ "Send a test" did not reach: ``reason_code`` names why (a ``REASONS`` key, for
    the desk to say in its language); the message says it in English."""

    def __init__(self, field: str, reason_code: str, detail: str) -> None:
        reason = rules.REASONS.get(reason_code, reason_code)
        super().__init__(
            "delivery_failed", field=field, reason=reason, detail=detail or reason_code
        )
        self.reason_code = reason_code


def secret_name(staff_id: int, channel: Channel) -> str:
    """The name a channel's secret is sealed under (bound into the seal)."""
    return f"staff_channel:{staff_id}:{channel}"


@dataclass(frozen=True)
class ChannelView:
    channel: Channel
    address: str  # whole: the settings page of an administrator only
    shown: str  # as lists show it (a webhook's host only)
    has_secret: bool


@dataclass(frozen=True)
class StaffChannels:
    staff_id: int
    name: str
    department: str
    channels: dict[Channel, ChannelView] = field(default_factory=dict)

    def shown(self, channel: Channel) -> str:
        view = self.channels.get(channel)
        return view.shown if view else ""


def _view(row) -> ChannelView:
    channel = Channel(row.channel)
    shown = row.address if channel is Channel.EMAIL else rules.mask_url(row.address)
    return ChannelView(channel, row.address, shown, bool(row.secret))


def _staff_channels(staff_ids: list[int] | None = None) -> list[StaffChannels]:
    members = [m for m in store.active_staff() if staff_ids is None or m.id in staff_ids]
    rows = store.of_staff([m.id for m in members])
    by_staff: dict[int, dict[Channel, ChannelView]] = {}
    for row in rows:
        by_staff.setdefault(row.staff_id, {})[Channel(row.channel)] = _view(row)
    return [StaffChannels(m.id, m.name, m.department, by_staff.get(m.id, {})) for m in members]


def all_staff_channels(actor_id: int) -> list[StaffChannels]:
    """Every active staff member with their channels, by name."""
    authorize(actor_id, Permission.SETTINGS)
    return _staff_channels()


def staff_channels(actor_id: int, staff_id: int) -> StaffChannels:
    authorize(actor_id, Permission.SETTINGS)
    found = _staff_channels([staff_id])
    if not found:
        raise NotFound("host_unknown")
    return found[0]


def _clean_address(channel: Channel, address: str) -> str:
    if channel is Channel.EMAIL:
        try:
            return clean_email(address)
        except ValidationError:
            raise ValidationError("channel_email_invalid", field=str(channel)) from None
    return fields.clean_url(address, str(channel))


def set_staff_channels(
    actor_id: int,
    staff_id: int,
    addresses: dict[Channel | str, str],
    secrets: dict[Channel | str, str] | None = None,
) -> StaffChannels:
    """Set ``staff_id``'s channels: ``addresses`` maps a channel to its address ("":
    removed; a channel not named: unchanged), ``secrets`` a signed channel to its signing
    secret ("": removed; not named: kept). Every value is checked before anything is
    written; one transaction; audited by channel names only."""
    from . import _secrets

    authorize(actor_id, Permission.SETTINGS)
    member = staff_store.get(staff_id)
    if member is None or not member.active:
        raise NotFound("host_unknown")
    wanted = {
        fields.parse_channel(str(c)): _clean_address(fields.parse_channel(str(c)), a)
        for c, a in addresses.items()
    }
    new_secrets = {
        fields.parse_channel(str(c)): fields.clean_secret(
            s, f"{fields.parse_channel(str(c))}_secret"
        )
        for c, s in (secrets or {}).items()
    }
    for channel in new_secrets:
        if channel not in SIGNED:
            raise ValidationError("channel_secret_invalid", field=f"{channel}_secret", maximum=0)
    with transaction():
        current = {Channel(r.channel): r for r in store.of_staff([staff_id])}
        changed: list[str] = []
        for channel in Channel:
            address = wanted.get(channel, current[channel].address if channel in current else "")
            if channel in new_secrets:
                secret = _secrets.seal(secret_name(staff_id, channel), new_secrets[channel])
            else:
                secret = current[channel].secret if channel in current else ""
            if not address:
                if new_secrets.get(channel):
                    raise ValidationError("channel_secret_without_url", field=f"{channel}_secret")
                if channel in current:
                    store.remove(staff_id, channel)
                    changed.append(str(channel))
                continue
            before = current.get(channel)
            if before is None or before.address != address or before.secret != secret:
                store.put(staff_id, channel, address, secret)
                changed.append(str(channel))
        if changed:
            audit.record(
                clock.now(),
                actor_id,
                "staff.channels",
                "staff",
                staff_id,
                channels=",".join(changed),
            )
    return _staff_channels([staff_id])[0]


def send_test(
    actor_id: int,
    staff_id: int,
    channel: Channel | str,
    *,
    address: str | None = None,
    secret: str | None = None,
    smtp_password: str | None = None,
    mail: Mapping[str, str] | None = None,
) -> None:
    """Settings' "Send a test": a test message to ``staff_id`` by ``channel`` now,
    directly (not through the outbox). ``address`` / ``secret``: as typed and not saved
    yet (None: the saved ones); ``smtp_password``: the mail server's, as typed (None: the
    saved one, "": none); ``mail``: the mail server's other fields as typed
    (``message_settings.TYPED``; None: the saved ones). Raises
    ``ValidationError("delivery_failed")`` with the reason when it was not delivered."""
    from .. import delivery
    from ..delivery import DeliveryFailed, Envelope
    from ..domain.outbox import TestFacts, render
    from . import _secrets
    from .message_settings import message_language, smtp_config
    from .settings import site_settings

    authorize(actor_id, Permission.SETTINGS)
    chosen = fields.parse_channel(str(channel))
    saved = store.one(staff_id, chosen)
    to = (
        _clean_address(chosen, address) if address is not None else (saved.address if saved else "")
    )
    if not to:
        raise ValidationError("channel_not_set", field=str(chosen), channel=str(chosen))
    try:
        if secret is not None:
            key = fields.clean_secret(secret, f"{chosen}_secret")
        else:
            key = _secrets.unseal(secret_name(staff_id, chosen), saved.secret if saved else "")
        smtp = None
        if chosen is Channel.EMAIL:
            smtp = smtp_config(smtp_password, mail)
            if smtp is None:
                raise ValidationError("mail_server_missing", field="smtp_host")
    except _secrets.SecretUnavailable:
        raise ValidationError("secret_unavailable", field=f"{chosen}_secret") from None
    message = render(TestFacts(site_settings().site_name), message_language())
    member = staff_store.get(staff_id)
    envelope = Envelope(
        channel=chosen,
        address=to,
        subject=message.subject,
        text=message.text,
        kind="test",
        recipient=member.name if member else "",
        secret=key,
    )
    try:
        delivery.send(envelope, smtp)
    except DeliveryFailed as error:
        raise TestNotDelivered(str(chosen), error.code, error.detail) from None
    audit.record(
        clock.now(), actor_id, "staff.channel_test", "staff", staff_id, channel=str(chosen)
    )
