"""Site-wide settings (services.settings): the site's name and kind, and the first-start
setup that saves them with the first staff member in one go."""

from __future__ import annotations

import pytest

from receptionist.domain.enums import Role, SiteKind
from receptionist.domain.errors import Conflict, NotFound, Refused, ValidationError
from receptionist.services import auth, settings, staff
from receptionist.services.views import SiteSettings
from receptionist.store import settings as setting_rows
from receptionist.store.models import AuditEntry
from tests import staffing

PASSWORD = "harbour admin 1"


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
def test_setup_saves_the_site_and_the_first_admin_together(db):
    site, person = settings.set_up_site("  外滩酒店 ", SiteKind.HOTEL, " 王丽 ", PASSWORD, "前台")
    assert site == SiteSettings("外滩酒店", SiteKind.HOTEL) == settings.site_settings()
    assert (person.name, person.department, person.role) == ("王丽", "前台", Role.ADMIN)
    assert person.secret_kind == "password"
    assert staff.list_staff(person.id) == [person]
    assert auth.sign_in("王丽", PASSWORD) == person  # the admin can sign in at once
    assert not auth.needs_admin()
    [entry] = [e for e in AuditEntry.select() if e.action == "settings.setup"]
    assert entry.staff_id == person.id


@pytest.mark.parametrize(
    ("site_name", "kind", "name", "password", "department", "field"),
    [
        ("", "office", "王丽", PASSWORD, "", "site_name"),
        ("Site", "castle", "王丽", PASSWORD, "", "site_kind"),
        ("Site", "office", "", PASSWORD, "", "name"),
        ("Site", "office", "王丽", "1234", "", "secret"),  # an admin needs a password
        ("Site", "office", "王丽", "short", "", "secret"),
        ("Site", "office", "王丽", PASSWORD, "x" * 101, "department"),
    ],
)
def test_a_refused_setup_saves_nothing(
    db, table_counts, site_name, kind, name, password, department, field
):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        settings.set_up_site(site_name, kind, name, password, department)
    assert info.value.field == field
    assert table_counts() == before


def test_a_member_of_the_admins_name_becomes_the_admin(db, table_counts):
    """A site from before sign-in with its staff: the name given is one of them."""
    before = staffing.add("王丽", role=Role.RECEPTIONIST)
    _site, person = settings.set_up_site("Site", SiteKind.OFFICE, "王丽", PASSWORD)
    assert person.id == before.id and person.role is Role.ADMIN


def test_with_an_admin_already_there_setup_needs_no_new_one(db):
    admin = auth.create_first_admin("Ada", PASSWORD)
    site, person = settings.set_up_site("Showroom", SiteKind.SHOWROOM)
    assert person is None
    assert site == SiteSettings("Showroom", SiteKind.SHOWROOM)
    assert staff.list_staff(admin.id) == [admin]


def test_setup_runs_once(db):
    _site, first = settings.set_up_site("First", SiteKind.OFFICE, "王丽", PASSWORD)
    assert first is not None
    with pytest.raises(Conflict) as info:
        settings.set_up_site("Second", SiteKind.HOTEL)
    assert info.value.code == "site_set_up"
    assert settings.site_settings() == SiteSettings("First", SiteKind.OFFICE)
    assert [p.name for p in staff.list_staff(first.id)] == ["王丽"]


# -- the desk's idle lock -----------------------------------------------------------------
def test_the_desk_locks_after_five_minutes_unless_the_site_says_otherwise(db):
    admin = auth.create_first_admin("Ada", PASSWORD)
    assert settings.desk_lock_minutes() == 5
    assert settings.save_desk_lock_minutes(admin.id, "0") == 0  # never
    assert settings.desk_lock_minutes() == 0
    settings.save_desk_lock_minutes(admin.id, 12)
    assert settings.desk_lock_minutes() == 12
    entry = AuditEntry.select().where(AuditEntry.action == "settings.lock").get()
    assert entry.staff_id == admin.id


@pytest.mark.parametrize("minutes", ["-1", "241", "soon", ""])
def test_an_impossible_lock_time_is_refused(db, minutes, table_counts):
    admin = auth.create_first_admin("Ada", PASSWORD)
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        settings.save_desk_lock_minutes(admin.id, minutes)
    assert info.value.field == "lock_minutes"
    assert table_counts() == before


def test_only_an_admin_sets_the_lock_time(actor, table_counts):
    before = table_counts()
    with pytest.raises(Refused) as info:
        settings.save_desk_lock_minutes(actor.id, 10)  # a receptionist
    assert info.value.code == "role_refused"
    assert table_counts() == before
