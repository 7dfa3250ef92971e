"""Moving one customer's rows to another (a merge of duplicates), in the caller's
transaction; ``services.merge`` decides, checks and audits."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from peewee import fn

from . import complaints
from . import lost as lost_reviews
from .models import (
    CategoryChange,
    Complaint,
    Customer,
    CustomerMerge,
    FollowUp,
    LostReview,
    Purchase,
    SearchTerm,
    SpecialDate,
    TierResult,
    TierRun,
    Visit,
)


def counts(customer_id: int) -> dict[str, int]:
    """How many rows of each kind hang off the customer (what a merge would move)."""

    def number(query) -> int:
        return query.count()

    return {
        "visits": number(Visit.select().where(Visit.customer == customer_id)),
        "claims": number(Visit.select().where(Visit.claimed_customer == customer_id)),
        "purchases": number(Purchase.select().where(Purchase.customer == customer_id)),
        "category_changes": number(
            CategoryChange.select().where(CategoryChange.customer == customer_id)
        ),
        "special_dates": number(SpecialDate.select().where(SpecialDate.customer == customer_id)),
        "tier_results": number(TierResult.select().where(TierResult.customer == customer_id)),
        "merges": number(CustomerMerge.select().where(CustomerMerge.kept == customer_id)),
        "complaints": number(Complaint.select().where(Complaint.customer == customer_id)),
        "follow_ups": number(FollowUp.select().where(FollowUp.customer == customer_id)),
        "lost_reviews": number(LostReview.select().where(LostReview.customer == customer_id)),
    }


def _clashing_runs(keep_id: int, other_id: int) -> list[int]:
    """Tier runs holding a result for both customers (their primary keys would clash)."""
    kept = TierResult.select(TierResult.run).where(TierResult.customer == keep_id)
    return list(
        TierResult.select(TierResult.run)
        .where((TierResult.customer == other_id) & TierResult.run.in_(kept))
        .scalars()
    )


def move_rows(keep_id: int, other_id: int) -> tuple[dict[str, int], list[str]]:
    """Move every row of ``other_id`` to ``keep_id``; the counts moved, and the periods
    (of runs in force) whose result for the kept customer is now out of date: where both
    had a result, the kept one's stays and the other's is dropped."""
    moved: dict[str, int] = {}
    # A claim between the two becomes a visit claiming its own customer: cleared.
    Visit.update(claimed_customer=None).where(
        ((Visit.customer == keep_id) & (Visit.claimed_customer == other_id))
        | ((Visit.customer == other_id) & (Visit.claimed_customer == keep_id))
    ).execute()
    moved["visits"] = Visit.update(customer=keep_id).where(Visit.customer == other_id).execute()
    moved["claims"] = (
        Visit.update(claimed_customer=keep_id).where(Visit.claimed_customer == other_id).execute()
    )
    moved["purchases"] = (
        Purchase.update(customer=keep_id).where(Purchase.customer == other_id).execute()
    )
    moved["category_changes"] = (
        CategoryChange.update(customer=keep_id).where(CategoryChange.customer == other_id).execute()
    )
    moved["special_dates"] = (
        SpecialDate.update(customer=keep_id).where(SpecialDate.customer == other_id).execute()
    )
    moved["follow_ups"] = (
        FollowUp.update(customer=keep_id).where(FollowUp.customer == other_id).execute()
    )
    clashes = _clashing_runs(keep_id, other_id)
    stale: list[str] = []
    if clashes:
        stale = sorted(
            set(
                TierRun.select(TierRun.period)
                .where(TierRun.id.in_(clashes) & (TierRun.current == True))  # noqa: E712
                .scalars()
            )
        )
        cast(Any, TierResult).delete().where(
            (TierResult.customer == other_id) & TierResult.run.in_(clashes)
        ).execute()
    moved["tier_results"] = (
        TierResult.update(customer=keep_id).where(TierResult.customer == other_id).execute()
    )
    moved["merges"] = (
        CustomerMerge.update(kept=keep_id).where(CustomerMerge.kept == other_id).execute()
    )
    moved["complaints"] = complaints.move(keep_id, other_id)
    moved["lost_reviews"] = lost_reviews.move(keep_id, other_id)
    return moved, stale


def visit_totals(customer_id: int) -> tuple[int, datetime | None]:
    """The customer's visits that checked in, and the last check-in."""
    row = (
        Visit.select(fn.COUNT(Visit.id), fn.MAX(Visit.check_in_at))
        .where((Visit.customer == customer_id) & Visit.check_in_at.is_null(False))
        .tuples()
        .first()
    )
    count, last = row if row else (0, None)
    if isinstance(last, str):  # SQLite's MAX returns the stored text, not the field's type
        last = Visit.check_in_at.python_value(last)
    return count or 0, last


def free_unique_fields(customer_id: int) -> None:
    """Clear the customer's unique phone and reference, so the kept one can take them."""
    Customer.update(phone=None, phone_search=None, phone_last4=None, customer_ref="").where(
        Customer.id == customer_id
    ).execute()


def delete_customer(customer_id: int, name_terms: set[str]) -> None:
    """Delete a customer whose rows have moved, and their search terms (``name_terms``:
    every term of their names, aliases included; the table has no index by customer)."""
    terms = list(name_terms)
    for start in range(0, len(terms), 400):
        cast(Any, SearchTerm).delete().where(
            (SearchTerm.customer_id == customer_id)
            & SearchTerm.term.in_(terms[start : start + 400])
        ).execute()
    cast(Any, Customer).delete().where(Customer.id == customer_id).execute()


def merged_names(customer_id: int) -> list[str]:
    """The names merged into the customer (search finds them by these too)."""
    return [
        name
        for name in CustomerMerge.select(CustomerMerge.merged_name)
        .where(CustomerMerge.kept == customer_id)
        .scalars()
        if name
    ]


def add_merge(
    keep_id: int,
    other_id: int,
    name: str,
    company: str,
    moved: str,
    at: datetime,
    staff_id: int | None,
) -> CustomerMerge:
    return CustomerMerge.create(
        kept=keep_id,
        merged_id=other_id,
        merged_name=name,
        merged_company=company,
        moved=moved,
        merged_at=at,
        merged_by=staff_id,
    )
