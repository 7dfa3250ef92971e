"""The settings pages on their own, without the dialog or an event loop (as Picard tests
its option pages): each loads what is saved, finds what would be refused before anything
is saved, and saves."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QTime

from receptionist.domain.enums import SiteKind
from receptionist.domain.errors import ValidationError
from receptionist.services import settings
from receptionist.store.models import AuditEntry
from receptionist.ui.common import i18n, options
from receptionist.ui.settings import dialog  # noqa: F401 - registers the pages
from receptionist.ui.settings.backups_page import BackupsSettingsPage
from receptionist.ui.settings.complaints_page import ComplaintsSettingsPage
from receptionist.ui.settings.database_page import DatabaseSettingsPage
from receptionist.ui.settings.followups_page import FollowUpsSettingsPage
from receptionist.ui.settings.general_page import GeneralSettingsPage
from receptionist.ui.settings.kiosk_page import KioskSettingsPage
from receptionist.ui.settings.messages_page import MessagesSettingsPage
from receptionist.ui.settings.page import GENERAL, SettingsPage, registered_pages
from receptionist.ui.settings.print_page import PrintSettingsPage
from receptionist.ui.settings.tiers_page import TiersSettingsPage
from tests import staffing


@pytest.fixture
def actor(db):
    """At the desk: an administrator, whose settings these are to save."""
    return staffing.add("Front desk", "Reception", "admin")


pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def make(ctx, qapp):
    def build(page_class: type[SettingsPage]) -> SettingsPage:
        page = page_class(ctx)
        page.load()
        return page

    return build


def audits(action: str) -> int:
    return AuditEntry.select().where(AuditEntry.action == action).count()


def test_the_registry_lists_every_page_once_in_tab_order():
    pages = registered_pages()
    assert pages == [
        GeneralSettingsPage,
        PrintSettingsPage,
        KioskSettingsPage,
        TiersSettingsPage,  # administrators and managers (shown_to)
        ComplaintsSettingsPage,  # administrators only (shown_to)
        FollowUpsSettingsPage,  # administrators only (shown_to)
        MessagesSettingsPage,  # administrators only (shown_to)
        DatabaseSettingsPage,
        BackupsSettingsPage,  # administrators only (shown_to)
    ]
    assert len({page.NAME for page in pages}) == len(pages)


@pytest.mark.parametrize(
    "page_class",
    [GeneralSettingsPage, PrintSettingsPage, KioskSettingsPage, DatabaseSettingsPage],
)
def test_every_page_has_the_shape(make, page_class):
    page = make(page_class)
    assert page.objectName() == page_class.NAME
    assert page.title()
    assert page.check() == []  # what was loaded is acceptable as it is
    for key, label in page.error_labels.items():
        assert label.objectName(), key
        assert label.isHidden()


# -- general -----------------------------------------------------------------------------
def test_general_loads_the_site_and_saves_its_kind(make, ctx, actor):
    page = make(GeneralSettingsPage)
    assert page.site_name_edit.text() == ctx.site.site_name
    assert page.site_kind_combo.currentData() == "office"
    page.site_name_edit.setText("  Grand Hotel ")
    page.site_kind_combo.setCurrentIndex(page.site_kind_combo.findData("hotel"))
    page.save(actor.id)
    assert settings.site_settings() == ctx.site
    assert (ctx.site.site_name, ctx.site.site_kind) == ("Grand Hotel", SiteKind.HOTEL)
    assert i18n.saved_language() == "en"


def test_general_check_refuses_an_empty_site_name_before_saving(make, ctx):
    page = make(GeneralSettingsPage)
    page.site_name_edit.setText("  ")
    [problem] = page.check()
    assert (problem.field, problem.text()) == ("site_name", "Site name is required.")
    page.show_problems([problem])
    assert not page.error_labels["site_name"].isHidden()
    assert settings.site_settings() == ctx.site


# -- kiosk -------------------------------------------------------------------------------
def test_kiosk_loads_and_saves(make, actor):
    settings.save_kiosk_settings(
        actor.id, idle_seconds=90, closing_time=time(17, 30), retention_months=12
    )
    page = make(KioskSettingsPage)
    assert (page.idle_seconds.value(), page.retention_months.value()) == (90, 12)
    page.closing_time.setTime(QTime(19, 0))
    page.save(actor.id)
    assert settings.kiosk_settings().closing_time == time(19, 0)


def test_kiosk_saves_nothing_when_nothing_changed(make, actor):
    page = make(KioskSettingsPage)
    before = audits("settings.kiosk")
    page.save(actor.id)
    assert audits("settings.kiosk") == before


def test_kiosk_check_finds_pins_that_differ(make):
    page = make(KioskSettingsPage)
    page.pin_edit.setText("1357")
    page.pin_repeat.setText("1358")
    [problem] = page.check()
    assert (problem.field, problem.text()) == (
        "pin",
        "The two PINs differ, so nothing was changed; type the new PIN twice.",
    )


def test_a_service_refusal_is_placed_next_to_its_field(make):
    page = make(KioskSettingsPage)
    with pytest.raises(ValidationError) as refused:
        settings.save_kiosk_settings(page.ctx.actor.id, idle_seconds=5, closing_time=time(18))
    idle = refused.value
    assert page.problem(idle).field == "idle"
    assert page.problem(idle).text() == "The idle time must be 15 to 600 seconds."
    assert page.problem(ValidationError("date_range", field="elsewhere")).field == GENERAL


# -- printing ----------------------------------------------------------------------------
def test_printing_loads_and_saves_this_computers_choice(make, actor, monkeypatch):
    from receptionist.ui.settings import print_page

    monkeypatch.setattr(print_page, "available_printers", lambda: ["Label QL"])
    options.PRINTER["slip"].set("Label QL")
    options.AUTO_SLIP.set(True)
    page = make(PrintSettingsPage)
    assert page.printer_combos["slip"].currentData() == "Label QL"
    assert page.auto_slip_check.isChecked()
    page.card_at_checkout_check.setChecked(True)
    page.format_combos["card"].setCurrentIndex(page.format_combos["card"].findData("a5"))
    page.save(actor.id)
    assert options.CARD_AT_CHECKOUT.get() is True
    assert options.PAPER_FORMAT["card"].get() == "a5"


def test_numbers_in_the_messages_come_from_the_rules(ctx, monkeypatch):
    """The sentences are filled from the constants the rules check against, so a changed
    limit cannot leave a stale number in a translated message."""
    from receptionist.domain import pin
    from receptionist.ui.common import labels

    monkeypatch.setattr(settings, "IDLE_SECONDS_RANGE", (20, 300))
    monkeypatch.setattr(settings, "RETENTION_MONTHS_RANGE", (3, 60))
    monkeypatch.setattr(settings, "LOGO_MAX_BYTES", 256 * 1024)
    monkeypatch.setattr(pin, "PIN_LENGTHS", (6, 10))
    actor, closing = ctx.actor.id, time(18)
    attempts = {
        "idle": lambda: settings.save_kiosk_settings(actor, idle_seconds=15, closing_time=closing),
        "retention": lambda: settings.save_kiosk_settings(
            actor, idle_seconds=60, closing_time=closing, retention_months=1
        ),
        "logo": lambda: settings.set_site_logo(actor, b"\x89PNG" + bytes(256 * 1024)),
        "pin": lambda: settings.save_kiosk_settings(
            actor, idle_seconds=60, closing_time=closing, pin="1234"
        ),
    }
    said = {}
    for name, attempt in attempts.items():
        with pytest.raises(ValidationError) as refused:
            attempt()
        said[name] = labels.error_text(refused.value)
    assert said == {
        "idle": "The idle time must be 20 to 300 seconds.",
        "retention": "The retention period must be 3 to 60 months.",
        "logo": "The logo is larger than 256 KB; use a smaller image.",
        "pin": "The PIN must be 6 to 10 digits.",
    }
