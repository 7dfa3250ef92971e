"""The desk's customer card shows the phone masked; "Show full number" is one deliberate
click for a role that may (audited), hidden for one that may not; an erased customer
cannot be checked in."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.errors import Refused
from receptionist.services import customers, privacy
from receptionist.store import audit
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def zhang(actor):
    return customers.register_customer(actor.id, name="张三", phone="13812345678")


def details(desk) -> str:
    return desk.checkin_panel.customer_details.text()


def test_the_card_masks_the_phone_until_shown_on_purpose(desk, zhang, actor, qtbot):
    panel = desk.checkin_panel
    panel.set_customer(zhang.id)
    assert "138****5678" in details(desk) and "1234" not in details(desk)
    assert panel.show_phone_button.isVisible()
    qtbot.mouseClick(panel.show_phone_button, Qt.MouseButton.LeftButton)
    assert "138 1234 5678" in details(desk)
    assert not panel.show_phone_button.isVisible()
    entry = audit.entries("customer", zhang.id)[-1]
    assert (entry.action, entry.staff_id) == ("customer.phone_view", actor.id)
    panel.set_customer(zhang.id)  # chosen again: masked again
    assert "138****5678" in details(desk)


def test_a_host_at_the_desk_finds_no_customer_and_no_phone(desk, ctx, zhang, host):
    ctx.actor = host  # a host may not look customers up (services.customers checks DESK)
    ctx.signals.actor_changed.emit()
    desk.search_panel.search_box.setText("13812345678")
    desk.search_panel.run_search()
    assert desk.search_panel.model.rowCount() == 0
    assert "5678" not in details(desk)
    assert not desk.checkin_panel.show_phone_button.isVisible()
    with pytest.raises(Refused):
        customers.get_customer(host.id, zhang.id)


def test_an_erased_customer_cannot_be_checked_in(desk, zhang):
    admin = staffing.add("Admin", "IT", "admin")
    privacy.erase_customer(admin.id, zhang.id)
    panel = desk.checkin_panel
    panel.set_customer(zhang.id)
    assert panel.customer_name.text() == f"Erased customer #{zhang.id}"
    assert not panel.checkin_button.isEnabled()
    assert "erased" in panel.checkin_error.text()
    assert not panel.show_phone_button.isVisible()
    assert dataclasses.asdict(customers.get_customer(desk.ctx.actor.id, zhang.id))["erased"] is True
