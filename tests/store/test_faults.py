"""Faults of the database file, produced for real (a read-only mount, a full tmpfs, a
second process holding the lock, truncated and overwritten copies of a real database):
each ends as a ``DatabaseFault`` with its own code, and nothing is changed.
"""

from __future__ import annotations

import sqlite3

import pytest

from receptionist.domain.errors import ValidationError
from receptionist.domain.faults import DatabaseFault
from receptionist.services import customers, staff
from receptionist.store import connection, migrations
from receptionist.store.connection import check_integrity, close_database, open_database
from tests import staffing
from tests.real_faults import (
    PAGE,
    copy_of,
    fill,
    make_sample,
    other_programs_database,
    overwrite_page,
    random_bytes,
    read_only,
    snapshot,
    table_root_page,
    tiny_disk,
    truncate,
    write_lock_held,
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A real database with a few hundred customers and visits, closed (no WAL)."""
    return make_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def place(tmp_path):
    """A folder of its own for the database, so the files beside it can be compared."""
    folder = tmp_path / "place"
    folder.mkdir()
    yield folder
    close_database()


def refused_at_open(path, code: str) -> DatabaseFault:
    """Opening ``path`` fails with ``code``, and the file and its folder are unchanged."""
    before = snapshot(path)
    with pytest.raises(DatabaseFault) as info:
        open_database(path)
    assert info.value.code == code
    assert snapshot(path) == before
    return info.value


def register(name: str = "Emily Chen"):
    return customers.record_registration(None, name=name, company="Acme " * 20)


# -- files that are not a sound database of ours ------------------------------------------
def test_a_zero_length_file_is_refused_not_made_a_new_database(place):
    path = place / "desk.sqlite3"
    path.touch()
    err = refused_at_open(path, "db_empty_file")
    assert "0 bytes" in err.message and "backup" in err.message
    assert path.stat().st_size == 0


def test_random_bytes_are_not_a_database(place):
    refused_at_open(random_bytes(place / "desk.sqlite3"), "db_not_a_database")


@pytest.mark.parametrize("cut", [300, 3000, 3 * PAGE])
def test_a_truncated_copy_is_refused_before_anything_is_written(sample, place, cut):
    path = truncate(copy_of(sample, place), cut)
    refused_at_open(path, "db_damaged")


def test_sqlite_alone_would_open_and_write_a_truncated_copy(sample, place):
    """Why the length is checked: SQLite itself answers and writes on such a file."""
    path = truncate(copy_of(sample, place), 300)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT COUNT(*) FROM staff").fetchone()[0] > 0
    raw.execute("INSERT INTO setting (key, value) VALUES ('x', 'y')")
    raw.commit()
    raw.close()
    assert sqlite3.connect(path).execute("PRAGMA quick_check").fetchone()[0] != "ok"


def test_another_programs_database_is_left_untouched(place):
    path = other_programs_database(place / "notes.db")
    err = refused_at_open(path, "db_not_ours")
    assert "another program" in err.message
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no WAL switch
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert tables == {"notes", "tags"}


def test_an_sqlite_file_without_tables_becomes_ours(place):
    path = place / "desk.sqlite3"
    raw = sqlite3.connect(path)
    raw.executescript("CREATE TABLE t (x); DROP TABLE t;")
    raw.close()
    assert path.stat().st_size > 0
    open_database(path)
    assert migrations.current_version(connection.database) == migrations.LATEST


def test_a_newer_schema_is_refused_without_a_misleading_hint(sample, place):
    path = copy_of(sample, place)
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, 'x')",
        (migrations.LATEST + 1,),
    )
    raw.commit()
    raw.close()
    err = refused_at_open(path, "schema_newer")
    assert "newer version" in err.message and "writable" not in err.message


# -- damage found after opening -----------------------------------------------------------
def test_a_damaged_page_is_found_by_the_full_check_and_writes_are_refused(sample, place):
    path = overwrite_page(copy_of(sample, place))
    open_database(path)  # the header and length are fine: only reading every page tells
    assert check_integrity() is False
    before = snapshot(path)[0]
    with pytest.raises(DatabaseFault) as info:
        register()
    assert info.value.code == "db_damaged"
    with pytest.raises(DatabaseFault):
        staffing.add("Another", "", "receptionist")
    close_database()
    assert snapshot(path)[0] == before


def test_damage_met_by_a_read_refuses_every_later_write(sample, place):
    path = overwrite_page(copy_of(sample, place), table_root_page(sample, "staff"))
    open_database(path)
    with pytest.raises(DatabaseFault) as info:
        staff.list_staff(staffing.desk_id())
    assert info.value.code == "db_damaged"
    with pytest.raises(DatabaseFault) as info:
        register()  # another table: SQLite alone would write it
    assert info.value.code == "db_damaged"


def test_a_sound_database_passes_the_full_check_and_reopening_forgets_old_damage(sample, place):
    path = copy_of(sample, place)
    open_database(path)
    assert check_integrity() is True
    register()


# -- the place: read-only file or folder ------------------------------------------------
def test_a_read_only_folder_is_refused_before_sqlite_touches_it(sample, tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    copy_of(sample, source)
    with read_only(source, tmp_path / "mounted") as folder:
        err = refused_at_open(folder / "desk.sqlite3", "db_folder_read_only")
    assert "read-only" in err.message and "move the database" in err.message


def test_a_read_only_file_in_a_writable_folder_is_refused(sample, place, tmp_path):
    source = copy_of(sample, tmp_path, "source.sqlite3")
    with read_only(source, place / "desk.sqlite3") as path:
        err = refused_at_open(path, "db_read_only")
    assert "read-only" in err.message


def test_a_new_database_in_a_read_only_folder_is_refused(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    with read_only(source, tmp_path / "mounted") as folder:
        with pytest.raises(DatabaseFault) as info:
            open_database(folder / "sub" / "desk.sqlite3")
        assert info.value.code == "db_folder_read_only"
        assert list(folder.iterdir()) == []


# -- while the desk is open: disk full, another writer ----------------------------------
def test_a_full_disk_says_so_instead_of_cannot_rollback_and_a_retry_works(tmp_path):
    with tiny_disk(tmp_path / "disk") as disk:
        try:
            open_database(disk / "desk.sqlite3")
            desk = staffing.desk_id()  # staffed while there is room
            filler = fill(disk)
            saved, fault = 0, None
            for i in range(200):  # the first write needing a new page fails
                try:
                    register(f"Visitor {i}")
                except DatabaseFault as err:
                    fault = err
                    break
                saved += 1
            assert fault is not None and fault.code == "db_disk_full"
            assert "full" in fault.message and "free some space" in fault.message
            assert len(customers.search(desk, "visitor").hits) == min(saved, 20)
            filler.unlink()
            register("After the cleanup")
            assert len(customers.search(desk, "after").hits) == 1
        finally:
            close_database()


def test_another_writer_past_the_busy_timeout_is_named_and_a_retry_works(place, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    path = place / "desk.sqlite3"
    open_database(path)
    with write_lock_held(path), pytest.raises(DatabaseFault) as info:
        register()
    assert info.value.code == "db_busy" and info.value.temporary
    assert "Another desk, kiosk or program" in info.value.message
    assert "try again" in info.value.message
    assert customers.search(staffing.desk_id(), "emily").hits == ()
    register()
    assert len(customers.search(staffing.desk_id(), "emily").hits) == 1


# -- text that is not valid ---------------------------------------------------------------
def test_text_that_is_not_valid_never_reaches_sqlite_as_an_encoding_error(place):
    open_database(place / "desk.sqlite3")
    with pytest.raises(ValidationError) as info:
        staff.find_by_name(staffing.desk_id(), "\udce9t\udce9")  # a Latin-1 byte taken as UTF-8
    assert info.value.code == "text_invalid"
