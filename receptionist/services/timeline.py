"""A customer's timeline: visits, feedback, purchases, category changes, tier history and
merges, newest first, a page at a time.

Lazy and fast whatever the customer's history: each source is read with a LIMIT from a
keyset bound through an index on the customer (``store/timeline.py``) and the sources
are merged here; a page of a customer with thousands of visits costs what it costs for
one with ten. The order is (time, kind, id), newest first; the cursor is the last
entry's key. A purchase has a date, not a time: it stands at the start of its (local)
day. A period's tier stands at the time it was computed."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..domain.enums import Category, Flow, Purpose, Tier
from ..domain.roles import Permission
from ..store import timeline as store
from . import clock
from .access import allowed, authorize

PAGE_LIMIT = 50


class EntryKind(StrEnum):
    VISIT = "visit"
    FEEDBACK = "feedback"
    PURCHASE = "purchase"
    CATEGORY = "category"
    TIER = "tier"
    MERGE = "merge"


# Where a page resumes: the last entry's (time, kind, id).
TimelineCursor = tuple[datetime, str, int]


@dataclass(frozen=True)
class VisitEntry:
    purpose: Purpose
    flow: Flow
    host_name: str | None
    station: str  # desk | kiosk
    station_name: str | None
    check_out_at: datetime | None
    status: str


@dataclass(frozen=True)
class FeedbackEntry:
    overall: int
    comment_line: str  # the comment's first line


@dataclass(frozen=True)
class PurchaseEntry:
    purchased_on: date
    amount_cents: int | None  # None: the actor may not see amounts (REPORTS)
    note_line: str


@dataclass(frozen=True)
class CategoryEntry:
    from_category: Category | None
    to_category: Category
    reason: str
    staff_name: str | None


@dataclass(frozen=True)
class TierEntry:
    period: str
    tier: Tier
    stars: int


@dataclass(frozen=True)
class MergeEntry:
    merged_name: str
    staff_name: str | None


Detail = VisitEntry | FeedbackEntry | PurchaseEntry | CategoryEntry | TierEntry | MergeEntry


@dataclass(frozen=True)
class TimelineEntry:
    kind: EntryKind
    at: datetime  # UTC
    id: int  # the row's id in its own table (a tier entry: its run's)
    detail: Detail

    @property
    def cursor(self) -> TimelineCursor:
        return (self.at, str(self.kind), self.id)


@dataclass(frozen=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    next: TimelineCursor | None  # None: this was the last page


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _id_below(cursor: TimelineCursor | None, kind: EntryKind) -> int:
    """For rows of ``kind`` at the cursor's time: ids below this come after the cursor."""
    if cursor is None:
        return store.ALL_IDS
    _at, cursor_kind, cursor_id = cursor
    if str(kind) < cursor_kind:
        return store.ALL_IDS
    return cursor_id if str(kind) == cursor_kind else 0


def _visits(customer_id: int, cursor: TimelineCursor | None, limit: int) -> list[TimelineEntry]:
    rows = store.visits(
        customer_id, cursor[0] if cursor else None, _id_below(cursor, EntryKind.VISIT), limit
    )
    return [
        TimelineEntry(
            EntryKind.VISIT,
            at,
            vid,
            VisitEntry(Purpose(purpose), Flow(flow), host, station, station_name, out, status),
        )
        for at, vid, purpose, flow, host, station, station_name, out, status in rows
    ]


def _feedback(customer_id: int, cursor: TimelineCursor | None, limit: int) -> list[TimelineEntry]:
    rows = store.feedback(
        customer_id, cursor[0] if cursor else None, _id_below(cursor, EntryKind.FEEDBACK), limit
    )
    return [
        TimelineEntry(EntryKind.FEEDBACK, at, fid, FeedbackEntry(overall, _first_line(comment)))
        for at, fid, overall, comment in rows
    ]


def _purchase_bound(cursor: TimelineCursor | None) -> tuple[date | None, int]:
    """The (day, id_below) bound on purchases for ``cursor``: purchases stand at their
    day's local start."""
    if cursor is None:
        return None, store.ALL_IDS
    day = clock.local(cursor[0]).date()
    if clock.local_day_start(day) < cursor[0]:
        return day, store.ALL_IDS  # the cursor is later that day: the whole day follows
    return day, _id_below(cursor, EntryKind.PURCHASE)


def _purchases(
    customer_id: int, cursor: TimelineCursor | None, limit: int, amounts: bool
) -> list[TimelineEntry]:
    day, id_below = _purchase_bound(cursor)
    rows = store.purchases(customer_id, day, id_below, limit)
    return [
        TimelineEntry(
            EntryKind.PURCHASE,
            clock.local_day_start(on),
            pid,
            PurchaseEntry(on, int(cents) if amounts else None, _first_line(note)),
        )
        for on, pid, cents, note in rows
    ]


def _categories(customer_id: int, cursor: TimelineCursor | None, limit: int) -> list[TimelineEntry]:
    rows = store.category_changes(
        customer_id, cursor[0] if cursor else None, _id_below(cursor, EntryKind.CATEGORY), limit
    )
    return [
        TimelineEntry(
            EntryKind.CATEGORY,
            at,
            cid,
            CategoryEntry(Category(old) if old else None, Category(new), reason, staff),
        )
        for at, cid, old, new, reason, staff in rows
    ]


def _tiers(customer_id: int, cursor: TimelineCursor | None, limit: int) -> list[TimelineEntry]:
    rows = store.tiers(
        customer_id, cursor[0] if cursor else None, _id_below(cursor, EntryKind.TIER), limit
    )
    return [
        TimelineEntry(EntryKind.TIER, at, run_id, TierEntry(period, Tier(tier), stars))
        for at, run_id, period, tier, stars, _revenue in rows
    ]


def _merges(customer_id: int, cursor: TimelineCursor | None, limit: int) -> list[TimelineEntry]:
    rows = store.merges(
        customer_id, cursor[0] if cursor else None, _id_below(cursor, EntryKind.MERGE), limit
    )
    return [
        TimelineEntry(EntryKind.MERGE, at, mid, MergeEntry(name, staff))
        for at, mid, name, staff in rows
    ]


def _key(entry: TimelineEntry) -> TimelineCursor:
    return entry.cursor


def timeline(
    actor_id: int,
    customer_id: int,
    before: TimelineCursor | None = None,
    limit: int = PAGE_LIMIT,
) -> TimelinePage:
    """A page of the customer's timeline, newest first, after ``before`` (the previous
    page's ``next``). Purchase amounts only for those who may see reports."""
    actor = authorize(actor_id, Permission.DESK)
    amounts = allowed(actor, Permission.REPORTS)
    want = limit + 1
    sources: list[Callable[[], list[TimelineEntry]]] = [
        lambda: _visits(customer_id, before, want),
        lambda: _feedback(customer_id, before, want),
        lambda: _purchases(customer_id, before, want, amounts),
        lambda: _categories(customer_id, before, want),
        lambda: _tiers(customer_id, before, want),
        lambda: _merges(customer_id, before, want),
    ]
    merged = heapq.merge(*(read() for read in sources), key=_key, reverse=True)
    entries = [entry for _, entry in zip(range(want), merged, strict=False)]
    more = len(entries) > limit
    entries = entries[:limit]
    return TimelinePage(tuple(entries), entries[-1].cursor if more else None)
