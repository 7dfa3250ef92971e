"""Settings → Backups: administrators only; "Back up now" makes a checked backup off the
GUI thread and lists it; the settings save; "Restore…" asks first, then puts the backup
back (keeping the current database as a before-restore copy) and starts the desk again."""

from __future__ import annotations

import pytest

from receptionist.services import backup, backup_settings, database, staff
from receptionist.ui.common.context import DeskContext
from receptionist.ui.settings import backups_list
from receptionist.ui.settings.backups_page import BackupsSettingsPage
from receptionist.ui.settings.dialog import SettingsDialog
from tests import staffing
from tests.memory_keyring import MemoryKeyring, installed


@pytest.fixture
def admin_ctx(ctx) -> DeskContext:
    admin = staffing.add("Admin Zhao", "IT", "admin")
    return DeskContext(actor=admin, site=ctx.site, language="en")


def _dialog(qtbot, ctx) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_the_backups_page_is_hidden_from_a_receptionist(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    assert not any(isinstance(page, BackupsSettingsPage) for page in dialog.pages)
    assert "Backups" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_back_up_now_lists_the_new_backup(qtbot, admin_ctx, db_path):
    dialog = _dialog(qtbot, admin_ctx)
    page = dialog.page(BackupsSettingsPage)
    listing = page.backups_list
    assert listing.backups_table.rowCount() == 0
    with qtbot.waitSignal(listing.changed, timeout=20_000):
        listing.back_up_now_button.click()
    [made] = backup.list_backups(db_path.parent / "backups")
    assert listing.backups == [made]
    assert listing.backups_table.rowCount() == 1
    assert listing.backups_table.item(0, 3).text() == "OK when made"
    assert listing.backups_result.text().startswith(f"Backed up and checked: {made.path.name}")

    listing.backups_table.selectRow(0)
    with qtbot.waitSignal(listing._worker.done, timeout=20_000):
        listing.check_backup_button.click()
    assert listing.backups_result.text() == "The backup is sound and can be restored."
    assert listing.backups_table.item(0, 3).text() == "OK, checked just now"


def test_the_settings_save_and_encrypt_the_next_backup(qtbot, admin_ctx, db_path, tmp_path):
    with installed(MemoryKeyring()):
        dialog = _dialog(qtbot, admin_ctx)
        page = dialog.page(BackupsSettingsPage)
        page.keep_daily.setValue(5)
        page.folder_edit.setText(str(tmp_path / "safe"))
        page.encrypt_check.setChecked(True)
        page.passphrase_edit.setText("a long passphrase")
        page.repeat_edit.setText("a different one")
        dialog.accept()
        assert dialog.result() == 0  # refused: the two passphrases differ
        assert page.error_labels["passphrase"].text().startswith("The two passphrases differ")
        page.repeat_edit.setText("a long passphrase")
        dialog.accept()
        assert dialog.result() == 1
        saved = backup_settings.backups_overview(admin_ctx.actor.id)
        assert saved.settings.daily == 5 and saved.settings.encrypted
        assert saved.passphrase_kept
        done = backup_settings.back_up_now(admin_ctx.actor.id)
        assert done.backup.encrypted and done.backup.path.parent == tmp_path / "safe"


def test_restore_asks_then_puts_the_backup_back_and_restarts(
    qtbot, admin_ctx, db_path, confirm_yes, monkeypatch
):
    restarted: list[bool] = []
    monkeypatch.setattr(backups_list, "restart_app", lambda: restarted.append(True))
    made = backup_settings.back_up_now(admin_ctx.actor.id).backup
    staff.add_staff(admin_ctx.actor.id, "Added after the backup", "IT", "host")
    dialog = _dialog(qtbot, admin_ctx)
    listing = dialog.page(BackupsSettingsPage).backups_list
    listing.backups_table.selectRow(0)
    listing.restore_button.click()
    assert "before-restore copy" in confirm_yes[0] and restarted == [True]
    kept = [b for b in backup.list_backups(made.path.parent) if b.before_restore]
    assert len(kept) == 1
    database.open_database(db_path)
    assert "Added after the backup" not in [p.name for p in staff.list_staff(staffing.desk_id())]
