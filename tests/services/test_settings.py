"""Site-wide settings (services.settings): the site's name and kind, and the first-start
setup that saves them with the first staff member in one go."""

from __future__ import annotations

import pytest

from receptionist.domain.enums import Role, SiteKind
from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.services import settings, staff
from receptionist.services.views import SiteSettings
from receptionist.store import settings as setting_rows
from receptionist.store.models import AuditEntry
from tests import staffing


def test_defaults(db):
    assert settings.site_settings() == SiteSettings()
    site = settings.site_settings()
    assert (site.site_name, site.site_kind, site.hotel_mode, site.set_up) == (
        "",
        SiteKind.OFFICE,
        False,
        False,
    )


def test_round_trip_and_hotel_mode(admin, actor):
    saved = settings.save_site_settings(admin.id, "  锦江酒店 前台 ", SiteKind.HOTEL)
    assert saved == SiteSettings(site_name="锦江酒店 前台", site_kind=SiteKind.HOTEL)
    assert saved.hotel_mode and saved.set_up
    assert settings.site_settings() == saved
    saved = settings.save_site_settings(admin.id, "Showroom", "showroom")
    assert settings.site_settings() == SiteSettings("Showroom", SiteKind.SHOWROOM)
    assert not saved.hotel_mode
    entries = [e for e in AuditEntry.select() if e.action == "settings.save"]
    assert len(entries) == 2 and all(e.staff_id == admin.id for e in entries)


def test_hotel_mode_as_a_flag_still_saves(admin, actor):
    """Callers written before site kinds pass hotel mode as True / False."""
    assert settings.save_site_settings(admin.id, "Grand Hotel", True).site_kind is SiteKind.HOTEL
    assert settings.save_site_settings(admin.id, "Office", False).site_kind is SiteKind.OFFICE


def test_a_database_from_before_site_kinds_reads_its_hotel_mode(db):
    setting_rows.put("site_name", "Old Hotel")
    setting_rows.put("hotel_mode", "1")
    assert settings.site_settings() == SiteSettings("Old Hotel", SiteKind.HOTEL)
    setting_rows.put("hotel_mode", "0")
    assert settings.site_settings().site_kind is SiteKind.OFFICE


def test_the_hotel_mode_row_follows_the_kind(admin, actor):
    """An older desk on the same database still sees hotel mode."""
    settings.save_site_settings(admin.id, "Hotel", SiteKind.HOTEL)
    assert setting_rows.get_many(["hotel_mode"]) == {"hotel_mode": "1"}
    settings.save_site_settings(admin.id, "Showroom", SiteKind.SHOWROOM)
    assert setting_rows.get_many(["hotel_mode"]) == {"hotel_mode": "0"}


@pytest.mark.parametrize("name", ["", "   ", "x" * 81, "bad\x00name"])
def test_bad_site_name_changes_nothing(admin, actor, name):
    settings.save_site_settings(admin.id, "Before", SiteKind.HOTEL)
    with pytest.raises(ValidationError) as info:
        settings.save_site_settings(admin.id, name, SiteKind.OFFICE)
    assert info.value.field == "site_name"
    assert settings.site_settings() == SiteSettings("Before", SiteKind.HOTEL)


def test_an_unknown_kind_is_refused(admin, actor):
    with pytest.raises(ValidationError) as info:
        settings.save_site_settings(admin.id, "Site", "castle")
    assert (info.value.field, info.value.code) == ("site_kind", "site_kind_invalid")
    assert settings.site_settings() == SiteSettings()


def test_unknown_actor_cannot_save(db):
    with pytest.raises(NotFound):
        settings.save_site_settings(99, "Site", SiteKind.HOTEL)
    assert settings.site_settings() == SiteSettings()


def test_settings_survive_reopening(admin, actor, db_url):
    from receptionist.store.connection import close_database, open_database

    settings.save_site_settings(admin.id, "Reopened", SiteKind.HOTEL)
    close_database()
    open_database(db_url)
    assert settings.site_settings() == SiteSettings("Reopened", SiteKind.HOTEL)


# -- first start ------------------------------------------------------------------------
def test_setup_saves_the_site_and_the_first_staff_member_together(db):
    site, person = settings.set_up_site("  外滩酒店 ", SiteKind.HOTEL, " 王丽 ", "前台")
    assert site == SiteSettings("外滩酒店", SiteKind.HOTEL) == settings.site_settings()
    assert (person.name, person.department, person.role) == ("王丽", "前台", Role.RECEPTIONIST)
    assert staff.list_staff() == [person]
    [entry] = [e for e in AuditEntry.select() if e.action == "settings.setup"]
    assert entry.staff_id == person.id


@pytest.mark.parametrize(
    ("site_name", "kind", "name", "department", "field"),
    [
        ("", "office", "王丽", "", "site_name"),
        ("Site", "castle", "王丽", "", "site_kind"),
        ("Site", "office", "", "", "name"),
        ("Site", "office", "王丽", "x" * 101, "department"),
    ],
)
def test_a_refused_setup_saves_nothing(db, table_counts, site_name, kind, name, department, field):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        settings.set_up_site(site_name, kind, name, department)
    assert info.value.field == field
    assert table_counts() == before


def test_setup_fails_whole_when_the_staff_member_cannot_be_added(db, table_counts):
    """The name is taken (found only inside the transaction, after the site's rows were
    written): the site name is not saved either."""
    staffing.add("王丽", role=Role.RECEPTIONIST)
    before = table_counts()
    with pytest.raises(Conflict) as info:
        settings.set_up_site("Site", SiteKind.OFFICE, "王丽")
    assert info.value.code == "staff_exists"
    assert table_counts() == before
    assert not settings.site_settings().set_up


def test_with_staff_already_there_setup_needs_no_new_member(actor):
    site, person = settings.set_up_site("Showroom", SiteKind.SHOWROOM)
    assert person is None
    assert site == SiteSettings("Showroom", SiteKind.SHOWROOM)
    assert staff.list_staff() == [actor]


def test_setup_runs_once(db):
    settings.set_up_site("First", SiteKind.OFFICE, "王丽")
    with pytest.raises(Conflict) as info:
        settings.set_up_site("Second", SiteKind.HOTEL, "李明")
    assert info.value.code == "site_set_up"
    assert settings.site_settings() == SiteSettings("First", SiteKind.OFFICE)
    assert [p.name for p in staff.list_staff()] == ["王丽"]
