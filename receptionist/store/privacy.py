"""What the database holds on one customer (their export), and anonymising it (erasure on
request, retention)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from peewee import JOIN

from . import complaints
from . import lost as lost_reviews
from .models import (
    AuditEntry,
    CategoryChange,
    Customer,
    CustomerMerge,
    Feedback,
    FollowUp,
    Notification,
    OutboxMessage,
    Purchase,
    SearchTerm,
    SpecialDate,
    Staff,
    Station,
    TierResult,
    TierRun,
    Visit,
)

# Visits that are not over: a customer with one is neither erased nor retained away.
OPEN_STATUSES = ("on_site", "planned")


def visits_of(customer_id: int) -> list[Visit]:
    """The customer's own visits (not visits of others claiming them), oldest first,
    with host and station joined."""
    host = Staff.alias()
    return list(
        Visit.select(Visit, host, Station)
        .join(host, JOIN.LEFT_OUTER, on=(Visit.host == host.id))
        .switch(Visit)
        .join(Station, JOIN.LEFT_OUTER, on=(Visit.station_ref == Station.id))
        .where(Visit.customer == customer_id)
        .order_by(Visit.id)
    )


def feedback_of(visit_ids: list[int]) -> list[Feedback]:
    if not visit_ids:
        return []
    return list(Feedback.select().where(Feedback.visit.in_(visit_ids)).order_by(Feedback.id))


def notifications_of(visit_ids: list[int]) -> list[Notification]:
    if not visit_ids:
        return []
    host = Staff.alias()
    return list(
        Notification.select(Notification, host)
        .join(host, JOIN.LEFT_OUTER, on=(Notification.host == host.id))
        .where(Notification.visit.in_(visit_ids))
        .order_by(Notification.id)
    )


def audit_about(customer_id: int, visit_ids: list[int]) -> list[AuditEntry]:
    """The audit entries about the customer's record and their visits, oldest first."""
    about = (AuditEntry.record_type == "customer") & (AuditEntry.record_id == customer_id)
    if visit_ids:
        about |= (AuditEntry.record_type == "visit") & AuditEntry.record_id.in_(visit_ids)
    return list(
        AuditEntry.select(AuditEntry, Staff)
        .join(Staff, JOIN.LEFT_OUTER, on=(AuditEntry.staff == Staff.id))
        .where(about)
        .order_by(AuditEntry.id)
    )


def special_dates_of(customer_id: int) -> list[SpecialDate]:
    query = SpecialDate.select().where(SpecialDate.customer == customer_id)
    return list(query.order_by(SpecialDate.month, SpecialDate.day, SpecialDate.id))


def follow_ups_of(customer_id: int) -> list[FollowUp]:
    query = FollowUp.select().where(FollowUp.customer == customer_id)
    return list(query.order_by(FollowUp.due_on, FollowUp.id))


def purchases_of(customer_id: int) -> list[Purchase]:
    query = Purchase.select().where(Purchase.customer == customer_id)
    return list(query.order_by(Purchase.purchased_on, Purchase.id))


def tier_results_of(customer_id: int) -> list[tuple[TierResult, TierRun]]:
    """The customer's place in every tier run that has one, oldest run first."""
    query = (
        TierResult.select(TierResult, TierRun)
        .join(TierRun)
        .where(TierResult.customer == customer_id)
        .order_by(TierRun.id)
    )
    return [(r, r.run) for r in query]


def merges_into(customer_id: int) -> list[CustomerMerge]:
    query = CustomerMerge.select().where(CustomerMerge.kept == customer_id)
    return list(query.order_by(CustomerMerge.id))


def has_open_visit(customer_id: int) -> bool:
    return (
        Visit.select(Visit.id)
        .where((Visit.customer == customer_id) & Visit.status.in_(OPEN_STATUSES))
        .exists()
    )


def anonymise(customer: Customer, now: datetime) -> None:
    """Erase what identifies the customer, in the caller's transaction: contact fields
    and free text cleared (preferences and their tags, title, source, the reference in
    other systems), special dates deleted, the name replaced by a neutral ``#id`` (the UI
    shows "Erased customer" by ``erased_at``), search terms removed, consent (to the
    notice and to be contacted) withdrawn; the notes of their visits, the comments of
    their feedback, the reasons of their category changes (free text), their
    purchases' notes and references and their follow-up tasks' outcomes cleared (open
    tasks skipped), the names and companies merged into them (``CustomerMerge``)
    blanked, their complaints' subjects, descriptions and step notes cleared, and what
    their lost-customer reviews say in words (competitor, notes, outcome) cleared, the
    messages about their visits emptied (and not sent). Visit
    counts, categories, amounts and the visits'
    purpose, flow and times stay for reports."""
    Customer.update(
        name=f"#{customer.id}",
        phone=None,
        phone_search=None,
        phone_last4=None,
        email="",
        company="",
        title="",
        source="",
        preferences="",
        preference_tags="",
        notes="",
        customer_ref="",
        consent=False,
        contact_consent=False,
        account_manager=None,
        erased_at=now,
        updated_at=now,
        row_version=Customer.row_version + 1,
    ).where(Customer.id == customer.id).execute()
    cast(Any, SearchTerm).delete().where(SearchTerm.customer_id == customer.id).execute()
    cast(Any, SpecialDate).delete().where(SpecialDate.customer == customer.id).execute()
    visit_ids = Visit.select(Visit.id).where(Visit.customer == customer.id)
    Visit.update(note="", room="").where(Visit.customer == customer.id).execute()
    Feedback.update(comment="").where(Feedback.visit.in_(visit_ids)).execute()
    CategoryChange.update(reason="").where(CategoryChange.customer == customer.id).execute()
    Purchase.update(note="", reference="").where(Purchase.customer == customer.id).execute()
    FollowUp.update(outcome="").where(FollowUp.customer == customer.id).execute()
    FollowUp.update(status="skipped", done_at=now).where(
        (FollowUp.customer == customer.id) & (FollowUp.status == "open")
    ).execute()
    CustomerMerge.update(merged_name="", merged_company="").where(
        CustomerMerge.kept == customer.id
    ).execute()
    complaints.erase_text(customer.id)
    lost_reviews.erase(customer.id)
    # Arrival messages name the visitor: emptied, and never sent once erased.
    OutboxMessage.update(subject="", body="").where(OutboxMessage.visit.in_(visit_ids)).execute()
    OutboxMessage.update(status="failed", last_error="erased", last_error_at=now).where(
        OutboxMessage.visit.in_(visit_ids) & (OutboxMessage.status == "pending")
    ).execute()


def retention_candidates(cutoff: datetime, limit: int | None = None) -> list[int]:
    """Customers not erased, whose last visit (or, never visited, their registration) is
    before ``cutoff``, with no visit on site or planned and no purchase on or after the
    cutoff's day (a customer who still buys is still a customer); oldest id first."""
    stale = (Customer.last_visit_at < cutoff) | (
        Customer.last_visit_at.is_null() & (Customer.created_at < cutoff)
    )
    open_visit = Visit.select(Visit.customer).where(Visit.status.in_(OPEN_STATUSES))
    buying = Purchase.select(Purchase.customer).where(Purchase.purchased_on >= cutoff.date())
    query = (
        Customer.select(Customer.id)
        .where(
            Customer.erased_at.is_null()
            & stale
            & Customer.id.not_in(open_visit)
            & Customer.id.not_in(buying)
        )
        .order_by(Customer.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(query.scalars())
