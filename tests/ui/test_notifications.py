"""Host notifications on the desk: kiosk arrivals counted on the toolbar button, an
ordinary one said in the status bar, an urgent one (VIP, problem customer) with a sound,
an alert and a flashing button until it is marked seen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from receptionist.services import claims, clock, customers, kiosk, notifications, planning, visits
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def sounds(monkeypatch):
    """QApplication.beep and .alert calls: ("beep",) and ("alert", widget)."""
    calls: list[tuple] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(("beep",))))
    monkeypatch.setattr(
        QApplication, "alert", staticmethod(lambda widget, _ms=0: calls.append(("alert", widget)))
    )
    return calls


def walk_in(name: str, phone: str, host_id: int | None = None) -> str:
    return kiosk.check_in_walk_in(
        name=name, phone=phone, purpose="sales", host_id=host_id, consent=True
    ).code


def invited(actor_id: int, customer_id: int, host_id: int | None = None) -> str:
    """The customer arrives at the kiosk with their invitation code (proof of who they are:
    a phone on file alone only claims the customer, see test_claim_board.py)."""
    planned = planning.plan_visit(
        actor_id, customer_id=customer_id, purpose="sales", expected_at=clock.now(), host_id=host_id
    )
    return kiosk.check_in_invited(planned.invite_code, consent=True).code


def button_text(desk) -> str:
    return desk.notifications_action.text()


def test_an_ordinary_arrival_is_counted_and_said_without_a_sound(desk, host, qtbot, sounds):
    assert button_text(desk) == "Notifications (0)"
    walk_in("Jane Doe", "13800000001", host.id)  # the kiosk, elsewhere
    desk.poll()  # the desk's 2 s timer
    assert button_text(desk) == "Notifications (1)"
    assert desk.statusBar().currentMessage() == "Jane Doe is here for 李经理 (kiosk)"
    assert sounds == []
    assert not desk.notifications.flashing
    walk_in("No Host", "13800000002")
    desk.poll()  # the desk's 2 s timer
    assert button_text(desk) == "Notifications (2)"
    assert desk.statusBar().currentMessage() == "No Host is here (kiosk)"


def test_an_urgent_arrival_sounds_alerts_and_flashes_until_seen(desk, actor, host, qtbot, sounds):
    vip = customers.register_customer(actor.id, name="王总", phone="13900000009", category="vip")
    invited(actor.id, vip.id, host.id)
    desk.poll()  # the desk's 2 s timer
    assert button_text(desk) == "Notifications (1)"
    assert sounds == [("beep",), ("alert", desk)]
    bell = desk.notifications
    assert bell.flashing
    button = bell.button
    assert button.objectName() == "notifications_action_button"
    qtbot.waitUntil(lambda: bell.lit, timeout=2000)  # it alternates
    assert "background" in button.styleSheet()
    qtbot.waitUntil(lambda: not bell.lit, timeout=2000)
    assert "background" not in button.styleSheet()

    panel = bell.open_panel()
    table = panel.notifications_table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "王总"
    assert table.item(0, 2).font().weight() == QFont.Weight.Bold  # unseen
    assert table.item(0, 2).background().color().isValid()  # highlighted
    assert not panel.mark_seen_button.isEnabled()  # nothing selected
    table.selectRow(0)
    panel.mark_seen_button.click()

    assert notifications.unseen_notifications(actor.id) == []
    assert button_text(desk) == "Notifications (0)"
    assert not bell.flashing and button.styleSheet() == ""
    assert table.item(0, 5).text().endswith("by Front desk")
    desk.poll()
    assert sounds == [("beep",), ("alert", desk)]  # once only


def test_a_problem_customer_is_urgent_once_the_desk_confirms_who_they_are(
    desk, actor, qtbot, sounds
):
    bob = customers.register_customer(
        actor.id, name="Angry Bob", phone="13900000008", category="problem"
    )
    code = walk_in("Angry Bob", "13900000008")  # his phone: only a claim
    desk.poll()
    assert not desk.notifications.flashing and sounds == []
    assert desk.statusBar().currentMessage() == (
        "Angry Bob is here (kiosk): possible returning customer — confirm"
    )
    claims.confirm_claim(actor.id, visits.visit_by_code(actor.id, code).id)
    assert visits.visit_by_code(actor.id, code).customer_id == bob.id
    desk.poll()
    assert desk.notifications.flashing
    assert ("beep",) in sounds


def test_waiting_notifications_at_start_are_counted_not_announced(qtbot, ctx, sounds):
    from receptionist.ui.app import create_desk

    walk_in("Jane Doe", "13800000001")
    window = create_desk(ctx)
    qtbot.addWidget(window)
    window.show()
    assert button_text(window) == "Notifications (1)"
    window.poll()
    assert window.statusBar().currentMessage() == ""
    assert sounds == []
    window.close()


def test_mark_all_seen(desk, qtbot, sounds):
    walk_in("Jane Doe", "13800000001")
    walk_in("John Roe", "13800000002")
    desk.poll()
    panel = desk.notifications.open_panel()
    assert [panel.notifications_table.item(r, 2).text() for r in range(2)] == [
        "John Roe",
        "Jane Doe",
    ]  # newest first
    panel.mark_all_button.click()
    assert button_text(desk) == "Notifications (0)"
    assert not panel.mark_all_button.isEnabled()
    assert [n.seen_by for n in notifications.recent_notifications(staffing.desk_id())] == [
        "Front desk"
    ] * 2
