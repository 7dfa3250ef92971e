"""The audit trail: append only, and chained.

Each entry stores ``prev_hash`` (the ``hash`` of the entry before it; empty for the first)
and ``hash`` = SHA-256 of ``prev_hash``, a newline and the entry's content: its fields
that do not depend on the id, as one JSON array (``content``). The database refuses
UPDATE and DELETE of an entry (triggers of schema v5); a row changed or removed behind
the app's back with the triggers dropped breaks the chain, and ``verify`` finds the first
broken link. Appends are serialised (PostgreSQL: a transaction-scoped advisory lock;
SQLite's writers are already one at a time), so two stations never fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from peewee import chunked, fn

from . import stations
from .migrations import is_postgresql
from .models import AuditEntry, database

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_APPEND_LOCK = 7_510_005  # pg_advisory_xact_lock key of the chain's appends
_BATCH = 200
_VERIFY_BATCH = 2000

# What ``verify`` found wrong with an entry.
CONTENT_CHANGED = "content_changed"  # its fields no longer give its hash
LINK_BROKEN = "link_broken"  # it does not point at the entry before it
ENTRY_MISSING = "entry_missing"  # the entry before it is gone (ids jump)


def content(
    at: datetime,
    staff_id: int | None,
    station_id: int | None,
    action: str,
    record_type: str,
    record_id: int,
    details: str,
) -> str:
    """The canonical text of an entry's content (the same from either backend)."""
    when = at.astimezone(UTC).strftime(TIME_FORMAT)
    fields = [when, staff_id, station_id, action, record_type, record_id, details]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, text: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{text}".encode()).hexdigest()


@contextmanager
def _transaction() -> Iterator[None]:
    """The caller's transaction (no savepoint on a check-in's path), else one of its own:
    the advisory lock lasts until the outer transaction ends."""
    if database.in_transaction():
        yield
    else:
        with database.atomic():
            yield


def _lock_and_last_hash() -> str:
    """Inside the caller's transaction: take the append lock, read the last hash."""
    if is_postgresql(database.obj):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_APPEND_LOCK,))
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1).first()
    return last.hash if last is not None else ""


def _row(
    prev: str,
    at: datetime,
    staff_id: int | None,
    station_id: int | None,
    action: str,
    record_type: str,
    record_id: int,
    details: dict,
) -> dict:
    text = json.dumps(details, ensure_ascii=False, sort_keys=True)
    digest = entry_hash(
        prev, content(at, staff_id, station_id, action, record_type, record_id, text)
    )
    return {
        "at": at,
        "staff": staff_id,
        "station_ref": station_id,
        "action": action,
        "record_type": record_type,
        "record_id": record_id,
        "details": text,
        "prev_hash": prev,
        "hash": digest,
    }


def record(
    at: datetime, staff_id: int | None, action: str, record_type: str, record_id: int, **details
) -> None:
    """Append an entry, at this process's station (``stations.current_id``)."""
    with _transaction():
        prev = _lock_and_last_hash()
        row = _row(
            prev, at, staff_id, stations.current_id(), action, record_type, record_id, details
        )
        AuditEntry.insert(row).execute()


def append_many(entries: Iterable[tuple[datetime, int | None, str, str, int, dict]]) -> None:
    """Entries ``(at, staff_id, action, record_type, record_id, details)`` in bulk,
    chained in the given order, with no station (demo data)."""
    with _transaction():
        prev = _lock_and_last_hash()
        rows = []
        for at, staff_id, action, record_type, record_id, details in entries:
            row = _row(prev, at, staff_id, None, action, record_type, record_id, details)
            rows.append(row)
            prev = row["hash"]
        for batch in chunked(rows, _BATCH):
            AuditEntry.insert_many(batch).execute()


def entries(record_type: str, record_id: int) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.record_type == record_type) & (AuditEntry.record_id == record_id))
        .order_by(AuditEntry.id)
    )


@dataclass(frozen=True)
class Verdict:
    """What ``verify`` found: ``broken_id`` None when the whole chain holds."""

    checked: int
    head: str  # the last entry's hash ("" when there is none)
    broken_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_id is None


def verify() -> Verdict:
    """Walk the chain in id order; the first broken link, or how many entries hold."""
    prev_hash, prev_id, checked = "", 0, 0
    after = 0
    while True:
        page = list(
            AuditEntry.select()
            .where(AuditEntry.id > after)
            .order_by(AuditEntry.id)
            .limit(_VERIFY_BATCH)
        )
        if not page:
            return Verdict(checked, prev_hash)
        for entry in page:
            text = content(
                entry.at,
                entry.staff_id,
                entry.station_id,
                entry.action,
                entry.record_type,
                entry.record_id,
                entry.details,
            )
            if entry.prev_hash != prev_hash:
                gap = entry.id != prev_id + 1
                problem = ENTRY_MISSING if gap else LINK_BROKEN
                return Verdict(checked, prev_hash, entry.id, problem)
            if entry_hash(entry.prev_hash, text) != entry.hash:
                return Verdict(checked, prev_hash, entry.id, CONTENT_CHANGED)
            prev_hash, prev_id = entry.hash, entry.id
            checked += 1
        after = page[-1].id


@dataclass(frozen=True)
class TrailFilter:
    """Which entries to list: ``since`` <= at < ``until`` (UTC), and the other fields
    equal when given."""

    since: datetime | None = None
    until: datetime | None = None
    staff_id: int | None = None
    action: str | None = None
    record_type: str | None = None
    record_id: int | None = None


def page(
    flt: TrailFilter, limit: int, after: tuple[datetime, int] | None = None
) -> list[AuditEntry]:
    """One page of entries, newest first; ``after`` is the last row's ``(at, id)``."""
    query = AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if flt.since is not None:
        query = query.where(AuditEntry.at >= flt.since)
    if flt.until is not None:
        query = query.where(AuditEntry.at < flt.until)
    if flt.staff_id is not None:
        query = query.where(AuditEntry.staff == flt.staff_id)
    if flt.action is not None:
        query = query.where(AuditEntry.action == flt.action)
    if flt.record_type is not None:
        query = query.where(AuditEntry.record_type == flt.record_type)
    if flt.record_id is not None:
        query = query.where(AuditEntry.record_id == flt.record_id)
    if after is not None:
        at, id_ = after
        query = query.where((AuditEntry.at < at) | ((AuditEntry.at == at) & (AuditEntry.id < id_)))
    return list(query.limit(limit))


def recent_actors(action: str, station_id: int, since: datetime, limit: int) -> list[int]:
    """The staff who made entries ``action`` at the station since ``since``, the most
    recent first (e.g. who signed in at this desk lately)."""
    last = fn.MAX(AuditEntry.at)
    rows = (
        AuditEntry.select(AuditEntry.staff_id, last.alias("last"))
        .where(
            (AuditEntry.action == action)
            & (AuditEntry.station_ref == station_id)
            & (AuditEntry.at >= since)
            & AuditEntry.staff.is_null(False)
        )
        .group_by(AuditEntry.staff_id)
        .order_by(last.desc())
        .limit(limit)
    )
    return [row.staff_id for row in rows if row.staff_id is not None]
