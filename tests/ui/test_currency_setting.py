"""The site's currency in Settings → General: loaded, saved only when changed, and
audited as an admin's setting."""

from __future__ import annotations

import pytest

from receptionist.services import purchases
from receptionist.store.models import AuditEntry
from receptionist.ui.settings.general_page import GeneralSettingsPage
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")


def saved_currencies() -> int:
    return AuditEntry.select().where(AuditEntry.action == "settings.currency").count()


def test_the_currency_combo_shows_and_saves_the_sites_currency(ctx, qapp):
    admin = staffing.add("Ada Admin", "", "admin")
    page = GeneralSettingsPage(ctx)
    page.load()
    assert page.currency_combo.currentData() == "CNY"
    assert page.currency_combo.currentText() == "CNY (¥)"
    page.save(admin.id)
    assert saved_currencies() == 0  # unchanged: nothing written
    page.currency_combo.setCurrentIndex(page.currency_combo.findData("USD"))
    page.save(admin.id)
    assert purchases.currency() == "USD" and saved_currencies() == 1
    again = GeneralSettingsPage(ctx)
    again.load()
    assert again.currency_combo.currentData() == "USD"
    assert again.currency_combo.accessibleName()
