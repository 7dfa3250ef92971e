"""Every service that writes leaves an audit entry (issue 11): each call below is watched
statement by statement, and a call that changed a row of the site's tables without
appending to the audit trail in the same call fails the test. Derived rows (the search
index, the visit-code counter) are written with the entry that caused them."""

from __future__ import annotations

import re
from datetime import time, timedelta

import pytest

from receptionist.services import (
    claims,
    customers,
    exports,
    feedback,
    imports,
    kiosk,
    merge,
    notifications,
    planning,
    printing,
    settings,
    staff,
    stations,
    undo,
    visits,
)
from tests import staffing

_WRITE = re.compile(r'^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+"?(\w+)"?', re.IGNORECASE)
# Rows that follow from an audited write in the same call (never written alone).
DERIVED = {"audit_entry", "search_term", "company_term", "visit_code_counter"}


class Watch:
    """The tables a call wrote to, from peewee's query hook."""

    def __init__(self) -> None:
        self.tables: list[str] = []

    def __call__(self, event) -> None:
        found = _WRITE.match(event.sql)
        if found and event.exception is None:
            self.tables.append(found.group(2).lower())


@pytest.fixture
def watched(db, fixed_clock):
    watch = Watch()
    db.query_hooks.append(watch)
    unaudited: list[str] = []

    def call(label: str, fn, *args, **kwargs):
        watch.tables.clear()
        result = fn(*args, **kwargs)
        written = {t for t in watch.tables if t not in DERIVED}
        if written and "audit_entry" not in watch.tables:
            unaudited.append(f"{label}: wrote {sorted(written)} without an audit entry")
        return result

    yield call, unaudited
    db.query_hooks.remove(watch)


def test_every_write_of_the_services_is_audited(watched, fixed_clock, tmp_path):
    call, unaudited = watched
    site, admin = call(
        "set_up_site",
        settings.set_up_site,
        "Star Motors",
        "showroom",
        "Front desk",
        "star motors admin",
        "Reception",
    )
    actor = staffing.add("Ada Admin", "", "admin").id
    host = call("add_staff", staff.add_staff, actor, "Host One", "Sales", "host")
    call("set_active", staff.set_active, actor, host.id, False)
    call("set_active", staff.set_active, actor, host.id, True)
    call("save_site_settings", settings.save_site_settings, actor, "Star Motors 2", "office")
    call("save_desk_lock_minutes", settings.save_desk_lock_minutes, actor, 10)
    call(
        "save_kiosk_settings",
        settings.save_kiosk_settings,
        actor,
        idle_seconds=60,
        closing_time=time(18, 0),
        pin="2468",
    )
    desk = call("add_station", stations.add_station, actor, "Desk 1", "desk")
    call("add_station", stations.add_station, actor, "Kiosk 1", "kiosk")
    call("rename_station", stations.rename_station, actor, desk.name, "Desk One")
    call("set_station_pin", stations.set_station_pin, actor, "Kiosk 1", "1357")

    person = call(
        "register_customer",
        customers.register_customer,
        actor,
        name="Audit Person",
        phone="13700137000",
        company="Acme",
    )
    person = call(
        "change_category", customers.change_category, actor, person.id, "vip", "big buyer"
    )
    call(
        "update_customer",
        customers.update_customer,
        actor,
        person.id,
        person.row_version,
        company="Acme Two",
    )
    visit = call("check_in", visits.check_in, actor, customer_id=person.id, purpose="sales")
    call("record_print", printing.record_print, actor, visit.code, "slip", "label62", None, "saved")
    call("check_out", visits.check_out, actor, visit.code)
    call("undo_check_out", undo.undo_check_out, actor, visit.code)
    call("check_out", visits.check_out, actor, visit.code)
    call("record_feedback", feedback.record_feedback, actor, visit.code, overall=5)

    walk_in = call(
        "check_in_walk_in",
        visits.check_in_walk_in,
        actor,
        name="Walk In Audit",
        phone="13600136000",
        purpose="after_sales",
    )
    call("check_out", visits.check_out, actor, walk_in.code)

    plan = call(
        "plan_visit",
        planning.plan_visit,
        actor,
        customer_id=person.id,
        purpose="relationship",
        expected_at=fixed_clock.at + timedelta(hours=2),
    )
    call("cancel_planned", planning.cancel_planned, actor, plan.id)
    plan = call(
        "plan_visit",
        planning.plan_visit,
        actor,
        customer_id=person.id,
        purpose="relationship",
        expected_at=fixed_clock.at + timedelta(hours=1),
    )
    arrived = call("check_in_expected", planning.check_in_expected, actor, plan.id)
    call("undo_check_in", undo.undo_check_in, actor, arrived.code)
    fixed_clock.tick(days=1)
    call("mark_no_shows", planning.mark_no_shows)

    stations.use_station("Kiosk 1")
    receipt = call(
        "kiosk check_in_walk_in",
        kiosk.check_in_walk_in,
        name="Kiosk Audit",
        phone="13500135000",
        purpose="sales",
        host_id=host.id,
        consent=True,
    )
    call("mark_seen", notifications.mark_seen, actor)
    call("kiosk check_out", kiosk.check_out, receipt.checkout_code)
    for settle in (claims.confirm_claim, claims.reject_claim):
        claimed = call(
            "kiosk check_in_walk_in (a phone on file)",
            kiosk.check_in_walk_in,
            name="Kiosk Claim",
            phone="13600136000",
            purpose="sales",
            host_id=None,
            consent=True,
        )
        visit_id = visits.visit_by_code(actor, claimed.code).id
        call(settle.__name__, settle, actor, visit_id)
        call("kiosk check_out", kiosk.check_out, claimed.checkout_code)

    twin = customers.register_customer(actor, name="Audit Person", company="ACME")
    call("merge_customers", merge.merge_customers, actor, person.id, twin.id)

    people, sales = tmp_path / "people.csv", tmp_path / "sales.csv"
    people.write_text("name,phone,birthday\nImported One,13500135000,1990-01-02\n")
    sales.write_text("customer_ref,name,phone,date,amount\nR9,New Buyer,,2026-01-02,5\n")
    call("import_customers", imports.import_customers, actor, people)
    call("import_purchases", imports.import_purchases, actor, sales)
    call("export_customers", exports.export_customers, actor, tmp_path / "all.xlsx")
    assert unaudited == []
