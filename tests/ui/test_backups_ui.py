"""The desk's automatic backups and the damaged-database sentence that names the newest
backup and how to put it back."""

from __future__ import annotations

from PySide6.QtCore import QObject

from receptionist.services import backup
from receptionist.ui.common import backups as auto
from receptionist.ui.common.integrity import DamageBanner, damage_text


def test_a_backup_is_made_at_start_when_none_is_recent_then_not_again(db, db_path, qtbot):
    parent = QObject()
    schedule = auto.start_backups(parent)
    assert schedule is not None
    with qtbot.waitSignal(schedule.made, timeout=20_000) as made:
        schedule.check()  # what the start's timer does a few seconds after the window
    [file] = (db_path.parent / "backups").iterdir()
    assert made.args[0].backup.path == file
    with qtbot.assertNotEmitted(schedule.made), qtbot.waitSignal(schedule.checked):
        schedule.check()  # the newest is minutes old: not due
    assert list((db_path.parent / "backups").iterdir()) == [file]


def test_the_damage_sentence_names_the_newest_backup_and_the_restore_command(db, qtbot):
    text = damage_text()
    assert text.startswith("The database file is damaged")
    assert "No backup of this database was found" in text
    newest = backup.backup().backup.path
    text = damage_text()
    assert f'receptionist restore "{newest}"' in text
    assert "The newest backup is from" in text
    banner = DamageBanner()
    qtbot.addWidget(banner)
    assert f'receptionist restore "{newest}"' in banner.text()
