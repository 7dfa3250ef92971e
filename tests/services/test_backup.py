"""Backups of an SQLite site and restoring them: every table comes back; a file that
cannot be restored is refused and the current database is left exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from receptionist.domain.errors import DeskError
from receptionist.domain.faults import DatabaseFault
from receptionist.services import backup, database, demo
from receptionist.store.connection import close_database
from receptionist.store.migrations import LATEST
from tests import staffing

pytestmark = pytest.mark.sqlite_only


def tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the database at ``path``."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def site(db, db_path):
    demo.generate(staffing.admin_id(), customers=40, visits=120, seed=3)
    return db_path


@pytest.mark.parametrize("passphrase", [None, "correct horse 马"])
def test_backup_then_restore_brings_back_every_table(site, tmp_path, passphrase):
    before = tables(site)
    assert before["customer"] and before["visit"]
    done = backup.backup(passphrase=passphrase)
    assert done.backup.path.parent == site.parent / "backups"
    assert done.backup.encrypted == (passphrase is not None)
    assert done.backup.version == backup.copies.version_of(site)
    if passphrase:  # nothing readable in the sealed file
        assert b"SQLite format 3" not in done.backup.path.read_bytes()
    demo.generate(staffing.admin_id(), customers=5, visits=10, seed=9)  # changes after the backup
    close_database()
    assert tables(site) != before
    restored = backup.restore(done.backup.path, site, passphrase)
    assert tables(site) == before
    assert restored.kept_current is not None and restored.kept_current.exists()
    assert tables(restored.kept_current) != before  # the database as it was is kept
    assert not list(site.parent.glob("*.partial"))
    database.open_database(site)  # the restored file opens the normal way


def test_the_backup_name_and_rotation(site):
    folder = site.parent / "backups"
    start = datetime(2026, 1, 1, 3, tzinfo=UTC)
    for day in range(20):
        backup.backup(now=start + timedelta(days=day))
    names = sorted(p.name for p in folder.iterdir())
    assert names[-1] == f"receptionist-20260120T030000Z-v{LATEST}.sqlite3"
    kept_days = [backup.rules.parse_name(n).made_at.day for n in names]
    # 7 daily (14..20) + the newest of the two weeks before (11, 4) + December-none
    assert kept_days == [4, 11, 14, 15, 16, 17, 18, 19, 20]
    assert backup.newest_backup().made_at == start + timedelta(days=19)


def test_an_automatic_backup_is_made_only_when_due(site):
    now = datetime(2026, 3, 1, 9, tzinfo=UTC)
    assert backup.backup_if_due(now) is not None
    assert backup.backup_if_due(now + timedelta(hours=5)) is None
    assert backup.backup_if_due(now + timedelta(days=1, minutes=1)) is not None


def refused(site: Path, file: Path, passphrase: str | None, code: str) -> None:
    close_database()
    before = digest(site)
    with pytest.raises(DatabaseFault) as caught:
        backup.check_backup(file, passphrase)
    assert caught.value.code == code
    with pytest.raises(DatabaseFault) as caught:
        backup.restore(file, site, passphrase)
    assert caught.value.code == code
    assert caught.value.exit_code == 3
    assert digest(site) == before
    assert not (site.parent / "backups").exists() or not [
        p for p in (site.parent / "backups").iterdir() if "before-restore" in p.name
    ]
    assert not list(site.parent.glob("*.partial"))


def test_a_wrong_or_missing_passphrase_is_refused(site):
    sealed = backup.backup(passphrase="right").backup.path
    refused(site, sealed, "wrong", "backup_wrong_passphrase")
    refused(site, sealed, None, "backup_passphrase_needed")


def test_a_truncated_backup_is_refused(site, tmp_path):
    plain = backup.backup(out=tmp_path / "plain.sqlite3").backup.path
    sealed = backup.backup(out=tmp_path / "sealed.rcbk", passphrase="pw").backup.path
    for file in (plain, sealed):
        data = file.read_bytes()
        file.write_bytes(data[: len(data) - 5000])
    refused(site, plain, None, "backup_damaged")
    refused(site, sealed, "pw", "backup_damaged")


def test_a_flipped_byte_in_a_sealed_backup_is_refused(site, tmp_path):
    sealed = backup.backup(out=tmp_path / "sealed.rcbk", passphrase="pw").backup.path
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    sealed.write_bytes(bytes(data))
    refused(site, sealed, "pw", "backup_damaged")


def test_another_programs_file_is_refused(site, tmp_path):
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.commit()
    connection.close()
    refused(site, other, None, "backup_not_ours")
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all\n" * 100)
    refused(site, text, None, "backup_not_ours")


def test_a_backup_of_a_newer_schema_is_refused(site, tmp_path):
    plain = backup.backup(out=tmp_path / "newer.sqlite3").backup.path
    connection = sqlite3.connect(plain)
    connection.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01')")
    connection.commit()
    connection.close()
    refused(site, plain, None, "backup_schema_newer")


def test_an_empty_passphrase_and_a_missing_file_are_refused(site, tmp_path):
    with pytest.raises(DeskError) as caught:
        backup.backup(passphrase="")
    assert caught.value.code == "backup_passphrase_empty"
    with pytest.raises(DeskError) as caught:
        backup.restore(tmp_path / "nothing.sqlite3", site)
    assert caught.value.code == "backup_file_missing"


def test_a_damaged_database_is_not_backed_up(site, tmp_path):
    close_database()
    data = bytearray(site.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # a table's page scribbled over
    site.write_bytes(bytes(data))
    with pytest.raises(DatabaseFault) as caught:
        backup.backup(site, out=tmp_path / "b.sqlite3")
    assert caught.value.code == "backup_source_damaged"
    assert not list(tmp_path.glob("b.sqlite3*"))


def test_restore_mends_a_damaged_database(site, tmp_path):
    good = backup.backup().backup.path
    before = tables(site)
    close_database()
    data = bytearray(site.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
    site.write_bytes(bytes(data))
    backup.restore(good, site)
    assert tables(site) == before
    assert database.open_database(site)
    assert database.check_integrity()
