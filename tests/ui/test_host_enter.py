"""The host field of the check-in panel: Enter takes the suggestion (issue 9, item 2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose
from receptionist.services import customers, visits
from tests import staffing

from .conftest import WAIT_MS
from .keys import press, type_text

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def hosts(actor):
    return {
        name: staffing.add(name, "Sales", "host")
        for name in ("Sarah Johnson", "Sam Lee", "Tom Baker")
    }


@pytest.fixture
def panel(desk, actor, hosts, qtbot):
    """Emily is chosen, purpose sales, the cursor in the host field."""
    customer = customers.register_customer(actor.id, name="Emily Chen")
    desk.search_panel.pick_customer(customer.id)
    panel = desk.checkin_panel
    panel.host_combo.reload()
    panel.purpose_buttons[Purpose.SALES].click()
    panel.host_combo.lineEdit().setFocus()
    panel.host_combo.lineEdit().clear()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.host_combo, timeout=WAIT_MS)
    return panel


def popup_open(panel) -> bool:
    return panel.host_combo.completer().popup().isVisible()


def test_enter_takes_the_only_suggestion_and_the_next_enter_checks_in(desk, panel, hosts, qtbot):
    type_text(desk, "sar")
    qtbot.waitUntil(lambda: popup_open(panel), timeout=WAIT_MS)
    press(desk, Qt.Key.Key_Return)  # goes to the popup, as a real key does
    assert panel.host_combo.currentText() == "Sarah Johnson"
    assert not popup_open(panel)
    assert visits.on_site_board(desk.ctx.actor.id) == []  # the first Enter only chose the host
    press(desk, Qt.Key.Key_Return)
    [visit] = visits.on_site_board(desk.ctx.actor.id)
    assert visit.host_id == hosts["Sarah Johnson"].id


def test_enter_takes_the_first_of_several_or_the_highlighted_one(desk, panel, hosts, qtbot):
    type_text(desk, "sa")  # Sarah Johnson, Sam Lee
    qtbot.waitUntil(lambda: popup_open(panel), timeout=WAIT_MS)
    first = panel.host_combo.completer().completionModel().index(0, 0).data()
    press(desk, Qt.Key.Key_Return)
    assert panel.host_combo.currentText() == first

    panel.host_combo.lineEdit().clear()
    type_text(desk, "sa")
    qtbot.waitUntil(lambda: popup_open(panel), timeout=WAIT_MS)
    press(desk, Qt.Key.Key_Down)
    press(desk, Qt.Key.Key_Down)
    second = panel.host_combo.completer().completionModel().index(1, 0).data()
    assert second != first
    press(desk, Qt.Key.Key_Return)
    assert panel.host_combo.currentText() == second
    assert panel.host_combo.host_id() == (True, hosts[second].id)


def test_the_red_error_goes_as_soon_as_the_host_is_valid(desk, panel, hosts, qtbot):
    type_text(desk, "nobody")
    press(desk, Qt.Key.Key_Return)
    error = panel.checkin_error
    assert error.isVisible() and "host" in error.text()
    assert visits.on_site_board(desk.ctx.actor.id) == []
    panel.host_combo.lineEdit().selectAll()
    type_text(desk, "tom")  # typed over "nobody": still no such host
    qtbot.waitUntil(lambda: popup_open(panel), timeout=WAIT_MS)
    assert error.isVisible()
    press(desk, Qt.Key.Key_Return)
    assert panel.host_combo.currentText() == "Tom Baker"
    assert not error.isVisible()


def test_the_purpose_error_goes_once_a_purpose_is_chosen(desk, panel, qtbot):
    panel._reset_form()
    press(desk, Qt.Key.Key_Return)
    assert panel.checkin_error.isVisible() and "purpose" in panel.checkin_error.text()
    press(desk, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.purpose() is Purpose.AFTER_SALES, timeout=WAIT_MS)
    assert not panel.checkin_error.isVisible()
