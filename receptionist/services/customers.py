"""Finding, registering and tagging customers."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import search as rules
from ..domain.enums import Category, Kind
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.faults import DatabaseFault
from ..domain.roles import Permission
from ..domain.validation import (
    Phone,
    clean_company,
    clean_email,
    clean_name,
    clean_phone,
    clean_reason,
)
from ..store import audit
from ..store import customers as store
from ..store import merge as merge_store
from ..store import visits as visit_store
from ..store.concurrency import refused_as
from ..store.connection import transaction
from . import _customer_fields as edit_fields
from . import clock
from ._convert import customer_hit, customer_view, visit_view
from ._customer_fields import EDITABLE
from ._customer_guards import (
    check_phone_free,
    locked,
    phone_unique,
    refuse_clashes,
    refuse_erased,
)
from .access import authorize
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
    authorize(actor_id, Permission.DESK)
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
    with phone_unique(phone_value), transaction():
        check_phone_free(phone_value)
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


def get_customer(actor_id: int, customer_id: int) -> CustomerView:
    authorize(actor_id, Permission.DESK)
    row = store.get(customer_id)
    if row is None:
        raise NotFound("customer_unknown")
    return customer_view(row, on_site=bool(store.on_site_ids([row.id])))


def find_by_phone(actor_id: int, phone: str) -> CustomerView | None:
    authorize(actor_id, Permission.DESK)
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


def search(actor_id: int, text: str, limit: int = SEARCH_LIMIT) -> SearchResult:
    """Customers matching what was typed: name (any script, pinyin initials), phone or its
    last four digits, company, or a visit code. Every kind is answered from an index."""
    authorize(actor_id, Permission.DESK)
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


def match_customers(actor_id: int, text: str, limit: int) -> CustomerMatch:
    """Every customer a query typed as in the desk's search box means (same index, same
    rules); empty text: ``CustomerMatch()`` (no filter)."""
    authorize(actor_id, Permission.DESK)
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
    actor_id: int,
    customer_id: int,
    category: str | Category,
    reason: str,
    expected_version: int | None = None,
) -> CustomerView:
    """Re-tag a customer; who, when, from, to and why are kept. With
    ``expected_version`` (the ``row_version`` the desk read), a category another station
    has changed since is not overwritten: ``CustomerChanged``."""
    authorize(actor_id, Permission.DESK)
    new = parse_category(category)
    why = clean_reason(reason)
    now = clock.now()
    with transaction():
        row = locked(customer_id)
        old = Category(row.category)
        if expected_version is not None and old is not new:
            refuse_clashes(row, expected_version, {"category": (str(new), str(old))})
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
            version=row.row_version,
            **{"from": str(old), "to": str(new)},
        )
    return customer_view(row)


_EDIT_ATTEMPTS = 5  # each retry follows another station's committed write


def update_customer(
    actor_id: int, customer_id: int, expected_version: int, **fields: object
) -> CustomerView:
    """Save the desk's edit of a customer's fields (``EDITABLE``: contact details and
    the archive's), made from the read at ``row_version`` ``expected_version``; each
    validated by its rule (contact fields as registration validates them).

    Two stations editing one customer: when the other saved first and changed a field
    this edit sets to something else, nothing is saved and ``CustomerChanged`` names the
    fields, with both values for the desk to show; fields only one of them changed are
    kept from both (a check-in in between changes no field the desk edits). Fields given
    unchanged write nothing; a phone another customer has is refused (``PhoneTaken``)."""
    authorize(actor_id, Permission.DESK)
    unknown = sorted(set(fields) - set(EDITABLE))
    if unknown:
        raise TypeError(f"not editable: {', '.join(unknown)}")
    cleaned = {f: EDITABLE[f](value) for f, value in fields.items()}
    phone = cleaned.get("phone")
    phone_value = phone if isinstance(phone, Phone) else None
    wanted = {f: edit_fields.stored(v) for f, v in cleaned.items()}
    now = clock.now()
    with phone_unique(phone_value), transaction():
        # Optimistic: read, compare, write only if the row is still at the version read.
        # A write by another station in between (PostgreSQL) makes the write change
        # nothing; read again and compare with what it did.
        for _attempt in range(_EDIT_ATTEMPTS):
            row = store.get(customer_id)
            if row is None:
                raise NotFound("customer_unknown")
            refuse_erased(row)
            stored = {f: edit_fields.current(row, f) for f in wanted}
            changes = {f: v for f, v in wanted.items() if stored[f] != v}
            refuse_clashes(
                row,
                expected_version,
                {
                    f: (edit_fields.shown(f, v), edit_fields.shown(f, stored[f]))
                    for f, v in changes.items()
                },
            )
            if not changes or _write_edit(actor_id, row, changes, phone_value, now):
                break
        else:
            raise DatabaseFault("db_busy")
        here = bool(store.on_site_ids([row.id]))
    return customer_view(row, on_site=here)


def _write_edit(actor_id: int, row, changes: dict, phone: Phone | None, now) -> bool:
    """Write an edit's ``changes`` to ``row`` if it is still at the version read, with
    its search terms and its audit entry (the fields and the version it made, not the
    values); False when another station has written the row since."""
    columns = edit_fields.columns(row, changes)
    if "phone" in changes:
        check_phone_free(phone, row.id)
        columns["phone_search"] = phone.search if phone else None
        columns["phone_last4"] = phone.last4 if phone else None
    old_name, old_company = row.name, row.company
    with refused_as("customer_customer_ref", Conflict("customer_ref_taken", field="customer_ref")):
        if not store.update_versioned(row, updated_at=now, **columns):
            return False
    edit_fields.write_special_dates(row.id, changes)
    if "name" in changes:
        before, after = rules.name_terms(old_name), rules.name_terms(row.name)
        aliases: set[str] = set()  # names merged into this customer stay searchable
        for alias in merge_store.merged_names(row.id):
            aliases |= rules.name_terms(alias)
        store.remove_terms(row.id, before - after - aliases)
        store.add_terms(row.id, after - before)
    if "company" in changes:
        store.add_company_terms(row.company, rules.text_terms(row.company))
        store.forget_company(old_company, rules.text_terms(old_company))
    audit.record(
        now,
        actor_id,
        "customer.edit",
        "customer",
        row.id,
        fields=sorted(changes),
        version=row.row_version,
    )
    return True


def category_history(actor_id: int, customer_id: int) -> list[CategoryChangeView]:
    authorize(actor_id, Permission.DESK)
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
