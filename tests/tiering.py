"""Purchases for tier tests, written straight to the store (recording purchases is
another part of issue 12; the tiers only read them)."""

from __future__ import annotations

from datetime import date

from receptionist.services import clock
from receptionist.store.models import Purchase


def buy(customer_id: int, day: date | str, cents: int) -> None:
    """A purchase (a refund when ``cents`` is negative) of ``customer_id`` on ``day``."""
    Purchase.insert(
        customer=customer_id,
        purchased_on=date.fromisoformat(day) if isinstance(day, str) else day,
        amount_cents=cents,
        source="cli",
        created_at=clock.now(),
    ).execute()
