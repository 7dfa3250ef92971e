"""Losing the PostgreSQL server mid-session, for real: a server of the module's own is
stopped (fast shutdown: every session is cut) and started again while a station has it
open. Reads and writes are refused with the server's sentence instead of hanging, a
transaction cut by the loss leaves nothing behind, the station's connection comes back by
itself on its next statement, and the change-notice listener says lost, then back, and
hears changes again."""

from __future__ import annotations

import queue

import psycopg
import pytest

from receptionist.domain.faults import DatabaseFault
from receptionist.services import customers, live
from receptionist.services.database import current_location, transaction
from receptionist.store.connection import close_database, open_database
from tests import staffing
from tests.conftest import row_counts
from tests.pg_server import own_server

WAIT_S = 30  # an upper bound for a busy machine, never a measurement


@pytest.fixture(scope="module")
def server():
    with own_server() as started:
        yield started


@pytest.fixture
def url(server):
    url = server.database("receptionist")
    open_database(url)
    yield url
    close_database()


@pytest.fixture
def actor(url):
    return staffing.add("Front desk", "Reception", "receptionist")


def test_the_station_reconnects_by_itself_on_its_next_statement(server, url, actor):
    customers.register_customer(actor.id, name="Emily Chen")
    server.stop_server()
    with pytest.raises(DatabaseFault) as raised:
        customers.search(actor.id, "Emily")
    assert raised.value.server_gone
    with pytest.raises(DatabaseFault) as raised:
        customers.register_customer(actor.id, name="Li Wei")
    assert raised.value.server_gone
    server.start_server()
    # The first statement after the restart works: the connection the server closed is
    # noticed before it is used, not by a failed statement.
    assert [hit.name for hit in customers.search(actor.id, "Emily").hits] == ["Emily Chen"]
    customers.register_customer(actor.id, name="Li Wei")
    assert row_counts(url)["customer"] == 2


def test_a_restart_between_two_statements_goes_unnoticed(server, url, actor):
    customers.register_customer(actor.id, name="Emily Chen")
    server.stop_server()
    server.start_server()
    customers.register_customer(actor.id, name="Li Wei")
    assert row_counts(url)["customer"] == 2


def test_a_transaction_cut_by_the_loss_is_refused_whole(server, url, actor):
    before = row_counts(url)
    with pytest.raises(DatabaseFault) as raised, transaction():
        customers.register_customer(actor.id, name="Emily Chen")
        server.stop_server()
        customers.register_customer(actor.id, name="Li Wei")
    assert raised.value.code == "db_server_lost"
    server.start_server()
    assert row_counts(url) == before
    customers.register_customer(actor.id, name="Emily Chen")  # and the station goes on
    assert row_counts(url)["customer"] == before["customer"] + 1


def test_the_listener_says_lost_then_back_and_hears_changes_again(server, url):
    events: queue.Queue = queue.Queue()
    place = current_location()
    assert place is not None
    listener = live.Listener(
        place,
        changed=lambda tables: events.put(("changed", tables)),
        lost=lambda: events.put(("lost", None)),
        back=lambda: events.put(("back", None)),
        retry_s=0.2,
    )
    listener.start()
    try:
        assert listener.listening.wait(WAIT_S)
        staffing.add("Front desk", "Reception", "receptionist")
        assert events.get(timeout=WAIT_S) == ("changed", frozenset({"staff"}))

        server.stop_server()
        assert events.get(timeout=WAIT_S) == ("lost", None)
        assert listener.server_lost
        server.start_server()
        assert events.get(timeout=WAIT_S) == ("back", None)
        assert listener.listening.wait(WAIT_S) and not listener.server_lost

        with psycopg.connect(url, autocommit=True) as other_station:
            other_station.execute("UPDATE staff SET department = 'Front office'")
        assert events.get(timeout=WAIT_S) == ("changed", frozenset({"staff"}))
    finally:
        listener.stop()
    assert events.empty()  # one "lost" per loss, nothing after stop


def test_a_server_missing_at_the_start_is_a_loss_and_its_arrival_the_return(server, url):
    events: queue.Queue = queue.Queue()
    place = current_location()
    assert place is not None
    server.stop_server()
    listener = live.Listener(
        place, changed=events.put, lost=lambda: events.put("lost"), back=lambda: events.put("back")
    )
    listener.start()
    try:
        assert events.get(timeout=WAIT_S) == "lost"
        server.start_server()
        assert events.get(timeout=WAIT_S) == "back"
    finally:
        listener.stop()


def test_sqlite_has_no_listener(tmp_path):
    open_database(tmp_path / "desk.sqlite3")
    try:
        assert live.listener_for_open_database(print, print, print) is None
    finally:
        close_database()
