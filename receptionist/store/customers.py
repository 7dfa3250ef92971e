"""Customer rows and the index-backed search (see ``domain.search`` for the design)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from peewee import JOIN, chunked, fn

from .concurrency import for_update, refused_as
from .models import AuditEntry, CategoryChange, CompanyTerm, Customer, SearchTerm, Staff, Visit


class PhoneInUse(Exception):
    """Another customer has the phone number just written (another station registered
    it a moment ago): the write was refused by the database's unique index. On
    PostgreSQL the transaction (or savepoint) it ran in must end."""


def get(customer_id: int) -> Customer | None:
    return Customer.get_or_none(Customer.id == customer_id)


def existing(customer_id: int) -> Customer:
    """A customer known to exist (a visit's, or one just written: none is deleted)."""
    return Customer.get(Customer.id == customer_id)


def by_phone(e164: str) -> Customer | None:
    return Customer.get_or_none(Customer.phone == e164)


def lock(customer_id: int) -> Customer | None:
    """The customer's row, held until the transaction ends (PostgreSQL; see
    ``for_update``): what depends on it (a check-in, an edit) takes turns."""
    return for_update(Customer.select().where(Customer.id == customer_id)).first()


def insert(fields: dict, name_terms: Iterable[str], company_terms: Iterable[str]) -> Customer:
    with refused_as("customer_phone", PhoneInUse):
        customer = Customer.create(**fields)
    add_terms(customer.id, name_terms)
    add_company_terms(customer.company, company_terms)
    return customer


def add_terms(customer_id: int, terms: Iterable[str]) -> None:
    rows = [{"term": t, "customer_id": customer_id} for t in terms]
    for batch in chunked(rows, 400):
        SearchTerm.insert_many(batch).on_conflict_ignore().execute()


def add_company_terms(company: str, terms: Iterable[str]) -> None:
    if not company:
        return
    rows = [{"term": t, "company": company} for t in terms]
    for batch in chunked(rows, 400):
        CompanyTerm.insert_many(batch).on_conflict_ignore().execute()


def remove_terms(customer_id: int, terms: Iterable[str]) -> None:
    """Drop name terms the customer's name no longer has."""
    for batch in chunked(list(terms), 400):
        # ``cast``: the stubs type ``Model.delete`` as a descriptor some mypy runs reject.
        cast(Any, SearchTerm).delete().where(
            (SearchTerm.customer_id == customer_id) & SearchTerm.term.in_(batch)
        ).execute()


def forget_company(company: str, terms: Iterable[str]) -> None:
    """Drop a company's terms once no customer works there any more."""
    if not company or Customer.select().where(Customer.company == company).exists():
        return
    for batch in chunked(list(terms), 400):
        cast(Any, CompanyTerm).delete().where(
            (CompanyTerm.company == company) & CompanyTerm.term.in_(batch)
        ).execute()


def update(customer: Customer, **fields) -> None:
    """Write ``fields`` and count the change in ``row_version`` (every write to a
    customer does, so that an edit made from an older read is noticed). Read the row
    with ``lock`` first when the new values depend on the old ones."""
    Customer.update(row_version=Customer.row_version + 1, **fields).where(
        Customer.id == customer.id
    ).execute()
    for key, value in fields.items():
        setattr(customer, key, value)
    customer.row_version += 1


def update_versioned(customer: Customer, **fields) -> bool:
    """Write ``fields`` only while the row is still at the ``row_version`` it was read
    at, bumping it; False, and nothing written, when it has changed since. A phone
    another customer has is refused with ``PhoneInUse``."""
    version = customer.row_version
    with refused_as("customer_phone", PhoneInUse):
        changed = (
            Customer.update(row_version=version + 1, **fields)
            .where((Customer.id == customer.id) & (Customer.row_version == version))
            .execute()
        )
    if changed != 1:
        return False
    for key, value in fields.items():
        setattr(customer, key, value)
    customer.row_version = version + 1
    return True


# The audit entries of a customer that change what the desk edits, and the fields each
# changed (``customer.edit`` and ``customer.merge`` name them; ``customer.category`` is
# the category).
_FIELDS_OF = {
    "customer.edit": None,
    "customer.category": ("category",),
    "customer.merge": None,  # the fields taken from the merged customer
}


def fields_changed_since(customer_id: int, version: int) -> set[str]:
    """The fields the audit trail says were edited after ``row_version`` ``version``
    (each edit records the version it made and the fields it changed, not their values)."""
    changed: set[str] = set()
    entries = AuditEntry.select(AuditEntry.action, AuditEntry.details).where(
        (AuditEntry.record_type == "customer")
        & (AuditEntry.record_id == customer_id)
        & AuditEntry.action.in_(list(_FIELDS_OF))
    )
    for entry in entries:
        details = json.loads(entry.details or "{}")
        if details.get("version", 0) > version:
            changed.update(_FIELDS_OF[entry.action] or details.get("fields", ()))
    return changed


def ids_by_term(term: str, limit: int, before_id: int | None = None) -> list[int]:
    """Customer ids with a name term, newest first (an index range, no scan)."""
    query = SearchTerm.select(SearchTerm.customer_id).where(SearchTerm.term == term)
    if before_id is not None:
        query = query.where(SearchTerm.customer_id < before_id)
    return list(query.order_by(SearchTerm.customer_id.desc()).limit(limit).scalars())


def companies_by_term(term: str, limit: int) -> list[str]:
    query = CompanyTerm.select(CompanyTerm.company).where(CompanyTerm.term == term)
    return list(query.limit(limit).scalars())


def ids_by_companies(companies: list[str], limit: int) -> list[int]:
    if not companies:
        return []
    ids: list[int] = []
    for company in companies:
        ids.extend(
            Customer.select(Customer.id)
            .where(Customer.company == company)
            .order_by(Customer.id.desc())
            .limit(limit - len(ids))
            .scalars()
        )
        if len(ids) >= limit:
            break
    return ids


def ids_by_phone_prefix(digits: str, limit: int) -> list[int]:
    """Phones starting with ``digits``, as an index range (``>= d AND < d+1``)."""
    upper = digits[:-1] + chr(ord(digits[-1]) + 1)
    return list(
        Customer.select(Customer.id)
        .where((Customer.phone_search >= digits) & (Customer.phone_search < upper))
        .order_by(Customer.phone_search)
        .limit(limit)
        .scalars()
    )


def ids_by_last4(last4: str, limit: int) -> list[int]:
    return list(
        Customer.select(Customer.id)
        .where(Customer.phone_last4 == last4)
        .order_by(Customer.id.desc())
        .limit(limit)
        .scalars()
    )


def fetch_many(ids: list[int]) -> dict[int, Customer]:
    """The customers ``ids`` as a search shows and checks them: only those columns (the
    whole row, three timestamps converted, was a third of the fetch on PostgreSQL)."""
    if not ids:
        return {}
    shown = (
        Customer.id,
        Customer.name,
        Customer.phone,
        Customer.company,
        Customer.category,
        Customer.last_visit_at,
    )
    return {c.id: c for c in Customer.select(*shown).where(Customer.id.in_(ids))}


def on_site_ids(customer_ids: list[int]) -> set[int]:
    if not customer_ids:
        return set()
    return set(
        Visit.select(Visit.customer)
        .where(Visit.customer.in_(customer_ids) & (Visit.status == "on_site"))
        .scalars()
    )


def add_category_change(
    customer_id: int,
    from_category: str | None,
    to_category: str,
    reason: str,
    staff_id: int | None,
    at: datetime,
) -> CategoryChange:
    return CategoryChange.create(
        customer=customer_id,
        from_category=from_category,
        to_category=to_category,
        reason=reason,
        staff=staff_id,
        changed_at=at,
    )


def category_history(customer_id: int) -> list[tuple[CategoryChange, str | None]]:
    rows = (
        CategoryChange.select(CategoryChange, Staff)
        .join(Staff, JOIN.LEFT_OUTER, on=(CategoryChange.staff == Staff.id))
        .where(CategoryChange.customer == customer_id)
        .order_by(CategoryChange.changed_at.desc(), CategoryChange.id.desc())
    )
    return [(r, r.staff.name if r.staff is not None else None) for r in rows]


def count() -> int:
    return Customer.select(fn.COUNT(Customer.id)).scalar()
