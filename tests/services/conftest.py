"""Fixtures for the service tests: a settable clock and a few known customers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from receptionist.services import clock, customers, kiosk


@pytest.fixture(autouse=True)
def fresh_kiosk_session():
    """Each test is a new kiosk session: no refused check-out codes carried over (the kiosk
    counts them per station in its process)."""
    kiosk.forget_refusals()


class FixedClock:
    """A clock the test moves by hand; installed with ``services.clock.set_clock``."""

    def __init__(self, at: datetime):
        self.at = at
        clock.set_clock(lambda: self.at)

    def set(self, at: datetime) -> datetime:
        self.at = at
        return at

    def tick(self, **delta) -> datetime:
        self.at = self.at + timedelta(**delta)
        return self.at


@pytest.fixture
def fixed_clock(db):
    fixed = FixedClock(datetime(2024, 11, 22, 2, 0, tzinfo=UTC))
    yield fixed
    clock.set_clock(None)


@pytest.fixture
def zhang(actor):
    return customers.register_customer(
        actor.id, name="张三", phone="13800138000", company="华为技术有限公司"
    )


@pytest.fixture
def john(actor):
    return customers.register_customer(
        actor.id,
        name="John Smith",
        phone="+1 202 555 0143",
        company="Acme Trading",
        kind="business",
        category="existing",
    )
