"""Exporting the desk's lists to CSV, Excel or a PDF report: the visit log (with its filters), the
complaints, the follow-up tasks, the lost-customer reviews, a period's tiers and the
audit trail (the customers: ``exports.py``; the movements between two periods:
``tier_exports.py``).

Every export writes through ``_tables.write_table``: streamed, to a temporary name that
is renamed at the end (a cancelled or failed export leaves nothing), reporting
``progress(done, total)`` and asking ``cancelled()`` every few thousand rows. Long lists
(visits, the audit trail) are read in keyset pages, never whole. The header row is the
columns' English keys unless the desk passes ``headers`` in its language; ``labels(key,
value)`` turns a ``LABEL`` column's code (a status, a purpose) into the desk's words.
A PDF report (``file_format="pdf"``: ``printing.list_report``, its heading in ``lang``)
holds at most ``PDF_ROWS_MAX`` rows: a longer list is refused before anything is written.

Who may: EXPORT for the lists of personal data, AUDIT for the audit trail. Phones are
whole only for a role that may see them (PHONE_FULL), masked otherwise. One audit entry
per export: the list, the format, the filters' names and values that are not personal
(a visitor filter is recorded as used, not as typed) and the rows written; never a row.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.roles import Permission
from ..store import staff as staff_store
from ..store import stations as station_store
from ..store import visits as visit_store
from . import audit as trail
from . import clock, complaints, followups, lost, tiers
from ._list_export_job import (
    COLUMNS,
    LIST_FORMATS,
    PDF_ROWS_MAX,
    Labels,
    ListExport,
    ProgressReport,
    yes_no,
)
from ._tables import Column
from .exports import EXPORT_FORMATS
from .visit_log import LogFilter

__all__ = ["COLUMNS", "EXPORT_FORMATS", "LISTS", "LIST_FORMATS", "PDF_ROWS_MAX", "export_columns"]

LISTS = ("visits", "complaints", "followups", "lost", "tiers", "audit")
COMPLAINT_STATES = ("open", "closed", "overdue")
PAGE = 5000  # rows read per keyset page of a long list


def export_columns(what: str) -> tuple[Column, ...]:
    """The columns of the list ``what`` (one of ``LISTS``): the desk translates their keys."""
    return COLUMNS[what]


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
    lang: str = "en",
) -> int:
    """Write the visit log's rows for ``flt`` (``visit_log.log_filter_for_days``), newest
    first, read in keyset pages; returns how many were written."""
    job = ListExport("visits", actor_id, Permission.EXPORT, file_format, labels, lang)
    counted = progress is not None or file_format == "pdf"
    total = visit_store.count_log(flt) if counted else 0

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
        report_period=_period(flt.since, flt.until),
        report_filters=_visit_filters(job, flt),
        since=since,
        until_before=until,
        purpose=flt.purpose,
        flow=flt.flow,
        category=flt.category,
        host_id=flt.host_id,
        station_id=flt.station_id,
        visitor=bool(flt.customer_ids is not None or flt.name_term or flt.customer_id),
    )


def _period(since: datetime | None, until: datetime | None) -> tuple[date | None, date | None]:
    """The first and last local days of [since, until) (both at a day's start)."""
    first = clock.local(since).date() if since else None
    last = clock.local(until).date() - timedelta(days=1) if until else None
    return first, last


def _visit_filters(job: ListExport, flt: LogFilter) -> list[tuple[str, str]]:
    shown = [
        (key, job.label(key, value))
        for key, value in (("purpose", flt.purpose), ("flow", flt.flow), ("category", flt.category))
        if value
    ]
    host = staff_store.get(flt.host_id) if flt.host_id else None
    if host is not None:
        shown.append(("host", host.name))
    station = station_store.get(flt.station_id) if flt.station_id else None
    if station is not None:
        shown.append(("station", station.name))
    if flt.customer_ids is not None or flt.name_term or flt.customer_id:
        shown.append(("visitor", "visitor_search"))
    return shown


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
    lang: str = "en",
) -> int:
    """Write the complaints (``state``: open, closed, overdue; None: all) as the
    complaints list orders them."""
    job = ListExport("complaints", actor_id, Permission.EXPORT, file_format, labels, lang)
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
            yes_no(c.overdue),
            c.acknowledge_by,
            c.resolve_by,
            c.closed_at,
            c.resolution,
        ]
        for c in found
    )
    return job.write(
        path,
        rows,
        headers,
        progress,
        cancelled,
        len(found),
        report_filters=[("state", state)] if state else (),
        state=state,
    )


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
    lang: str = "en",
) -> int:
    """Write everyone's open follow-up tasks due from ``first`` to ``last`` (both
    included; default: everything due by today, overdue first)."""
    job = ListExport("followups", actor_id, Permission.EXPORT, file_format, labels, lang)
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
            yes_no(t.overdue),
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
        report_period=(first, last or clock.local(clock.now()).date()),
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
    lang: str = "en",
) -> int:
    """Write the lost-customer reviews (of ``status``), newest first, every one."""
    job = ListExport("lost", actor_id, Permission.EXPORT, file_format, labels, lang)
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
            yes_no(r.can_win_back),
            r.owner_name,
            r.last_purchase[0] if r.last_purchase else None,
            r.last_purchase[1] if r.last_purchase else None,
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
        report_filters=[("status", job.label("status", status))] if status else (),
        status=status,
    )


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
    lang: str = "en",
) -> int:
    """Write a period's result in force (or the run ``run_id``; of ``tier`` only when
    given) by rank, revenue in the site's currency."""
    job = ListExport("tiers", actor_id, Permission.EXPORT, file_format, labels, lang)
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
        report_filters=[
            (key, value)
            for key, value in (
                ("tier_period", period),
                ("run", f"#{run_id}" if run_id else None),
                ("tier", job.label("tier", tier) if tier else None),
            )
            if value
        ],
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
    lang: str = "en",
) -> int:
    """Write the audit trail's entries for ``flt`` (``audit.trail_filter``), newest first,
    read in keyset pages (AUDIT)."""
    job = ListExport("audit", actor_id, Permission.AUDIT, file_format, labels, lang)

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
        report_period=_period(flt.since, flt.until),
        report_filters=_audit_filters(flt),
        since=clock.local(flt.since).date().isoformat() if flt.since else None,
        actor_id_filter=flt.staff_id,
        action_filter=flt.action,
    )


def _audit_filters(flt: trail.TrailFilter) -> list[tuple[str, str]]:
    shown = []
    actor = staff_store.get(flt.staff_id) if flt.staff_id else None
    if actor is not None:
        shown.append(("actor", actor.name))
    if flt.action:
        shown.append(("action", flt.action))
    return shown
