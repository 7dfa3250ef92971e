"""Host notifications: one per kiosk arrival, urgent for VIP and problem customers,
seen once by whoever marks them."""

from __future__ import annotations

import pytest

from receptionist.domain.errors import NotFound
from receptionist.services import kiosk, notifications, visits


def arrive(name, phone):
    return kiosk.check_in_walk_in(
        name=name, phone=phone, purpose="sales", host_id=None, consent=True
    )


def test_kiosk_arrivals_notify_desk_arrivals_do_not(fixed_clock, actor, zhang):
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    assert notifications.unseen_notifications(actor.id) == []
    first = arrive("Anna Lee", "13700137000")
    fixed_clock.tick(minutes=1)
    second = arrive("Bob Stone", "13600136000")
    unseen = notifications.unseen_notifications(actor.id)
    assert [n.visit_code for n in unseen] == [second.code, first.code]  # newest first
    assert all(not n.urgent and n.seen_at is None for n in unseen)


def test_mark_seen_one_or_all(fixed_clock, actor):
    arrive("Anna Lee", "13700137000")
    arrive("Bob Stone", "13600136000")
    newest, older = notifications.unseen_notifications(actor.id)
    assert notifications.mark_seen(actor.id, [newest.id]) == 1
    assert [n.id for n in notifications.unseen_notifications(actor.id)] == [older.id]
    assert notifications.mark_seen(actor.id) == 1
    assert notifications.unseen_notifications(actor.id) == []
    seen = notifications.recent_notifications(actor.id)
    assert [n.seen_by for n in seen] == ["Front desk", "Front desk"]
    assert notifications.mark_seen(actor.id) == 0
    with pytest.raises(NotFound):
        notifications.mark_seen(999)
