"""The station a desk or a kiosk window is: found or created when it starts, remembered on
this computer, recorded by its check-ins; "This station" in Settings → General; the
kiosks with a PIN of their own in Settings → Kiosk."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Station
from receptionist.domain.errors import Conflict
from receptionist.services import customers, settings, stations, visits
from receptionist.store.models import AuditEntry, Visit
from receptionist.ui import app as desk_app
from receptionist.ui.app import create_desk
from receptionist.ui.common import ask, options
from receptionist.ui.common.station import computer_name, open_this_station
from receptionist.ui.settings import dialog  # noqa: F401 - registers the pages
from receptionist.ui.settings.general_page import GeneralSettingsPage
from receptionist.ui.settings.kiosk_page import KioskSettingsPage
from tests import staffing

from .conftest import type_chinese

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def actor(db):
    """The one member of staff: an administrator (these tests add stations)."""
    return staffing.add("Front desk", "Reception", "admin")


@pytest.fixture
def started(db, db_path, actor, site, monkeypatch, qtbot):
    """``start(station=None)``: ``app.run`` up to its event loop; the desks it opened and
    the warnings it showed."""
    windows, warned = [], []

    def create(ctx, deferred=False):
        window = create_desk(ctx, deferred)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    monkeypatch.setattr(desk_app, "create_desk", create)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(ask, "warn", lambda _parent, title, text: warned.append(text))

    def start(station: str | None = None) -> int:
        return desk_app.run(str(db_path), "en", station)

    return start, windows, warned


# -- the desk's station ---------------------------------------------------------------------
def test_a_desk_never_named_becomes_a_station_of_its_own_and_keeps_it(started, actor, admin):
    start, windows, _ = started
    assert start() == 0
    [first] = stations.list_stations(actor.id)
    assert (first.name, first.kind) == (f"Desk ({computer_name()})", Station.DESK)
    assert options.STATION_NAME["desk"].get() == first.name
    assert start() == 0 and len(windows) == 2
    assert stations.list_stations(actor.id) == [first]  # the same station at the next start
    visit = visits.check_in(
        actor.id, customer_id=customers.register_customer(actor.id, name="Li Lei").id,
        purpose="sales",
    )  # fmt: skip
    assert Visit.get_by_id(visit.id).station_id == first.id
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().station_id == first.id


def test_a_desk_renamed_from_another_computer_keeps_its_station(started, actor, admin):
    start, _, _ = started
    assert start() == 0
    [mine] = stations.list_stations(actor.id)
    stations.rename_station(actor.id, mine.name, "Concierge")
    assert start() == 0
    assert [(s.id, s.name) for s in stations.list_stations(actor.id)] == [(mine.id, "Concierge")]
    assert options.STATION_NAME["desk"].get() == "Concierge"


def test_a_desk_refuses_to_start_as_a_kiosk_station(started, actor, admin):
    start, windows, warned = started
    stations.add_station(actor.id, "Lobby kiosk", "kiosk")
    assert start("Lobby kiosk") == 1
    assert windows == []
    assert warned == [
        "This station name belongs to a station of the other kind (a desk, not a kiosk, or "
        "the other way round); start this one with a name of its own (--station NAME)."
    ]
    assert options.STATION_NAME["desk"].get() == ""


def test_a_desk_started_with_a_station_name_uses_and_remembers_it(started, actor, admin):
    start, _, _ = started
    desk = stations.add_station(actor.id, "Front desk", "desk")
    assert start("front desk") == 0
    assert stations.current_station() == desk
    assert options.STATION_NAME["desk"].get() == "Front desk"


# -- the kiosk's station ----------------------------------------------------------------------
def test_the_kiosk_window_learns_its_station(qtbot, db, actor, site):
    from receptionist.ui.kiosk.window import KioskWindow

    settings.save_kiosk_settings(actor.id, idle_seconds=60, closing_time=time(18), pin="2468")
    window = KioskWindow("en")
    qtbot.addWidget(window)
    window._may_close = True
    station = stations.current_station()
    assert (station.name, station.kind) == (f"Kiosk ({computer_name()})", Station.KIOSK)
    assert options.STATION_MARK["kiosk"].get() == station.mark


# -- Settings → General: "This station" --------------------------------------------------------
@pytest.fixture
def general(ctx, qtbot):
    open_this_station(Station.DESK)
    page = GeneralSettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    return page


def test_this_station_is_shown_and_renamed_in_the_general_settings(general, actor):
    box = general.station_box
    assert box.isVisibleTo(general)
    assert box.name_edit.text() == f"Desk ({computer_name()})"
    assert box.kind_value.text() == "Reception desk"
    assert box.location_edit.text() == ""
    box.name_edit.clear()
    type_chinese(box.name_edit, "二楼前台")
    box.location_edit.setText("Second floor, east wing")
    assert general.check() == []
    general.save(actor.id)
    [station] = stations.list_stations(actor.id)
    assert (station.name, station.location) == ("二楼前台", "Second floor, east wing")
    assert options.STATION_NAME["desk"].get() == "二楼前台"
    assert options.STATION_MARK["desk"].get() == station.mark


def test_the_general_settings_refuse_an_empty_or_taken_station_name(general, actor):
    box = general.station_box
    box.name_edit.setText("   ")
    [problem] = general.check()
    assert (problem.field, problem.text()) == ("station_name", "Station name is required.")
    stations.add_station(actor.id, "Lobby kiosk", "kiosk")
    box.name_edit.setText("lobby kiosk")
    assert general.check() == []  # only the database knows the name is taken
    with pytest.raises(Conflict) as taken:
        general.save(actor.id)  # the settings dialog shows its refusal next to its field
    general.show_problems([general.problem(taken.value)])
    assert not general.error_labels["station_name"].isHidden()
    assert general.error_labels["station_name"].text() == (
        "Another station already has this name; choose another name."
    )
    assert options.STATION_NAME["desk"].get() == f"Desk ({computer_name()})"


def test_a_desk_without_a_station_shows_no_station_fields(ctx, qtbot):
    page = GeneralSettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    assert not page.station_box.isVisibleTo(page)
    assert page.check() == []


# -- Settings → Kiosk: kiosks with a PIN of their own -------------------------------------------
def test_the_kiosk_settings_name_the_kiosks_with_their_own_pin(ctx, qtbot, actor):
    stations.add_station(actor.id, "Lobby kiosk", "kiosk")
    stations.add_station(actor.id, "Floor 2 kiosk", "kiosk")
    page = KioskSettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    assert page.own_pins.isHidden()
    stations.set_station_pin(actor.id, "Lobby kiosk", "1357")
    page.load()
    assert not page.own_pins.isHidden()
    assert page.own_pins.text() == (
        "These kiosks have a PIN of their own and do not use this one: Lobby kiosk."
    )


# -- the visit log's station column -------------------------------------------------------------
def test_the_visit_log_names_the_station_once_the_site_has_several(ctx, actor, qtbot):
    from receptionist.ui.visit_log.model import COL_STATION
    from receptionist.ui.visit_log.window import VisitLogWindow

    stations.open_station("desk", name="Front desk")
    person = customers.register_customer(actor.id, name="张三")
    visits.check_in(actor.id, customer_id=person.id, purpose="sales")
    alone = VisitLogWindow(ctx)
    qtbot.addWidget(alone)
    assert alone.log_table.isColumnHidden(COL_STATION)  # one desk: nothing to tell apart
    stations.add_station(actor.id, "Lobby kiosk", "kiosk")
    window = VisitLogWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.log_table.isColumnHidden(COL_STATION)
    assert window.model.headerData(COL_STATION, Qt.Orientation.Horizontal) == "Station"
    assert window.model.index(0, COL_STATION).data() == "Front desk"
