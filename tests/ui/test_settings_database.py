"""Settings → Database: where this station's database is now, the location chosen for
the next start (this computer's file or a PostgreSQL server), checked next to each field
before anything is saved, tested off the GUI thread against the real development
server, saved in QSettings without the password (which goes to the keyring), and used
at the next start after --db and RECEPTIONIST_DB."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from receptionist.domain.enums import SiteKind
from receptionist.services import database, settings
from receptionist.ui import app as desk_app
from receptionist.ui.common import ask, options
from receptionist.ui.common.context import DeskContext
from receptionist.ui.settings import database_location
from receptionist.ui.settings.database_location import Source
from receptionist.ui.settings.database_page import DatabaseSettingsPage
from receptionist.ui.settings.dialog import SettingsDialog
from tests import postgres, staffing
from tests.memory_keyring import MemoryKeyring, failing_keyring, installed

pytestmark = pytest.mark.usefixtures("source_language")
WAIT_MS = 15_000  # a refused connection returns at once; an unreachable one within seconds
SERVER = "postgresql://desk@db.example.com:5432/receptionist?sslmode=require"


@pytest.fixture
def actor(db):
    """At the desk: an administrator, whose settings these are to save."""
    return staffing.add("Front desk", "Reception", "admin")


@pytest.fixture(autouse=True)
def not_started(monkeypatch):
    """No start-up has chosen a location in this test (another test's run() may have)."""
    monkeypatch.setattr(database_location, "_source", None)


@pytest.fixture
def memory_keyring():
    with installed(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def no_keyring():
    with installed(failing_keyring()):
        yield


@pytest.fixture
def page(ctx, qapp) -> DatabaseSettingsPage:
    built = DatabaseSettingsPage(ctx)
    built.load()
    return built


@pytest.fixture
def shown(qtbot, page) -> DatabaseSettingsPage:
    qtbot.addWidget(page)
    page.show()
    return page


def fill_server(page: DatabaseSettingsPage, **typed: str) -> None:
    page.server_radio.setChecked(True)
    server = page.server
    values = {"host": "db.example.com", "port": "5432", "dbname": "receptionist", "user": "desk"}
    values.update(typed)
    server.host_edit.setText(values["host"])
    server.port_edit.setText(values["port"])
    server.dbname_edit.setText(values["dbname"])
    server.user_edit.setText(values["user"])
    if "password" in typed:
        server.password_edit.setText(typed["password"])
    if "ca" in typed:
        server.ca_edit.setText(typed["ca"])


def settings_files_text(folder: str) -> str:
    """Every file QSettings wrote for this test, as text."""
    return "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in Path(folder).rglob("*")
        if path.is_file()
    )


# -- what the page shows ----------------------------------------------------------------
def test_the_page_shows_the_database_open_now_and_this_computers_file(page, db_path):
    assert page.title() == "Database"
    assert page.now_label.text() == f"This station uses now: {db_path}"
    assert page.sqlite_radio.isChecked()
    assert not page.file_box.isHidden() and page.server.isHidden()
    assert page.path_edit.text() == str(database.default_db_path())
    assert page.check() == []
    assert all(label.isHidden() for label in page.error_labels.values())


def test_a_saved_server_fills_the_server_fields(ctx, qapp):
    options.DATABASE_LOCATION.set(SERVER)
    page = DatabaseSettingsPage(ctx)
    page.load()
    server = page.server
    assert page.server_radio.isChecked()
    assert page.file_box.isHidden() and not page.server.isHidden()
    assert (server.host_edit.text(), server.port_edit.text(), server.user_edit.text()) == (
        "db.example.com",
        "5432",
        "desk",
    )
    assert server.sslmode_combo.currentData() == "require"
    assert server.password_edit.text() == ""
    assert page.now_source.text() == ""  # not started through the app in this test


def test_the_page_is_registered_after_the_others(ctx, qtbot):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs.index("Database") == len(tabs) - 2  # then Backups (the admin's)
    assert isinstance(dialog.page(DatabaseSettingsPage), DatabaseSettingsPage)


def test_a_pasted_url_fills_the_fields_and_its_password_leaves_the_url_field(shown, qtbot):
    server = shown.server
    server.url_edit.setText("postgres://front:s3cret@10.1.2.3:6432/site?sslmode=verify-full")
    server.url_edit.editingFinished.emit()
    assert shown.server_radio.isChecked()
    assert (server.host_edit.text(), server.port_edit.text(), server.dbname_edit.text()) == (
        "10.1.2.3",
        "6432",
        "site",
    )
    assert server.sslmode_combo.currentData() == "verify-full"
    assert server.password_edit.text() == "s3cret"
    assert server.url_edit.text() == ""
    assert shown.chosen().url == ("postgresql://front@10.1.2.3:6432/site?sslmode=verify-full")


# -- refused before anything is saved -----------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "field", "sentence"),
    [
        ({"port": "99999"}, "port", "The port must be a whole number from 1 to 65535"),
        ({"port": "abc"}, "port", "The port must be a whole number from 1 to 65535"),
        ({"host": ""}, "host", "Type the server's name or address"),
        ({"host": "db example.com"}, "host", "Type only the server's name or address"),
        ({"ca": "/no/such/ca.pem"}, "sslrootcert", "There is no file at this path"),
    ],
)
def test_a_field_that_cannot_be_right_is_said_next_to_it_and_nothing_saved(
    ctx, qtbot, typed, field, sentence
):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page(DatabaseSettingsPage)
    fill_server(page, **typed)
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is page
    label = page.error_labels[field]
    assert label.isVisible() and label.text().startswith(sentence)
    assert options.DATABASE_LOCATION.get() == ""
    assert page.server.host_edit.text() == typed.get("host", "db.example.com")
    assert page.server.port_edit.text() == typed.get("port", "5432")


def test_an_unknown_tls_mode_in_a_pasted_url_is_said_next_to_the_url(shown):
    shown.server_radio.setChecked(True)
    shown.server.url_edit.setText("postgresql://desk@db/receptionist?sslmode=verify-ca")
    shown.server.url_edit.editingFinished.emit()
    label = shown.error_labels["url"]
    assert label.isVisible()
    assert label.text() == "The TLS mode must be one of: disable, prefer, require, verify-full."
    assert shown.server.url_edit.text().endswith("verify-ca")  # kept, to correct


def test_an_empty_file_path_is_refused(page):
    page.path_edit.setText("  ")
    [problem] = page.check()
    assert (problem.field, problem.text()) == (
        "path",
        "Type the path of the database file, or choose a file.",
    )


# -- saved: the location in QSettings, the password in the keyring -------------------------
def test_a_server_is_saved_without_its_password_which_goes_to_the_keyring(
    memory_keyring, page, ctx, isolated_qsettings
):
    fill_server(page, password="Very-S3cret-Pass", ca="")
    page.server.sslmode_combo.setCurrentIndex(page.server.sslmode_combo.findData("require"))
    assert page.check() == []
    page.save(ctx.actor.id)

    assert options.DATABASE_LOCATION.get() == SERVER
    assert memory_keyring.passwords == {
        (database.KEYRING_SERVICE, "desk@db.example.com:5432/receptionist"): "Very-S3cret-Pass"
    }
    written = settings_files_text(isolated_qsettings)
    assert "db.example.com" in written  # the file read back is the one written
    assert "Very-S3cret-Pass" not in written
    assert page.server.password_edit.text() == ""


def test_without_a_keyring_a_typed_password_is_refused_and_nothing_saved(
    no_keyring, shown, ctx, isolated_qsettings
):
    page = shown
    fill_server(page, password="Very-S3cret-Pass")
    [problem] = page.check()
    assert problem.field == "password"
    assert problem.text().startswith("This computer has no keyring to keep the password in")
    assert "~/.pgpass" in problem.text()
    assert "~/.pgpass" in page.server.keyring_hint.text()
    assert options.DATABASE_LOCATION.get() == ""
    assert "Very-S3cret-Pass" not in settings_files_text(isolated_qsettings)

    page.server.password_edit.clear()  # the password goes to ~/.pgpass instead
    assert page.check() == []
    page.save(ctx.actor.id)
    assert options.DATABASE_LOCATION.get().startswith("postgresql://desk@db.example.com")


def test_an_untouched_tab_neither_checks_nor_saves(ctx, qtbot, tmp_path):
    """A saved location gone bad since (its CA file deleted) does not stop the other tabs
    from saving, and is left as it was."""
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    saved = f"{SERVER}&sslrootcert={ca}"
    options.DATABASE_LOCATION.set(saved)
    ca.unlink()
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.page(DatabaseSettingsPage)
    assert page.check() == []
    assert [p.field for p in page.problems_found()] == ["sslrootcert"]
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert options.DATABASE_LOCATION.get() == saved


def test_this_computers_default_file_is_saved_as_the_default(page, ctx, tmp_path):
    options.DATABASE_LOCATION.set(SERVER)
    page.load()
    page.sqlite_radio.setChecked(True)
    page.path_edit.setText(str(database.default_db_path()))
    page.save(ctx.actor.id)
    assert options.DATABASE_LOCATION.get() == ""
    page.path_edit.setText(str(tmp_path / "front.sqlite3"))
    page.save(ctx.actor.id)
    assert options.DATABASE_LOCATION.get() == str(tmp_path / "front.sqlite3")


# -- Test connection: off the GUI thread, against the real server ---------------------------
def click_test_connection(page, qtbot) -> str:
    """Click "Test connection" and wait for the worker's sentence."""
    with qtbot.waitSignal(page.tested, timeout=WAIT_MS) as finished:
        page.test_button.click()
        assert not page.test_button.isEnabled()  # running on the worker
    assert page.test_button.isEnabled()
    assert page.test_result.text() == finished.args[0]
    return finished.args[0]


def server_fields(url: str) -> dict[str, str]:
    parts = url.split("://", 1)[1]
    user, rest = parts.split("@", 1)
    hostport, dbname = rest.split("/", 1)
    host, port = hostport.rsplit(":", 1)
    return {"host": host, "port": port, "dbname": dbname, "user": user}


def test_a_server_database_that_exists_connects(shown, qtbot):
    url = postgres.url_for(postgres.worker_name(None, "_page"))
    postgres.create_database(postgres.worker_name(None, "_page"))
    try:
        fill_server(shown, **server_fields(url))
        said = click_test_connection(shown, qtbot)
    finally:
        postgres.drop_database(postgres.worker_name(None, "_page"))
    assert said.startswith("Connected to PostgreSQL 1")
    assert said.endswith(
        "The database is empty: Receptionist creates its tables when it first starts with it."
    )
    assert shown.test_result.property("role") == ""  # good news, in the page's ink


def test_a_wrong_database_name_says_it_does_not_exist(shown, qtbot):
    fields = server_fields(postgres.server_url())
    fill_server(shown, **{**fields, "dbname": "no_such_receptionist_db"})
    said = click_test_connection(shown, qtbot)
    assert said.startswith("The database named in the server address does not exist")
    assert shown.test_result.property("role") == "error"


def test_a_closed_port_says_the_server_cannot_be_reached(shown, qtbot):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fill_server(shown, **{**server_fields(postgres.server_url()), "port": str(port)})
    said = click_test_connection(shown, qtbot)
    assert said.startswith("The database server cannot be reached")


def test_a_new_file_says_it_will_be_created(shown, qtbot, tmp_path):
    shown.path_edit.setText(str(tmp_path / "new.sqlite3"))
    said = click_test_connection(shown, qtbot)
    assert said.startswith("There is no file there yet")
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_bad_field_is_said_instead_of_testing(shown, qtbot):
    fill_server(shown, port="0")
    shown.test_button.click()
    assert shown.error_labels["port"].isVisible()
    assert shown.test_button.isEnabled() and shown.test_result.text() == ""


# -- the next start -------------------------------------------------------------------------
def test_the_start_order_is_db_then_environment_then_saved_then_default(monkeypatch, qapp):
    monkeypatch.delenv(database.ENV_DB, raising=False)
    assert database_location.startup_location(None) is None
    assert database_location.source() is Source.DEFAULT
    options.DATABASE_LOCATION.set(SERVER)
    assert database_location.startup_location(None) == SERVER
    assert database_location.source() is Source.SETTINGS
    monkeypatch.setenv(database.ENV_DB, "/srv/env.sqlite3")
    assert database_location.startup_location(None) is None  # resolve() reads it
    assert database_location.source() is Source.ENVIRONMENT
    assert database_location.startup_location("/srv/given.sqlite3") == "/srv/given.sqlite3"
    assert database_location.source() is Source.OPTION


def test_the_desk_opens_the_saved_location_and_says_so(monkeypatch, qapp, tmp_path, qtbot):
    monkeypatch.delenv(database.ENV_DB, raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    saved = tmp_path / "saved.sqlite3"
    options.DATABASE_LOCATION.set(str(saved))
    try:
        assert desk_app.open_database_or_explain(None)
        assert database.current_location() == database.resolve(saved)
        actor = staffing.add("Ada Admin", "", "admin")
        settings.save_site_settings(actor.id, "Harbourview", SiteKind.OFFICE)
        page = DatabaseSettingsPage(
            DeskContext(actor=actor, site=settings.site_settings(), language="en")
        )
        qtbot.addWidget(page)
        page.load()
        assert page.now_source.text() == "Saved in this tab."
        assert page.path_edit.text() == str(saved)
    finally:
        database.close_database()


def test_a_saved_location_that_fails_says_where_it_came_from(monkeypatch, qapp, tmp_path):
    monkeypatch.delenv(database.ENV_DB, raising=False)
    (tmp_path / "notes.sqlite3").write_text("not a database\n" * 100)
    options.DATABASE_LOCATION.set(str(tmp_path / "notes.sqlite3"))
    said: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda _parent, _title, text: said.append(text))
    assert not desk_app.open_database_or_explain(None)
    [text] = said
    assert text.startswith("The database could not be opened: This file is not a Receptionist")
    assert f"This computer is set to use {tmp_path / 'notes.sqlite3'} (Settings → Database)" in text
    assert "start the app with --db PATH_OR_URL" in text


def test_only_an_admin_or_a_desk_nobody_could_sign_in_to_sees_the_page(ctx, site, qtbot):
    from receptionist.ui.common.context import NOBODY

    assert DatabaseSettingsPage.shown_to(ctx)  # the admin
    for role in ("receptionist", "manager", "host"):
        person = staffing.add(f"A {role}", "Reception", role)
        dialog = SettingsDialog(DeskContext(actor=person, site=site, language="en"))
        qtbot.addWidget(dialog)
        tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert "Database" not in tabs and "Kiosk" not in tabs, role
    # The database cannot be opened, nobody signed in: the page is how to fix it.
    assert DatabaseSettingsPage.shown_to(DeskContext(actor=NOBODY, site=site, language="en"))
