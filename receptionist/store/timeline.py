"""The sources of a customer's timeline, each read newest first with a LIMIT through an
index on the customer, from a keyset bound: rows at ``(time, id)`` before
``(before, id_below)``. The service merges them (``services/timeline.py``).

Rows come back as tuples (a page converts up to 50 per source)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from peewee import JOIN, Field

from .models import (
    CategoryChange,
    CustomerMerge,
    Feedback,
    Purchase,
    Staff,
    Station,
    TierResult,
    TierRun,
    Visit,
)

# No bound on the id: every row at the bound's time (its kind sorts before).
ALL_IDS = 2**62


def _before(time: Field, row_id: Field, before: datetime | date | None, id_below: int):
    """Rows strictly before (``before``, ``id_below``) in (time, id) order; ``None``:
    no bound. The ``<=`` lets the index's range scan stop early."""
    if before is None:
        return True
    return (time <= before) & ((time < before) | (row_id < id_below))


def _rows(query: Any) -> list[tuple]:
    return list(query.tuples())


def _where(*conditions: Any) -> Any:
    result: Any = None
    for condition in conditions:
        if condition is True:
            continue
        result = condition if result is None else result & condition
    assert result is not None
    return result


def visits(customer_id: int, before: datetime | None, id_below: int, limit: int) -> list[tuple]:
    """(check_in_at, id, purpose, flow, host name, station, station name, check_out_at,
    status) of the customer's visits that were checked in."""
    host = Staff.alias()
    return _rows(
        Visit.select(
            Visit.check_in_at,
            Visit.id,
            Visit.purpose,
            Visit.flow,
            host.name,
            Visit.station,
            Station.name,
            Visit.check_out_at,
            Visit.status,
        )
        .join(host, JOIN.LEFT_OUTER, on=(Visit.host == host.id))
        .switch(Visit)
        .join(Station, JOIN.LEFT_OUTER, on=(Visit.station_ref == Station.id))
        .where(
            _where(
                Visit.customer == customer_id,
                Visit.check_in_at.is_null(False),
                _before(Visit.check_in_at, Visit.id, before, id_below),
            )
        )
        .order_by(Visit.check_in_at.desc(), Visit.id.desc())
        .limit(limit)
    )


def feedback(customer_id: int, before: datetime | None, id_below: int, limit: int) -> list[tuple]:
    """(entered_at, id, overall, comment) of the feedback on the customer's visits."""
    return _rows(
        Feedback.select(Feedback.entered_at, Feedback.id, Feedback.overall, Feedback.comment)
        .join(Visit, on=(Feedback.visit == Visit.id))
        .where(
            _where(
                Visit.customer == customer_id,
                _before(Feedback.entered_at, Feedback.id, before, id_below),
            )
        )
        .order_by(Feedback.entered_at.desc(), Feedback.id.desc())
        .limit(limit)
    )


def purchases(customer_id: int, before: date | None, id_below: int, limit: int) -> list[tuple]:
    """(purchased_on, id, amount_cents, note) of the customer's purchases."""
    return _rows(
        Purchase.select(Purchase.purchased_on, Purchase.id, Purchase.amount_cents, Purchase.note)
        .where(
            _where(
                Purchase.customer == customer_id,
                _before(Purchase.purchased_on, Purchase.id, before, id_below),
            )
        )
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
        .limit(limit)
    )


def category_changes(
    customer_id: int, before: datetime | None, id_below: int, limit: int
) -> list[tuple]:
    """(changed_at, id, from, to, reason, staff name) of the customer's re-tags."""
    return _rows(
        CategoryChange.select(
            CategoryChange.changed_at,
            CategoryChange.id,
            CategoryChange.from_category,
            CategoryChange.to_category,
            CategoryChange.reason,
            Staff.name,
        )
        .join(Staff, JOIN.LEFT_OUTER, on=(CategoryChange.staff == Staff.id))
        .where(
            _where(
                CategoryChange.customer == customer_id,
                _before(CategoryChange.changed_at, CategoryChange.id, before, id_below),
            )
        )
        .order_by(CategoryChange.changed_at.desc(), CategoryChange.id.desc())
        .limit(limit)
    )


def tiers(customer_id: int, before: datetime | None, id_below: int, limit: int) -> list[tuple]:
    """(computed_at, run id, period, tier, stars, revenue_cents) of the customer's
    results in each period's current run."""
    return _rows(
        TierResult.select(
            TierRun.computed_at,
            TierRun.id,
            TierRun.period,
            TierResult.tier,
            TierResult.stars,
            TierResult.revenue_cents,
        )
        .join(TierRun, on=(TierResult.run == TierRun.id))
        .where(
            _where(
                TierResult.customer == customer_id,
                TierRun.current == True,  # noqa: E712 - peewee builds SQL from ==
                _before(TierRun.computed_at, TierRun.id, before, id_below),
            )
        )
        .order_by(TierRun.computed_at.desc(), TierRun.id.desc())
        .limit(limit)
    )


def merges(customer_id: int, before: datetime | None, id_below: int, limit: int) -> list[tuple]:
    """(merged_at, id, merged name, staff name) of the duplicates merged into the
    customer."""
    return _rows(
        CustomerMerge.select(
            CustomerMerge.merged_at, CustomerMerge.id, CustomerMerge.merged_name, Staff.name
        )
        .join(Staff, JOIN.LEFT_OUTER, on=(CustomerMerge.merged_by == Staff.id))
        .where(
            _where(
                CustomerMerge.kept == customer_id,
                _before(CustomerMerge.merged_at, CustomerMerge.id, before, id_below),
            )
        )
        .order_by(CustomerMerge.merged_at.desc(), CustomerMerge.id.desc())
        .limit(limit)
    )
