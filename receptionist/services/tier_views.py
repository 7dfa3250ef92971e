"""What the tier services return: plain data, with the JSON the command line prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.money import cents_to_decimal


def _units(cents: int) -> int | float:
    """Cents as a JSON number of currency units (exact for two decimals: the shortest
    float text of ``1234.56`` is ``1234.56``); ``revenue_cents`` carries the exact value."""
    value = cents_to_decimal(cents)
    return int(value) if cents % 100 == 0 else float(value)


@dataclass(frozen=True)
class TierRunView:
    id: int
    period: str
    starts_on: date
    ends_on: date
    computed_at: datetime
    computed_by: str | None
    customers: int
    current: bool
    counts: dict[str, int] = field(default_factory=dict)  # tier -> customers (recompute)

    def to_json(self) -> dict:
        data = {
            "run": self.id,
            "period": self.period,
            "starts_on": self.starts_on.isoformat(),
            "ends_on": self.ends_on.isoformat(),
            "computed_at": self.computed_at.isoformat(),
            "computed_by": self.computed_by,
            "customers": self.customers,
            "current": self.current,
        }
        if self.counts:
            data["tiers"] = dict(self.counts)
        return data


@dataclass(frozen=True)
class TierRow:
    """A customer's place in a run; ``phone`` as the actor may see it."""

    customer_id: int
    customer_ref: str
    name: str
    phone: str
    category: str
    revenue_cents: int
    purchases: int
    last_purchase_on: date
    rank: int
    tier: str
    stars: int

    def to_json(self) -> dict:
        return {
            "customer_id": self.customer_id,
            "customer_ref": self.customer_ref,
            "name": self.name,
            "phone": self.phone,
            "category": self.category,
            "revenue": _units(self.revenue_cents),
            "revenue_cents": self.revenue_cents,
            "purchases": self.purchases,
            "last_purchase": self.last_purchase_on.isoformat(),
            "rank": self.rank,
            "tier": self.tier,
            "stars": self.stars,
        }


@dataclass(frozen=True)
class Move:
    customer_id: int
    customer_ref: str
    name: str
    phone: str
    before: str | None
    after: str | None

    def to_json(self) -> dict:
        return {
            "customer_id": self.customer_id,
            "customer_ref": self.customer_ref,
            "name": self.name,
            "phone": self.phone,
            "from": self.before,
            "to": self.after,
        }


@dataclass(frozen=True)
class Movements:
    """Who moved between two periods' current results (``same``: how many kept their
    tier)."""

    from_period: str
    to_period: str
    up: tuple[Move, ...]
    down: tuple[Move, ...]
    dropped: tuple[Move, ...]
    new: tuple[Move, ...]
    same: int

    def to_json(self) -> dict:
        return {
            "from": self.from_period,
            "to": self.to_period,
            "up": [m.to_json() for m in self.up],
            "down": [m.to_json() for m in self.down],
            "dropped": [m.to_json() for m in self.dropped],
            "new": [m.to_json() for m in self.new],
            "same": self.same,
        }


@dataclass(frozen=True)
class Suggestion:
    """A category change the tiers suggest; ``id`` ("CUSTOMER:CATEGORY") confirms it."""

    id: str
    customer_id: int
    customer_ref: str
    name: str
    phone: str
    category: str
    suggested: str
    reason: str  # a code of ``domain.tiers``: tier_high, vip_fell, first_purchase
    tier: str | None
    period: str | None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "customer_id": self.customer_id,
            "customer_ref": self.customer_ref,
            "name": self.name,
            "phone": self.phone,
            "category": self.category,
            "suggested": self.suggested,
            "reason": self.reason,
            "tier": self.tier,
            "period": self.period,
        }


@dataclass(frozen=True)
class TierSettings:
    shares: tuple[int, int, int, int]
    period_kind: str  # year | quarter

    def to_json(self) -> dict:
        return {"shares": list(self.shares), "period_kind": self.period_kind}


@dataclass(frozen=True)
class ServiceStandard:
    """How a tier is served (按等级提供对等服务)."""

    tier: str
    contact_every_days: int | None
    holiday_gifts: bool
    gift_recipients: str
    note: str

    def to_json(self) -> dict:
        return {
            "tier": self.tier,
            "contact_every_days": self.contact_every_days,
            "holiday_gifts": self.holiday_gifts,
            "gift_recipients": self.gift_recipients,
            "note": self.note,
        }
