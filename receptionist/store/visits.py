"""Visit rows: codes, check-in and check-out, the on-site board and the visit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from .models import Customer, Staff, Visit, VisitCodeCounter

Host = Staff.alias("host")


def next_sequence(day: str) -> int:
    """The next sequence number for a month-day; call inside the check-in transaction."""
    updated = (
        VisitCodeCounter.update(last=VisitCodeCounter.last + 1)
        .where(VisitCodeCounter.day == day)
        .execute()
    )
    if not updated:
        VisitCodeCounter.create(day=day, last=1)
        return 1
    return VisitCodeCounter.get_by_id(day).last


def insert(**fields) -> Visit:
    return Visit.create(**fields)


def _with_people():
    # Only the columns a VisitView shows (and the printed documents use): the whole
    # customer row, three timestamps included, was converted for every visit-log row
    # (docs/performance.md).
    return (
        Visit.select(
            Visit, Customer.id, Customer.name, Customer.phone, Customer.company, Host.id, Host.name
        )
        .join(Customer, on=(Visit.customer == Customer.id))
        .switch(Visit)
        .join(Host, JOIN.LEFT_OUTER, on=(Visit.host == Host.id))
    )


def by_code(code: str) -> Visit | None:
    return _with_people().where(Visit.code == code).first()


def by_id(visit_id: int) -> Visit | None:
    return _with_people().where(Visit.id == visit_id).first()


def on_site_for_customer(customer_id: int) -> Visit | None:
    return (
        Visit.select().where((Visit.customer == customer_id) & (Visit.status == "on_site")).first()
    )


def on_site() -> list[Visit]:
    return list(
        _with_people().where(Visit.status == "on_site").order_by(Visit.check_in_at, Visit.id)
    )


def count_checked_in(since: datetime, until: datetime) -> int:
    """How many visits were checked in within ``[since, until)`` (an index range)."""
    return Visit.select().where((Visit.check_in_at >= since) & (Visit.check_in_at < until)).count()


def count_on_site() -> int:
    return Visit.select().where(Visit.status == "on_site").count()


def update(visit: Visit, **fields) -> None:
    Visit.update(**fields).where(Visit.id == visit.id).execute()
    for key, value in fields.items():
        setattr(visit, key, value)


@dataclass(frozen=True)
class LogFilter:
    """Filters of the visit log; ``None`` means any."""

    since: datetime | None = None
    until: datetime | None = None
    purpose: str | None = None
    flow: str | None = None
    category: str | None = None
    host_id: int | None = None
    customer_id: int | None = None


def log_page(flt: LogFilter, limit: int, after: tuple[datetime, int] | None = None) -> list[Visit]:
    """Visits newest first, one page after the ``(check_in_at, id)`` of the last row seen.

    Keyset pagination: every page is an index range, however deep the user scrolls.
    """
    query = _with_people().where(Visit.check_in_at.is_null(False))
    if flt.since is not None:
        query = query.where(Visit.check_in_at >= flt.since)
    if flt.until is not None:
        query = query.where(Visit.check_in_at < flt.until)
    if flt.purpose:
        query = query.where(Visit.purpose == flt.purpose)
    if flt.flow:
        query = query.where(Visit.flow == flt.flow)
    if flt.category:
        query = query.where(Visit.category == flt.category)
    if flt.host_id is not None:
        query = query.where(Visit.host == flt.host_id)
    if flt.customer_id is not None:
        query = query.where(Visit.customer == flt.customer_id)
    if after is not None:
        at, visit_id = after
        # The first condition bounds the index range; the second breaks ties on the id.
        query = query.where(
            (Visit.check_in_at <= at)
            & ((Visit.check_in_at < at) | ((Visit.check_in_at == at) & (Visit.id < visit_id)))
        )
    return list(query.order_by(Visit.check_in_at.desc(), Visit.id.desc()).limit(limit))


def by_invite_code(invite_code: str) -> Visit | None:
    return _with_people().where(Visit.invite_code == invite_code).first()


def planned_between(since: datetime, until: datetime) -> list[Visit]:
    """Planned (not yet arrived) visits expected in ``[since, until)``, earliest first."""
    return list(
        _with_people()
        .where(
            (Visit.status == "planned") & (Visit.expected_at >= since) & (Visit.expected_at < until)
        )
        .order_by(Visit.expected_at, Visit.id)
    )


def planned_for_customer(customer_id: int, since: datetime, until: datetime) -> Visit | None:
    """The customer's earliest planned visit expected in ``[since, until)``, if any."""
    return (
        Visit.select()
        .where(
            (Visit.status == "planned")
            & (Visit.expected_at >= since)
            & (Visit.expected_at < until)
            & (Visit.customer == customer_id)
        )
        .order_by(Visit.expected_at)
        .first()
    )


def planned_before(until: datetime) -> list[Visit]:
    """Planned visits expected before ``until`` (candidates for no-shows)."""
    return list(
        Visit.select(Visit.id, Visit.code).where(
            (Visit.status == "planned") & (Visit.expected_at < until)
        )
    )


def set_status(visit_ids: list[int], status: str) -> None:
    Visit.update(status=status).where(Visit.id.in_(visit_ids)).execute()
