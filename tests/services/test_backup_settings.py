"""Settings → Backups as a service: administrators only; the choices are kept in the
database (audited), the passphrase in the OS keyring; "Back up now" follows them (folder,
rotation counts, encryption); the automatic backup can be turned off; a PostgreSQL site
is refused with the sentence about the server's tools."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from receptionist.domain.errors import DeskError, Refused, ValidationError
from receptionist.services import backup, backup_settings
from receptionist.services.backup_settings import BackupSettings
from receptionist.store import audit as trail
from tests import staffing
from tests.memory_keyring import MemoryKeyring, failing_keyring, installed


@pytest.fixture
def admin(db, actor):
    return staffing.add("Admin Zhao", "IT", "admin")


@pytest.fixture
def keyring_here():
    with installed(MemoryKeyring()) as backend:
        yield backend


def test_a_receptionist_and_a_manager_are_refused(db, actor):
    manager = staffing.add("Manager Wu", "Reception", "manager")
    for person in (actor, manager):
        with pytest.raises(Refused) as refused:
            backup_settings.backups_overview(person.id)
        assert refused.value.code == "role_refused"
        with pytest.raises(Refused):
            backup_settings.back_up_now(person.id)


@pytest.mark.sqlite_only
def test_back_up_now_follows_the_saved_folder_counts_and_passphrase(admin, tmp_path, keyring_here):
    folder = tmp_path / "elsewhere"
    chosen = BackupSettings(folder=str(folder), daily=2, weekly=0, monthly=0, encrypted=True)
    overview = backup_settings.save_backup_settings(admin.id, chosen, "correct horse")
    assert overview.settings == chosen and overview.folder == folder
    assert overview.passphrase_kept
    assert "correct horse" in keyring_here.passwords.values()
    saved = trail.entries("setting", 0)[-1]
    assert saved.action == "settings.backups" and "correct horse" not in saved.details

    done = backup_settings.back_up_now(admin.id)
    assert done.backup.path.parent == folder and done.backup.encrypted
    assert backup.check_backup(done.backup.path, "correct horse") > 0
    with pytest.raises(DeskError):
        backup.check_backup(done.backup.path, "wrong passphrase")
    assert trail.entries("setting", 0)[-1].action == "backup.made"

    # Rotation keeps 2 daily backups: two older days go.
    for days in (3, 2, 1):
        backup.backup(folder=folder, now=datetime.now(UTC) - timedelta(days=days))
    backup_settings.back_up_now(admin.id)
    assert len(backup.list_backups(folder)) == 2


@pytest.mark.sqlite_only
def test_encryption_needs_a_passphrase_and_a_keyring(admin):
    with installed(failing_keyring()):
        with pytest.raises(ValidationError) as refused:
            backup_settings.save_backup_settings(admin.id, BackupSettings(encrypted=True))
        assert refused.value.code == "backup_passphrase_required"
        with pytest.raises(ValidationError) as refused:
            backup_settings.save_backup_settings(admin.id, BackupSettings(encrypted=True), "pw")
        assert refused.value.code == "backup_keyring_missing"
    with pytest.raises(ValidationError) as refused:
        backup_settings.save_backup_settings(admin.id, BackupSettings(daily=0))
    assert (refused.value.code, refused.value.field) == ("backup_count_invalid", "daily")


@pytest.mark.sqlite_only
def test_the_automatic_backup_follows_on_off_and_how_often(admin, db_path):
    folder = db_path.parent / "backups"
    backup_settings.save_backup_settings(admin.id, BackupSettings(automatic=False))
    assert backup_settings.scheduled_backup() is None and not folder.exists()
    backup_settings.save_backup_settings(admin.id, BackupSettings(every_days=3))
    now = datetime.now(UTC)
    assert backup_settings.scheduled_backup(now - timedelta(days=2)) is not None
    assert backup_settings.scheduled_backup(now) is None  # two days old: not due
    assert backup_settings.scheduled_backup(now + timedelta(days=1, minutes=1)) is not None


@pytest.mark.postgresql_only
def test_a_server_site_is_told_to_use_the_servers_tools(admin):
    with pytest.raises(DeskError) as refused:
        backup_settings.backups_overview(admin.id)
    assert refused.value.code == "backup_postgresql"
    assert backup_settings.scheduled_backup() is None


@pytest.mark.sqlite_only
def test_the_backup_just_made_survives_rotation_after_a_clock_set_back(admin, db_path):
    folder = db_path.parent / "backups"
    later = datetime.now(UTC) + timedelta(hours=1)  # made before the clock was set back
    backup.backup(folder=folder, now=later)
    done = backup_settings.back_up_now(admin.id)
    assert done.backup.path.is_file()
