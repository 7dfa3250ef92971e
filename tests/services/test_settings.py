"""Site-wide settings (services.settings)."""

from __future__ import annotations

import pytest

from receptionist.domain.errors import NotFound, ValidationError
from receptionist.services import settings
from receptionist.services.views import SiteSettings
from receptionist.store.models import AuditEntry


def test_defaults(db):
    assert settings.site_settings() == SiteSettings()
    assert settings.site_settings().hotel_mode is False


def test_round_trip_and_hotel_mode(actor):
    saved = settings.save_site_settings(actor.id, "  锦江酒店 前台 ", True)
    assert saved == SiteSettings(site_name="锦江酒店 前台", hotel_mode=True)
    assert settings.site_settings() == saved
    saved = settings.save_site_settings(actor.id, "Showroom", False)
    assert settings.site_settings() == SiteSettings(site_name="Showroom", hotel_mode=False)
    entries = [e for e in AuditEntry.select() if e.action == "settings.save"]
    assert len(entries) == 2 and all(e.staff_id == actor.id for e in entries)


@pytest.mark.parametrize("name", ["", "   ", "x" * 81, "bad\x00name"])
def test_bad_site_name_changes_nothing(actor, name):
    settings.save_site_settings(actor.id, "Before", True)
    with pytest.raises(ValidationError) as info:
        settings.save_site_settings(actor.id, name, False)
    assert info.value.field == "site_name"
    assert settings.site_settings() == SiteSettings(site_name="Before", hotel_mode=True)


def test_unknown_actor_cannot_save(db):
    with pytest.raises(NotFound):
        settings.save_site_settings(99, "Site", True)
    assert settings.site_settings() == SiteSettings()


def test_settings_survive_reopening(actor, db_path):
    from receptionist.store.connection import close_database, open_database

    settings.save_site_settings(actor.id, "Reopened", True)
    close_database()
    open_database(db_path)
    assert settings.site_settings() == SiteSettings(site_name="Reopened", hotel_mode=True)
