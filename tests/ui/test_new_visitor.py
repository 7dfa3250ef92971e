"""Registering a new visitor with few keys (issue 9, item 4): Ctrl+N carries the typed name
over and puts the cursor in the phone field; Enter saves and lands on the purpose; a
purpose moves on to the host; a phone already on file names its customer (masked) and
one key uses that customer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose
from receptionist.services import customers
from receptionist.store.models import Customer

from .conftest import WAIT_MS
from .keys import press, type_text

pytestmark = pytest.mark.usefixtures("source_language")


def focus(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)


def open_form(desk, qtbot, typed: str):
    type_text(desk, typed)
    press(desk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = desk.search_panel.register_form
    qtbot.waitUntil(lambda: desk.search_panel.stack.currentWidget() is form, timeout=WAIT_MS)
    return form


def test_ctrl_n_carries_the_name_and_the_cursor_goes_to_the_phone(desk, qtbot):
    form = open_form(desk, qtbot, "Anna Lee")
    assert form.name_edit.text() == "Anna Lee"
    focus(qtbot, form.phone_edit)


def test_ctrl_n_carries_digits_to_the_phone_and_the_cursor_goes_to_the_name(desk, qtbot):
    form = open_form(desk, qtbot, "13912345678")
    assert (form.name_edit.text(), form.phone_edit.text()) == ("", "13912345678")
    focus(qtbot, form.name_edit)


def test_enter_saves_and_lands_on_the_purpose_then_the_host(desk, qtbot):
    form = open_form(desk, qtbot, "Anna Lee")
    focus(qtbot, form.phone_edit)
    type_text(desk, "13912345678")
    press(desk, Qt.Key.Key_Return)
    panel = desk.checkin_panel
    qtbot.waitUntil(lambda: panel.customer is not None, timeout=WAIT_MS)
    assert panel.customer.name == "Anna Lee" and panel.customer.phone == "+8613912345678"
    assert desk.search_panel.stack.currentIndex() == 0  # back to the results
    focus(qtbot, panel.purpose_buttons[Purpose.SALES])
    press(desk, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.purpose() is Purpose.COMPLAINT, timeout=WAIT_MS)
    focus(qtbot, panel.host_combo)  # the next field to fill
    assert panel.host_combo.lineEdit().selectedText() == panel.host_combo.currentText()


def test_a_known_phone_names_its_customer_and_enter_uses_them(desk, actor, qtbot):
    known = customers.register_customer(
        actor.id, name="张三", phone="13800138000", company="华为技术有限公司"
    )
    before = Customer.select().count()
    form = open_form(desk, qtbot, "Zhang San")
    focus(qtbot, form.phone_edit)
    type_text(desk, "13800138000")
    press(desk, Qt.Key.Key_Return)

    error = form.errors["phone"]
    assert error.isVisible()
    assert error.text() == "138****8000 already belongs to 张三."
    button = form.use_existing_button
    assert button.isVisible() and button.text() == "Use this customer (Enter)"
    focus(qtbot, button)
    assert desk.primary.primary() is button  # the one green button: what Enter presses
    assert button.property("role") == "primary"
    assert form.save_button.property("role") != "primary"

    press(desk, Qt.Key.Key_Return)  # one action
    panel = desk.checkin_panel
    qtbot.waitUntil(lambda: panel.customer is not None, timeout=WAIT_MS)
    assert panel.customer.id == known.id
    assert Customer.select().count() == before  # nobody new
    assert desk.search_panel.stack.currentIndex() == 0
    focus(qtbot, panel.purpose_buttons[Purpose.SALES])


def test_the_offer_can_be_clicked_and_goes_when_the_phone_is_changed(desk, actor, qtbot):
    known = customers.register_customer(actor.id, name="Emily Chen", phone="13800138000")
    form = open_form(desk, qtbot, "Emily")
    form.phone_edit.setText("13800138000")
    form.save_button.click()
    assert form.use_existing_button.isVisible()
    form.phone_edit.setFocus()
    type_text(desk, "1")
    assert not form.use_existing_button.isVisible()
    form.phone_edit.setText("13800138000")
    form.save_button.click()
    form.use_existing_button.click()
    qtbot.waitUntil(lambda: desk.checkin_panel.customer is not None, timeout=WAIT_MS)
    assert desk.checkin_panel.customer.id == known.id
