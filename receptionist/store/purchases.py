"""Purchases: what a customer bought (a negative amount is a refund), in integer cents.

Every read of one customer's purchases goes through the index
``purchase (customer_id, purchased_on)``: a page is the newest rows of that index, a
summary aggregates the customer's rows only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from peewee import fn

from .concurrency import for_update
from .models import Purchase


def add(
    customer_id: int,
    purchased_on: date,
    amount_cents: int,
    note: str,
    reference: str,
    source: str,
    at: datetime,
    staff_id: int | None,
) -> Purchase:
    return Purchase.create(
        customer=customer_id,
        purchased_on=purchased_on,
        amount_cents=amount_cents,
        note=note,
        reference=reference,
        source=source,
        created_at=at,
        created_by=staff_id,
    )


def lock(purchase_id: int) -> Purchase | None:
    """The purchase's row, held until the transaction ends (PostgreSQL)."""
    return for_update(Purchase.select().where(Purchase.id == purchase_id)).first()


def update(purchase_id: int, **fields: object) -> None:
    Purchase.update(**fields).where(Purchase.id == purchase_id).execute()


def delete(purchase_id: int) -> None:
    cast(Any, Purchase).delete().where(Purchase.id == purchase_id).execute()


def has_other(customer_id: int, purchase_id: int) -> bool:
    """Whether the customer has a purchase besides ``purchase_id``."""
    return (
        Purchase.select(Purchase.id)
        .where((Purchase.customer == customer_id) & (Purchase.id != purchase_id))
        .limit(1)
        .exists()
    )


def page(customer_id: int, before: tuple[date, int] | None, limit: int) -> list[Purchase]:
    """The customer's purchases newest first (by date, then by id), those strictly
    before ``before`` = (date, id) when given."""
    if before is not None:
        return before_bound(customer_id, before[0], before[1], limit)
    return list(
        Purchase.select()
        .where(Purchase.customer == customer_id)
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
        .limit(limit)
    )


def before_bound(customer_id: int, day: date, id_below: int, limit: int) -> list[Purchase]:
    """The customer's newest purchases dated before ``day``, or on ``day`` with an id
    below ``id_below``."""
    return list(
        Purchase.select()
        .where(
            (Purchase.customer == customer_id)
            & (Purchase.purchased_on <= day)
            & ((Purchase.purchased_on < day) | (Purchase.id < id_below))
        )
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
        .limit(limit)
    )


@dataclass(frozen=True)
class Totals:
    count: int
    total_cents: int
    first_on: date | None
    last_on: date | None


def totals(customer_id: int) -> Totals:
    """How many purchases the customer has, their sum, first and last date."""
    row = (
        Purchase.select(
            fn.COUNT(Purchase.id),
            fn.COALESCE(fn.SUM(Purchase.amount_cents), 0),
            fn.MIN(Purchase.purchased_on),
            fn.MAX(Purchase.purchased_on),
        )
        .where(Purchase.customer == customer_id)
        .tuples()
        .first()
    )
    count, total, first, last = row if row else (0, 0, None, None)
    return Totals(int(count), int(total), _day(first), _day(last))


def _day(value: date | str | None) -> date | None:
    """An aggregate's date (SQLite returns MIN/MAX of a date column as text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
