"""Bulk reads and writes of an import (customers, purchases) and an export's rows.

No query per row: the references and phones of a whole file are read in chunks of
``CHUNK`` values (an ``IN`` list), rows are written in multi-row ``INSERT``s.
The search index of new customers is written here exactly as ``customers.insert``
writes it for one (the caller passes ``domain.search``'s terms).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from peewee import chunked

from .migrations import is_postgresql
from .models import (
    CategoryChange,
    CompanyTerm,
    Customer,
    Purchase,
    SearchTerm,
    SpecialDate,
    database,
)

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


def _insert(
    model: Any, rows: list[dict], *, returning: bool = False, ignore: bool = False
) -> list[int]:
    """Insert ``rows`` (dicts with the same field names) into ``model``'s table, in
    multi-row ``INSERT`` statements of ``CHUNK`` rows whose text is built once per
    chunk size: peewee's ``insert_many`` spends ~90 % of a 100,000-row import building
    its SQL value by value. Values pass through each field's ``db_value`` as they would
    through peewee; on PostgreSQL rows that need nothing back travel by ``COPY``.
    ``returning``: the new ids, in the rows' order (see below);
    ``ignore``: rows whose key exists are skipped."""
    if not rows:
        return []
    fields = [model._meta.fields[name] for name in rows[0]]
    # Fields left out take their Python default, as peewee's insert fills them in.
    defaults = {f.name: d for f, d in model._meta.defaults.items() if f.name not in rows[0]}
    fields += [model._meta.fields[name] for name in defaults]
    convert = [(f.name, f.db_value) for f in fields]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    one = "(" + ", ".join([database.param] * len(fields)) + ")"
    postgresql = is_postgresql(database.obj)
    verb = "INSERT OR IGNORE INTO" if ignore and not postgresql else "INSERT INTO"
    tail = " ON CONFLICT DO NOTHING" if ignore and postgresql else ""
    tail += f' RETURNING "{model._meta.primary_key.column_name}"' if returning else ""
    if postgresql and not (returning or ignore):
        _copy(model, fields, convert, defaults, rows)
        return []
    size = max(1, CHUNK * 8 // len(fields))
    ids: list[int] = []
    for start in range(0, len(rows), size):
        batch = rows[start : start + size]
        sql = f'{verb} "{model._meta.table_name}" ({columns}) VALUES '
        sql += ", ".join([one] * len(batch)) + tail
        params = [
            conv(row[name] if name in row else _default(defaults[name]))
            for row in batch
            for name, conv in convert
        ]
        cursor = database.execute_sql(sql, params)
        if returning:
            # RETURNING's order is not promised, but within one statement ids are handed
            # out in the rows' order (SQLite's rowid, PostgreSQL's sequence): the sorted
            # ids are the rows' ids.
            ids.extend(sorted(row[0] for row in cursor.fetchall()))
    return ids


def _copy(model: Any, fields: list, convert: list, defaults: dict, rows: list[dict]) -> None:
    """PostgreSQL: the rows with ``COPY ... FROM STDIN`` (psycopg adapts each value)."""
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    statement = f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN'
    with database.connection().cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(
                [
                    conv(row[name] if name in row else _default(defaults[name]))
                    for name, conv in convert
                ]
            )


def _default(value: Any) -> Any:
    return value() if callable(value) else value


def insert_customers(rows: list[dict]) -> list[int]:
    """Insert ``rows`` (each with the same keys); their new ids, in the rows' order."""
    return _insert(Customer, rows, returning=True)


def add_search_terms(rows: Iterable[tuple[str, int]]) -> None:
    """Name terms ``(term, customer_id)``."""
    _insert(SearchTerm, [{"term": t, "customer_id": c} for t, c in rows], ignore=True)


def add_company_terms(rows: Iterable[tuple[str, str]]) -> None:
    """Company terms ``(term, company)``."""
    _insert(CompanyTerm, [{"term": t, "company": c} for t, c in set(rows)], ignore=True)


def add_category_changes(rows: list[dict]) -> None:
    _insert(CategoryChange, rows)


def add_special_dates(rows: list[dict]) -> None:
    _insert(SpecialDate, rows)


def add_purchases(rows: list[dict]) -> None:
    """Purchases with the keys customer, purchased_on, amount_cents, note, reference,
    source, created_at, created_by."""
    _insert(Purchase, rows)


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
