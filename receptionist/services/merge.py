"""Duplicate customers: finding candidates and merging a pair (ARCHIVE).

A merge moves every row of the *other* customer to the *kept* one in one transaction
(visits, claims, purchases, category changes, special dates, tier results, earlier
merges), copies the fields chosen from the other, records a ``CustomerMerge`` (the name
and company given up, the counts moved), audits it and deletes the other's row. Search
then finds the kept customer by the name given up as well (its terms stay as aliases).

Tier results: where both customers have a result in the same run (a primary-key clash),
the kept customer's result stays, the other's is dropped, and the periods of such runs
in force are returned (``MergeResult.recompute_periods``, also in the merge's ``moved``
record and its audit entry) so that staff recompute them: the kept customer's revenue
now includes the other's purchases.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from ..domain import duplicates as rules
from ..domain import search as search_rules
from ..domain.enums import Category, Kind
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.roles import Permission
from ..domain.validation import display_phone, mask_phone_middle
from ..store import audit
from ..store import customers as customer_store
from ..store import duplicates as duplicate_store
from ..store import merge as store
from ..store.connection import transaction
from ..store.models import Customer
from . import clock
from ._convert import customer_view
from .access import allowed, authorize
from .views import CustomerView

# The fields a merge may take from the other customer (``take={field: "other"}``).
MERGEABLE = (
    "name",
    "phone",
    "email",
    "company",
    "title",
    "kind",
    "category",
    "account_manager",
    "source",
    "preferences",
    "preference_tags",
    "notes",
    "customer_ref",
    "contact_consent",
)
_COLUMN = {"account_manager": "account_manager_id"}
CANDIDATE_LIMIT = 200


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers that are probably one person, and why (``domain.duplicates``).
    ``keep_id`` is the older record (the one a merge keeps unless staff choose)."""

    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    keep_company: str
    other_company: str
    reasons: tuple[rules.Reason, ...]

    def to_json(self) -> dict:
        return {
            "keep_id": self.keep_id,
            "other_id": self.other_id,
            "keep_name": self.keep_name,
            "other_name": self.other_name,
            "keep_company": self.keep_company,
            "other_company": self.other_company,
            "reasons": [str(r) for r in self.reasons],
        }


@dataclass(frozen=True)
class MergeSide:
    """One customer of a pair as the merge dialog shows it (phone as the role sees it)
    and how many rows of each kind hang off them."""

    id: int
    name: str
    phone_display: str
    company: str
    email: str
    title: str
    kind: Kind
    category: Category
    visit_count: int
    last_visit_at: datetime | None
    on_site: bool
    rows: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeResult:
    kept: CustomerView
    merged_id: int
    moved: Mapping[str, int]
    taken: tuple[str, ...]
    recompute_periods: tuple[str, ...]

    def to_json(self) -> dict:
        return {
            "kept": self.kept.to_json(),
            "merged_id": self.merged_id,
            "moved": dict(self.moved),
            "taken": list(self.taken),
            "recompute_periods": list(self.recompute_periods),
        }


def duplicate_candidates(actor_id: int, limit: int = CANDIDATE_LIMIT) -> list[DuplicatePair]:
    """Pairs of customers (not erased) that are probably one person, with their reasons;
    pairs with more reasons first, then the oldest. One indexed GROUP BY for phones and one
    pass over the customers grouping by name keys (never a comparison of every pair)."""
    authorize(actor_id, Permission.ARCHIVE)
    pairs = rules.Pairs()
    for group in duplicate_store.same_phone_groups():
        pairs.add_group(group, rules.Reason.SAME_PHONE)
    firms: dict[tuple[str, str], list[int]] = {}
    folded: dict[str, str] = {}  # each company folded once (companies repeat)
    phones: list[tuple[int, str, str]] = []
    for customer_id, name, company, digits in duplicate_store.people():
        if company:
            firm = folded.get(company)
            if firm is None:
                firm = folded[company] = rules.fold(company)
            if firm:
                firms.setdefault((rules.fold(name), firm), []).append(customer_id)
        if digits:
            phones.append((customer_id, name, digits))
    for ids in firms.values():
        if len(ids) > 1:
            pairs.add_group(ids, rules.Reason.SAME_NAME_COMPANY)
    del firms
    for a, b in rules.similar_phone_pairs(phones):
        pairs.add(a, b, rules.Reason.SIMILAR_NAME_PHONE)
    found = pairs.ordered()[:limit]
    rows = customer_store.fetch_many(sorted({i for a, b, _r in found for i in (a, b)}))
    return [
        DuplicatePair(
            keep_id=a,
            other_id=b,
            keep_name=rows[a].name,
            other_name=rows[b].name,
            keep_company=rows[a].company,
            other_company=rows[b].company,
            reasons=reasons,
        )
        for a, b, reasons in found
        if a in rows and b in rows
    ]


def merge_sides(actor_id: int, keep_id: int, other_id: int) -> tuple[MergeSide, MergeSide]:
    """Both customers of a pair side by side, as the merge dialog shows them."""
    actor = authorize(actor_id, Permission.ARCHIVE)
    full = allowed(actor, Permission.PHONE_FULL)
    here = customer_store.on_site_ids([keep_id, other_id])
    sides = []
    for customer_id in (keep_id, other_id):
        row = customer_store.get(customer_id)
        if row is None:
            raise NotFound("customer_unknown")
        sides.append(
            MergeSide(
                id=row.id,
                name=row.name,
                phone_display=display_phone(row.phone) if full else mask_phone_middle(row.phone),
                company=row.company,
                email=row.email,
                title=row.title,
                kind=Kind(row.kind),
                category=Category(row.category),
                visit_count=row.visit_count,
                last_visit_at=row.last_visit_at,
                on_site=row.id in here,
                rows=store.counts(row.id),
            )
        )
    return sides[0], sides[1]


def parse_take(take: Mapping[str, str]) -> tuple[str, ...]:
    """The fields to take from the other customer (``{field: "keep" | "other"}``)."""
    for name, side in take.items():
        if name not in MERGEABLE or side not in ("keep", "other"):
            raise ValidationError("merge_take_invalid", field="take")
    return tuple(name for name in MERGEABLE if take.get(name) == "other")


def _value(row: Customer, name: str) -> object:
    return getattr(row, _COLUMN.get(name, name))


def _alias_terms(names: list[str]) -> set[str]:
    terms: set[str] = set()
    for name in names:
        terms |= search_rules.name_terms(name)
    return terms


def merge_customers(
    actor_id: int, keep_id: int, other_id: int, *, take: Mapping[str, str] | None = None
) -> MergeResult:
    """Merge customer ``other_id`` into ``keep_id`` (see the module's text); ``take``
    chooses fields of the other to keep instead (``{"phone": "other"}``). Refused when
    either is erased, or when both have a visit on site. All or nothing."""
    authorize(actor_id, Permission.ARCHIVE)
    chosen = parse_take(take or {})
    if keep_id == other_id:
        raise ValidationError("merge_same")
    now = clock.now()
    with transaction():
        rows = {cid: customer_store.lock(cid) for cid in sorted((keep_id, other_id))}
        keep, other = rows[keep_id], rows[other_id]
        if keep is None or other is None:
            raise NotFound("customer_unknown")
        if keep.erased_at is not None or other.erased_at is not None:
            raise Conflict("merge_erased")
        if len(customer_store.on_site_ids([keep_id, other_id])) == 2:
            raise Conflict("merge_both_on_site")
        taken = {n: _value(other, n) for n in chosen if _value(other, n) != _value(keep, n)}
        given_up_name = keep.name if "name" in taken else other.name
        given_up_company = keep.company if "company" in taken else other.company
        old_company = keep.company
        other_aliases = store.merged_names(other_id)
        moved, stale = store.move_rows(keep_id, other_id)
        visits, last_visit = store.visit_totals(keep_id)
        columns = {_COLUMN.get(n, n): v for n, v in taken.items()}
        if "phone" in taken:
            columns.update(phone_search=other.phone_search, phone_last4=other.phone_last4)
        store.free_unique_fields(other_id)
        store.delete_customer(
            other_id, search_rules.name_terms(other.name) | _alias_terms(other_aliases)
        )
        old_category = keep.category
        customer_store.update(
            keep, visit_count=visits, last_visit_at=last_visit, updated_at=now, **columns
        )
        customer_store.add_terms(
            keep_id,
            search_rules.name_terms(keep.name) | _alias_terms([given_up_name, *other_aliases]),
        )
        if "company" in taken:
            customer_store.add_company_terms(keep.company, search_rules.text_terms(keep.company))
            customer_store.forget_company(old_company, search_rules.text_terms(old_company))
        customer_store.forget_company(other.company, search_rules.text_terms(other.company))
        if "category" in taken:
            customer_store.add_category_change(
                keep_id, old_category, keep.category, "merged", actor_id, now
            )
        record = {**moved, "recompute": stale}
        store.add_merge(
            keep_id,
            other_id,
            given_up_name,
            given_up_company,
            json.dumps(record, sort_keys=True),
            now,
            actor_id,
        )
        audit.record(
            now,
            actor_id,
            "customer.merge",
            "customer",
            keep_id,
            merged=other_id,
            moved=moved,
            fields=sorted(taken),
            recompute=stale,
            version=keep.row_version,
        )
        here = bool(customer_store.on_site_ids([keep_id]))
    return MergeResult(
        kept=customer_view(keep, on_site=here),
        merged_id=other_id,
        moved=moved,
        taken=tuple(sorted(taken)),
        recompute_periods=tuple(stale),
    )
