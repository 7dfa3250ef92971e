"""The outbox: messages written with what caused them, claimed and delivered by the
background senders of every station (issue 14)."""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN

from .models import OutboxMessage, Staff

Recipient = Staff.alias("recipient")
PENDING, SENT, FAILED = "pending", "sent", "failed"


def insert(rows: list[dict]) -> int:
    """Write messages; a row whose ``dedupe_key`` is there already is left out. How many
    were written."""
    keys = [row["dedupe_key"] for row in rows if row.get("dedupe_key")]
    there = (
        {
            r.dedupe_key
            for r in OutboxMessage.select(OutboxMessage.dedupe_key).where(
                OutboxMessage.dedupe_key.in_(keys)
            )
        }
        if keys
        else set()
    )
    written = 0
    for row in rows:
        key = row.get("dedupe_key")
        if key in there:
            continue
        if key:  # another station may be writing the same notice this moment
            OutboxMessage.insert(**row).on_conflict_ignore().execute()
        else:
            OutboxMessage.insert(**row).execute()
        written += 1
    return written


def pending(limit: int) -> list[OutboxMessage]:
    """The oldest pending messages first (ids are in the order they were written)."""
    return list(
        OutboxMessage.select()
        .where(OutboxMessage.status == PENDING)
        .order_by(OutboxMessage.id)
        .limit(limit)
    )


def claim(ids: list[int], token: str, until: datetime, now: datetime) -> set[int]:
    """Claim the given pending messages for ``token`` unless another sender holds them;
    the ids this sender now holds."""
    if not ids:
        return set()
    free = OutboxMessage.claimed_until.is_null() | (OutboxMessage.claimed_until < now)
    claimed = (
        OutboxMessage.update(claimed_by=token, claimed_until=until)
        .where(OutboxMessage.id.in_(ids) & (OutboxMessage.status == PENDING) & free)
        .execute()
    )
    if claimed == len(set(ids)):  # every one (the usual case): no need to read them back
        return set(ids)
    held = OutboxMessage.select(OutboxMessage.id).where(
        OutboxMessage.id.in_(ids)
        & (OutboxMessage.claimed_by == token)
        & (OutboxMessage.status == PENDING)
    )
    return {row.id for row in held}


def _mine(message_id: int, token: str):
    return (OutboxMessage.id == message_id) & (OutboxMessage.claimed_by == token)


def mark_sent(message_id: int, token: str, at: datetime, attempts: int) -> bool:
    return bool(
        OutboxMessage.update(
            status=SENT, sent_at=at, attempts=attempts, claimed_by="", claimed_until=None
        )
        .where(_mine(message_id, token))
        .execute()
    )


def mark_failed(
    message_id: int,
    token: str,
    *,
    at: datetime,
    attempts: int,
    error: str,
    next_try_at: datetime,
    give_up: bool,
) -> None:
    OutboxMessage.update(
        status=FAILED if give_up else PENDING,
        attempts=attempts,
        last_error=error,
        last_error_at=at,
        next_try_at=next_try_at,
        claimed_by="",
        claimed_until=None,
    ).where(_mine(message_id, token)).execute()


def release(message_ids: list[int], token: str, next_try_at: datetime | None = None) -> None:
    """Let go of claimed messages that were not tried (behind a failed one)."""
    if not message_ids:
        return
    fields: dict = {"claimed_by": "", "claimed_until": None}
    if next_try_at is not None:
        fields["next_try_at"] = next_try_at
    OutboxMessage.update(**fields).where(
        OutboxMessage.id.in_(message_ids) & (OutboxMessage.claimed_by == token)
    ).execute()


def expire(now: datetime, error: str) -> int:
    """Give up the pending messages past their lifetime that nobody holds."""
    free = OutboxMessage.claimed_until.is_null() | (OutboxMessage.claimed_until < now)
    return (
        OutboxMessage.update(status=FAILED, last_error=error, last_error_at=now, claimed_by="")
        .where((OutboxMessage.status == PENDING) & (OutboxMessage.expires_at <= now) & free)
        .execute()
    )


def listed(limit: int, pending_only: bool = False, before_id: int | None = None):
    query = OutboxMessage.select(OutboxMessage, Recipient.id, Recipient.name).join(
        Recipient, JOIN.LEFT_OUTER, on=(OutboxMessage.recipient == Recipient.id)
    )
    if pending_only:
        query = query.where(OutboxMessage.status == PENDING)
    if before_id is not None:
        query = query.where(OutboxMessage.id < before_id)
    return list(query.order_by(OutboxMessage.id.desc()).limit(limit))


def of_visit(visit_id: int, kind: str) -> list[OutboxMessage]:
    return list(
        OutboxMessage.select()
        .where((OutboxMessage.visit == visit_id) & (OutboxMessage.kind == kind))
        .order_by(OutboxMessage.id)
    )


def failing_before(recipient_id: int | None, channel: str, message_id: int) -> bool:
    """Whether an earlier message to the same person by the same channel waits after a
    failed try (it holds ``message_id`` back until it is sent or given up)."""
    return (
        OutboxMessage.select()
        .where(
            (OutboxMessage.status == PENDING)
            & (OutboxMessage.id < message_id)
            & (OutboxMessage.recipient == recipient_id)
            & (OutboxMessage.channel == channel)
            & (OutboxMessage.attempts > 0)
        )
        .exists()
    )


def failures_since(after: datetime, limit: int = 20):
    """Messages whose last attempt failed after ``after``, newest first."""
    return list(
        OutboxMessage.select(OutboxMessage, Recipient.id, Recipient.name)
        .join(Recipient, JOIN.LEFT_OUTER, on=(OutboxMessage.recipient == Recipient.id))
        .where((OutboxMessage.last_error_at > after) & (OutboxMessage.status != SENT))
        .order_by(OutboxMessage.last_error_at.desc())
        .limit(limit)
    )


def retry(message_id: int, now: datetime, expires_at: datetime) -> int:
    """Send a failed message again (attempts kept)."""
    return (
        OutboxMessage.update(status=PENDING, next_try_at=now, expires_at=expires_at)
        .where((OutboxMessage.id == message_id) & (OutboxMessage.status == FAILED))
        .execute()
    )


def delete_before(cutoff: datetime) -> int:
    return (
        OutboxMessage.delete()
        .where((OutboxMessage.created_at < cutoff) & (OutboxMessage.status != PENDING))
        .execute()
    )
