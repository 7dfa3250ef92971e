"""The audit trail (审计记录) for the people who check it: is the chain intact
(``verify_trail``), and pages of entries for a filter, newest first (``audit_page``).

Entries are written by the other services through ``store.audit.record``; nobody changes
or deletes one (the database refuses it). An entry's details never hold personal data
(codes, field names, ids), so they are shown as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..domain.errors import NotFound, ValidationError
from ..domain.roles import Permission
from ..store import audit as store
from ..store import staff as staff_store
from ..store import stations as station_store
from ..store.audit import TrailFilter
from . import clock
from .access import authorize

__all__ = [
    "AuditEntryView",
    "TrailFilter",
    "TrailVerdict",
    "audit_page",
    "page_after",
    "trail_filter",
    "verify_trail",
]

PROBLEMS = (store.CONTENT_CHANGED, store.LINK_BROKEN, store.ENTRY_MISSING)


@dataclass(frozen=True)
class TrailVerdict:
    """The chain holds (``ok``, ``checked`` entries, ``head`` the last hash), or the first
    broken entry: ``broken_id`` and ``problem`` (one of ``PROBLEMS``)."""

    ok: bool
    checked: int
    head: str
    broken_id: int | None = None
    problem: str | None = None

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "head": self.head,
            "broken_id": self.broken_id,
            "problem": self.problem,
        }


@dataclass(frozen=True)
class AuditEntryView:
    id: int
    at: datetime
    actor: str | None  # the staff member's name; None: the system, or a kiosk
    station: str | None
    action: str
    record_type: str
    record_id: int
    details: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "station": self.station,
            "action": self.action,
            "record": f"{self.record_type}:{self.record_id}",
            "details": self.details,
        }


def verify_trail(actor_id: int) -> TrailVerdict:
    """Walk the whole chain: the first broken link, or how many entries hold."""
    authorize(actor_id, Permission.AUDIT)
    found = store.verify()
    return TrailVerdict(found.ok, found.checked, found.head, found.broken_id, found.problem)


def trail_filter(
    actor_id: int,
    first: date | None = None,
    last: date | None = None,
    *,
    actor: str | None = None,
    action: str | None = None,
    record_type: str | None = None,
    record_id: int | None = None,
) -> TrailFilter:
    """A filter for whole local days from ``first`` to ``last`` (both included), the
    staff member named ``actor``, an action and a record."""
    authorize(actor_id, Permission.AUDIT)
    if first and last and first > last:
        raise ValidationError("date_range", field="from")
    staff_id = None
    if actor:
        wanted = actor.strip()
        matches = [p.id for p in staff_store.all_staff(False) if p.name == wanted]
        if not matches:
            raise NotFound("log_host_unknown", field="actor")
        staff_id = matches[0]
    return TrailFilter(
        since=clock.local_day_start(first) if first else None,
        until=clock.local_day_start(last + timedelta(days=1)) if last else None,
        staff_id=staff_id,
        action=action or None,
        record_type=record_type or None,
        record_id=record_id,
    )


def audit_page(
    actor_id: int, flt: TrailFilter, limit: int = 100, after: tuple[datetime, int] | None = None
) -> list[AuditEntryView]:
    """One page of entries, newest first; pass ``page_after(last row)`` for the next."""
    authorize(actor_id, Permission.AUDIT)
    rows = store.page(flt, limit, after)
    if not rows:
        return []
    people = {p.id: p.name for p in staff_store.all_staff(False)}
    places = {s.id: s.name for s in station_store.all_stations()}
    return [
        AuditEntryView(
            id=row.id,
            at=row.at,
            actor=people.get(row.staff_id) if row.staff_id is not None else None,
            station=places.get(row.station_id) if row.station_id is not None else None,
            action=row.action,
            record_type=row.record_type,
            record_id=row.record_id,
            details=_details(row.details),
        )
        for row in rows
    ]


def page_after(row: AuditEntryView) -> tuple[datetime, int]:
    return row.at, row.id


def _details(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
