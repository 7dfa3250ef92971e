"""Kiosk arrivals claiming a stored customer (issue 11): the visit's claim, settling it,
and removing the record the kiosk made for the person once the desk confirmed who they
are."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from ..domain.errors import Conflict
from .concurrency import refused_as
from .customers import forget_company, remove_terms
from .models import CategoryChange, Customer, Visit

__all__ = ["mark_claim", "remove_placeholder", "settle"]


def mark_claim(visit_id: int, claimed_customer_id: int) -> None:
    """Record that the visit's arrival claims to be ``claimed_customer_id``."""
    Visit.update(claimed_customer=claimed_customer_id).where(Visit.id == visit_id).execute()


def settle(visit_id: int, claimed_customer_id: int, **fields) -> bool:
    """Clear the visit's claim and write ``fields`` (``customer`` among them on a
    confirmation), only while it still claims ``claimed_customer_id``: False, and nothing
    written, when another station settled it first. Moving an on-site visit to a customer
    on site already is refused with ``Conflict("already_on_site")``."""
    with refused_as("visit_one_on_site", Conflict("claim_on_site")):
        changed = (
            Visit.update(claimed_customer=None, **fields)
            .where((Visit.id == visit_id) & (Visit.claimed_customer == claimed_customer_id))
            .execute()
        )
    return changed == 1


def remove_placeholder(
    customer: Customer, name_terms: Iterable[str], company_terms: Iterable[str]
) -> bool:
    """Delete the record a kiosk arrival made for the person, once their visit moved to
    the customer they are; kept (False) if anything else hangs off it by now."""
    if Visit.select().where(Visit.customer == customer.id).exists():
        return False
    cast(Any, CategoryChange).delete().where(CategoryChange.customer == customer.id).execute()
    remove_terms(customer.id, name_terms)
    cast(Any, Customer).delete().where(Customer.id == customer.id).execute()
    forget_company(customer.company, company_terms)
    return True
