"""Exporting the desk's lists to CSV or Excel: the visit log (with its filters), the
complaints, the follow-up tasks, the lost-customer reviews, a period's tiers and the
audit trail (the customers: ``exports.py``; the movements between two periods:
``tier_exports.py``).

Every export writes through ``_tables.write_table``: streamed, to a temporary name that
is renamed at the end (a cancelled or failed export leaves nothing), reporting
``progress(done, total)`` and asking ``cancelled()`` every few thousand rows. Long lists
(visits, the audit trail) are read in keyset pages, never whole. The header row is the
columns' English keys unless the desk passes ``headers`` in its language; ``labels(key,
value)`` turns a ``LABEL`` column's code (a status, a purpose) into the desk's words.

Who may: EXPORT for the lists of personal data, AUDIT for the audit trail. Phones are
whole only for a role that may see them (PHONE_FULL), masked otherwise. One audit entry
per export: the list, the format, the filters' names and values that are not personal
(a visitor filter is recorded as used, not as typed) and the rows written; never a row.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from ..domain.errors import DeskError, ValidationError
from ..domain.money import CURRENCIES
from ..domain.roles import Permission
from ..domain.validation import display_phone, mask_phone
from ..store import audit
from ..store import visits as visit_store
from . import audit as trail
from . import clock, complaints, followups, lost, purchases, tiers
from ._tables import DATE, INTEGER, LABEL, MOMENT, MONEY, Column, Progress, write_table
from .access import allowed, authorize
from .exports import EXPORT_FORMATS
from .visit_log import LogFilter

LISTS = ("visits", "complaints", "followups", "lost", "tiers", "audit")
COMPLAINT_STATES = ("open", "closed", "overdue")
PAGE = 5000  # rows read per keyset page of a long list
ACTIONS = {  # the audit entry of each list's export
    "visits": "visit.export_list",
    "complaints": "complaint.export_list",
    "followups": "follow_up.export_list",
    "lost": "lost_review.export_list",
    "tiers": "tier_run.export_list",
    "audit": "audit.export_list",
}

Labels = Callable[[str, str], str]
ProgressReport = Callable[[int, int], None]

COLUMNS: dict[str, tuple[Column, ...]] = {
    "visits": (
        Column("code", width=12),
        Column("status", LABEL, 11),
        Column("check_in", MOMENT, 18),
        Column("check_out", MOMENT, 18),
        Column("customer", width=20),
        Column("phone", width=15),
        Column("company", width=22),
        Column("category", LABEL, 12),
        Column("purpose", LABEL, 14),
        Column("flow", LABEL, 14),
        Column("host", width=14),
        Column("party_size", INTEGER, 8),
        Column("room", width=8),
        Column("station", width=14),
    ),
    "complaints": (
        Column("id", INTEGER, 7),
        Column("opened_at", MOMENT, 18),
        Column("customer", width=20),
        Column("subject", width=32),
        Column("severity", LABEL, 10),
        Column("channel", LABEL, 10),
        Column("handler", width=14),
        Column("status", LABEL, 10),
        Column("step", INTEGER, 6),
        Column("overdue", LABEL, 9),
        Column("acknowledge_by", MOMENT, 18),
        Column("resolve_by", MOMENT, 18),
        Column("closed_at", MOMENT, 18),
        Column("resolution", LABEL, 12),
    ),
    "followups": (
        Column("id", INTEGER, 7),
        Column("due", DATE, 12),
        Column("kind", LABEL, 16),
        Column("customer", width=20),
        Column("assignee", width=14),
        Column("status", LABEL, 10),
        Column("overdue", LABEL, 9),
        Column("outcome", width=30),
    ),
    "lost": (
        Column("id", INTEGER, 7),
        Column("detected_at", MOMENT, 18),
        Column("customer", width=20),
        Column("phone", width=15),
        Column("rule", LABEL, 12),
        Column("last_activity", DATE, 12),
        Column("status", LABEL, 11),
        Column("competitor", width=18),
        Column("reason", LABEL, 14),
        Column("can_win_back", LABEL, 10),
        Column("owner", width=14),
        Column("last_purchase", DATE, 12),
        Column("last_purchase_amount", MONEY, 14),
    ),
    "tiers": (
        Column("rank", INTEGER, 7),
        Column("tier", LABEL, 10),
        Column("stars", INTEGER, 7),
        Column("revenue", MONEY, 16),
        Column("purchases", INTEGER, 10),
        Column("last_purchase", DATE, 12),
        Column("customer_ref", width=14),
        Column("customer", width=20),
        Column("phone", width=15),
        Column("category", LABEL, 12),
    ),
    "audit": (
        Column("id", INTEGER, 9),
        Column("at", MOMENT, 18),
        Column("actor", width=16),
        Column("station", width=14),
        Column("action", width=26),
        Column("record", width=18),
        Column("details", width=50),
    ),
}


def export_columns(what: str) -> tuple[Column, ...]:
    """The columns of the list ``what`` (one of ``LISTS``): the desk translates their keys."""
    return COLUMNS[what]


def _plain(_key: str, value: str) -> str:
    return value


def _yes(flag: bool | None) -> str | None:
    return None if flag is None else ("yes" if flag else "no")


class _Export:
    """What every export does around its rows: check the format, label, write, audit."""

    def __init__(
        self,
        what: str,
        actor_id: int,
        permission: Permission,
        file_format: str,
        labels: Labels | None,
    ) -> None:
        self.actor = authorize(actor_id, permission)
        if file_format not in EXPORT_FORMATS:
            raise ValidationError("export_format", field="format")
        self.what, self.file_format = what, file_format
        self.columns = COLUMNS[what]
        self._label = labels or _plain
        self._labelled = [i for i, c in enumerate(self.columns) if c.kind == LABEL]
        full = allowed(self.actor, Permission.PHONE_FULL)
        self.phone: Callable[[str | None], str] = display_phone if full else mask_phone

    def labelled(self, rows: Iterator[list]) -> Iterator[list]:
        keys = [(i, self.columns[i].key) for i in self._labelled]
        for row in rows:
            for i, key in keys:
                if row[i] is not None and row[i] != "":
                    row[i] = self._label(key, str(row[i]))
            yield row

    def write(
        self,
        path: str | Path,
        rows: Iterator[list],
        headers: Sequence[str] | None,
        progress: ProgressReport | None,
        cancelled: Callable[[], bool] | None,
        total: int = 0,
        **filters: object,
    ) -> int:
        if headers is not None and len(headers) != len(self.columns):
            raise ValueError("one header per column")
        try:
            count = write_table(
                path,
                self.file_format,
                self.columns,
                self.labelled(rows),
                headers=headers,
                currency_symbol=CURRENCIES[purchases.currency()],
                progress=Progress(progress, cancelled, total),
            )
        except OSError:
            raise DeskError("export_write_failed", field="file") from None
        audit.record(
            clock.now(),
            self.actor.id,
            ACTIONS[self.what],
            "export",
            0,
            count=count,
            file_format=self.file_format,
            **{k: v for k, v in filters.items() if v not in (None, "")},
        )
        return count


def export_visits(
    actor_id: int,
    path: str | Path,
    flt: LogFilter,
    *,
    file_format: str = "csv",
    headers: Sequence[str] | None = None,
    labels: Labels | None = None,
    progress: ProgressReport | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the visit log's rows for ``flt`` (``visit_log.log_filter_for_days``), newest
    first, read in keyset pages; returns how many were written."""
    job = _Export("visits", actor_id, Permission.EXPORT, file_format, labels)
    total = visit_store.count_log(flt) if progress is not None else 0

    def rows() -> Iterator[list]:
        after = None
        while True:
            page = visit_store.log_page(flt, PAGE, after)
            for v in page:
                yield [
                    v.code,
                    v.status,
                    v.check_in_at,
                    v.check_out_at,
                    v.customer_name,
                    job.phone(v.customer_phone),
                    v.customer_company,
                    v.category,
                    v.purpose,
                    v.flow,
                    v.host_name,
                    v.party_size,
                    v.room,
                    v.station_name,
                ]
            if len(page) < PAGE:
                return
            after = (page[-1].check_in_at, page[-1].id)

    since = clock.local(flt.since).date().isoformat() if flt.since else None
    until = clock.local(flt.until).date().isoformat() if flt.until else None
    return job.write(
        path,
        rows(),
        headers,
        progress,
        cancelled,
        total,
        since=since,
        until_before=until,
        purpose=flt.purpose,
        flow=flt.flow,
        category=flt.category,
        host_id=flt.host_id,
        station_id=flt.station_id,
        visitor=bool(flt.customer_ids is not None or flt.name_term or flt.customer_id),
    )


def export_complaints(
    actor_id: int,
    path: str | Path,
    *,
    state: str | None = None,
    file_format: str = "csv",
    headers: Sequence[str] | None = None,
    labels: Labels | None = None,
    progress: ProgressReport | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the complaints (``state``: open, closed, overdue; None: all) as the
    complaints list orders them."""
    job = _Export("complaints", actor_id, Permission.EXPORT, file_format, labels)
    if state is not None and state not in COMPLAINT_STATES:
        raise ValidationError("complaint_state_invalid", field="state")
    found = complaints.complaints(
        actor_id, open_only=state in ("open", "overdue"), overdue_only=state == "overdue"
    )
    if state == "closed":
        found = [c for c in found if c.status == "closed"]
    rows = (
        [
            c.id,
            c.opened_at,
            c.customer_name,
            c.subject,
            c.severity,
            c.channel,
            c.handler_name,
            c.status,
            c.step,
            _yes(c.overdue),
            c.acknowledge_by,
            c.resolve_by,
            c.closed_at,
            c.resolution,
        ]
        for c in found
    )
    return job.write(path, rows, headers, progress, cancelled, len(found), state=state)


def export_followups(
    actor_id: int,
    path: str | Path,
    *,
    first: date | None = None,
    last: date | None = None,
    file_format: str = "csv",
    headers: Sequence[str] | None = None,
    labels: Labels | None = None,
    progress: ProgressReport | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write everyone's open follow-up tasks due from ``first`` to ``last`` (both
    included; default: everything due by today, overdue first)."""
    job = _Export("followups", actor_id, Permission.EXPORT, file_format, labels)
    if first and last and first > last:
        raise ValidationError("date_range", field="from")
    found = followups.open_tasks(actor_id, first, last)
    rows = (
        [
            t.id,
            t.due_on,
            t.kind,
            t.customer_name,
            t.assignee_name,
            t.status,
            _yes(t.overdue),
            t.outcome,
        ]
        for t in found
    )
    return job.write(
        path,
        rows,
        headers,
        progress,
        cancelled,
        len(found),
        first=first.isoformat() if first else None,
        last=last.isoformat() if last else None,
    )


def export_lost(
    actor_id: int,
    path: str | Path,
    *,
    status: str | None = None,
    file_format: str = "csv",
    headers: Sequence[str] | None = None,
    labels: Labels | None = None,
    progress: ProgressReport | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the lost-customer reviews (of ``status``), newest first, every one."""
    job = _Export("lost", actor_id, Permission.EXPORT, file_format, labels)
    found = lost.reviews(actor_id, status, limit=1_000_000_000)
    rows = (
        [
            r.id,
            r.detected_at,
            r.name,
            r.phone,
            r.rule,
            r.last_activity_on,
            r.status,
            r.competitor,
            r.reason,
            _yes(r.can_win_back),
            r.owner_name,
            r.last_purchase[0] if r.last_purchase else None,
            r.last_purchase[1] if r.last_purchase else None,
        ]
        for r in found
    )
    return job.write(path, rows, headers, progress, cancelled, len(found), status=status)


def export_tiers(
    actor_id: int,
    path: str | Path,
    *,
    period: str | None = None,
    run_id: int | None = None,
    tier: str | None = None,
    file_format: str = "csv",
    headers: Sequence[str] | None = None,
    labels: Labels | None = None,
    progress: ProgressReport | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write a period's result in force (or the run ``run_id``; of ``tier`` only when
    given) by rank, revenue in the site's currency."""
    job = _Export("tiers", actor_id, Permission.EXPORT, file_format, labels)
    found = [r for r in tiers.show(actor_id, period, run_id) if tier in (None, r.tier)]
    rows = (
        [
            r.rank,
            r.tier,
            r.stars,
            r.revenue_cents,
            r.purchases,
            r.last_purchase_on,
            r.customer_ref,
            r.name,
            r.phone,
            r.category,
        ]
        for r in found
    )
    return job.write(
        path,
        rows,
        headers,
        progress,
        cancelled,
        len(found),
        period=period,
        run_id=run_id,
        tier=tier,
    )


def export_audit(
    actor_id: int,
    path: str | Path,
    flt: trail.TrailFilter,
    *,
    file_format: str = "csv",
    headers: Sequence[str] | None = None,
    labels: Labels | None = None,
    progress: ProgressReport | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the audit trail's entries for ``flt`` (``audit.trail_filter``), newest first,
    read in keyset pages (AUDIT)."""
    job = _Export("audit", actor_id, Permission.AUDIT, file_format, labels)

    def rows() -> Iterator[list]:
        after = None
        while True:
            page = trail.audit_page(actor_id, flt, PAGE, after)
            for e in page:
                details = json.dumps(e.details, ensure_ascii=False, sort_keys=True)
                record = f"{e.record_type}:{e.record_id}"
                yield [e.id, e.at, e.actor, e.station, e.action, record, details]
            if len(page) < PAGE:
                return
            after = trail.page_after(page[-1])

    return job.write(
        path,
        rows(),
        headers,
        progress,
        cancelled,
        since=clock.local(flt.since).date().isoformat() if flt.since else None,
        actor_id_filter=flt.staff_id,
        action=flt.action,
    )
