"""What the lost-customer services return (``services.lost``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class LostSettings:
    threshold_days: int
    factor: float
    win_back_days: int


@dataclass(frozen=True)
class Detected:
    review_ids: list[int]
    threshold: int
    interval: int

    def to_json(self) -> dict:
        return {
            "created": len(self.review_ids),
            "threshold": self.threshold,
            "interval": self.interval,
            "review_ids": self.review_ids,
        }


@dataclass(frozen=True)
class ReviewView:
    id: int
    customer_id: int
    name: str
    phone: str  # masked
    erased: bool
    detected_at: datetime
    rule: str
    last_activity_on: date | None
    status: str
    competitor: str
    reason: str | None
    reason_note: str
    can_win_back: bool | None
    owner_id: int | None
    owner_name: str
    follow_up_id: int | None
    outcome: str
    tiers: list[tuple[str, str]]
    last_visits: list[datetime]
    last_purchase: tuple[date, int] | None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "customer_id": self.customer_id,
            "name": self.name,
            "phone": self.phone,
            "detected_at": self.detected_at.isoformat(),
            "rule": self.rule,
            "last_activity": self.last_activity_on.isoformat() if self.last_activity_on else None,
            "status": self.status,
            "competitor": self.competitor,
            "reason": self.reason,
            "reason_note": self.reason_note,
            "can_win_back": self.can_win_back,
            "owner_id": self.owner_id,
            "follow_up_id": self.follow_up_id,
            "outcome": self.outcome,
            "tiers": [{"period": p, "tier": t} for p, t in self.tiers],
            "last_visits": [v.isoformat() for v in self.last_visits],
            "last_purchase": (
                {"date": self.last_purchase[0].isoformat(), "amount_cents": self.last_purchase[1]}
                if self.last_purchase
                else None
            ),
        }


@dataclass(frozen=True)
class ReportLine:
    key: str  # a reason ("" not analysed yet) or a competitor ("" none named)
    reviews: int
    customers: int
    revenue_cents: int

    def to_json(self) -> dict:
        return {
            "key": self.key,
            "reviews": self.reviews,
            "customers": self.customers,
            "revenue_lost_cents": self.revenue_cents,
        }


@dataclass(frozen=True)
class LostReport:
    since: date | None
    by_reason: list[ReportLine]
    by_competitor: list[ReportLine]

    def to_json(self) -> dict:
        return {
            "since": self.since.isoformat() if self.since else None,
            "by_reason": [line.to_json() for line in self.by_reason],
            "by_competitor": [line.to_json() for line in self.by_competitor],
        }
