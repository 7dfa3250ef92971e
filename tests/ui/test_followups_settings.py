"""Settings → Follow-ups: the rules (on/off, days), the holiday calendar (add, remove),
the lost-customer settings; refusals next to the field, nothing written when nothing
changed, hidden from everyone but administrators."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from receptionist.domain.enums import Role
from receptionist.domain.followups import Rule
from receptionist.services import followup_rules, lost
from receptionist.store.models import AuditEntry
from receptionist.ui.common.context import DeskContext
from receptionist.ui.settings.dialog import SettingsDialog
from receptionist.ui.settings.followups_page import HOLIDAYS, FollowUpsSettingsPage
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")


def dialog_for(qtbot, who, site) -> SettingsDialog:
    dialog = SettingsDialog(DeskContext(actor=who, site=site, language="en"))
    qtbot.addWidget(dialog)
    return dialog


def page_of(dialog: SettingsDialog) -> FollowUpsSettingsPage | None:
    return next((p for p in dialog.pages if isinstance(p, FollowUpsSettingsPage)), None)


def audits(prefix: str) -> int:
    return AuditEntry.select().where(AuditEntry.action.startswith(prefix)).count()


@pytest.fixture
def admin_page(qtbot, site):
    admin = staffing.add("Ada Admin", "", Role.ADMIN)
    dialog = dialog_for(qtbot, admin, site)
    return admin, dialog, page_of(dialog)


def test_an_admin_changes_rules_holidays_and_lost_settings(admin_page):
    admin, dialog, page = admin_page
    assert page.days[Rule.CALLBACK].value() == 90 and page.enabled[Rule.CARE].isChecked()
    assert page.holidays.rowCount() > 0  # mainland China's holidays until the site edits them
    page.enabled[Rule.HOLIDAY].setChecked(False)
    assert not page.days[Rule.HOLIDAY].isEnabled()
    page.days[Rule.PROSPECT_VISIT].setValue(5)
    page.holidays.setRowCount(0)
    page.add_holiday.click()
    page.holidays.setItem(0, 0, QTableWidgetItem("2026-12-25"))
    page.holidays.setItem(0, 1, QTableWidgetItem("Christmas"))
    page.add_holiday.click()  # a row left empty is no holiday
    page.threshold.setValue(400)
    page.factor.setValue(4.5)
    page.win_back.setValue(10)
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = followup_rules.rule_settings(admin.id)
    assert not saved[Rule.HOLIDAY].enabled and saved[Rule.PROSPECT_VISIT].days == 5
    assert followup_rules.holidays(admin.id) == [(date(2026, 12, 25), "Christmas")]
    settings = lost.lost_settings()
    assert (settings.threshold_days, settings.factor, settings.win_back_days) == (400, 4.5, 10)


def test_removing_the_selected_holiday(admin_page):
    admin, dialog, page = admin_page
    before = followup_rules.holidays(admin.id)
    page.holidays.selectRow(0)
    page.remove_holiday.click()
    dialog.accept()
    assert followup_rules.holidays(admin.id) == before[1:]


def test_a_bad_holiday_is_refused_next_to_the_table_and_nothing_is_saved(admin_page):
    admin, dialog, page = admin_page
    page.days[Rule.CALLBACK].setValue(30)
    row = page.holidays.rowCount()
    page.add_holiday.click()
    page.holidays.setItem(row, 0, QTableWidgetItem("25.12.2026"))
    page.holidays.setItem(row, 1, QTableWidgetItem("Christmas"))
    dialog.accept()
    assert dialog.tabs.currentWidget() is page
    error = page.error_labels[HOLIDAYS]
    assert error.isVisibleTo(page) and "YYYY-MM-DD" in error.text()
    assert followup_rules.rule_settings(admin.id)[Rule.CALLBACK].days == 90
    page.holidays.item(row, 1).setText("")
    page.holidays.item(row, 0).setText("2026-12-25")
    dialog.accept()
    assert error.isVisibleTo(page) and "name" in error.text()


def test_saving_unchanged_settings_writes_nothing(admin_page):
    _admin, dialog, _page = admin_page
    before = (audits("settings.follow_up_rules"), audits("settings.holidays"))
    before_lost = audits("settings.lost")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    after = (audits("settings.follow_up_rules"), audits("settings.holidays"))
    assert after == before and audits("settings.lost") == before_lost


@pytest.mark.parametrize("role", [Role.MANAGER, Role.RECEPTIONIST])
def test_only_administrators_see_the_page(qtbot, site, role):
    who = staffing.add("Someone Else", "", role)
    assert page_of(dialog_for(qtbot, who, site)) is None
