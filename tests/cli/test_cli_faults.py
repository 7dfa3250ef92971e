"""Faults on the command line, produced for real: each ends with its own sentence on
stderr, its exit code (3: the file, folder or disk needs someone to act; 4: busy, try
again; 2: input refused) and nothing changed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from receptionist import cli
from receptionist.domain import messages
from receptionist.store import connection, migrations
from receptionist.store.connection import close_database
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
    tiny_disk,
    truncate,
    write_lock_held,
)

from ..conftest import row_counts as counts
from .conftest import add_admin

pytestmark = pytest.mark.usefixtures("signed_in")

CHECKIN = ("checkin", "--name", "Emily Chen", "--purpose", "sales", "--note", "x" * 400)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A demo site whose admin (``conftest.ADMIN``) the commands sign in as."""
    path = make_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")
    add_admin(str(path))
    return path


@pytest.fixture
def place(tmp_path, monkeypatch):
    """A folder of its own for the database; RECEPTIONIST_DB points nowhere useful."""
    folder = tmp_path / "place"
    folder.mkdir()
    monkeypatch.setenv("RECEPTIONIST_DB", str(tmp_path / "wrong.sqlite3"))
    yield folder
    close_database()


@pytest.fixture
def cli_run(capsys):
    """``cli_run(path, *args)`` -> (exit code, stdout, stderr) of ``receptionist --db
    PATH args``, in this process."""

    def run_(path, *args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", str(path), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one sentence, no traceback, no log lines
    assert "Unexpected error" not in err and "Traceback" not in err
    return lines[0]


def refused_unchanged(cli_run, path, *args: str) -> tuple[int, str]:
    before = snapshot(path)
    code, out, err = cli_run(path, *args)
    assert out == ""
    assert snapshot(path) == before
    return code, one_sentence(err)


# -- files that are not a sound database of ours ------------------------------------------
def test_a_zero_length_file_is_refused(cli_run, place):
    path = place / "desk.sqlite3"
    path.touch()
    code, err = refused_unchanged(cli_run, path, *CHECKIN)
    assert code == 3
    assert "is empty (0 bytes)" in err and "backup" in err


def test_random_bytes_are_refused(cli_run, place):
    code, err = refused_unchanged(cli_run, random_bytes(place / "desk.sqlite3"), "search", "x")
    assert code == 3 and "not a Receptionist database" in err


@pytest.mark.parametrize("cut", [300, 2 * PAGE])
def test_a_truncated_copy_is_refused_for_reading_and_writing(cli_run, sample, place, cut):
    path = truncate(copy_of(sample, place), cut)
    for args in (("search", "x"), CHECKIN):
        code, err = refused_unchanged(cli_run, path, *args)
        assert code == 3 and "damaged" in err and "backup" in err


def test_a_damaged_page_refuses_a_write_but_not_a_read(cli_run, sample, place):
    path = overwrite_page(copy_of(sample, place))
    code, out, err = cli_run(path, "staff", "list")
    assert code == 0 and "Front desk" in out
    digest = snapshot(path)[0]
    code, out, err = cli_run(path, *CHECKIN)
    assert code == 3 and out == ""
    assert "damaged, so nothing will be written" in one_sentence(err)
    assert snapshot(path)[0] == digest


def test_another_programs_database_is_refused_untouched(cli_run, place):
    path = other_programs_database(place / "notes.db")
    code, err = refused_unchanged(cli_run, path, *CHECKIN)
    assert code == 3 and "belongs to another program" in err


def test_a_newer_schema_names_the_fix_and_nothing_else(cli_run, sample, place):
    path = copy_of(sample, place)
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, 'x')",
        (migrations.LATEST + 1,),
    )
    raw.commit()
    raw.close()
    code, err = refused_unchanged(cli_run, path, "search", "x")
    assert code == 3 and "newer version of Receptionist" in err
    assert "writable" not in err


# -- read-only places, full disk, another writer ----------------------------------------
def test_a_read_only_folder(cli_run, sample, tmp_path, place):
    source = tmp_path / "source"
    source.mkdir()
    copy_of(sample, source)
    with read_only(source, tmp_path / "mounted") as folder:
        code, err = refused_unchanged(cli_run, folder / "desk.sqlite3", "search", "x")
    assert code == 3 and "folder or disk holding the database is read-only" in err


def test_a_read_only_file(cli_run, sample, tmp_path, place):
    source = copy_of(sample, tmp_path, "source.sqlite3")
    with read_only(source, place / "desk.sqlite3") as path:
        code, err = refused_unchanged(cli_run, path, *CHECKIN)
    assert code == 3 and "database file is read-only" in err


def test_a_disk_that_fills_during_a_command_says_so_and_a_retry_works(cli_run, tmp_path, place):
    demo = ("demo", "--customers", "150", "--visits", "300")
    with tiny_disk(tmp_path / "disk", size="2m") as disk:
        path = disk / "desk.sqlite3"
        add_admin(str(path))
        code, _out, err = cli_run(path, "staff", "add", "Front desk", "--role", "receptionist")
        assert code == 0, err
        filler = fill(disk, leave=256 * 1024)  # room to open, not for the whole command
        code, out, err = cli_run(path, *demo)
        assert code == 3 and out == ""
        assert one_sentence(err) == messages.MESSAGES["db_disk_full"]  # the one sentence
        filler.unlink()
        assert counts(path)["customer"] == 0  # the command's one transaction: all or nothing
        code, _out, err = cli_run(path, *demo)
        assert code == 0, err
        assert counts(path)["customer"] == 150


def test_a_full_disk_at_opening_says_so(cli_run, sample, tmp_path, place):
    with tiny_disk(tmp_path / "disk", size="2m") as disk:
        path = copy_of(sample, disk)
        fill(disk)
        code, err = refused_unchanged(cli_run, path, "search", "x")
    assert code == 3 and "The disk holding the database is full" in err


def test_another_writer_gives_exit_4_and_a_retry_works(cli_run, sample, place, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    path = copy_of(sample, place)
    visits_before = counts(path)["visit"]
    with write_lock_held(path):
        code, out, err = cli_run(path, *CHECKIN)
    assert code == 4 and out == ""
    assert one_sentence(err) == (
        "Another desk, kiosk or program is writing to the database right now, so nothing "
        "was saved; try again in a moment."
    )
    assert counts(path)["visit"] == visits_before
    code, _out, err = cli_run(path, *CHECKIN)
    assert code == 0, err
    assert counts(path)["visit"] == visits_before + 1


# -- text that is not valid -----------------------------------------------------------------
def test_arguments_that_are_not_utf8_are_refused_before_anything_is_opened(tmp_path):
    path = tmp_path / "desk.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "receptionist", "--db", str(path), "search", b"\xe9t\xe9"],
        capture_output=True,
        env=dict(os.environ, LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8"),
        timeout=120,
    )
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert one_sentence(err) == (
        "Argument 4 is not valid UTF-8 text (the terminal may be set to another encoding); "
        "set the terminal to UTF-8 and type it again."
    )
    assert not path.exists()


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("abc\u202edcba", "change the direction of text"),
        ("\u2067Evil\u2069", "change the direction of text"),
        ("\u200b\u2060", "Name is required."),
        ("\u0301", "Name is required."),
    ],
)
def test_names_that_would_mislead_or_are_invisible_are_refused(cli_run, sample, place, name, says):
    path = copy_of(sample, place)
    code, err = refused_unchanged(cli_run, path, "checkin", "--name", name, "--purpose", "sales")
    assert code == 2 and says in err
