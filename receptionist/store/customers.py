"""Customer rows and the index-backed search (see ``domain.search`` for the design)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from peewee import JOIN, chunked, fn

from .models import CategoryChange, CompanyTerm, Customer, SearchTerm, Staff, Visit


def get(customer_id: int) -> Customer | None:
    return Customer.get_or_none(Customer.id == customer_id)


def existing(customer_id: int) -> Customer:
    """A customer known to exist (a visit's, or one just written: none is deleted)."""
    return Customer.get(Customer.id == customer_id)


def by_phone(e164: str) -> Customer | None:
    return Customer.get_or_none(Customer.phone == e164)


def insert(fields: dict, name_terms: Iterable[str], company_terms: Iterable[str]) -> Customer:
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


def update(customer: Customer, **fields) -> None:
    Customer.update(**fields).where(Customer.id == customer.id).execute()
    for key, value in fields.items():
        setattr(customer, key, value)


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
