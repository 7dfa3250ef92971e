"""The outbox (issue 14): messages to people outside the app, written in the same
transaction as what caused them and delivered afterwards by a background sender, so a
check-in never waits for the network and an offline desk sends when it is back.

- ``enqueue`` (and ``notify_arrival``) write one row per channel of the recipient, the
  text made by ``domain.outbox.render`` from facts that cannot hold a category, a tier,
  a phone or a note.
- ``deliver_due`` is the sender: it gives up what is past its lifetime, claims what is
  due (a lease, so the senders of several stations never send one message twice), sends
  each outside any transaction, and records the outcome. Messages to one person by one
  channel go in the order they were written: one that fails holds back the later ones
  until it is sent or given up. A failed try is tried again with back-off
  (``domain.outbox.next_try``).
- ``tell_state`` is what the kiosk's done page says: telling X…, X has been told, or the
  front desk will let X know.
"""

from __future__ import annotations

import logging
import secrets as random_source
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .. import delivery
from ..delivery import DeliveryFailed, Envelope, SmtpConfig
from ..domain import outbox as rules
from ..domain.errors import NotFound
from ..domain.outbox import ArrivalFacts, Channel, Facts, MessageKind, MessageStatus
from ..domain.roles import Permission
from ..store import audit
from ..store import channels as channel_store
from ..store import outbox as store
from ..store.connection import transaction
from . import _secrets, clock
from .access import authorize
from .channels import secret_name
from .message_settings import message_language, smtp_config
from .views import VisitView

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=90)  # a sender that died lets go of its messages after this
BATCH = 50
KEEP_DAYS = 30  # sent and failed messages are deleted after this (they name people)

REASONS = rules.REASONS  # the reasons a delivery fails, in words, by their codes


class TellState(StrEnum):
    TELLING = "telling"  # messages on their way
    TOLD = "told"  # at least one channel delivered
    DESK = "desk"  # no channel could (or the host has none): the front desk will


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    kind: MessageKind
    recipient: str  # the staff member's name ("" gone)
    channel: Channel
    subject: str
    status: MessageStatus
    attempts: int
    created_at: datetime
    next_try_at: datetime
    sent_at: datetime | None
    error: str  # a REASONS code, "" none
    error_detail: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": str(self.kind),
            "recipient": self.recipient,
            "channel": str(self.channel),
            "subject": self.subject,
            "status": str(self.status),
            "attempts": self.attempts,
            "created_at": self.created_at.isoformat(),
            "next_try_at": self.next_try_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "last_error": self.error,
            "last_error_detail": self.error_detail,
        }


@dataclass(frozen=True)
class Failure:
    message_id: int
    recipient: str
    channel: Channel
    error: str
    detail: str
    given_up: bool
    at: datetime | None = None


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    failures: tuple[Failure, ...] = ()
    expired: int = 0
    left_for_others: int = 0  # needs a secret this computer cannot open

    def to_json(self) -> dict:
        return {
            "sent": self.sent,
            "failed": len(self.failures),
            "expired": self.expired,
            "left_for_others": self.left_for_others,
            "failures": [
                {
                    "id": f.message_id,
                    "recipient": f.recipient,
                    "channel": str(f.channel),
                    "error": f.error,
                    "detail": f.detail,
                    "given_up": f.given_up,
                }
                for f in self.failures
            ],
        }


def _error_text(code: str, detail: str) -> str:
    return f"{code}: {detail}" if detail else code


def _split_error(text: str) -> tuple[str, str]:
    code, _, detail = text.partition(": ")
    return code, detail


# -- writing messages (inside the caller's transaction) -----------------------------------
def enqueue(
    kind: MessageKind,
    recipient_id: int | None,
    facts: Facts,
    *,
    visit_id: int | None = None,
    dedupe_key: str | None = None,
    now: datetime | None = None,
) -> int:
    """Write a message about ``facts`` to each channel of ``recipient_id``; call inside
    the transaction of what caused it. ``dedupe_key``: written once per channel ever
    (a daily notice). How many were written (0: the recipient has no channel)."""
    if recipient_id is None:
        return 0
    channels = [Channel(row.channel) for row in channel_store.of_staff([recipient_id])]
    if not channels:
        return 0
    at = now or clock.now()
    message = rules.render(facts, message_language())
    rows = [
        {
            "kind": str(kind),
            "recipient": recipient_id,
            "channel": str(channel),
            "subject": message.subject[:200],
            "body": message.text,
            "visit": visit_id,
            "dedupe_key": f"{dedupe_key}:{recipient_id}:{channel}"[:80] if dedupe_key else None,
            "status": str(MessageStatus.PENDING),
            "attempts": 0,
            "created_at": at,
            "next_try_at": at,
            "expires_at": rules.expires(kind, at),
        }
        for channel in channels
    ]
    return store.insert(rows)


def notify_arrival(visit: VisitView, actor_id: int | None) -> int:
    """Tell the host of a visit that just checked in (not the host who checked their own
    visitor in); call inside the check-in's transaction."""
    if visit.host_id is None or visit.host_id == actor_id or visit.check_in_at is None:
        return 0
    facts = ArrivalFacts(
        visitor_name=visit.customer_name,
        company=visit.customer_company,
        purpose=visit.purpose,
        at=clock.local(visit.check_in_at),
        station=visit.station_name or "",
    )
    return enqueue(MessageKind.ARRIVAL, visit.host_id, facts, visit_id=visit.id)


# -- sending ----------------------------------------------------------------------------
def _pick(rows, now: datetime, limit: int) -> list:
    """The due messages that may go now, in order: none behind an earlier one to the same
    person by the same channel that is waiting or held by another sender."""
    blocked: set[tuple[int | None, str]] = set()
    picked = []
    for row in rows:
        destination = (row.recipient_id, row.channel)
        if destination in blocked:
            continue
        held = row.claimed_until is not None and row.claimed_until > now
        if held or row.next_try_at > now:
            blocked.add(destination)
            continue
        picked.append(row)
        if len(picked) >= limit:
            break
    return picked


class _Sender:
    """One pass: the site's mail server and the recipients' channels read once."""

    def __init__(self, recipients: set[int]) -> None:
        found = channel_store.of_recipients(sorted(recipients))
        self.channels = {(row.staff_id, Channel(row.channel)): row for row, _ in found}
        self.names = {row.staff_id: name for row, name in found}
        self._smtp: SmtpConfig | None | DeliveryFailed | _secrets.SecretUnavailable = None
        self._smtp_read = False

    def smtp(self) -> SmtpConfig:
        if not self._smtp_read:
            self._smtp_read = True
            try:
                self._smtp = smtp_config()
            except _secrets.SecretUnavailable as error:
                self._smtp = error
        if isinstance(self._smtp, _secrets.SecretUnavailable):
            raise self._smtp
        if self._smtp is None or isinstance(self._smtp, DeliveryFailed):
            raise DeliveryFailed("not_configured", "no mail server in the site's settings")
        return self._smtp

    def envelope(self, row) -> Envelope:
        channel = Channel(row.channel)
        found = self.channels.get((row.recipient_id, channel))
        if found is None:
            raise DeliveryFailed("not_configured", "the recipient has no such channel now")
        secret = _secrets.unseal(secret_name(row.recipient_id, channel), found.secret)
        return Envelope(
            channel=channel,
            address=found.address,
            subject=row.subject,
            text=row.body,
            kind=row.kind,
            recipient=self.names.get(row.recipient_id, ""),
            secret=secret,
        )

    def send(self, row) -> None:
        envelope = self.envelope(row)
        smtp = self.smtp() if envelope.channel is Channel.EMAIL else None
        delivery.send(envelope, smtp)


def deliver_due(sender: str = "", limit: int = BATCH) -> DeliveryReport:
    """Deliver what is due now (a station's background sender, or ``outbox send``): the
    messages past their lifetime are given up first. Safe to run on several stations at
    once."""
    now = clock.now()
    token = f"{sender[:24]}:{random_source.token_hex(6)}"
    with transaction():
        # An empty or quiet outbox costs one read: every desk and kiosk runs this every few
        # seconds, and a write (even of no rows) would wake every desk on PostgreSQL.
        rows = store.pending(limit * 4)
        expired = 0
        if any(row.expires_at <= now for row in rows):
            expired = store.expire(now, _error_text("expired", ""))
            rows = store.pending(limit * 4) if expired else rows
        picked = _pick(rows, now, limit)
        held = store.claim([row.id for row in picked], token, now + LEASE, now)
    mine = [row for row in picked if row.id in held]
    if not mine:
        return DeliveryReport(expired=expired)
    pass_ = _Sender({row.recipient_id for row in mine if row.recipient_id is not None})
    stopped: set[tuple[int | None, str]] = set()
    sent, left = 0, 0
    failures: list[Failure] = []
    for row in mine:
        destination = (row.recipient_id, row.channel)
        if destination in stopped:
            store.release([row.id], token)
            continue
        try:
            pass_.send(row)
        except _secrets.SecretUnavailable:
            # Another station holding the key sends it; this one leaves it alone a while.
            store.release([row.id], token, clock.now() + LEASE)
            stopped.add(destination)
            left += 1
            continue
        except DeliveryFailed as error:
            stopped.add(destination)
            failures.append(_record_failure(row, token, error))
            continue
        with transaction():
            store.mark_sent(row.id, token, clock.now(), row.attempts + 1)
        sent += 1
    return DeliveryReport(
        sent=sent, failures=tuple(failures), expired=expired, left_for_others=left
    )


def _record_failure(row, token: str, error: DeliveryFailed) -> Failure:
    at = clock.now()
    attempts = row.attempts + 1
    retry_at = rules.next_try(attempts, at)
    give_up = error.code == "not_configured" or retry_at >= row.expires_at
    with transaction():
        store.mark_failed(
            row.id,
            token,
            at=at,
            attempts=attempts,
            error=_error_text(error.code, error.detail),
            next_try_at=retry_at,
            give_up=give_up,
        )
    # Logged by code and channel: never an address, a name or the text.
    log.info("message %s by %s not delivered: %s", row.id, row.channel, error.code)
    name = row.recipient.name if row.recipient_id and row.recipient else ""
    return Failure(row.id, name, Channel(row.channel), error.code, error.detail, give_up, at)


def send_due(actor_id: int) -> DeliveryReport:
    """``receptionist outbox send``: the due notices written, then what is due delivered
    until nothing due is left (a site with no desk running calls it from a scheduler)."""
    authorize(actor_id, Permission.DESK)
    from .notices import write_due_notices

    write_due_notices()
    total = DeliveryReport()
    while True:
        report = deliver_due("cli")
        total = DeliveryReport(
            sent=total.sent + report.sent,
            failures=total.failures + report.failures,
            expired=total.expired + report.expired,
            left_for_others=total.left_for_others + report.left_for_others,
        )
        if report.sent == 0:
            return total


# -- reading ----------------------------------------------------------------------------
def _entry(row) -> OutboxEntry:
    code, detail = _split_error(row.last_error)
    recipient = row.recipient if row.recipient_id else None
    return OutboxEntry(
        id=row.id,
        kind=MessageKind(row.kind),
        recipient=recipient.name if recipient else "",
        channel=Channel(row.channel),
        subject=row.subject,
        status=MessageStatus(row.status),
        attempts=row.attempts,
        created_at=row.created_at,
        next_try_at=row.next_try_at,
        sent_at=row.sent_at,
        error=code,
        error_detail=detail,
    )


def outbox_entries(
    actor_id: int, pending_only: bool = False, limit: int = 200, before_id: int | None = None
) -> list[OutboxEntry]:
    """The outbox, newest first: what was sent, to whom, by which channel, how many tries
    and the last error (``pending_only``: what is still waiting)."""
    authorize(actor_id, Permission.DESK)
    return [_entry(row) for row in store.listed(limit, pending_only, before_id)]


def recent_failures(actor_id: int, since: datetime) -> list[Failure]:
    """Messages whose last try failed after ``since`` (the desk's "could not reach…")."""
    authorize(actor_id, Permission.DESK)
    found = []
    for row in store.failures_since(since):
        code, detail = _split_error(row.last_error)
        name = row.recipient.name if row.recipient_id and row.recipient else ""
        given_up = row.status == str(MessageStatus.FAILED)
        found.append(
            Failure(row.id, name, Channel(row.channel), code, detail, given_up, row.last_error_at)
        )
    return found


def retry_message(actor_id: int, message_id: int) -> None:
    """Send a message that was given up once more, now."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    with transaction():
        if not store.retry(message_id, now, now + rules.LIFETIME[MessageKind.TEST]):
            raise NotFound("outbox_message_unknown")
        audit.record(now, actor_id, "outbox.retry", "outbox_message", message_id)


def tell_state(visit_id: int) -> TellState:
    """How far the arrival of ``visit_id`` has reached its host."""
    rows = store.of_visit(visit_id, str(MessageKind.ARRIVAL))
    if not rows:
        return TellState.DESK
    if any(row.status == str(MessageStatus.SENT) for row in rows):
        return TellState.TOLD
    if all(_could_not(row) for row in rows):
        return TellState.DESK
    return TellState.TELLING


def _could_not(row) -> bool:
    """This message failed: given up, tried in vain, or held back behind an earlier one
    to the same person by the same channel that is failing (it is not on its way)."""
    if row.status == str(MessageStatus.FAILED) or row.attempts > 0:
        return True
    return store.failing_before(row.recipient_id, row.channel, row.id)


def delete_old(now: datetime | None = None) -> int:
    """Delete sent and failed messages older than ``KEEP_DAYS`` (they name people)."""
    at = now or clock.now()
    with transaction():
        return store.delete_before(at - timedelta(days=KEEP_DAYS))
