"""Finding, registering and tagging customers."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import search as rules
from ..domain.enums import Category, Kind
from ..domain.errors import Conflict, NotFound, PhoneTaken, ValidationError
from ..domain.validation import (
    clean_company,
    clean_email,
    clean_name,
    clean_phone,
    clean_reason,
    mask_phone_middle,
)
from ..store import audit
from ..store import customers as store
from ..store import visits as visit_store
from ..store.connection import transaction
from . import clock
from ._convert import customer_hit, customer_view, visit_view
from .staff import require_actor
from .views import CategoryChangeView, CustomerView, SearchResult, VisitView

SEARCH_LIMIT = 20
_CANDIDATE_BATCH = 60
_CANDIDATE_MAX = 2000


def parse_category(value: str | Category) -> Category:
    try:
        return Category(value)
    except ValueError:
        raise ValidationError("category_invalid", field="category") from None


def parse_kind(value: str | Kind) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        raise ValidationError("kind_invalid", field="kind") from None


def register_customer(
    actor_id: int,
    *,
    name: str,
    phone: str | None = None,
    company: str | None = None,
    kind: str | Kind = Kind.CONSUMER,
    category: str | Category = Category.PROSPECT,
    email: str | None = None,
) -> CustomerView:
    """Register a new customer; only the name is required. A phone is unique."""
    require_actor(actor_id)
    return record_registration(
        actor_id, name=name, phone=phone, company=company, kind=kind, category=category, email=email
    )


def record_registration(
    actor_id: int | None,
    *,
    name: str,
    phone: str | None = None,
    company: str | None = None,
    kind: str | Kind = Kind.CONSUMER,
    category: str | Category = Category.PROSPECT,
    email: str | None = None,
) -> CustomerView:
    """``register_customer`` for a caller that has checked who acts (None: the kiosk)."""
    clean = clean_name(name)
    phone_value = clean_phone(phone)
    company_value = clean_company(company)
    email_value = clean_email(email)
    kind_value = parse_kind(kind)
    category_value = parse_category(category)
    now = clock.now()
    with transaction():
        existing = store.by_phone(phone_value.e164) if phone_value else None
        if existing is not None:
            raise PhoneTaken(existing.id, mask_phone_middle(existing.phone))
        row = store.insert(
            {
                "name": clean,
                "phone": phone_value.e164 if phone_value else None,
                "phone_search": phone_value.search if phone_value else None,
                "phone_last4": phone_value.last4 if phone_value else None,
                "company": company_value,
                "email": email_value,
                "kind": str(kind_value),
                "category": str(category_value),
                "created_at": now,
                "updated_at": now,
            },
            rules.name_terms(clean),
            rules.text_terms(company_value),
        )
        store.add_category_change(row.id, None, str(category_value), "registered", actor_id, now)
        audit.record(
            now,
            actor_id,
            "customer.register",
            "customer",
            row.id,
            category=str(category_value),
            kind=str(kind_value),
        )
    return customer_view(row)


def get_customer(customer_id: int) -> CustomerView:
    row = store.get(customer_id)
    if row is None:
        raise NotFound("customer_unknown")
    return customer_view(row, on_site=bool(store.on_site_ids([row.id])))


def find_by_phone(phone: str) -> CustomerView | None:
    value = clean_phone(phone)
    row = store.by_phone(value.e164) if value else None
    return customer_view(row) if row else None


def _text_ids(plan: rules.SearchPlan, limit: int) -> list[int]:
    """Customers for a text query: name terms first, then company terms."""
    found: list[int] = []
    before: int | None = None
    scanned = 0
    while len(found) < limit and scanned < _CANDIDATE_MAX:
        batch = store.ids_by_term(plan.term, _CANDIDATE_BATCH if not plan.exact else limit, before)
        if not batch:
            break
        scanned += len(batch)
        before = batch[-1]
        if plan.exact:
            found.extend(batch)
            break
        rows = store.fetch_many(batch)
        found.extend(i for i in batch if rules.matches(plan, rows[i].name, rows[i].company))
    return _with_company_ids(plan, found, limit)


def _with_company_ids(plan: rules.SearchPlan, found: list[int], limit: int) -> list[int]:
    """``found`` (the name matches), then the customers of companies matching ``plan``,
    up to ``limit`` in all."""
    if len(found) < limit:
        companies = store.companies_by_term(plan.term, 50)
        if not plan.exact:
            companies = [c for c in companies if rules.matches(plan, "", c)]
        seen = set(found)  # a visitor filter holds thousands: no list lookups
        for cid in store.ids_by_companies(companies, limit):
            if cid not in seen:
                seen.add(cid)
                found.append(cid)
    return found[:limit]


def _matching(plan: rules.SearchPlan, limit: int) -> tuple[list[int], VisitView | None]:
    """Ids of up to ``limit`` customers matching ``plan`` (best first) and, for a visit
    code, that visit."""
    if plan.kind is rules.QueryKind.EMPTY:
        return [], None
    if plan.kind is rules.QueryKind.VISIT_CODE:
        row = visit_store.by_code(plan.code)
        return ([row.customer_id], visit_view(row)) if row is not None else ([], None)
    if plan.kind is not rules.QueryKind.PHONE:
        return _text_ids(plan, limit), None
    ids: list[int] = store.ids_by_last4(plan.digits, limit) if len(plan.digits) == 4 else []
    seen = set(ids)
    for cid in store.ids_by_phone_prefix(plan.digits, limit):
        if cid not in seen:
            seen.add(cid)
            ids.append(cid)
    if plan.code and not ids:
        row = visit_store.by_code(plan.code)
        if row is not None:
            return [row.customer_id], visit_view(row)
    return ids[:limit], None


def search(text: str, limit: int = SEARCH_LIMIT) -> SearchResult:
    """Customers matching what was typed: name (any script, pinyin initials), phone or its
    last four digits, company, or a visit code. Every kind is answered from an index."""
    ids, visit = _matching(rules.plan_query(text), limit)
    if not ids:
        return SearchResult(hits=(), visit=visit)
    rows = store.fetch_many(ids)
    here = store.on_site_ids(ids)
    hits = tuple(customer_hit(rows[i], i in here) for i in ids if i in rows)
    return SearchResult(hits=hits, visit=visit)


@dataclass(frozen=True)
class CustomerMatch:
    """The customers matching a query, for filtering lists by visitor: ``ids`` (at most
    ``limit``) or, for a name shared by more, ``name_term`` (every customer with that term
    of the search index); ``capped`` when more matched than ``ids`` holds."""

    ids: tuple[int, ...] | None = None
    name_term: str | None = None
    capped: bool = False


def match_customers(text: str, limit: int) -> CustomerMatch:
    """Every customer a query typed as in the desk's search box means (same index, same
    rules); empty text: ``CustomerMatch()`` (no filter)."""
    plan = rules.plan_query(text)
    if plan.kind is rules.QueryKind.EMPTY:
        return CustomerMatch()
    if plan.kind is rules.QueryKind.TEXT and plan.exact:
        names = store.ids_by_term(plan.term, limit + 1)
        if len(names) > limit:  # a common name: matched through the index, not as ids
            return CustomerMatch(name_term=plan.term)
        ids = _with_company_ids(plan, names, limit + 1)
    else:
        ids, _visit = _matching(plan, limit + 1)
    return CustomerMatch(ids=tuple(ids[:limit]), capped=len(ids) > limit)


def change_category(
    actor_id: int, customer_id: int, category: str | Category, reason: str
) -> CustomerView:
    """Re-tag a customer; who, when, from, to and why are kept."""
    require_actor(actor_id)
    new = parse_category(category)
    why = clean_reason(reason)
    now = clock.now()
    with transaction():
        row = store.get(customer_id)
        if row is None:
            raise NotFound("customer_unknown")
        old = Category(row.category)
        if old is new:
            raise Conflict("category_same", field="category")
        store.update(row, category=str(new), updated_at=now)
        store.add_category_change(row.id, str(old), str(new), why, actor_id, now)
        audit.record(
            now,
            actor_id,
            "customer.category",
            "customer",
            row.id,
            **{"from": str(old), "to": str(new)},
        )
    return customer_view(row)


def category_history(customer_id: int) -> list[CategoryChangeView]:
    return [
        CategoryChangeView(
            from_category=Category(r.from_category) if r.from_category else None,
            to_category=Category(r.to_category),
            reason=r.reason,
            staff_name=name,
            changed_at=r.changed_at,
        )
        for r, name in store.category_history(customer_id)
    ]
