"""The dashboard's complaints and follow-ups: counts for a span, read from their own
(small) tables; a filter reaches them through their visit, their handler or assignee, and
their customer's tier (``store.reports.ReportFilter``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

from peewee import SQL, Case, fn

from .models import Complaint, ComplaintStep, FollowUp, Visit
from .reports import ReportFilter, _of_tier

__all__ = ["complaint_counts", "complaint_events", "follow_up_counts"]


def _record_where(model: Any, flt: ReportFilter, staff_column: Any) -> Any:
    """Complaints and follow-ups: purpose, category and station through their visit;
    host and department through ``staff_column`` (handler, assignee); the tier through
    their customer. Each as EXISTS, so that the few records drive the query (a join lets
    the planner start from millions of visits)."""
    query = model.select()
    cond: Any = True
    if flt.purpose is not None or flt.category is not None or flt.station_id is not None:
        visit: Any = Visit.id == model.visit_id
        if flt.purpose is not None:
            visit &= Visit.purpose == flt.purpose
        if flt.category is not None:
            visit &= Visit.category == flt.category
        if flt.station_id is not None:
            visit &= Visit.station_id == flt.station_id
        cond &= fn.EXISTS(Visit.select(SQL("1")).where(visit))
    if flt.host_ids is not None:
        cond &= staff_column.in_(flt.host_ids or (-1,))
    cond &= _of_tier(model.customer_id, flt)
    return query, cond


def complaint_counts(
    since: datetime, until: datetime, now: datetime, flt: ReportFilter
) -> dict[str, int]:
    """opened / closed / closed_resolved in the span; overdue now (open and past a
    deadline: not acknowledged by ``acknowledge_by`` or not closed by ``resolve_by``)."""
    c = Complaint

    def count(extra: Any) -> int:
        query, cond = _record_where(c, flt, c.handler_id)
        return int(query.select(fn.COUNT(c.id)).where(cond & extra).scalar() or 0)

    closed = (c.closed_at >= since) & (c.closed_at < until)
    return {
        "opened": count((c.opened_at >= since) & (c.opened_at < until)),
        "closed": count(closed),
        "closed_resolved": count(closed & (c.resolution == "resolved")),
        "overdue": count(
            (c.status == "open")
            & ((c.resolve_by < now) | ((c.step < 1) & (c.acknowledge_by < now)))
        ),
    }


def complaint_events(
    since: datetime, until: datetime, flt: ReportFilter
) -> dict[int, tuple[datetime, list[tuple[datetime, int, str, bool | None]]]]:
    """Complaints with a step done in the span: id -> (opened at, every step event
    (at, step, action, resolved) in order)."""
    c, s = Complaint, ComplaintStep
    query, cond = _record_where(c, flt, c.handler_id)
    in_span = s.select(s.complaint_id).where(
        (s.action == "done") & (s.at >= since) & (s.at < until)
    )
    opened = dict(query.select(c.id, c.opened_at).where(cond & c.id.in_(in_span)).tuples())
    events: dict[int, tuple[datetime, list[tuple[datetime, int, str, bool | None]]]] = {
        cid: (at, []) for cid, at in opened.items()
    }
    if opened:
        steps = (
            s.select(s.complaint_id, s.at, s.step, s.action, s.resolved)
            .where(s.complaint.in_(list(opened)))
            .order_by(s.complaint_id, s.at, s.id)
            .tuples()
        )
        for cid, at, step, action, resolved in cast(Iterable[tuple], steps):
            events[cid][1].append((at, step, action, None if resolved is None else bool(resolved)))
    return events


def follow_up_counts(
    since: datetime, until: datetime, today: date, flt: ReportFilter
) -> dict[int, tuple[int, int]]:
    """assignee id (0: nobody) -> (done in the span, open and overdue now)."""
    f = FollowUp
    query, cond = _record_where(f, flt, f.assignee_id)
    was_done = (f.status == "done") & (f.done_at >= since) & (f.done_at < until)
    is_overdue = (f.status == "open") & (f.due_on < today)
    done = fn.SUM(Case(None, [(was_done, 1)], 0))
    overdue = fn.SUM(Case(None, [(is_overdue, 1)], 0))
    relevant = was_done | is_overdue
    rows = (
        query.select(fn.COALESCE(f.assignee_id, SQL("0")), done, overdue)
        .where(cond & relevant)
        .group_by(fn.COALESCE(f.assignee_id, SQL("0")))
        .tuples()
    )
    return {int(a): (int(d or 0), int(o or 0)) for a, d, o in rows}
