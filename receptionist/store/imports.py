"""Bulk reads and writes of an import (customers, purchases) and an export's rows.

No query per row: the references and phones of a whole file are read in chunks of
``CHUNK`` values (an ``IN`` list), rows are written with ``insert_many`` in chunks.
The search index of new customers is written here exactly as ``customers.insert``
writes it for one (the caller passes ``domain.search``'s terms).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from peewee import chunked

from .models import CategoryChange, CompanyTerm, Customer, Purchase, SearchTerm, SpecialDate

CHUNK = 500  # values in one IN list, rows in one INSERT (well below SQLite's 32766)


def _tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as plain tuples (the stubs type them as models)."""
    return iter(cast(Any, query).tuples())


def ids_by_refs(refs: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for batch in chunked(sorted(set(refs)), CHUNK):
        query = Customer.select(Customer.customer_ref, Customer.id).where(
            Customer.customer_ref.in_(batch)
        )
        found.update(_tuples(query))
    return found


def ids_by_phones(phones: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for batch in chunked(sorted(set(phones)), CHUNK):
        query = Customer.select(Customer.phone, Customer.id).where(Customer.phone.in_(batch))
        found.update(_tuples(query))
    return found


def insert_customers(rows: list[dict]) -> list[int]:
    """Insert ``rows`` (each with the same keys); their new ids, in the rows' order.

    The ids come back with ``RETURNING`` (SQLite ≥ 3.35, PostgreSQL); RETURNING's order
    is not promised, but within one statement ids are handed out in the rows' order
    (SQLite's rowid, PostgreSQL's sequence), so the sorted ids are the rows' ids."""
    ids: list[int] = []
    for batch in chunked(rows, CHUNK // 2):
        query = Customer.insert_many(batch).returning(Customer.id)
        ids.extend(sorted(row.id for row in query.execute()))
    return ids


def add_search_terms(rows: Iterable[tuple[str, int]]) -> None:
    """Name terms ``(term, customer_id)``."""
    data = [{"term": t, "customer_id": c} for t, c in rows]
    for batch in chunked(data, CHUNK):
        SearchTerm.insert_many(batch).on_conflict_ignore().execute()


def add_company_terms(rows: Iterable[tuple[str, str]]) -> None:
    """Company terms ``(term, company)``."""
    data = [{"term": t, "company": c} for t, c in set(rows)]
    for batch in chunked(data, CHUNK):
        CompanyTerm.insert_many(batch).on_conflict_ignore().execute()


def add_category_changes(rows: list[dict]) -> None:
    for batch in chunked(rows, CHUNK):
        CategoryChange.insert_many(batch).execute()


def add_special_dates(rows: list[dict]) -> None:
    for batch in chunked(rows, CHUNK):
        SpecialDate.insert_many(batch).execute()


def add_purchases(rows: list[dict]) -> None:
    """Purchases with the keys customer, purchased_on, amount_cents, note, reference,
    source, created_at, created_by (one chunk: the caller reports progress per chunk)."""
    Purchase.insert_many(rows).execute()


EXPORT_COLUMNS = (
    Customer.id,
    Customer.customer_ref,
    Customer.name,
    Customer.phone,
    Customer.company,
    Customer.title,
    Customer.kind,
    Customer.category,
    Customer.email,
    Customer.source,
    Customer.notes,
    Customer.visit_count,
    Customer.last_visit_at,
    Customer.created_at,
)


def customers_for_export(
    category: str | None, kind: str | None, page: int = 2000
) -> Iterator[tuple[Any, ...]]:
    """The customers not erased (of ``category`` / ``kind`` when given), oldest first,
    as tuples of ``EXPORT_COLUMNS``; read page by page (keyset on id)."""
    after = 0
    while True:
        query = Customer.select(*EXPORT_COLUMNS).where(
            Customer.erased_at.is_null() & (Customer.id > after)
        )
        if category:
            query = query.where(Customer.category == category)
        if kind:
            query = query.where(Customer.kind == kind)
        rows = list(_tuples(query.order_by(Customer.id).limit(page)))
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1][0]


def birthdays(customer_ids: list[int]) -> dict[int, tuple[int, int, int | None]]:
    """The birthday (month, day, year) of each of ``customer_ids`` that has one."""
    found: dict[int, tuple[int, int, int | None]] = {}
    for batch in chunked(customer_ids, CHUNK):
        query = SpecialDate.select(
            SpecialDate.customer_id, SpecialDate.month, SpecialDate.day, SpecialDate.year
        ).where(SpecialDate.customer.in_(batch) & (SpecialDate.kind == "birthday"))
        for cid, month, day, year in _tuples(query):
            found[cid] = (month, day, year)
    return found
