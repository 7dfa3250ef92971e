"""The first start: the desk asks for the site's name and kind, the language and the first
admin (with a password, typed twice) before anything else, saves it all at once (or
nothing when cancelled), and does not ask again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from receptionist.domain.enums import Role, SiteKind
from receptionist.services import auth, customers, settings, staff
from receptionist.ui import app as desk_app
from receptionist.ui.app import create_desk
from receptionist.ui.common import i18n
from receptionist.ui.settings.first_start import FirstStartDialog

from .conftest import type_chinese

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def started(monkeypatch, qtbot):
    """Run the desk as a user starts it; what opened, in order, and the desk windows.
    ``answer`` is what the user does in the setup dialog (given the dialog)."""
    events: list[str] = []
    windows = []

    def create(ctx, deferred=False):
        events.append("desk")
        window = create_desk(ctx, deferred)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    monkeypatch.setattr(desk_app, "create_desk", create)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)

    def start(db_path, answer):
        def setup_exec(dialog):
            events.append("setup")
            qtbot.addWidget(dialog)
            answer(dialog)
            return dialog.result()

        monkeypatch.setattr(FirstStartDialog, "exec", setup_exec)
        return desk_app.run(str(db_path), "en")

    return start, events, windows


PASSWORD = "bund hotel 88"


def fill(
    dialog: FirstStartDialog,
    site="外滩酒店",
    kind=SiteKind.HOTEL,
    name="王丽",
    dept="前台",
    password=PASSWORD,
    again=PASSWORD,
):
    dialog.site_name_edit.setFocus()
    type_chinese(dialog.site_name_edit, site)
    dialog.site_kind_combo.setCurrentIndex(dialog.site_kind_combo.findData(str(kind)))
    type_chinese(dialog.staff_name_edit, name)
    type_chinese(dialog.department_edit, dept)
    dialog.password_edit.setText(password)
    dialog.password_again_edit.setText(again)


def test_the_first_start_opens_the_setup_before_anything_else(db, db_path, started):
    start, events, windows = started

    def answer(dialog):
        assert dialog.staff_box.isVisibleTo(dialog)  # nobody yet: the first admin
        assert dialog.focusWidget() in (None, dialog.site_name_edit)
        fill(dialog)
        dialog.accept()

    assert start(db_path, answer) == 0
    assert events == ["setup", "desk"]
    [window] = windows
    [person] = staff.list_staff(window.ctx.actor.id)
    assert (person.name, person.department, person.role) == ("王丽", "前台", Role.ADMIN)
    assert window.ctx.actor == person and not window.locked  # who set it up opens it
    assert window.ctx.site == settings.site_settings()
    assert (window.ctx.site.site_name, window.ctx.site.hotel_mode) == ("外滩酒店", True)


def test_a_hotel_set_up_at_the_first_start_speaks_of_guests_and_rooms(db, db_path, started):
    start, _events, windows = started

    def answer(dialog):
        fill(dialog, kind=SiteKind.HOTEL)
        dialog.accept()

    start(db_path, answer)
    [window] = windows
    window.show()
    guest = customers.register_customer(window.ctx.actor.id, name="Emily Chen")
    window.search_panel.pick_customer(guest.id)  # the check-in form, with its room field
    assert window.checkin_panel.room_edit.isVisible()
    assert window.search_panel.title.text() == "Find a guest"
    assert window.board.model.headerData(2, Qt.Orientation.Horizontal) == "Guest"


def test_an_office_set_up_at_the_first_start_has_visitors_and_no_rooms(db, db_path, started):
    start, _events, windows = started

    def answer(dialog):
        fill(dialog, site="远景科技", kind=SiteKind.OFFICE)
        dialog.accept()

    start(db_path, answer)
    [window] = windows
    window.show()
    visitor = customers.register_customer(window.ctx.actor.id, name="Emily Chen")
    window.search_panel.pick_customer(visitor.id)
    assert window.checkin_panel.checkin_button.isVisible()
    assert not window.checkin_panel.room_edit.isVisible()
    assert window.board.model.headerData(2, Qt.Orientation.Horizontal) == "Visitor"


def test_cancelling_the_setup_saves_nothing_and_opens_no_desk(db, db_path, started, table_counts):
    start, events, windows = started
    before = table_counts()

    def answer(dialog):
        fill(dialog)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
        dialog.reject()

    assert start(db_path, answer) == 0
    assert events == ["setup"] and windows == []
    assert table_counts() == before
    assert not settings.site_settings().set_up
    assert i18n.saved_language() is None


def test_the_second_start_goes_straight_to_the_desk(db, db_path, started):
    start, events, windows = started
    start(db_path, lambda dialog: (fill(dialog), dialog.accept()))
    assert start(db_path, lambda dialog: pytest.fail("asked again")) == 0
    assert events == ["setup", "desk", "desk"]
    second = windows[1]
    assert second.locked and not second.ctx.signed_in  # the sign-in screen first
    screen = second.signin_screen
    screen.name_edit.setText("王丽")
    screen.secret_edit.setText(PASSWORD)
    screen.sign_in()
    assert second.ctx.actor.name == "王丽" and not second.locked


def test_a_site_with_staff_but_no_name_asks_for_the_site_and_an_admin(
    actor, host, db_path, started
):
    """A database from before the first-start setup: its staff are kept; one of them
    becomes the admin."""
    start, events, windows = started

    def answer(dialog):
        assert dialog.staff_box.isVisibleTo(dialog)
        fill(dialog, site="星辰汽车展厅", kind=SiteKind.SHOWROOM, name=actor.name, dept="")
        dialog.accept()

    start(db_path, answer)
    assert events == ["setup", "desk"]
    assert [p.name for p in staff.list_staff(actor.id)] == sorted([actor.name, host.name])
    assert windows[0].ctx.site.site_kind is SiteKind.SHOWROOM
    assert windows[0].ctx.actor.id == actor.id and windows[0].ctx.actor.role is Role.ADMIN


def test_a_named_site_without_an_admin_asks_only_for_the_admin(actor, site, db_path, started):
    """Upgraded from before sign-in: a short "create the administrator" step."""
    start, events, windows = started

    def answer(dialog):
        assert dialog.admin_only and not dialog.site_name_edit.isVisibleTo(dialog)
        assert dialog.focusWidget() in (None, dialog.staff_name_edit)
        dialog.staff_name_edit.setText("Ada Admin")
        dialog.password_edit.setText(PASSWORD)
        dialog.password_again_edit.setText(PASSWORD)
        dialog.accept()

    start(db_path, answer)
    assert events == ["setup", "desk"]
    assert settings.site_settings() == site  # unchanged
    assert auth.sign_in("Ada Admin", PASSWORD).role is Role.ADMIN
    assert windows[0].ctx.actor.name == "Ada Admin"


# -- the dialog itself -------------------------------------------------------------------
@pytest.fixture
def dialog(db, qtbot):
    window = FirstStartDialog("en")
    qtbot.addWidget(window)
    window.show()
    return window


def test_missing_answers_are_said_next_to_their_fields(dialog, table_counts):
    before = table_counts()
    dialog.accept()
    errors = dialog.error_labels
    assert errors["site_name"].isVisible()
    assert errors["site_name"].text() == "Site name is required."
    assert errors["staff_name"].isVisible()
    assert errors["staff_name"].text() == "Name is required."
    assert errors["password"].text() == "A password needs at least 8 characters."
    assert not errors["department"].isVisible()
    assert dialog.focusWidget() is dialog.site_name_edit
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert table_counts() == before


@pytest.mark.parametrize(
    ("password", "again", "message"),
    [
        (
            "24681357",
            "24681357",
            "Only receptionists may sign in with a PIN; this role needs a password.",
        ),
        (
            "bund hotel 88",
            "bund hotel 89",
            "The two passwords differ; type the same password twice.",
        ),
    ],
)
def test_the_admin_needs_a_password_typed_twice(dialog, table_counts, password, again, message):
    fill(dialog, password=password, again=again)
    before = table_counts()
    dialog.accept()
    shown = [label.text() for label in dialog.error_labels.values() if label.isVisible()]
    assert shown == [message]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert table_counts() == before
    assert dialog.password_edit.text() == password  # nothing to type again but the wrong one


def test_a_refusal_found_by_the_service_is_said_next_to_its_field(dialog, table_counts):
    assert dialog.needs_staff
    settings.set_up_site("远景", "office", "Ida", PASSWORD)  # meanwhile, at another desk
    fill(dialog, site="远景科技", name="王丽")
    before = table_counts()
    dialog.accept()
    assert dialog.error_labels["site_name"].isVisible()
    assert dialog.error_labels["site_name"].text() == (
        "This site is already set up; change its name in Settings."
    )
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert table_counts() == before


def test_enter_starts_the_desk(dialog, qtbot):
    fill(dialog, site="Star Motors", kind=SiteKind.SHOWROOM, name="Emily", dept="")
    dialog.staff_name_edit.setFocus()
    qtbot.keyClick(dialog.staff_name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.site_settings().site_name == "Star Motors"


def test_the_language_switches_at_once_and_is_saved_with_the_rest(dialog, qapp, qtbot):
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "设置前台")
    assert dialog.site_name_label.text() == "场所名称(&S)"
    kinds = [dialog.site_kind_combo.itemText(i) for i in range(3)]
    assert kinds == ["办公场所", "展厅 / 销售中心", "酒店"]
    assert i18n.saved_language() is None  # nothing saved before Start
    fill(dialog)
    dialog.accept()
    assert i18n.saved_language() == "zh_CN"
    assert dialog.language == "zh_CN"


def test_cancel_brings_the_starting_language_back(dialog, qtbot):
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "设置前台")
    dialog.reject()
    assert dialog.language == "en"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Set up the front desk")
