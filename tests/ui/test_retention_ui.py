"""The desk's retention job: on a worker thread, as the system; each customer it erased
is announced so that the desk shows them as erased."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject

from receptionist.services import clock, customers
from receptionist.ui.common import retention
from receptionist.ui.common.context import DeskSignals


def test_the_job_erases_stale_customers_and_announces_them(db, actor, qtbot):
    start = datetime(2023, 1, 2, 3, 0, tzinfo=UTC)
    clock.set_clock(lambda: start)
    stale = customers.register_customer(actor.id, name="Old Visitor", phone="13900000001")
    clock.set_clock(lambda: start + timedelta(days=800))
    recent = customers.register_customer(actor.id, name="New Visitor")
    signals = DeskSignals()
    announced: list[int] = []
    signals.customer_changed.connect(announced.append)
    parent = QObject()
    schedule = retention.start_retention(parent, signals)
    with qtbot.waitSignal(schedule.ran, timeout=20_000) as ran:
        schedule.run()  # what the start's timer does a few seconds after the window
    assert ran.args[0].customer_ids == (stale.id,)
    assert announced == [stale.id]
    assert customers.get_customer(actor.id, stale.id).erased
    assert not customers.get_customer(actor.id, recent.id).erased
