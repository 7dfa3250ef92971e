"""Trying a database location before pointing this station at it
(``services.database.test_connection``): against the real development server, and SQLite
files as opening checks them; the open database is never touched, nothing is created.
The password saved from Settings lives in the OS keyring: here a real in-memory keyring
backend, and a server of the test's own that asks for passwords."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import keyring
import psycopg
import pytest

from receptionist.domain.errors import ValidationError
from receptionist.domain.faults import DatabaseFault
from receptionist.services import customers, database
from receptionist.store import migrations
from tests import postgres
from tests.memory_keyring import MemoryKeyring, failing_keyring, installed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def memory_keyring():
    with installed(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def no_keyring():
    """This computer has no keyring (keyring's own "fail" backend, as on a bare Linux)."""
    with installed(failing_keyring()):
        yield


def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def scratch_database(request):
    """An empty database of this test on the development server, dropped afterwards."""
    name = postgres.worker_name(request, "_probe")
    url = postgres.create_database(name)
    yield url
    postgres.drop_database(name)


# -- PostgreSQL: the development server ------------------------------------------------
def test_an_empty_server_database_will_be_created(scratch_database):
    report = database.test_connection(scratch_database)
    assert (report.backend, report.empty, report.ours, report.newer) == (
        "postgresql",
        True,
        True,
        False,
    )
    assert report.server_version.split(".")[0].isdigit()
    assert postgres.row_counts(scratch_database) == {}  # nothing was created


def test_a_migrated_server_database_reports_its_schema(scratch_database):
    database.open_database(scratch_database)
    database.close_database()
    report = database.test_connection(scratch_database)
    assert (report.schema_version, report.ours) == (migrations.LATEST, True)


def test_another_programs_server_database_is_found_out(scratch_database):
    with psycopg.connect(scratch_database, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id serial PRIMARY KEY)")
    report = database.test_connection(scratch_database)
    assert (report.ours, report.empty) == (False, True)


def test_a_newer_schema_is_found_out(scratch_database):
    database.open_database(scratch_database)
    database.close_database()
    with psycopg.connect(scratch_database, autocommit=True) as con:
        con.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, now())")
    report = database.test_connection(scratch_database)
    assert (report.schema_version, report.newer) == (99, True)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda url: url.rsplit("/", 1)[0] + "/no_such_receptionist_db", "db_missing"),
        (
            lambda url: url.replace(url.split("@")[1].split("/")[0], f"127.0.0.1:{closed_port()}"),
            "db_server_unreachable",
        ),
        (lambda url: url.replace("://postgres@", "://nobody_at_all@"), "db_login_failed"),
        (lambda url: url + "?sslmode=require", "db_tls_failed"),  # the server offers no TLS
    ],
    ids=["wrong database name", "closed port", "unknown user", "tls refused"],
)
def test_a_refusal_names_its_fault(change, code):
    with pytest.raises(DatabaseFault) as refused:
        database.test_connection(change(postgres.server_url()))
    assert refused.value.code == code


def test_the_open_database_is_never_touched(db, actor, scratch_database):
    """A test of another location leaves the open one open, in use and where it was."""
    where = database.current_location()
    customers.register_customer(actor.id, name="Ada Lovelace", phone="13800001111")
    database.test_connection(scratch_database)
    with pytest.raises(DatabaseFault):
        database.test_connection(scratch_database + "_missing")
    assert database.current_location() == where
    customers.register_customer(actor.id, name="Grace Hopper", phone="13800002222")
    assert len(customers.search(actor.id, "13800").hits) == 2


# -- SQLite: the checks opening makes, without creating anything -------------------------
def test_no_file_yet_is_reported_and_not_created(tmp_path):
    target = tmp_path / "new" / "desk.sqlite3"
    report = database.test_connection(target)
    assert (report.backend, report.exists, report.empty) == ("sqlite", False, True)
    assert not target.parent.exists()


def test_a_migrated_file_reports_its_schema(tmp_path):
    target = tmp_path / "desk.sqlite3"
    database.open_database(target)
    database.close_database()
    before = target.read_bytes()
    report = database.test_connection(f"sqlite:///{target}")
    assert (report.exists, report.schema_version, report.ours) == (True, migrations.LATEST, True)
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "db_empty_file"), (b"name,phone\n" * 400, "db_not_a_database")],
)
def test_a_file_opening_would_refuse_is_refused_the_same_way(tmp_path, content, code):
    target = tmp_path / "desk.sqlite3"
    target.write_bytes(content)
    with pytest.raises(DatabaseFault) as refused:
        database.test_connection(target)
    assert refused.value.code == code


def test_another_programs_file_is_found_out(tmp_path):
    target = tmp_path / "other.sqlite3"
    with sqlite3.connect(target) as con:
        con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.close()
    assert database.test_connection(target).ours is False


def test_a_folder_is_refused_as_a_file_path(tmp_path):
    with pytest.raises(ValidationError) as refused:
        database.sqlite_location(str(tmp_path))
    assert (refused.value.code, refused.value.field) == ("sqlite_path_is_folder", "path")
    with pytest.raises(ValidationError):
        database.sqlite_location("  ")


def test_a_missing_ca_file_is_refused(tmp_path):
    with pytest.raises(ValidationError) as refused:
        database.check_ca_file(str(tmp_path / "ca.pem"))
    assert (refused.value.code, refused.value.field) == ("server_ca_missing", "sslrootcert")
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    database.check_ca_file(str(tmp_path / "ca.pem"))
    database.check_ca_file("")  # libpq's default


# -- the keyring ---------------------------------------------------------------------------
def test_keyring_usable_follows_the_backend(memory_keyring):
    assert database.keyring_usable()
    keyring.set_keyring(failing_keyring())
    assert not database.keyring_usable()


def test_without_a_keyring_the_password_is_not_saved(no_keyring):
    place = database.resolve("postgresql://desk@db.example.com/receptionist")
    assert database.save_password(place, "s3cret") is False
    assert database.saved_password(place) is None


# -- a server that asks for a password -----------------------------------------------------
@pytest.fixture(scope="module")
def password_server():
    """A server of this module's own whose role ``desk`` must give its password over TCP
    (the development server trusts everyone and must not be reconfigured). Its folder is
    in /tmp: the server runs as the postgres user, who cannot enter pytest's folders."""
    folder = Path(tempfile.mkdtemp(prefix="receptionist-pg-")) / "cluster"
    started = subprocess.run(
        ["bash", str(ROOT / "scripts" / "pg-server"), "start", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    admin = started.stdout.strip()
    try:
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute("CREATE ROLE desk LOGIN PASSWORD 'corr3ct horse'")
            con.execute("CREATE DATABASE receptionist OWNER desk")
            hba = con.execute("SHOW hba_file").fetchone()[0]
        Path(hba).write_text(
            "local all all trust\n"
            "host all postgres 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute("SELECT pg_reload_conf()")
        yield admin.replace("postgres@", "desk@").rsplit("/", 1)[0] + "/receptionist"
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "pg-server"), "stop", str(folder)])
        folder.parent.rmdir()


def test_a_wrong_or_missing_password_is_a_login_fault(password_server, memory_keyring):
    for password in ("wrong", None):
        with pytest.raises(DatabaseFault) as refused:
            database.test_connection(password_server, password)
        assert refused.value.code == "db_login_failed"


def test_the_typed_password_is_used(password_server, memory_keyring):
    report = database.test_connection(password_server, "corr3ct horse")
    assert (report.empty, report.ours) == (True, True)


def test_the_password_saved_in_the_keyring_is_used_to_test_and_to_open(
    password_server, memory_keyring, monkeypatch
):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    place = database.resolve(password_server)
    assert database.save_password(place, "corr3ct horse")
    assert memory_keyring.passwords == {
        (database.KEYRING_SERVICE, place.keyring_name): "corr3ct horse"
    }
    assert database.test_connection(password_server).empty
    database.open_database(password_server)  # creates the schema, as the desk at start
    try:
        assert database.current_location() == place
    finally:
        database.close_database()
    assert database.test_connection(password_server).schema_version == migrations.LATEST
