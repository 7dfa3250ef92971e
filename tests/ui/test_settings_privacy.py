"""The "Privacy" box of Settings → General: the retention period the kiosk's notice
states, a dry run of the retention job and "Anonymise now" (after confirming), for a
role that may; disabled for one that may not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.services import clock, customers
from receptionist.ui.settings.general_page import GeneralSettingsPage
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def stale(actor):
    """A customer registered 800 days ago who never came back."""
    now = clock.now()
    clock.set_clock(lambda: now - timedelta(days=800))
    old = customers.register_customer(actor.id, name="Old Visitor", phone="13900000001")
    clock.set_clock(lambda: now)
    return old


def page_for(qtbot, ctx) -> GeneralSettingsPage:
    page = GeneralSettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    page.show()
    return page


def test_an_admin_checks_then_anonymises(qtbot, ctx, stale, confirm_yes):
    ctx.actor = staffing.add("Admin", "IT", "admin")
    page = page_for(qtbot, ctx)
    box = page.privacy_box
    assert "24 months" in box.period.text()
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "would be anonymised" in box.result.text())
    assert box.result.text().startswith("1 customer")
    assert not customers.get_customer(ctx.actor.id, stale.id).erased  # a dry run writes nothing
    qtbot.mouseClick(box.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "were anonymised" in box.result.text())
    assert customers.get_customer(ctx.actor.id, stale.id).erased
    assert len(confirm_yes) == 1


def test_a_receptionist_cannot_run_it(qtbot, ctx, stale):
    page = page_for(qtbot, ctx)
    box = page.privacy_box
    assert not box.check_button.isEnabled() and not box.run_button.isEnabled()
