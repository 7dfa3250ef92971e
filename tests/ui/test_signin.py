"""Signing in at the desk: the sign-in screen over the desk, a PIN for receptionists, the
idle lock, and what was typed kept for the one who typed it (never shown to the next)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from receptionist.domain.enums import Purpose, Station
from receptionist.services import auth, customers, settings
from receptionist.ui.app import create_desk
from receptionist.ui.common.context import NOBODY, DeskContext
from receptionist.ui.common.station import open_this_station
from tests import staffing

from .conftest import ADMIN_PASSWORD, type_chinese

pytestmark = pytest.mark.usefixtures("source_language")

PIN = "2468"
OTHER_PIN = "1357"


@pytest.fixture
def people(db, actor, site):
    """This desk's station, the receptionist at the desk (PIN 2468) and a colleague
    (PIN 1357), each signed in here once (so the desk lists them)."""
    open_this_station(Station.DESK)
    colleague = staffing.add("Bella Wu", "Reception", "receptionist")
    auth.set_secret(actor.id, actor.id, PIN)
    auth.set_secret(colleague.id, colleague.id, OTHER_PIN)
    auth.sign_in(colleague.name, OTHER_PIN)
    return auth.sign_in(actor.name, PIN), colleague


@pytest.fixture
def locked_desk(qtbot, people, site):
    """The desk as the app opens it: locked, nobody signed in yet."""
    window = create_desk(DeskContext(actor=NOBODY, site=site, language="en"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


@pytest.fixture
def signed_in_desk(qtbot, people, site):
    actor, _colleague = people
    window = create_desk(DeskContext(actor=actor, site=site, language="en"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person could read in the window now (labels, fields, buttons)."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = getattr(widget, "text", None)
        if callable(text):
            value = text()
            if isinstance(value, str) and value:
                texts.append(value)
    return texts


def sign_in_with_keys(qtbot, screen, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_the_desk_opens_on_the_sign_in_screen_listing_its_recent_staff(locked_desk, people):
    actor, colleague = people
    screen = locked_desk.signin_screen
    assert locked_desk.locked and screen.isVisible()
    assert not locked_desk.splitter.isVisible() and not locked_desk.toolbar.isVisible()
    names = [screen.recent_list.item(i).text() for i in range(screen.recent_list.count())]
    assert names == [actor.name, colleague.name]  # the most recent first, names only
    assert screen.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    assert QApplication.focusWidget() is screen.recent_list


def test_a_receptionist_switches_in_two_keystrokes_and_a_pin(locked_desk, people, qtbot):
    """Down to the colleague, then the PIN typed straight away, Enter."""
    _actor, colleague = people
    screen = locked_desk.signin_screen
    qtbot.keyClick(screen.recent_list, Qt.Key.Key_Down)
    sign_in_with_keys(qtbot, screen, OTHER_PIN)
    assert not locked_desk.locked
    assert locked_desk.ctx.actor.id == colleague.id
    assert locked_desk.actor_label.text() == colleague.name
    assert locked_desk.splitter.isVisible() and locked_desk.toolbar.isVisible()
    assert QApplication.focusWidget() is locked_desk.search_panel.search_box
    assert locked_desk.loaded  # the board is read once someone has signed in


def test_a_wrong_pin_is_one_sentence_under_the_field(locked_desk, people, qtbot):
    screen = locked_desk.signin_screen
    sign_in_with_keys(qtbot, screen, "9999")
    assert locked_desk.locked and not locked_desk.ctx.signed_in
    assert screen.error.isVisible()
    assert screen.error.text() == (
        "Wrong name, password or PIN; nothing was done. Check it and try again."
    )
    assert screen.secret_edit.text() == "" and QApplication.focusWidget() is screen.secret_edit


def test_a_locked_account_says_until_when(locked_desk, people, qtbot):
    screen = locked_desk.signin_screen
    screen.name_edit.setText(people[0].name)
    for _attempt in range(5):
        screen.secret_edit.setText("0000")
        screen.sign_in()
    assert screen.error.text().startswith("Too many wrong attempts: this account is locked until")
    screen.secret_edit.setText(PIN)  # the right PIN does not open it now
    screen.sign_in()
    assert locked_desk.locked and "locked until" in screen.error.text()


def test_anyone_else_types_their_name(locked_desk, admin, qtbot):
    screen = locked_desk.signin_screen
    screen.name_edit.setFocus()
    qtbot.keyClicks(screen.name_edit, admin.name)
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.secret_edit
    qtbot.keyClicks(screen.secret_edit, ADMIN_PASSWORD)
    qtbot.keyClick(screen.secret_edit, Qt.Key.Key_Return)
    assert locked_desk.ctx.actor.id == admin.id and not locked_desk.locked


def test_a_chinese_name_signs_in(locked_desk, actor, qtbot):
    wang = staffing.add("王丽", "前台", "receptionist")
    auth.set_secret(wang.id, wang.id, "8642")
    screen = locked_desk.signin_screen
    type_chinese(screen.name_edit, "王丽")
    screen.secret_edit.setText("8642")
    screen.sign_in()
    assert locked_desk.ctx.actor.id == wang.id


# -- the idle lock ------------------------------------------------------------------------
def fill_check_in(desk, actor) -> int:
    customer = customers.register_customer(actor.id, name="Emily Chen", company="Acme")
    desk.search_panel.pick_customer(customer.id)
    panel = desk.checkin_panel
    panel.purpose_buttons[Purpose.AFTER_SALES].click()
    panel.note_edit.setText("Brought the broken charger")
    desk.search_panel.search_box.setText("Emily")
    return customer.id


def test_the_desk_locks_after_the_idle_time(signed_in_desk):
    desk = signed_in_desk
    lock = desk.desk_lock
    assert lock.minutes == 5 and lock.timer.isActive()
    assert lock.timer.interval() == 5 * 60_000
    lock.timer.timeout.emit()  # five minutes without a key or a click
    assert desk.locked and desk.signin_screen.isVisible()
    assert not lock.timer.isActive()  # nothing to count while locked


def test_input_restarts_the_idle_time_and_zero_never_locks(signed_in_desk, admin, qtbot):
    desk = signed_in_desk
    lock = desk.desk_lock
    lock.timer.start(60_000)
    qtbot.keyClick(desk.search_panel.search_box, "a")
    assert lock.timer.interval() == 5 * 60_000  # started again from the whole time
    settings.save_desk_lock_minutes(admin.id, 0)
    desk.ctx.signals.settings_changed.emit()
    assert lock.minutes == 0 and not lock.timer.isActive()


def test_locking_hides_everything_typed_and_closes_dialogs(signed_in_desk, actor, qtbot):
    desk = signed_in_desk
    fill_check_in(desk, actor)
    dialog = QDialog(desk)
    dialog.setObjectName("some_open_dialog")
    dialog.show()
    desk.toolbar.lock_action.trigger()
    assert not dialog.isVisible()
    shown = " ".join(visible_texts(desk))
    for private in ("Emily", "Acme", "charger"):
        assert private not in shown
    assert not desk.statusBar().isVisible()
    # The desk's keys do nothing behind the sign-in screen.
    qtbot.keyClick(desk, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not desk.expected_panel.isVisible()


def test_the_same_person_finds_what_they_typed(signed_in_desk, people, qtbot):
    desk = signed_in_desk
    actor, _colleague = people
    customer_id = fill_check_in(desk, actor)
    desk.checkin_panel.note_edit.setFocus()
    desk.desk_lock.timer.timeout.emit()
    screen = desk.signin_screen
    assert screen.recent_list.currentItem().text() == actor.name  # who locked it first
    assert "locked the desk" in screen.note.text()
    sign_in_with_keys(qtbot, screen, PIN)
    panel = desk.checkin_panel
    assert panel.customer.id == customer_id and panel.purpose() is Purpose.AFTER_SALES
    assert panel.note_edit.text() == "Brought the broken charger"
    assert desk.search_panel.search_box.text() == "Emily"
    assert QApplication.focusWidget() is panel.note_edit  # the cursor where it was
    assert not desk.desk_lock.restore_button.isVisible()


def test_another_person_never_sees_it_and_the_first_gets_it_back(signed_in_desk, people, qtbot):
    desk = signed_in_desk
    actor, colleague = people
    customer_id = fill_check_in(desk, actor)
    desk.desk_lock.timer.timeout.emit()
    screen = desk.signin_screen
    screen.name_edit.setText(colleague.name)
    screen.secret_edit.setText(OTHER_PIN)
    screen.sign_in()
    assert desk.ctx.actor.id == colleague.id
    shown = " ".join(visible_texts(desk))
    for private in ("Emily", "Acme", "charger"):
        assert private not in shown
    assert desk.checkin_panel.customer is None
    assert not desk.desk_lock.restore_button.isVisible()  # not theirs to restore

    desk.toolbar.lock_action.trigger()  # the colleague is done; the first one is back
    screen.name_edit.setText(actor.name)
    screen.secret_edit.setText(PIN)
    screen.sign_in()
    button = desk.desk_lock.restore_button
    assert button.isVisible() and button.text() == "Restore what you were typing"
    button.click()
    panel = desk.checkin_panel
    assert panel.customer.id == customer_id and panel.purpose() is Purpose.AFTER_SALES
    assert panel.note_edit.text() == "Brought the broken charger"
    assert not button.isVisible()


def test_a_half_typed_registration_is_set_aside_too(signed_in_desk, people, qtbot):
    desk = signed_in_desk
    actor, colleague = people
    desk.search_panel.search_box.setText("Zhou Min")
    desk.search_panel.show_register()
    desk.search_panel.register_form.phone_edit.setText("13912345678")
    desk.lock()
    desk.signin_screen.name_edit.setText(colleague.name)
    desk.signin_screen.secret_edit.setText(OTHER_PIN)
    desk.signin_screen.sign_in()
    form = desk.search_panel.register_form
    assert not form.isVisible()
    assert (form.name_edit.text(), form.phone_edit.text()) == ("", "")
    desk.lock()
    desk.signin_screen.name_edit.setText(actor.name)
    desk.signin_screen.secret_edit.setText(PIN)
    desk.signin_screen.sign_in()
    desk.desk_lock.restore_button.click()
    assert form.isVisible()
    assert (form.name_edit.text(), form.phone_edit.text()) == ("Zhou Min", "13912345678")
