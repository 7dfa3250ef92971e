"""The outbox's words: channels, kinds of message, statuses, why a message was not
delivered (``domain.outbox.REASONS``, context "DeliveryReasons") and the desk's sentence
about a failure."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...domain.outbox import MessageKind, MessageStatus
from ...services import clock
from ...services.outbox import Failure
from ..common.delivery_texts import by_channel_text, reason_text

translate = QCoreApplication.translate


def kind_text(kind: MessageKind) -> str:
    return {
        MessageKind.ARRIVAL: QCoreApplication.translate("Outbox", "Arrival"),
        MessageKind.DIGEST: QCoreApplication.translate("Outbox", "Daily tasks"),
        MessageKind.COMPLAINT_OVERDUE: QCoreApplication.translate("Outbox", "Complaint overdue"),
        MessageKind.WIN_BACK: QCoreApplication.translate("Outbox", "Win-back"),
        MessageKind.TEST: QCoreApplication.translate("Outbox", "Test"),
    }.get(kind, str(kind))


def status_text(status: MessageStatus) -> str:
    return {
        MessageStatus.PENDING: QCoreApplication.translate("Outbox", "Waiting"),
        MessageStatus.SENT: QCoreApplication.translate("Outbox", "Sent"),
        MessageStatus.FAILED: QCoreApplication.translate("Outbox", "Given up"),
    }.get(status, str(status))


def error_text(code: str, detail: str) -> str:
    """The last error as the outbox lists it: the reason, then the server's own words."""
    reason = reason_text(code)
    return f"{reason} ({detail})" if reason and detail else reason


def recipient_text(name: str) -> str:
    return name or translate("Outbox", "a former staff member")


def failure_sentence(failure: Failure) -> str:
    """The desk's sentence about one failed delivery."""
    values = {
        "name": recipient_text(failure.recipient),
        "channel": by_channel_text(failure.channel),
        "reason": reason_text(failure.error) or translate("Outbox", "it could not be sent"),
    }
    if failure.given_up:
        text = translate("Outbox", "Could not reach {name} {channel}: {reason} — given up")
    else:
        text = translate("Outbox", "Could not reach {name} {channel}: {reason} — trying again")
    return text.format(**values)


def when(at: datetime | None) -> str:
    """A time in the outbox: the day and the minute, local."""
    return clock.local(at).strftime("%Y-%m-%d %H:%M") if at else ""


def next_try_text(at: datetime, now: datetime) -> str:
    """When a waiting message is tried next: the time (seconds count: the first tries
    come seconds apart); "now" once it is due."""
    if at <= now:
        return translate("Outbox", "now")
    local = clock.local(at)
    if local.date() == clock.local(now).date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")
