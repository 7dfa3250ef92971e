"""The desk settles a kiosk arrival that claims a stored customer (issue 11).

A phone number and a surname are no proof of identity: a kiosk walk-in whose phone is on
file is recorded on a new record of the person as typed, *claiming* the stored customer
(``services.kiosk``). Until the desk confirms, the stored customer is untouched. Confirm
moves the visit to the stored customer (count, last visit, consent, category; the VIP or
problem alert fires now) and removes the record the kiosk made; reject keeps that record
as a new customer. Two desks settling the same claim take turns: the second is told.
"""

from __future__ import annotations

from ..domain import search as rules
from ..domain.enums import Category, VisitStatus
from ..domain.errors import Conflict, NotFound
from ..domain.roles import Permission
from ..store import audit
from ..store import claims as store
from ..store import customers as customer_store
from ..store import visits as visit_store
from ..store.connection import transaction
from . import clock
from ._convert import visit_view
from ._customer_guards import locked
from .access import authorize
from .notifications import URGENT, notify_host
from .views import VisitView
from .visits import suggested_flow

__all__ = ["confirm_claim", "reject_claim"]


def _claimed_visit(visit_id: int):
    """The visit, locked, and the customer it claims (``claim_settled`` when none)."""
    visit_store.lock(visit_id)
    row = visit_store.by_id(visit_id)
    if row is None:
        raise NotFound("visit_id_unknown")
    if row.claimed_customer_id is None:
        raise Conflict("claim_settled")
    return row, row.claimed_customer_id


def confirm_claim(actor_id: int, visit_id: int) -> VisitView:
    """The person is the stored customer they claimed: the visit becomes theirs. Refused
    with ``claim_on_site`` while that customer is on site with another visit, and with
    ``claim_settled`` when another desk confirmed or rejected it first."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    with transaction():
        row, claimed_id = _claimed_visit(visit_id)
        customer = locked(claimed_id)
        on_site = row.status == VisitStatus.ON_SITE
        if on_site and visit_store.on_site_for_customer(customer.id) is not None:
            raise Conflict("claim_on_site")
        placeholder = customer_store.existing(row.customer_id)
        flow = suggested_flow(customer.id, row.purpose)
        moved = store.settle(
            row.id, claimed_id, customer=customer.id, category=customer.category, flow=str(flow)
        )
        if not moved:
            raise Conflict("claim_settled")
        arrived = row.check_in_at or now
        last = customer.last_visit_at
        fields: dict = dict(
            visit_count=customer.visit_count + 1,
            last_visit_at=arrived if last is None or arrived > last else last,
            updated_at=now,
        )
        consent = bool(placeholder.consent) and not customer.consent
        if consent:
            fields["consent"] = True
        customer_store.update(customer, **fields)
        removed = store.remove_placeholder(
            placeholder, rules.name_terms(placeholder.name), rules.text_terms(placeholder.company)
        )
        audit.record(
            now,
            actor_id,
            "visit.claim_confirmed",
            "visit",
            row.id,
            customer=customer.id,
            placeholder=placeholder.id,
        )
        if consent:
            audit.record(now, actor_id, "customer.consent", "customer", customer.id)
        if removed:
            audit.record(
                now, actor_id, "customer.merged", "customer", placeholder.id, into=customer.id
            )
        if on_site and Category(customer.category) in URGENT:
            notify_host(row.id, row.host_id, customer.category)
    return visit_view(visit_store.existing(row.id))


def reject_claim(actor_id: int, visit_id: int) -> VisitView:
    """The person is not the stored customer: the claim is cleared and the record the
    kiosk made stays, a new customer (the desk may add their phone later)."""
    authorize(actor_id, Permission.DESK)
    now = clock.now()
    with transaction():
        row, claimed_id = _claimed_visit(visit_id)
        if not store.settle(row.id, claimed_id):
            raise Conflict("claim_settled")
        audit.record(now, actor_id, "visit.claim_rejected", "visit", row.id)
    return visit_view(visit_store.existing(row.id))
