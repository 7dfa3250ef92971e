"""The evacuation list (issue 15, services.evacuation): everyone on site now, by host (no
host last), then by name; the fields it prints; the counts; every read audited; the
desk's roles only. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from receptionist.domain.enums import Station
from receptionist.domain.errors import Refused
from receptionist.services import customers, evacuation, planning, settings, stations, visits
from receptionist.store.models import AuditEntry
from tests import staffing


@pytest.fixture
def manager(db):
    return staffing.add("Manager", "Sales", "manager")


def _visitor(actor, name: str, phone: str, company: str = ""):
    return customers.register_customer(actor.id, name=name, phone=phone, company=company)


@pytest.fixture
def site(fixed_clock, actor, admin):
    """Hosts Wang, Anna and 李经理; on site: two of Anna's, one of 李经理's, one of
    Wang's, one without a host; one checked out, one only planned."""
    settings.save_site_settings(admin.id, "Star Motors", "showroom")
    stations.add_station(admin.id, "Front desk A", Station.DESK)
    stations.use_station("Front desk A")
    anna = staffing.add("Anna Berg", "Sales", "host")
    li = staffing.add("李经理", "Sales", "host")
    wang = staffing.add("Wang Lei", "Service", "host")
    people = {
        "zed": _visitor(actor, "Zed Young", "13900000001", "Acme Trading"),
        "bea": _visitor(actor, "bea Adams", "13900000002"),
        "zhang": _visitor(actor, "张三", "13900000003", "华为技术有限公司"),
        "walk": _visitor(actor, "Aaron Walker", "13900000004"),
        "gone": _visitor(actor, "Gone Early", "13900000005"),
        "wang_guest": _visitor(actor, "Carl Dee", "13900000006"),
        "planned": _visitor(actor, "Pat Later", "13900000007"),
    }
    start = fixed_clock.at
    visits.check_in(actor.id, customer_id=people["zed"].id, purpose="sales", host_id=anna.id)
    fixed_clock.tick(minutes=5)
    visits.check_in(
        actor.id, customer_id=people["zhang"].id, purpose="sales", host_id=li.id, party_size=3
    )
    fixed_clock.tick(minutes=5)
    visits.check_in(actor.id, customer_id=people["walk"].id, purpose="sales")
    visits.check_in(
        actor.id,
        customer_id=people["bea"].id,
        purpose="after_sales",
        host_id=anna.id,
        party_size=2,
    )
    visits.check_in(actor.id, customer_id=people["wang_guest"].id, purpose="sales", host_id=wang.id)
    gone = visits.check_in(actor.id, customer_id=people["gone"].id, purpose="sales")
    visits.check_out(actor.id, gone.code)
    planning.plan_visit(
        actor.id,
        customer_id=people["planned"].id,
        purpose="sales",
        expected_at=start + timedelta(hours=1),
    )
    fixed_clock.tick(minutes=30)
    return start, {"anna": anna, "li": li, "wang": wang}


def test_everyone_on_site_sorted_by_host_no_host_last_then_by_name(site, actor):
    found = evacuation.evacuation_list(actor.id)
    assert [(p.host_name, p.name) for p in found.people] == [
        ("Anna Berg", "bea Adams"),  # names compare without case
        ("Anna Berg", "Zed Young"),
        ("Wang Lei", "Carl Dee"),
        ("李经理", "张三"),
        ("", "Aaron Walker"),
    ]
    assert [(g.host_name, len(g.people), g.head_count) for g in found.groups()] == [
        ("Anna Berg", 2, 3),
        ("Wang Lei", 1, 1),
        ("李经理", 1, 3),
        ("", 1, 1),
    ]


def test_the_fields_and_the_counts(site, actor, fixed_clock):
    start, hosts = site
    found = evacuation.evacuation_list(actor.id)
    zhang = next(p for p in found.people if p.name == "张三")
    assert (zhang.company, zhang.host_id, zhang.party_size) == (
        "华为技术有限公司",
        hosts["li"].id,
        3,
    )
    assert zhang.since == start + timedelta(minutes=5)
    assert (zhang.station, zhang.station_name) == (Station.DESK, "Front desk A")
    board = {v.customer_name: v.code for v in visits.on_site_board(actor.id)}
    assert {p.name: p.code for p in found.people} == board  # the board's people, no others
    assert (found.visitors, found.head_count) == (5, 8)
    assert (found.site_name, found.made_at) == ("Star Motors", fixed_clock.at)
    assert found.to_json()["on_site"][3]["host"] == "李经理"


def test_nobody_on_site_is_an_empty_list(db, actor):
    found = evacuation.evacuation_list(actor.id)
    assert (found.people, found.visitors, found.head_count, found.groups()) == ((), 0, 0, ())


def test_every_read_is_audited_with_counts_never_names(site, actor, manager):
    evacuation.evacuation_list(actor.id)
    evacuation.evacuation_document(manager.id, "zh_CN")
    entries = list(
        AuditEntry.select()
        .where(AuditEntry.action == "visit.evacuation_list")
        .order_by(AuditEntry.id)
    )
    assert [(e.staff_id, e.record_type, e.record_id) for e in entries] == [
        (actor.id, "visit", 0),
        (manager.id, "visit", 0),
    ]
    details = json.loads(entries[0].details)
    assert (details["visitors"], details["people"], details["purpose"]) == (5, 8, "view")
    for entry in entries:
        for name in ("Zed", "张三", "Anna", "李经理"):
            assert name not in entry.details


def test_a_document_built_from_a_list_just_read_is_not_read_again(site, actor):
    found = evacuation.evacuation_list(actor.id)
    again, doc = evacuation.evacuation_document(actor.id, "en", found)
    assert again is found
    assert doc.kind == "evacuation" and doc.pdf().startswith(b"%PDF")
    assert AuditEntry.select().where(AuditEntry.action == "visit.evacuation_list").count() == 1


def test_a_host_is_refused_and_nothing_is_audited(site):
    host = site[1]["anna"]
    with pytest.raises(Refused):
        evacuation.evacuation_list(host.id)
    with pytest.raises(Refused):
        evacuation.evacuation_document(host.id)
    assert AuditEntry.select().where(AuditEntry.action == "visit.evacuation_list").count() == 0


def test_one_query_however_many_are_on_site(db, actor, fixed_clock, monkeypatch):
    """The list reads its people in one statement: 3 or 30 on site, the same count."""
    host = staffing.add("Host", "", "host")

    def statements() -> int:
        seen: list[str] = []
        real = db.execute_sql

        def counting(sql, *args, **kwargs):
            seen.append(sql)
            return real(sql, *args, **kwargs)

        monkeypatch.setattr(db, "execute_sql", counting)
        try:
            evacuation.evacuation_list(actor.id)
        finally:
            monkeypatch.setattr(db, "execute_sql", real)
        return sum(1 for sql in seen if "visit" in sql.lower() and "select" in sql.lower())

    def arrive(count: int, start: int) -> None:
        for n in range(start, start + count):
            person = _visitor(actor, f"Guest {n}", f"1370000{n:04d}")
            visits.check_in(actor.id, customer_id=person.id, purpose="sales", host_id=host.id)

    arrive(3, 0)
    few = statements()
    arrive(27, 3)
    assert statements() == few == 1
