"""Named stations: registering and renaming them, the station a desk or kiosk finds at
start, the station every visit and audit entry records, and the kiosk's PIN lock per
station."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from receptionist.domain.enums import Station
from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.services import kiosk, planning, settings, stations, visit_log, visits
from receptionist.store.connection import open_database
from receptionist.store.models import AuditEntry, Visit
from tests import staffing

SITE_PIN = "2468"


def names() -> list[tuple[str, str]]:
    return [(s.name, str(s.kind)) for s in stations.list_stations(staffing.desk_id())]


# -- the list of stations ---------------------------------------------------------------
def test_stations_are_added_listed_renamed_and_given_a_location(admin, actor):
    stations.add_station(admin.id, "  Lobby   kiosk ", "kiosk", location="Ground floor")
    front = stations.add_station(admin.id, "Front desk", Station.DESK)
    assert names() == [("Front desk", "desk"), ("Lobby kiosk", "kiosk")]
    renamed = stations.rename_station(admin.id, "front DESK", "Concierge")
    assert (renamed.id, renamed.name) == (front.id, "Concierge")
    moved = stations.update_station(admin.id, front.id, location="Lobby, left")
    assert (moved.name, moved.location, moved.kind) == ("Concierge", "Lobby, left", Station.DESK)
    assert stations.find_station(actor.id, "lobby kiosk").location == "Ground floor"
    actions = [a.action for a in AuditEntry.select().where(AuditEntry.record_type == "station")]
    assert actions == ["station.add", "station.add", "station.update", "station.update"]


def test_a_name_is_one_station_whatever_its_case(admin, actor):
    stations.add_station(admin.id, "Lobby kiosk", "kiosk")
    other = stations.add_station(admin.id, "Floor 2", "kiosk")
    with pytest.raises(Conflict) as taken:
        stations.add_station(admin.id, "LOBBY KIOSK", "desk")
    assert (taken.value.code, taken.value.field) == ("station_exists", "station_name")
    with pytest.raises(Conflict):
        stations.rename_station(admin.id, "Floor 2", "lobby Kiosk")
    assert stations.find_station(actor.id, "floor 2").id == other.id
    assert names() == [("Floor 2", "kiosk"), ("Lobby kiosk", "kiosk")]


@pytest.mark.parametrize(
    ("name", "kind", "location", "code"),
    [
        ("  ", "desk", "", "station_name_required"),
        ("x" * 61, "desk", "", "station_name_too_long"),
        ("Front\x07desk", "desk", "", "station_name_control"),
        ("Front desk", "cli", "", "station_kind_invalid"),
        ("Front desk", "door", "", "station_kind_invalid"),
        ("Front desk", "desk", "y" * 101, "location_too_long"),
    ],
)
def test_what_a_station_cannot_be(admin, actor, name, kind, location, code):
    with pytest.raises(ValidationError) as refused:
        stations.add_station(admin.id, name, kind, location=location)
    assert refused.value.code == code
    assert stations.list_stations(actor.id) == []


def test_renaming_a_station_nobody_has_says_so(admin, actor):
    with pytest.raises(NotFound) as unknown:
        stations.rename_station(admin.id, "Nowhere", "Somewhere")
    assert unknown.value.code == "station_unknown"


# -- the station of this process ----------------------------------------------------------
def test_a_computer_never_named_gets_a_default_station_of_its_own(db):
    first = stations.open_station("desk", default_name="Desk (pc-1)")
    assert (first.name, first.kind) == ("Desk (pc-1)", Station.DESK)
    assert stations.current_station() == first
    # Another computer with the same name and no memory of its own: never the same row.
    second = stations.open_station("desk", default_name="Desk (pc-1)")
    assert second.name == "Desk (pc-1) 2" and second.id != first.id
    # The first computer again, with what it remembered: its own row.
    again = stations.open_station("desk", name=first.name, mark=first.mark)
    assert again.id == first.id and stations.current_station().id == first.id


def test_a_station_renamed_elsewhere_is_found_again_by_its_mark(admin, actor):
    mine = stations.open_station("kiosk", default_name="Kiosk (lobby-pc)")
    stations.rename_station(admin.id, "Kiosk (lobby-pc)", "Lobby kiosk")  # from the CLI
    found = stations.open_station("kiosk", name=mine.name, mark=mine.mark)
    assert (found.id, found.name) == (mine.id, "Lobby kiosk")
    assert names() == [("Lobby kiosk", "kiosk")]  # no second row under the old name


def test_a_named_station_is_shared_only_by_the_same_kind(admin, actor):
    stations.add_station(admin.id, "Front desk", "desk")
    with pytest.raises(Conflict) as other_kind:
        stations.open_station("kiosk", name="Front desk")
    assert other_kind.value.code == "station_other_kind"
    joined = stations.open_station("desk", name="front desk")  # named so on purpose
    assert joined.name == "Front desk"
    assert names() == [("Front desk", "desk")]


def test_a_command_uses_an_existing_station_only(admin, actor):
    stations.add_station(admin.id, "Back office", "desk")
    assert stations.use_station("back office").name == "Back office"
    with pytest.raises(NotFound):
        stations.use_station("Typo office")
    assert stations.current_station().name == "Back office"


@pytest.mark.sqlite_only
def test_the_current_station_belongs_to_its_database(db, tmp_path):
    stations.open_station("desk", default_name="Desk (pc-1)")
    open_database(tmp_path / "another.sqlite3")
    assert stations.current_station() is None


# -- what records the station -----------------------------------------------------------
def test_every_check_in_and_audit_entry_records_the_station(fixed_clock, actor, zhang, john):
    desk = stations.open_station("desk", name="Front desk")
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    walk_in = visits.check_in_walk_in(actor.id, name="Li Lei", phone="13600136000", purpose="sales")
    planned = planning.plan_visit(
        actor.id,
        customer_id=john.id,
        purpose="sales",
        expected_at=fixed_clock.at + timedelta(hours=1),
    )
    lobby = stations.open_station("kiosk", name="Lobby kiosk")
    arrived = kiosk.check_in_invited(planned.invite_code, consent=True)
    assert (visit.station_name, visits.visit_by_code(actor.id, arrived.code).station_name) == (
        "Front desk",
        "Lobby kiosk",
    )
    [logged] = visit_log.visit_log_page(actor.id, visit_log.LogFilter(), 1)  # newest first
    assert (logged.code, logged.station_name) == (arrived.code, "Lobby kiosk")
    recorded = {v.code: v.station_id for v in Visit.select()}
    assert recorded[visit.code] == recorded[walk_in.code] == desk.id
    assert recorded[arrived.code] == lobby.id
    at = {a.action: a.station_id for a in AuditEntry.select().order_by(AuditEntry.id)}
    assert at["visit.plan"] == desk.id
    assert at["customer.consent"] == at["visit.check_in"] == lobby.id


def test_a_visitor_expected_at_the_desk_records_the_desk(fixed_clock, actor, zhang):
    planned = planning.plan_visit(
        actor.id, customer_id=zhang.id, purpose="sales", expected_at=fixed_clock.at
    )
    desk = stations.open_station("desk", name="Concierge")
    planning.check_in_expected(actor.id, planned.id)
    assert Visit.get_by_id(planned.id).station_id == desk.id


# -- the kiosk's PIN, per station -----------------------------------------------------------
@pytest.fixture
def two_kiosks(admin, fixed_clock, actor):
    settings.save_kiosk_settings(admin.id, idle_seconds=60, closing_time=time(18), pin=SITE_PIN)
    return (
        stations.add_station(admin.id, "Kiosk A", "kiosk"),
        stations.add_station(admin.id, "Kiosk B", "kiosk"),
    )


def wrong_pins(count: int) -> None:
    for _ in range(count):
        with pytest.raises((ValidationError, Conflict)):
            kiosk.verify_exit_pin("0000")


def test_five_wrong_pins_lock_one_kiosk_and_not_another(two_kiosks):
    stations.use_station("Kiosk A")
    wrong_pins(5)
    assert kiosk.exit_locked_until() is not None
    with pytest.raises(Conflict) as locked:
        kiosk.verify_exit_pin(SITE_PIN)
    assert locked.value.code == "pin_locked"
    stations.use_station("Kiosk B")
    assert kiosk.exit_locked_until() is None
    kiosk.verify_exit_pin(SITE_PIN)  # the other kiosk still opens
    wrong_pins(4)  # and counts its own misses: four do not lock it
    assert kiosk.exit_locked_until() is None
    stations.use_station("Kiosk A")
    assert kiosk.exit_locked_until() is not None


def test_a_kiosk_with_its_own_pin_uses_it_and_the_others_the_sites(admin, two_kiosks, actor):
    stations.set_station_pin(admin.id, "Kiosk B", "1357")
    assert [s.own_pin for s in stations.list_stations(actor.id)] == [False, True]
    stations.use_station("Kiosk B")
    with pytest.raises(ValidationError):
        kiosk.verify_exit_pin(SITE_PIN)
    kiosk.verify_exit_pin("1357")
    stations.use_station("Kiosk A")
    kiosk.verify_exit_pin(SITE_PIN)
    with pytest.raises(ValidationError):
        kiosk.verify_exit_pin("1357")


def test_a_new_site_pin_lifts_the_locks_of_kiosks_that_use_it_only(admin, two_kiosks, actor):
    stations.set_station_pin(admin.id, "Kiosk B", "1357")
    for name in ("Kiosk A", "Kiosk B"):
        stations.use_station(name)
        wrong_pins(5)
    settings.save_kiosk_settings(admin.id, idle_seconds=60, closing_time=time(18), pin="9753")
    stations.use_station("Kiosk A")
    kiosk.verify_exit_pin("9753")
    stations.use_station("Kiosk B")
    assert kiosk.exit_locked_until() is not None
    stations.set_station_pin(admin.id, "Kiosk B", None)  # back to the site's PIN, unlocked
    kiosk.verify_exit_pin("9753")


def test_only_a_kiosk_has_a_pin_of_its_own(admin, actor):
    stations.add_station(admin.id, "Front desk", "desk")
    with pytest.raises(Conflict) as refused:
        stations.set_station_pin(admin.id, "Front desk", "1357")
    assert refused.value.code == "station_not_kiosk"


def test_the_exit_pin_is_the_kiosks_or_the_sites(admin, actor):
    stations.open_station("kiosk", name="Kiosk A")
    assert not kiosk.exit_pin_set()
    stations.set_station_pin(admin.id, "Kiosk A", "1357")
    assert kiosk.exit_pin_set()


def test_a_process_without_a_station_cannot_check_the_pin(db):
    with pytest.raises(NotFound) as unknown:
        kiosk.verify_exit_pin(SITE_PIN)
    assert unknown.value.code == "station_not_set"
