"""The queries behind duplicate candidates (``domain.duplicates`` holds the rules)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import fn

from .models import Customer, database

_BATCH = 20_000


def same_phone_groups() -> list[list[int]]:
    """Customers (not erased) sharing the phone digits a person types, grouped: one
    indexed GROUP BY, then the members of the groups it found."""
    # Erasure clears the phone: the GROUP BY reads the phone index alone.
    shared = (
        Customer.select(Customer.phone_search)
        .where(Customer.phone_search.is_null(False))
        .group_by(Customer.phone_search)
        .having(fn.COUNT(Customer.id) > 1)
    )
    rows: Any = (
        Customer.select(Customer.phone_search, Customer.id)
        .where(Customer.phone_search.in_(shared) & Customer.erased_at.is_null())
        .order_by(Customer.phone_search, Customer.id)
        .tuples()
    )
    groups: dict[str, list[int]] = {}
    for digits, customer_id in rows:
        groups.setdefault(digits, []).append(customer_id)
    return list(groups.values())


def people() -> Iterator[tuple[int, str, str, str | None]]:
    """(id, name, company, phone digits) of every customer not erased, read in batches of
    ids (keyset: each batch an index range) so that a million never sit in memory at once
    as rows."""
    after = 0
    while True:
        query = (
            Customer.select(Customer.id, Customer.name, Customer.company, Customer.phone_search)
            .where((Customer.id > after) & Customer.erased_at.is_null())
            .order_by(Customer.id)
            .limit(_BATCH)
        )
        # The driver's rows as they come: peewee's row conversion doubled the read.
        batch: list[tuple[int, str, str, str | None]] = database.execute(query).fetchall()
        if not batch:
            return
        yield from batch
        after = batch[-1][0]
