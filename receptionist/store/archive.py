"""The customer archive's reads and writes beyond the customer row: special dates, the
reference in other systems, the account manager's name and the current tier."""

from __future__ import annotations

from typing import Any, cast

from .models import Customer, SpecialDate, Staff, TierResult, TierRun


def special_dates_of(customer_id: int) -> list[SpecialDate]:
    return list(
        SpecialDate.select()
        .where(SpecialDate.customer == customer_id)
        .order_by(SpecialDate.month, SpecialDate.day, SpecialDate.id)
    )


def replace_special_dates(customer_id: int, dates: list[dict]) -> None:
    """The customer's special dates become ``dates`` (kind, label, month, day, year)."""
    cast(Any, SpecialDate).delete().where(SpecialDate.customer == customer_id).execute()
    if dates:
        SpecialDate.insert_many([{"customer": customer_id, **d} for d in dates]).execute()


def delete_special_dates(customer_id: int) -> None:
    cast(Any, SpecialDate).delete().where(SpecialDate.customer == customer_id).execute()


def id_by_customer_ref(ref: str) -> int | None:
    return (
        Customer.select(Customer.id).where(Customer.customer_ref == ref).limit(1).scalar()
        if ref
        else None
    )


def staff_name(staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return Staff.select(Staff.name).where(Staff.id == staff_id).scalar()


def active_staff(staff_id: int) -> bool:
    return Staff.select().where((Staff.id == staff_id) & Staff.active).exists()


def current_tier(customer_id: int) -> tuple[str, str, int] | None:
    """(period, tier, stars) of the customer in the current result of the most recent
    period computed; None when that result does not rank them (or none exists). One
    statement: the run is a subquery."""
    latest = (
        TierRun.select(TierRun.id)
        .where(TierRun.current)
        .order_by(TierRun.ends_on.desc(), TierRun.computed_at.desc())
        .limit(1)
    )
    row = (
        TierResult.select(TierRun.period, TierResult.tier, TierResult.stars)
        .join(TierRun, on=(TierResult.run == TierRun.id))
        .where((TierResult.run == latest) & (TierResult.customer == customer_id))
        .tuples()
        .first()
    )
    return (row[0], row[1], row[2]) if row else None


def glance_rows(customer_id: int) -> tuple[Customer | None, list[SpecialDate]]:
    """What the check-in glance reads: the customer with their account manager's name
    (``manager_name``), and their special dates."""
    row = (
        Customer.select(
            Customer.id,
            Customer.kind,
            Customer.preferences,
            Customer.preference_tags,
            Customer.erased_at,
            Staff.name.alias("manager_name"),
        )
        .left_outer_join(Staff, on=(Customer.account_manager == Staff.id))
        .where(Customer.id == customer_id)
        .objects()
        .first()
    )
    return row, special_dates_of(customer_id) if row is not None else []
