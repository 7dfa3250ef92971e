"""Bulk writes for demo data (``services.demo``): many past visits in a few statements.

The desk writes one visit at a time through ``store.visits``; demo data needs thousands of
finished visits with past times, so these helpers insert them in batches. The caller
computes every field with the same domain rules the services use.
"""

from __future__ import annotations

from datetime import datetime

from peewee import chunked

from . import audit
from .models import Customer, Purchase, SpecialDate, Visit
from .visits import reserve_sequences

__all__ = [
    "add_visit_totals",
    "insert_audit",
    "insert_purchases",
    "insert_special_dates",
    "insert_visits",
    "reserve_sequences",
    "set_archive_fields",
]

_BATCH = 200


def insert_visits(rows: list[dict]) -> dict[str, int]:
    """Insert visit rows (``visits.insert`` fields); returns the new ids by visit code."""
    for batch in chunked(rows, _BATCH):
        Visit.insert_many(batch).execute()
    ids: dict[str, int] = {}
    for batch in chunked([r["code"] for r in rows], _BATCH):
        visits = Visit.select(Visit.code, Visit.id).where(Visit.code.in_(batch))
        ids.update((visit.code, visit.id) for visit in visits)
    return ids


def add_visit_totals(totals: dict[int, tuple[int, datetime]]) -> None:
    """Add visits to customers' ``visit_count`` and move ``last_visit_at`` forward:
    ``totals`` maps a customer id to (visits added, latest check-in among them)."""
    for customer_id, (added, latest) in totals.items():
        row = Customer.get_by_id(customer_id)
        last = row.last_visit_at if row.last_visit_at and row.last_visit_at > latest else latest
        (
            Customer.update(
                visit_count=Customer.visit_count + added,
                last_visit_at=last,
                updated_at=max(row.updated_at, latest),
            )
            .where(Customer.id == customer_id)
            .execute()
        )


def insert_audit(entries: list[tuple[datetime, int | None, str, str, int, dict]]) -> None:
    """Audit entries ``(at, staff_id, action, record_type, record_id, details)`` in bulk,
    chained as ``audit.record`` chains them."""
    audit.append_many(entries)


def set_archive_fields(fields_by_id: dict[int, dict]) -> None:
    """Set archive fields (preference tags, source, account manager...) per customer."""
    for customer_id, fields in fields_by_id.items():
        if fields:
            Customer.update(**fields).where(Customer.id == customer_id).execute()


def insert_special_dates(rows: list[dict]) -> None:
    for batch in chunked(rows, _BATCH):
        SpecialDate.insert_many(batch).execute()


def insert_purchases(rows: list[dict]) -> None:
    for batch in chunked(rows, _BATCH):
        Purchase.insert_many(batch).execute()
