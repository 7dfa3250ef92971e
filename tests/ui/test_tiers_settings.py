"""Settings → Tiers: the shares and the period kind (admins), the service standard per
tier (managers and admins), refusals next to the field, hidden from other roles."""

from __future__ import annotations

import pytest

from receptionist.domain.enums import Role
from receptionist.services import tier_settings
from receptionist.store.models import AuditEntry
from receptionist.ui.common.context import DeskContext
from receptionist.ui.settings.dialog import SettingsDialog
from receptionist.ui.settings.tiers_page import TiersSettingsPage
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")


def dialog_for(qtbot, who, site) -> SettingsDialog:
    dialog = SettingsDialog(DeskContext(actor=who, site=site, language="en"))
    qtbot.addWidget(dialog)
    return dialog


def tiers_page(dialog: SettingsDialog) -> TiersSettingsPage | None:
    return next((p for p in dialog.pages if isinstance(p, TiersSettingsPage)), None)


def test_an_admin_sets_shares_and_period_kind(qtbot, site):
    admin = staffing.add("Ada Admin", "", Role.ADMIN)
    dialog = dialog_for(qtbot, admin, site)
    page = tiers_page(dialog)
    assert page.rules_box.isVisibleTo(page) and page.standards_box.isVisibleTo(page)
    assert [page.shares[t].value() for t in ("platinum", "gold", "iron", "lead")] == [1, 4, 15, 80]
    page.shares["gold"].setValue(9)
    page.shares["lead"].setValue(75)
    page.period_kind.setCurrentIndex(page.period_kind.findData("quarter"))
    dialog.accept()
    saved = tier_settings.tier_settings()
    assert saved.shares == (1, 9, 15, 75) and saved.period_kind == "quarter"


def test_shares_not_adding_up_are_refused_next_to_the_field(qtbot, site):
    admin = staffing.add("Ada Admin", "", Role.ADMIN)
    dialog = dialog_for(qtbot, admin, site)
    page = tiers_page(dialog)
    page.shares["gold"].setValue(10)  # 1 + 10 + 15 + 80 = 106
    page.contact["gold"].setValue(14)
    dialog.accept()
    assert dialog.tabs.currentWidget() is page
    error = page.error_labels["shares"]
    assert error.isVisibleTo(page) and "100" in error.text()
    assert tier_settings.tier_settings().shares == (1, 4, 15, 80)  # nothing saved
    assert tier_settings.service_standards()[1].contact_every_days == 60


def test_a_manager_edits_the_service_standard_only(qtbot, site):
    manager = staffing.add("Mia Manager", "", Role.MANAGER)
    dialog = dialog_for(qtbot, manager, site)
    page = tiers_page(dialog)
    assert not page.rules_box.isVisibleTo(page) and page.standards_box.isVisibleTo(page)
    page.contact["platinum"].setValue(14)
    page.recipients["platinum"].setText("the buyer and the boss")
    page.gifts["lead"].setChecked(True)
    page.contact["iron"].setValue(0)  # no fixed rhythm
    dialog.accept()
    standards = {s.tier: s for s in tier_settings.service_standards()}
    assert standards["platinum"].contact_every_days == 14
    assert standards["platinum"].gift_recipients == "the buyer and the boss"
    assert standards["lead"].holiday_gifts and standards["iron"].contact_every_days is None
    assert standards["gold"].contact_every_days == 60  # unchanged: not written
    written = AuditEntry.select().where(AuditEntry.action == "settings.service_standard").count()
    assert written == 3
    assert AuditEntry.select().where(AuditEntry.action == "settings.tiers").count() == 0


def test_a_refused_standard_is_shown_next_to_its_tier(qtbot, site):
    manager = staffing.add("Mia Manager", "", Role.MANAGER)
    dialog = dialog_for(qtbot, manager, site)
    page = tiers_page(dialog)
    page.notes["iron"].setText("line one\x07")  # a control character: refused
    dialog.accept()
    error = page.error_labels["standard_iron"]
    assert error.isVisibleTo(page) and error.text()
    assert not page.error_labels["standard_gold"].isVisibleTo(page)


def test_a_receptionist_does_not_see_the_tiers_page(qtbot, site, actor):
    assert tiers_page(dialog_for(qtbot, actor, site)) is None


def test_a_manager_saves_the_dialog_without_touching_the_admins_settings(qtbot, site):
    manager = staffing.add("Mia Manager", "", Role.MANAGER)
    dialog = dialog_for(qtbot, manager, site)
    dialog.accept()  # nothing changed on the General page: it writes nothing (no refusal)
    assert dialog.result() == dialog.DialogCode.Accepted
