"""The board's claimed arrival (issue 11): "王五" gave 王大伟's phone at the kiosk; the desk
sees a possible returning customer and confirms or rejects the match with one click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from receptionist.services import claims, customers, kiosk, notifications, visits
from receptionist.ui.desk.notifications_panel import arrival_text
from receptionist.ui.desk.onsite_model import COL_NAME

from .conftest import WAIT_MS

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def claimed(desk, actor):
    """(王大伟's id, the kiosk receipt of 王五 who typed his phone), on the board."""
    wang = customers.register_customer(actor.id, name="王大伟", phone="13900139000", category="vip")
    receipt = kiosk.check_in_walk_in(
        name="王五", phone="13900139000", purpose="sales", host_id=None, consent=True
    )
    desk.board.refresh()
    return wang.id, receipt


def name_cell(desk) -> str:
    return desk.board.model.index(0, COL_NAME).data()


def select_first(desk, qtbot) -> None:
    desk.board.onsite_table.selectRow(0)
    qtbot.waitUntil(lambda: desk.board.claim_bar.isVisible(), timeout=WAIT_MS)


def test_a_claimed_arrival_is_marked_and_confirmed_with_one_click(desk, actor, qtbot, claimed):
    wang_id, receipt = claimed
    bar = desk.board.claim_bar
    assert name_cell(desk) == "王五 → 王大伟?"
    assert "Possible returning customer 王大伟 — confirm" in desk.board.model.index(
        0, COL_NAME
    ).data(Qt.ItemDataRole.ToolTipRole)
    assert not bar.isVisible()  # nothing selected yet
    select_first(desk, qtbot)
    assert bar.claim_label.text() == (
        "Possible returning customer — confirm: 王五 gave the phone number of 王大伟."
    )
    qtbot.mouseClick(bar.claim_confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name_cell(desk) == "王大伟", timeout=WAIT_MS)
    assert desk.status_text() == f"{receipt.code}: confirmed as 王大伟."
    assert not bar.isVisible()
    assert str(desk.board.selected_visit().category) == "vip"
    assert customers.get_customer(actor.id, wang_id).visit_count == 1
    assert [n.urgent for n in notifications.unseen_notifications(actor.id)] == [True, False]


def test_rejecting_keeps_the_visitor_as_a_new_customer(desk, qtbot, claimed):
    wang_id, receipt = claimed
    select_first(desk, qtbot)
    qtbot.mouseClick(desk.board.claim_bar.claim_reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name_cell(desk) == "王五", timeout=WAIT_MS)
    assert desk.status_text() == f"{receipt.code}: 王五 is registered as a new customer."
    assert not desk.board.claim_bar.isVisible()
    assert customers.get_customer(desk.ctx.actor.id, wang_id).visit_count == 0
    assert desk.board.selected_visit().claimed_customer_id is None


def test_a_claim_another_desk_settled_meanwhile_is_told(desk, actor, qtbot, claimed):
    _wang_id, receipt = claimed
    select_first(desk, qtbot)
    claims.reject_claim(actor.id, desk.board.selected_visit().id)  # the other desk
    qtbot.mouseClick(desk.board.claim_bar.claim_confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not desk.board.claim_bar.isVisible(), timeout=WAIT_MS)
    assert desk.status_text().startswith("Another desk has already confirmed or rejected")
    assert visits.visit_by_code(actor.id, receipt.code).customer_name == "王五"


def test_the_notification_says_to_confirm(desk, actor, claimed):
    [note] = notifications.unseen_notifications(actor.id)
    assert note.claim and not note.urgent
    assert arrival_text(note) == "王五 is here (kiosk): possible returning customer — confirm"
