"""Losing the PostgreSQL server with the desk and the kiosk open, for real: a server of the
module's own is stopped (fast shutdown) and started again. A banner says so at once;
a check-in or a registration is refused with the server's sentence, everything typed
stays where it was, nothing is half-written; when the server is back the banner goes,
the board is read again, and the same action works."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Purpose
from receptionist.services import customers, kiosk, live, settings, visits
from receptionist.ui.app import create_desk
from receptionist.ui.kiosk import window as kiosk_window
from tests import postgres, staffing
from tests.conftest import row_counts
from tests.pg_server import own_server

from .conftest import type_chinese

pytestmark = pytest.mark.usefixtures("source_language")

WAIT_MS = 30_000  # an upper bound for a busy machine, never a measurement
LOST = (
    "The connection to the database server was lost, so nothing was saved; what you "
    "typed is kept. Try again when the server is back (the desk reconnects by itself)."
)
UNREACHABLE = (
    "The database server cannot be reached, so nothing was saved; check the network "
    "and that the server is running (or ask your administrator). The desk reconnects "
    "by itself when it is back."
)


@pytest.fixture(scope="module")
def server():
    with own_server() as started:
        yield started


@pytest.fixture(scope="module")
def server_database(server) -> str:
    return server.database("receptionist")


@pytest.fixture
def backend() -> str:
    return "postgresql"


@pytest.fixture
def db_url(server_database) -> str:
    """The test's database: on the server of this module, emptied."""
    postgres.empty(server_database)
    return server_database


@pytest.fixture
def desk_listening(qtbot, desk):
    qtbot.waitUntil(lambda: desk.updates.live.listening, timeout=WAIT_MS)
    assert not desk.server_banner.isVisible()
    return desk


def lose_server(qtbot, server, banner) -> None:
    server.stop_server()
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)


def server_back(qtbot, server, banner) -> None:
    server.start_server()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)


def test_a_check_in_is_refused_while_the_server_is_gone_and_works_once_it_is_back(
    qtbot, server, desk_listening, actor, host, db_url
):
    desk = desk_listening
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.host_combo.setCurrentIndex(panel.host_combo.findData(host.id))
    panel.party_size.setValue(2)
    panel.note_edit.setText("VIP parking")
    before = row_counts(db_url)

    lose_server(qtbot, server, desk.server_banner)
    assert "The database server cannot be reached" in desk.server_banner.text()
    assert desk.server_banner.accessibleName() == "Database server unreachable"
    panel.checkin_button.click()
    assert panel.checkin_error.isVisible()
    assert panel.checkin_error.text() in (LOST, UNREACHABLE)
    assert panel.customer is not None and panel.customer.id == customer.id
    assert panel.purpose() is Purpose.SALES
    assert panel.host_combo.currentData() == host.id
    assert (panel.party_size.value(), panel.note_edit.text()) == (2, "VIP parking")

    server_back(qtbot, server, desk.server_banner)
    assert row_counts(db_url) == before  # nothing half-written
    panel.checkin_button.click()
    [visit] = visits.on_site_board(actor.id)
    assert (visit.customer_id, visit.party_size, visit.note) == (customer.id, 2, "VIP parking")
    assert desk.board.model.row_of(visit.code) >= 0


def test_a_registration_keeps_the_typed_name_and_the_board_catches_up(
    qtbot, server, desk_listening, actor, db_url
):
    desk = desk_listening
    search = desk.search_panel
    search.show_register()
    form = search.register_form
    type_chinese(form.name_edit, "刘洋")
    form.phone_edit.setText("13812345678")
    before = row_counts(db_url)

    lose_server(qtbot, server, desk.server_banner)
    assert form.save() is None
    assert form.form_error.isVisible() and form.form_error.text() in (LOST, UNREACHABLE)
    assert (form.name_edit.text(), form.phone_edit.text()) == ("刘洋", "13812345678")

    server_back(qtbot, server, desk.server_banner)
    assert row_counts(db_url) == before
    # What another station did while this desk could not hear it shows once it is back
    # (the notice was sent while this desk was not listening).
    other = customers.register_customer(actor.id, name="Anna Lee")
    visits.check_in(actor.id, customer_id=other.id, purpose=Purpose.SALES)
    qtbot.waitUntil(lambda: desk.board.model.rowCount() == 1, timeout=WAIT_MS)
    created = form.save()
    assert created is not None and created.name == "刘洋"


def test_what_changed_while_the_desk_could_not_hear_is_read_when_it_is_back(
    qtbot, server, monkeypatch, ctx
):
    """A check-in made right after the server came back, before this desk's listener
    tried again (every 3 s here), sends its notice to nobody: the desk reads everything
    again when the listener is back."""
    monkeypatch.setattr(live, "RETRY_S", 3.0)
    desk = create_desk(ctx)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: desk.updates.live.listening, timeout=WAIT_MS)
    lose_server(qtbot, server, desk.server_banner)
    server.start_server()
    kiosk.check_in_walk_in(
        name="Anna Lee", phone="13700137000", purpose="sales", host_id=None, consent=True
    )
    qtbot.waitUntil(lambda: not desk.server_banner.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: desk.board.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: desk.notifications.unseen_count == 1, timeout=WAIT_MS)
    desk.close()


# -- the kiosk --------------------------------------------------------------------------
@pytest.fixture
def kiosk_shown(qtbot, actor, host, monkeypatch):
    settings.save_kiosk_settings(
        staffing.admin_id(), idle_seconds=60, closing_time=time(18), pin="2468"
    )
    monkeypatch.setattr(kiosk_window, "print_slip", lambda _code, _long, _lang: True)
    window = kiosk_window.KioskWindow("en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.live.listening, timeout=WAIT_MS)
    yield window
    window._may_close = True  # let pytest-qt close it


def test_the_kiosk_sends_visitors_to_the_desk_and_keeps_what_they_entered(
    qtbot, server, kiosk_shown, db_url
):
    window = kiosk_shown
    qtbot.mouseClick(window.welcome.walk_in_button, Qt.MouseButton.LeftButton)
    window.details.name.edit.setText("Anna Lee")
    window.details.phone.edit.setText("13700137000")
    qtbot.mouseClick(window.details.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.purpose.buttons[Purpose.SALES][0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.host.no_host_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.privacy
    window.privacy.consent.setChecked(True)
    before = row_counts(db_url)

    lose_server(qtbot, server, window.server_banner)
    assert window.server_banner.text().startswith(
        "Sorry, check-in here is not available right now. Please see the front desk."
    )
    qtbot.mouseClick(window.privacy.confirm_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.privacy  # still there, nothing forgotten
    assert window.privacy.error.text().startswith(
        "Sorry, check-in here is out of service. Please see the front desk.\nFor staff: The "
    )
    assert (window.entry.name, window.entry.phone) == ("Anna Lee", "13700137000")

    server_back(qtbot, server, window.server_banner)
    assert row_counts(db_url) == before
    qtbot.mouseClick(window.privacy.confirm_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.done
    [visit] = visits.on_site_board(staffing.desk_id())
    assert visit.customer_name == "Anna Lee"
