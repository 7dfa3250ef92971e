"""Complaints and their steps: reads by customer, handler and status (indexed), writes
that name the ``row_version`` they expect."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from peewee import JOIN, fn

from .concurrency import for_update
from .models import Complaint, ComplaintStep, Customer, Staff, Visit


def add(**fields: object) -> Complaint:
    return Complaint.create(**fields)


def get(complaint_id: int) -> Complaint | None:
    return Complaint.get_or_none(Complaint.id == complaint_id)


def lock(complaint_id: int) -> Complaint | None:
    """The complaint's row, held until the transaction ends (PostgreSQL)."""
    return for_update(Complaint.select().where(Complaint.id == complaint_id)).first()


def update_versioned(complaint_id: int, version: int, **fields: object) -> bool:
    """Write ``fields`` when the row still has ``version``; False when another station
    changed it first (nothing written)."""
    changed = (
        Complaint.update(row_version=Complaint.row_version + 1, **fields)
        .where((Complaint.id == complaint_id) & (Complaint.row_version == version))
        .execute()
    )
    return changed == 1


def add_step(
    complaint_id: int,
    step: int,
    action: str,
    note: str,
    resolved: bool | None,
    staff_id: int,
    at: datetime,
) -> ComplaintStep:
    return ComplaintStep.create(
        complaint=complaint_id,
        step=step,
        action=action,
        note=note,
        resolved=resolved,
        staff=staff_id,
        at=at,
    )


def steps_of(complaint_ids: Iterable[int]) -> list[ComplaintStep]:
    """The steps of these complaints (with who did them), oldest first."""
    ids = list(complaint_ids)
    if not ids:
        return []
    query = (
        ComplaintStep.select(ComplaintStep, Staff)
        .join(Staff, JOIN.LEFT_OUTER, on=(ComplaintStep.staff == Staff.id))
        .where(ComplaintStep.complaint.in_(ids))
        .order_by(ComplaintStep.at, ComplaintStep.id)
    )
    return list(query)


def _with_names():
    handler = Staff.alias("handler")
    return (
        Complaint.select(Complaint, Customer, Visit, handler)
        .join(Customer, on=(Complaint.customer == Customer.id))
        .switch(Complaint)
        .join(Visit, JOIN.LEFT_OUTER, on=(Complaint.visit == Visit.id))
        .switch(Complaint)
        .join(handler, JOIN.LEFT_OUTER, on=(Complaint.handler == handler.id))
    )


def one(complaint_id: int) -> Complaint | None:
    """The complaint with its customer, visit and handler."""
    return _with_names().where(Complaint.id == complaint_id).first()


def listed(
    *,
    open_only: bool,
    overdue_at: datetime | None,
    handler_id: int | None,
    customer_id: int | None = None,
) -> list[Complaint]:
    """Complaints with their customer, visit and handler, the most urgent deadline
    first. ``overdue_at``: only the open ones past a deadline then (step 1 not done by
    ``acknowledge_by`` or not closed by ``resolve_by``)."""
    query = _with_names()
    if open_only or overdue_at is not None:
        query = query.where(Complaint.status == "open")
    if overdue_at is not None:
        query = query.where(
            (Complaint.resolve_by < overdue_at)
            | ((Complaint.step < 1) & (Complaint.acknowledge_by < overdue_at))
        )
    if handler_id is not None:
        query = query.where(Complaint.handler == handler_id)
    if customer_id is not None:
        query = query.where(Complaint.customer == customer_id)
    return list(query.order_by(Complaint.status.desc(), Complaint.resolve_by, Complaint.id))


def overdue_count(at: datetime) -> int:
    return (
        Complaint.select(fn.COUNT(Complaint.id))
        .where(
            (Complaint.status == "open")
            & (
                (Complaint.resolve_by < at)
                | ((Complaint.step < 1) & (Complaint.acknowledge_by < at))
            )
        )
        .scalar()
        or 0
    )


def open_of(customer_id: int) -> list[Complaint]:
    """The customer's open complaints, oldest first (index customer, status)."""
    query = Complaint.select().where(
        (Complaint.customer == customer_id) & (Complaint.status == "open")
    )
    return list(query.order_by(Complaint.opened_at, Complaint.id))


def customers_with_open(customer_ids: Iterable[int]) -> set[int]:
    """Which of these customers have an open complaint."""
    ids = list(customer_ids)
    if not ids:
        return set()
    query = (
        Complaint.select(Complaint.customer)
        .where((Complaint.customer.in_(ids)) & (Complaint.status == "open"))
        .distinct()
    )
    return {row.customer_id for row in query}


def of_customer(customer_id: int) -> list[Complaint]:
    """All the customer's complaints, oldest first (the data export)."""
    query = Complaint.select().where(Complaint.customer == customer_id)
    return list(query.order_by(Complaint.opened_at, Complaint.id))


def move(keep_id: int, other_id: int) -> int:
    """Give ``other_id``'s complaints to ``keep_id`` (a merge); how many moved."""
    return cast(
        int,
        Complaint.update(customer=keep_id).where(Complaint.customer == other_id).execute(),
    )


def erase_text(customer_id: int) -> None:
    """Clear the free text of the customer's complaints and their steps (erasure)."""
    ids = Complaint.select(Complaint.id).where(Complaint.customer == customer_id)
    cast(Any, ComplaintStep).update(note="").where(ComplaintStep.complaint.in_(ids)).execute()
    Complaint.update(description="", subject="").where(Complaint.customer == customer_id).execute()


def past_deadline(at: datetime) -> list[Complaint]:
    """Open complaints whose resolve-by time has passed, with customer and handler."""
    return list(
        _with_names()
        .where((Complaint.status == "open") & (Complaint.resolve_by < at))
        .order_by(Complaint.resolve_by, Complaint.id)
    )
