"""The desk meeting real faults: a database it cannot open says why in one sentence; a
write that fails mid-session (disk full, another desk holding the lock, a file found
damaged) shows that sentence next to the form, keeps what was typed, and works when
tried again once the fault is gone."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from receptionist.domain.enums import Purpose
from receptionist.domain.faults import DatabaseFault
from receptionist.services import customers, staff, visit_log, visits
from receptionist.store import connection, migrations
from receptionist.ui import app
from receptionist.ui.common import ask
from receptionist.ui.common.integrity import watch_integrity
from tests import staffing
from tests.real_faults import (
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

from .conftest import WAIT_MS, type_chinese

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return make_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


@pytest.fixture
def warnings(monkeypatch):
    """Every ask.warn dialog: (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "warn", lambda _parent, title, text: shown.append((title, text)))
    return shown


# -- opening ----------------------------------------------------------------------------
def _newer(path):
    import sqlite3

    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, 'x')",
        (migrations.LATEST + 1,),
    )
    raw.commit()
    raw.close()


OPEN_FAULTS = {
    "empty": (lambda p: p.write_bytes(b""), "The database file is empty (0 bytes)"),
    "random": (random_bytes, "This file is not a Receptionist database"),
    "truncated": (lambda p: truncate(p, 3000), "The database file is damaged"),
    "another program's": (
        lambda p: (p.unlink(), other_programs_database(p)),
        "This database belongs to another program (it holds tables that are not",
    ),
    "newer": (_newer, "written by a newer version of Receptionist; update the app"),
}


@pytest.mark.parametrize("fault", OPEN_FAULTS)
def test_a_database_the_desk_cannot_open_gets_its_own_sentence(
    sample, tmp_path, monkeypatch, warnings, qapp, fault
):
    make, says = OPEN_FAULTS[fault]
    folder = tmp_path / "place"
    folder.mkdir()
    path = copy_of(sample, folder)
    make(path)
    before = snapshot(path)
    monkeypatch.setattr(app, "log_file", lambda: tmp_path / "logs" / "receptionist.log")
    assert app.run(str(path), "en") == 1
    [(title, text)] = warnings
    assert title == "Cannot open the database"
    assert text.startswith("The database could not be opened: ") and says in text
    assert "Traceback" not in text and "OperationalError" not in text
    assert "writable" not in text  # the old catch-all hint is for unknown failures only
    assert snapshot(path) == before


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_place_is_named_at_opening(sample, tmp_path, monkeypatch, warnings, qapp, what):
    monkeypatch.setattr(app, "log_file", lambda: tmp_path / "logs" / "receptionist.log")
    if what == "folder":
        source = tmp_path / "source"
        source.mkdir()
        copy_of(sample, source)
        with read_only(source, tmp_path / "mounted") as folder:
            assert app.run(str(folder / "desk.sqlite3"), "en") == 1
        says = "The folder or disk holding the database is read-only"
    else:
        source = copy_of(sample, tmp_path, "source.sqlite3")
        with read_only(source, tmp_path / "desk.sqlite3") as path:
            assert app.run(str(path), "en") == 1
        says = "The database file is read-only"
    [(_title, text)] = warnings
    assert says in text and "ask your administrator" in text


# -- writes failing while the desk is open ---------------------------------------------
def fill_check_in(desk, customer, host, note: str):
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.host_combo.setCurrentIndex(panel.host_combo.findData(host.id))
    panel.party_size.setValue(2)
    panel.note_edit.setText(note)
    return panel


def assert_kept(panel, customer, host, note: str):
    assert panel.customer.id == customer.id
    assert panel.purpose() is Purpose.SALES
    assert panel.host_combo.currentData() == host.id
    assert panel.party_size.value() == 2
    assert panel.note_edit.text() == note


class TestDiskFull:
    """The database on a 2 MB tmpfs that fills up while the desk is open."""

    @pytest.fixture
    def disk(self, tmp_path):
        with tiny_disk(tmp_path / "disk", size="2m") as folder:
            yield folder

    @pytest.fixture
    def db_path(self, disk):
        return disk / "desk.sqlite3"

    def test_check_in_says_the_disk_is_full_keeps_the_form_and_a_retry_works(
        self, desk, actor, host, disk, qtbot
    ):
        customer = customers.register_customer(actor.id, name="Emily Chen")
        panel = fill_check_in(desk, customer, host, "Brought the receipt " * 20)
        filler = fill(disk)
        panel.checkin_button.click()
        assert panel.checkin_error.isVisible()
        assert panel.checkin_error.text() == (
            "The disk holding the database is full, so nothing was saved; free some space "
            "on it (or ask your administrator), then try again."
        )
        assert_kept(panel, customer, host, "Brought the receipt " * 20)
        assert visits.on_site_board(actor.id) == []

        filler.unlink()
        panel.checkin_button.click()
        [visit] = visits.on_site_board(actor.id)
        assert (visit.customer_id, visit.party_size) == (customer.id, 2)
        assert panel.customer is None

    def test_registering_says_the_disk_is_full_and_keeps_what_was_typed(self, desk, disk, qtbot):
        search = desk.search_panel
        search.show_register()
        form = search.register_form
        type_chinese(form.name_edit, "刘洋")
        form.phone_edit.setText("13812345678")
        form.company_edit.setText("Acme " * 20)
        filler = fill(disk)
        assert form.save() is None
        assert form.form_error.isVisible()
        assert "The disk holding the database is full" in form.form_error.text()
        assert (form.name_edit.text(), form.phone_edit.text()) == ("刘洋", "13812345678")
        assert customers.search(desk.ctx.actor.id, "刘洋").hits == ()

        filler.unlink()
        created = form.save()
        assert created is not None and created.name == "刘洋"


class TestAnotherWriter:
    """Another desk holds the write lock past the (shortened) busy timeout."""

    @pytest.fixture
    def db_path(self, tmp_path, monkeypatch):
        monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
        return tmp_path / "desk.sqlite3"

    def test_check_in_names_the_other_writer_and_a_retry_works(
        self, desk, actor, host, db_path, qtbot
    ):
        customer = customers.register_customer(actor.id, name="Emily Chen")
        panel = fill_check_in(desk, customer, host, "VIP parking")
        with write_lock_held(db_path):
            panel.checkin_button.click()
        assert panel.checkin_error.text() == (
            "Another desk, kiosk or program is writing to the database right now, so "
            "nothing was saved; try again in a moment."
        )
        assert_kept(panel, customer, host, "VIP parking")
        panel.checkin_button.click()
        [visit] = visits.on_site_board(actor.id)
        assert visit.note == "VIP parking"


class TestDamagedFile:
    """A real database with one page overwritten: opening cannot tell (header and length
    are fine), the background check can."""

    @pytest.fixture
    def db_path(self, sample, tmp_path):
        path = copy_of(sample, tmp_path)
        return overwrite_page(path, table_root_page(sample, "company_term"))

    @pytest.fixture
    def actor(self, db):
        return staff.find_by_name(staffing.desk_id(), "Front desk")

    def test_the_background_check_puts_up_a_banner_and_writes_are_refused(
        self, desk, actor, host, warnings, qtbot
    ):
        on_site = {v.customer_id for v in visits.on_site_board(actor.id)}
        log = visit_log.visit_log_page(actor.id, visit_log.LogFilter(), limit=50)
        customer = customers.get_customer(
            actor.id, next(v.customer_id for v in log if v.customer_id not in on_site)
        )
        watch = watch_integrity(desk, lambda: app.show_damage(desk), delay_ms=0)
        qtbot.waitUntil(lambda: watch.sound is not None, timeout=10 * WAIT_MS)
        assert watch.sound is False
        banner = desk.findChild(QLabel, "database_damaged_banner")
        assert banner is not None and banner.isVisible() and banner.accessibleName()
        assert "The database file is damaged" in banner.text()
        [(title, text)] = warnings
        assert title == "The database file is damaged" and "backup copy" in text

        panel = fill_check_in(desk, customer, host, "first visit")
        panel.checkin_button.click()
        assert "The database file is damaged" in panel.checkin_error.text()
        assert_kept(panel, customer, host, "first visit")


def test_a_sound_database_passes_the_background_check_quietly(desk, warnings, qtbot):
    watch = watch_integrity(desk, lambda: app.show_damage(desk), delay_ms=0)
    qtbot.waitUntil(lambda: watch.sound is not None, timeout=10 * WAIT_MS)
    assert watch.sound is True
    assert desk.findChild(QLabel, "database_damaged_banner") is None
    assert warnings == []


def test_a_fault_that_escapes_a_form_gets_its_sentence_once_not_a_dialog_per_poll(
    warnings, qapp, monkeypatch, tmp_path
):
    monkeypatch.setattr(app, "log_file", lambda: tmp_path / "logs" / "receptionist.log")
    monkeypatch.setattr(app, "_shown_faults", {})
    fault = DatabaseFault("db_damaged")
    for _poll in range(3):
        app._unexpected(DatabaseFault, fault, None)
    [(title, text)] = warnings
    assert title == "The last action could not be completed"
    assert text.startswith("The database file is damaged")
    app._unexpected(DatabaseFault, DatabaseFault("db_disk_full"), None)
    assert len(warnings) == 2 and "full" in warnings[1][1]


def test_a_lost_server_that_escapes_a_form_leaves_it_to_the_banner(
    warnings, qapp, monkeypatch, tmp_path
):
    monkeypatch.setattr(app, "log_file", lambda: tmp_path / "logs" / "receptionist.log")
    monkeypatch.setattr(app, "_shown_faults", {})
    for code in ("db_server_lost", "db_server_unreachable"):
        app._unexpected(DatabaseFault, DatabaseFault(code), None)
    assert warnings == []  # the server-lost banner says it, without a dialog over the desk


# -- text that would mislead or is invisible --------------------------------------------
@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("abc\u202edcba", "hidden characters that change the direction of text"),
        ("\u2066Admin\u2069", "hidden characters that change the direction of text"),
        ("\u200b\u2060", "Name is required."),
        ("\ufeff\u00ad", "Name is required."),
    ],
)
def test_register_refuses_a_misleading_or_invisible_name_next_to_it(desk, qtbot, typed, says):
    search = desk.search_panel
    search.show_register()
    form = search.register_form
    form.name_edit.clear()
    type_chinese(form.name_edit, typed)
    form.company_edit.setText("Acme")
    assert form.save() is None
    assert form.errors["name"].isVisible() and says in form.errors["name"].text()
    assert form.company_edit.text() == "Acme"
    assert customers.search(desk.ctx.actor.id, "acme").hits == ()
