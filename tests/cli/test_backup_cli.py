"""``receptionist backup`` and ``receptionist restore``: a refused file is one sentence and
exit 3 with the database untouched; a PostgreSQL site is sent to the server's tools."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3

import pytest

from receptionist import cli
from receptionist.store.connection import close_database
from receptionist.store.migrations import LATEST

from .conftest import add_admin

pytestmark = pytest.mark.sqlite_only
SERVER = "postgresql://clerk:secret@127.0.0.1:1/receptionist"


@pytest.fixture
def site(db_file, monkeypatch, signed_in):
    monkeypatch.delenv("RECEPTIONIST_BACKUP_PASSPHRASE", raising=False)
    monkeypatch.delenv("RECEPTIONIST_BACKUP_DIR", raising=False)
    add_admin(str(db_file))
    assert cli.main(["--db", str(db_file), "staff", "add", "Amy", "--role", "receptionist"]) == 0
    close_database()
    return db_file


def main(capsys, *args: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(args))
    close_database()
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def staff_names(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM staff"))
    finally:
        connection.close()


def test_backup_then_restore_at_the_command_line(site, capsys, monkeypatch):
    code, out, err = main(capsys, "--db", str(site), "backup", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["schema_version"] == LATEST and not made["encrypted"]
    assert made["file"].startswith(str(site.parent / "backups"))
    assert cli.main(["--db", str(site), "staff", "add", "Bob", "--role", "host"]) == 0
    close_database()
    capsys.readouterr()
    assert "Bob" in staff_names(site)
    code, out, err = main(capsys, "--db", str(site), "restore", made["file"], "--yes")
    assert code == 0, err
    assert out.startswith(f"Restored {made['file']} into {site}")
    assert "Bob" not in staff_names(site) and "Amy" in staff_names(site)


def test_an_encrypted_backup_with_the_passphrase_from_stdin_or_the_environment(
    site, capsys, monkeypatch, tmp_path
):
    sealed = tmp_path / "site.rcbk"
    code, out, err = main(
        capsys,
        "--db",
        str(site),
        "backup",
        "--out",
        str(sealed),
        "--passphrase-stdin",
        stdin="open sesame\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert "encrypted" in out
    code, _, err = main(
        capsys,
        "--db",
        str(site),
        "restore",
        str(sealed),
        "--yes",
        "--passphrase-stdin",
        stdin="open sesamE\n",
        monkeypatch=monkeypatch,
    )
    assert (code, err) == (
        3,
        "This passphrase does not open the backup, so nothing was restored; type the "
        "passphrase it was made with.\n",
    )
    monkeypatch.setenv("RECEPTIONIST_BACKUP_PASSPHRASE", "open sesame")
    code, out, err = main(capsys, "--db", str(site), "restore", str(sealed), "--yes")
    assert code == 0, err


def test_a_refused_file_leaves_the_database_untouched(site, capsys, tmp_path):
    before = hashlib.sha256(site.read_bytes()).hexdigest()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00" * 8192)
    code, out, err = main(capsys, "--db", str(site), "restore", str(junk), "--yes")
    assert code == 3
    assert err.count("\n") == 1 and "not a Receptionist backup" in err
    assert hashlib.sha256(site.read_bytes()).hexdigest() == before
    assert not (site.parent / "backups").exists()


def test_restore_asks_first_and_without_a_terminal_needs_yes(site, capsys, monkeypatch):
    code, out, _ = main(capsys, "--db", str(site), "backup", "--json")
    file = json.loads(out)["file"]
    code, _, err = main(
        capsys, "--db", str(site), "restore", file, stdin="", monkeypatch=monkeypatch
    )
    assert code == 2 and "add --yes" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    code, out, err = main(capsys, "--db", str(site), "restore", file)
    assert (code, out) == (0, "Nothing was restored.\n")
    assert err.startswith(f"Replace the database {site} with the backup {file}?")
    assert len(list((site.parent / "backups").iterdir())) == 1  # nothing kept: nothing done


@pytest.mark.parametrize("verb", [["backup"], ["restore", "x.sqlite3", "--yes"]])
def test_a_postgresql_site_is_sent_to_the_servers_tools(verb, capsys):
    code, out, err = main(capsys, "--db", SERVER, *verb)
    assert code == 2
    assert err == (
        "This site's database is on a PostgreSQL server: back it up and restore it with "
        "the server's own tools (pg_dump and pg_restore, see docs/multi-desk.md).\n"
    )
    assert "secret" not in out + err


def test_backup_and_restore_sign_their_user_in_first(site, capsys, monkeypatch):
    code, out, _ = main(capsys, "--db", str(site), "backup", "--json")
    file = json.loads(out)["file"]
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "not-the-password")
    for verb in (["backup"], ["restore", file, "--yes"]):
        code, out, err = main(capsys, "--db", str(site), *verb)
        assert (code, out) == (5, "")
        assert err.startswith("Wrong name, password or PIN")
    assert len(list((site.parent / "backups").iterdir())) == 1  # nothing made, nothing kept


def test_a_lost_database_is_restored_without_signing_in(site, capsys, monkeypatch):
    code, out, _ = main(capsys, "--db", str(site), "backup", "--json")
    file = json.loads(out)["file"]
    site.unlink()
    monkeypatch.delenv("RECEPTIONIST_USER")  # nobody can sign in to a missing file
    code, out, err = main(capsys, "--db", str(site), "restore", file, "--yes")
    assert code == 0, err
    assert "Amy" in staff_names(site)


def test_backup_and_restore_are_for_roles_holding_backups(site, capsys, monkeypatch):
    code, out, _ = main(capsys, "--db", str(site), "backup", "--json")
    file = json.loads(out)["file"]
    code, _out, err = main(
        capsys, "--db", str(site), "user", "add", "Rita", "--role", "receptionist",
        stdin="4821\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("RECEPTIONIST_USER", "Rita")
    monkeypatch.setenv("RECEPTIONIST_PASSWORD", "4821")
    for verb in (["backup"], ["restore", file, "--yes"]):
        code, out, err = main(capsys, "--db", str(site), *verb)
        assert (code, out) == (5, ""), err
        assert err.startswith("Your role may not do this")
    assert len(list((site.parent / "backups").iterdir())) == 1  # nothing made, nothing kept
