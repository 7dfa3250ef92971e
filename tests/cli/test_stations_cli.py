"""``receptionist station add|list|rename|set``, the global ``--station`` (and
``RECEPTIONIST_STATION``) that a command's visits and audit entries record, and
``receptionist kiosk-pin --station NAME``."""

from __future__ import annotations

import io
import json
import sys

import pytest

from receptionist.domain.pin import pin_matches
from receptionist.store.connection import close_database, open_database
from receptionist.store.models import AuditEntry, Station, Visit

from ..conftest import row_counts as counts


def rows(db_target, query):
    open_database(db_target)
    try:
        return list(query())
    finally:
        close_database()


def stations_json(run) -> list[dict]:
    code, out, err = run("station", "list", "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def front(run):
    """A receptionist and a registered desk, "Front desk"."""
    assert run("staff", "add", "Front desk", "--role", "receptionist")[0] == 0
    assert run("station", "add", "Front desk", "--kind", "desk", "--location", "Lobby")[0] == 0


def test_stations_are_added_listed_renamed_and_set(run, front):
    code, out, err = run("station", "add", "大堂自助机", "--kind", "kiosk")
    assert (code, out.strip(), err) == (0, "Added the kiosk 大堂自助机.", "")
    code, out, _ = run("station", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Name", "Kind", "Location", "Exit", "PIN"]
    assert lines[2].split() == ["Front", "desk", "desk", "Lobby"]
    assert lines[3].split() == ["大堂自助机", "kiosk", "the", "site's"]
    code, out, _ = run("station", "rename", "front desk", "Concierge")
    assert (code, out.strip()) == (0, "Renamed the desk to Concierge.")
    code, out, _ = run("station", "set", "大堂自助机", "--location", "Ground floor", "--json")
    assert code == 0 and json.loads(out)["location"] == "Ground floor"
    desk, kiosk = stations_json(run)
    assert desk == {
        "id": 1,
        "name": "Concierge",
        "kind": "desk",
        "location": "Lobby",
        "own_pin": False,
    }
    assert (kiosk["name"], kiosk["location"], kiosk["own_pin"]) == (
        "大堂自助机",
        "Ground floor",
        False,
    )


def test_an_empty_list_says_how_stations_come(run):
    code, out, _ = run("station", "list")
    assert code == 0 and "receptionist station add NAME --kind desk|kiosk" in out
    assert stations_json(run) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("station", "add", "front DESK", "--kind", "kiosk"),
            "Another station already has this name; choose another name.",
        ),
        (("station", "rename", "Nowhere", "Somewhere"), "No station has this name;"),
        (("station", "add", " ", "--kind", "desk"), "Station name is required."),
    ],
)
def test_refused_station_commands_change_nothing(run, front, db_target, args, said):
    before = counts(db_target)
    code, out, err = run(*args)
    assert (code, out) == (2, "") and err.startswith(said)
    assert counts(db_target) == before


def test_a_command_records_its_station(run, front, db_target, monkeypatch):
    code, _, err = run(
        "--station", "front desk", "checkin", "--name", "张三", "--phone", "13800138000",
        "--purpose", "sales",
    )  # fmt: skip
    assert code == 0, err
    assert run("station", "add", "Back office", "--kind", "desk")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_STATION", "Back office")
    code, _, err = run("checkin", "--name", "李四", "--phone", "13900139000", "--purpose", "sales")
    assert code == 0, err
    names = dict(rows(db_target, lambda: Station.select(Station.id, Station.name).tuples()))
    visits = rows(db_target, lambda: Visit.select().order_by(Visit.id))
    assert [names[v.station_id] for v in visits] == ["Front desk", "Back office"]
    assert [v.station for v in visits] == ["cli", "cli"]
    audits = rows(
        db_target,
        lambda: AuditEntry.select().where(AuditEntry.action == "visit.check_in"),
    )
    assert [names[a.station_id] for a in audits] == ["Front desk", "Back office"]


def test_without_a_station_a_command_records_none(run, front, db_target):
    code, _, err = run("checkin", "--name", "张三", "--phone", "13800138000", "--purpose", "sales")
    assert code == 0, err
    [visit] = rows(db_target, lambda: Visit.select())
    assert visit.station_id is None


def test_an_unknown_station_is_refused_before_anything_is_written(run, front, db_target):
    before = counts(db_target)
    code, out, err = run(
        "--station", "Frnot desk", "checkin", "--name", "张三", "--phone", "13800138000",
        "--purpose", "sales",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith("No station has this name; see `receptionist station list`")
    assert counts(db_target) == before


def test_the_station_named_in_the_environment_can_be_added(run, front, monkeypatch):
    monkeypatch.setenv("RECEPTIONIST_STATION", "Lobby kiosk")
    code, _, err = run("station", "add", "Lobby kiosk", "--kind", "kiosk")
    assert code == 0, err
    assert [s["name"] for s in stations_json(run)] == ["Front desk", "Lobby kiosk"]


# -- kiosk-pin --station ---------------------------------------------------------------------
def test_kiosk_pin_for_one_station_and_back_to_the_sites(run, front, db_target, monkeypatch):
    assert run("station", "add", "Lobby kiosk", "--kind", "kiosk")[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("1357\n"))
    code, out, err = run("kiosk-pin", "--station", "lobby kiosk")
    assert (code, out.strip()) == (
        0,
        "The kiosk PIN of Lobby kiosk is set: staff type it to leave that kiosk.",
    ), err
    [lobby] = rows(db_target, lambda: Station.select().where(Station.kind == "kiosk"))
    assert pin_matches("1357", lobby.pin_hash)
    assert [s["own_pin"] for s in stations_json(run)] == [False, True]
    code, out, _ = run("kiosk-pin", "--station", "Lobby kiosk", "--clear")
    assert (code, out.strip()) == (0, "Lobby kiosk uses the site's kiosk PIN again.")
    assert [s["own_pin"] for s in stations_json(run)] == [False, False]


def test_kiosk_pin_without_station_sets_the_sites_even_at_a_station(
    run, front, db_target, monkeypatch
):
    assert run("station", "add", "Lobby kiosk", "--kind", "kiosk")[0] == 0
    monkeypatch.setenv("RECEPTIONIST_STATION", "Lobby kiosk")
    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n"))
    code, out, err = run("kiosk-pin")
    assert (code, out.strip()) == (0, "The kiosk PIN is set: staff type it to leave the kiosk.")
    assert [s["own_pin"] for s in stations_json(run)] == [False, False]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("kiosk-pin", "--station", "Front desk"),
            "Only a kiosk has a staff PIN of its own; choose a kiosk station.",
        ),
        (
            ("kiosk-pin", "--clear"),
            "--clear needs --station NAME: the kiosk that uses the site's PIN again.",
        ),
    ],
)
def test_kiosk_pin_refusals(run, front, db_target, monkeypatch, args, said):
    monkeypatch.setattr(sys, "stdin", io.StringIO("1357\n"))
    before = counts(db_target)
    code, out, err = run(*args)
    assert (code, out, err.strip()) == (2, "", said)
    assert counts(db_target) == before
