"""A visitor at the counter, counted (issue 9, evidence): every key press and every click
from "visitor at the counter" to "checked in, slip queued". A typed word or number is one
action (typing); each special key or chord (Enter, Ctrl+N, Alt+1) is one; so is a click.
Waiting for the desk is not an action.

Returning visitor, 4 actions:
    1. type part of the name ("emi")      search as you type; the first hit is highlighted
    2. Enter                              picks her; the cursor is on the purpose
    3. Alt+1                              purpose: sales; the cursor moves to the host
    4. Enter                              checks in (no host); the slip is printed/saved

New visitor, 8 actions:
    1. type the name ("Lucy Wang")        no match: "press Ctrl+N"
    2. Ctrl+N                             the form, name carried over, cursor in phone
    3. type the phone ("13912345678")
    4. Enter                              saves; lands on the purpose
    5. Alt+1                              purpose: sales; the cursor moves to the host
    6. type part of the host ("sar")      the host's name is suggested
    7. Enter                              takes "Sarah Johnson"
    8. Enter                              checks in; the slip is printed/saved

Keys go through the window (``keys.press``) as a keyboard's do, so shortcuts, the
completer's popup and the focused widget each get them the way they would for real.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Purpose, VisitStatus
from receptionist.services import customers, printing, visits
from receptionist.ui.printing.choices import PrintSettings, save_print_settings
from tests import staffing

from .conftest import WAIT_MS
from .expected_helpers import without_printers
from .keys import press, type_text

pytestmark = pytest.mark.usefixtures("source_language")

RETURNING_MAX = 4
NEW_MAX = 8


class Receptionist:
    """Drives the desk and writes down every action."""

    def __init__(self, desk, qtbot) -> None:
        self.desk = desk
        self.qtbot = qtbot
        self.actions: list[str] = []

    def type(self, text: str) -> None:
        type_text(self.desk, text)
        self.actions.append(f"type {text!r}")

    def press(self, key: Qt.Key, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        press(self.desk, key, modifier)
        self.actions.append(name)

    def wait(self, condition) -> None:
        """The desk catches up (a debounce, a button's animated click): not an action."""
        self.qtbot.waitUntil(condition, timeout=WAIT_MS)


@pytest.fixture
def counter(desk, qtbot, monkeypatch, tmp_path):
    """The desk prints the slip at check-in; with no printer here it is saved as a PDF."""
    without_printers(monkeypatch, tmp_path / "Printouts")
    save_print_settings(PrintSettings(auto_slip=True))
    return Receptionist(desk, qtbot)


def checked_in_with_slip(customer_id: int):
    [visit] = [v for v in visits.on_site_board(staffing.desk_id()) if v.customer_id == customer_id]
    assert visit.status is VisitStatus.ON_SITE
    [record] = printing.print_history(staffing.desk_id(), visit.code)
    assert (record.document, record.outcome) == ("slip", "saved")
    return visit


def test_a_returning_visitor_takes_at_most_4_actions(desk, actor, counter):
    emily = customers.register_customer(actor.id, name="Emily Chen", phone="13800138000")
    earlier = visits.check_in(actor.id, customer_id=emily.id, purpose="sales")
    visits.check_out(actor.id, earlier.code)  # she has been here before
    panel = desk.checkin_panel

    counter.type("emi")
    counter.wait(lambda: desk.search_panel.model.rowCount() == 1)
    counter.press(Qt.Key.Key_Return, "Enter")
    counter.wait(lambda: panel.customer is not None and panel.customer.id == emily.id)
    counter.press(Qt.Key.Key_1, "Alt+1", Qt.KeyboardModifier.AltModifier)
    counter.wait(lambda: panel.purpose() is Purpose.SALES and panel.host_combo.hasFocus())
    counter.press(Qt.Key.Key_Return, "Enter")

    visit = checked_in_with_slip(emily.id)
    assert visit.purpose is Purpose.SALES and visit.host_id is None
    assert desk.status_text() == f"Checked in Emily Chen — {visit.code}"
    assert counter.actions == ["type 'emi'", "Enter", "Alt+1", "Enter"]
    assert len(counter.actions) <= RETURNING_MAX


def test_a_new_visitor_takes_at_most_8_actions(desk, actor, counter):
    sarah = staffing.add("Sarah Johnson", "Sales", "host")
    staffing.add("Tom Baker", "Sales", "host")
    desk.checkin_panel.reload_hosts()
    panel = desk.checkin_panel
    form = desk.search_panel.register_form

    counter.type("Lucy Wang")
    counter.wait(lambda: "Ctrl+N" in desk.search_panel.search_hint.text())
    counter.press(Qt.Key.Key_N, "Ctrl+N", Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: form.phone_edit.hasFocus())
    counter.type("13912345678")
    counter.press(Qt.Key.Key_Return, "Enter")
    counter.wait(lambda: panel.customer is not None and panel.customer.name == "Lucy Wang")
    counter.wait(lambda: panel.purpose_buttons[Purpose.SALES].hasFocus())
    counter.press(Qt.Key.Key_1, "Alt+1", Qt.KeyboardModifier.AltModifier)
    counter.wait(lambda: panel.purpose() is Purpose.SALES and panel.host_combo.hasFocus())
    counter.type("sar")
    counter.wait(lambda: panel.host_combo.completer().popup().isVisible())
    counter.press(Qt.Key.Key_Return, "Enter")
    counter.wait(lambda: panel.host_combo.currentText() == "Sarah Johnson")
    counter.press(Qt.Key.Key_Return, "Enter")

    lucy = customers.find_by_phone(actor.id, "13912345678")
    assert lucy is not None and lucy.name == "Lucy Wang"
    visit = checked_in_with_slip(lucy.id)
    assert visit.host_id == sarah.id and visit.purpose is Purpose.SALES
    assert counter.actions == [
        "type 'Lucy Wang'",
        "Ctrl+N",
        "type '13912345678'",
        "Enter",
        "Alt+1",
        "type 'sar'",
        "Enter",
        "Enter",
    ]
    assert len(counter.actions) <= NEW_MAX
