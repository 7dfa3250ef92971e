"""The "Kiosk" tab of the settings: closing time, idle seconds, retention months and the
staff PIN, saved with the dialog's Save; a refused PIN is said next to it and nothing is
saved."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QTime

from receptionist.domain.pin import pin_matches
from receptionist.services import settings
from receptionist.ui.settings.dialog import SettingsDialog
from receptionist.ui.settings.general_page import GeneralSettingsPage
from receptionist.ui.settings.kiosk_page import KioskSettingsPage
from tests import staffing


@pytest.fixture
def actor(db):
    """At the desk: an administrator, whose settings these are to save."""
    return staffing.add("Front desk", "Reception", "admin")


pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def dialog(qtbot, ctx):
    window = SettingsDialog(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_tab_shows_the_saved_settings(qtbot, ctx, actor):
    settings.save_kiosk_settings(
        actor.id, idle_seconds=90, closing_time=time(17, 30), retention_months=12, pin="2468"
    )
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.page(KioskSettingsPage)
    assert dialog.tabs.tabText(2) == "Kiosk"
    assert page.closing_time.time() == QTime(17, 30)
    assert (page.idle_seconds.value(), page.retention_months.value()) == (90, 12)
    assert page.pin_state.text().startswith("A staff PIN is set")
    assert (page.pin_edit.text(), page.pin_repeat.text()) == ("", "")


def test_the_ranges_are_those_of_the_service(dialog):
    page = dialog.page(KioskSettingsPage)
    assert (page.idle_seconds.minimum(), page.idle_seconds.maximum()) == (15, 600)
    assert (page.retention_months.minimum(), page.retention_months.maximum()) == (1, 120)
    assert page.pin_state.text().startswith("No PIN yet")


def test_save_stores_the_kiosk_settings_and_a_new_pin(dialog, ctx, qtbot):
    page = dialog.page(KioskSettingsPage)
    page.closing_time.setTime(QTime(19, 15))
    page.idle_seconds.setValue(120)
    page.retention_months.setValue(36)
    qtbot.keyClicks(page.pin_edit, "135790")
    qtbot.keyClicks(page.pin_repeat, "135790")
    changes: list[bool] = []
    ctx.signals.settings_changed.connect(lambda: changes.append(True))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    saved = settings.kiosk_settings()
    assert (saved.closing_time, saved.idle_seconds, saved.retention_months, saved.pin_set) == (
        time(19, 15),
        120,
        36,
        True,
    )
    assert pin_matches("135790", settings.kiosk_pin_hash())
    assert not dialog.isVisible()
    assert changes == [True]


def test_a_blank_pin_keeps_the_current_one(qtbot, ctx, actor):
    settings.save_kiosk_settings(actor.id, idle_seconds=60, closing_time=time(18, 0), pin="2468")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.page(KioskSettingsPage).idle_seconds.setValue(45)
    dialog.accept()
    assert settings.kiosk_settings().idle_seconds == 45
    assert pin_matches("2468", settings.kiosk_pin_hash())


@pytest.mark.parametrize(
    ("pin", "again", "message"),
    [
        ("1357", "1358", "The two PINs differ, so nothing was changed; type the new PIN twice."),
        ("12", "12", "The PIN must be 4 to 8 digits."),
        ("12ab", "12ab", "The PIN must be 4 to 8 digits."),
    ],
)
def test_a_refused_pin_is_said_next_to_it_and_nothing_is_saved(
    dialog, ctx, qtbot, table_counts, pin, again, message
):
    page = dialog.page(KioskSettingsPage)
    page.idle_seconds.setValue(200)
    dialog.page(GeneralSettingsPage).site_name_edit.setText("Somewhere Else")
    qtbot.keyClicks(page.pin_edit, pin)
    qtbot.keyClicks(page.pin_repeat, again)
    before = table_counts()
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is page
    assert page.error_labels["pin"].isVisible()
    assert page.error_labels["pin"].text() == message
    assert (page.pin_edit.text(), page.pin_repeat.text()) == (pin, again)
    assert page.idle_seconds.value() == 200
    assert table_counts() == before
    assert settings.kiosk_settings().idle_seconds == 60
    assert settings.site_settings().site_name == ctx.site.site_name


def test_saving_without_a_change_writes_nothing_for_the_kiosk(dialog, table_counts):
    before = table_counts()["audit_entry"]
    dialog.accept()
    assert table_counts()["audit_entry"] == before  # nothing changed on any page
    assert not dialog.isVisible()
