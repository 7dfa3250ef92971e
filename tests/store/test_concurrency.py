"""The store's part in several stations writing at once: a unique index hit by a lost
race comes out as what it means, a locked row makes another station wait, and a guarded
write from an older read changes nothing (both backends)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import peewee
import psycopg
import pytest

from receptionist.domain.errors import Conflict
from receptionist.store import customers, feedback, staff, visits
from receptionist.store.concurrency import unique_index
from receptionist.store.connection import transaction
from receptionist.store.models import Customer, Visit

NOW = datetime(2024, 11, 22, 2, 0, tzinfo=UTC)


def new_customer(phone: str | None = None) -> Customer:
    fields = {
        "name": "张三",
        "phone": phone,
        "kind": "consumer",
        "category": "prospect",
        "created_at": NOW,
        "updated_at": NOW,
    }
    return customers.insert(fields, ["张三"], [])


def new_visit(customer: Customer, code: str, status: str = "on_site") -> Visit:
    return visits.insert(
        code=code,
        customer=customer.id,
        purpose="sales",
        flow="initial",
        category="prospect",
        status=status,
        check_in_at=NOW,
    )


def on_site(customer: Customer) -> int:
    return (
        Visit.select().where((Visit.customer == customer.id) & (Visit.status == "on_site")).count()
    )


def test_a_second_visit_on_site_for_one_customer_is_refused_as_already_on_site(db):
    customer = new_customer()
    new_visit(customer, "V-1122-0001")
    with pytest.raises(Conflict) as refused, transaction():
        new_visit(customer, "V-1122-0002")
    assert refused.value.code == "already_on_site"
    assert on_site(customer) == 1
    planned = new_visit(customer, "INV-1", status="planned")  # not on site: allowed
    with pytest.raises(Conflict) as arriving, transaction():
        visits.transition(planned, "planned", status="on_site")
    assert arriving.value.code == "already_on_site"
    assert planned.status == "planned" and on_site(customer) == 1


def test_taking_back_a_check_out_of_someone_on_site_again_is_refused(db):
    customer = new_customer()
    first = new_visit(customer, "V-1122-0001")
    with transaction():
        assert visits.transition(first, "on_site", status="done", check_out_at=NOW)
    new_visit(customer, "V-1122-0002")
    with pytest.raises(Conflict) as refused, transaction():
        visits.reopen(first.id, NOW)
    assert refused.value.code == "already_on_site"


def test_other_unique_indexes_are_named_not_translated(db):
    customer = new_customer()
    new_visit(customer, "V-1122-0001", status="done")
    with pytest.raises(peewee.IntegrityError) as refused, transaction():
        new_visit(customer, "V-1122-0001", status="done")
    assert unique_index(refused.value) == "visit_code"


def test_a_phone_another_customer_has_is_refused_as_in_use(db):
    first = new_customer("+8613800138000")
    second = new_customer("+8613900139000")
    with pytest.raises(customers.PhoneInUse), transaction():
        new_customer("+8613800138000")
    with pytest.raises(customers.PhoneInUse), transaction():
        customers.update_versioned(second, phone=first.phone)
    assert Customer.get_by_id(second.id).phone == "+8613900139000"


def test_a_versioned_write_from_an_older_read_changes_nothing(db):
    customer = new_customer()
    stale = customers.get(customer.id)
    customers.update(customer, email="a@example.com")
    assert customer.row_version == 2
    with transaction():
        assert customers.update_versioned(stale, email="b@example.com") is False
    assert stale.email == "" and stale.row_version == 1
    row = customers.get(customer.id)
    assert (row.email, row.row_version) == ("a@example.com", 2)
    with transaction():
        assert customers.update_versioned(row, email="b@example.com") is True
    assert customers.get(customer.id).row_version == 3


def _another_station_cannot_take(db_url: str, customer_id: int) -> str:
    """What another connection is told when it tries to take the customer's row (or,
    on SQLite, the write lock) without waiting."""
    if db_url.startswith("postgresql://"):
        with psycopg.connect(db_url, autocommit=True) as other:
            try:
                other.execute(
                    "SELECT id FROM customer WHERE id = %s FOR UPDATE NOWAIT", (customer_id,)
                )
            except psycopg.errors.LockNotAvailable:
                return "locked"
            return "free"
    other = sqlite3.connect(db_url, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return "free"
    except sqlite3.OperationalError:
        return "locked"
    finally:
        other.close()


def test_a_locked_customer_makes_another_station_wait(db, db_url):
    customer = new_customer()
    assert _another_station_cannot_take(db_url, customer.id) == "free"
    with transaction():
        assert customers.lock(customer.id).id == customer.id
        assert _another_station_cannot_take(db_url, customer.id) == "locked"
    assert _another_station_cannot_take(db_url, customer.id) == "free"
    with transaction():
        assert customers.lock(customer.id + 1) is None


def test_a_second_feedback_for_one_visit_is_refused_as_existing(db):
    visit = new_visit(new_customer(), "V-1122-0001", status="done")
    fields = {"visit": visit.id, "overall": 5, "source": "card", "entered_at": NOW}
    feedback.insert(**fields)
    with pytest.raises(Conflict) as refused, transaction():
        feedback.insert(**fields)
    assert (refused.value.code, refused.value.field) == ("feedback_exists", "code")


def test_a_second_staff_member_of_one_name_is_refused_as_existing(db):
    fields = {"name": "李经理", "role": "host", "created_at": NOW}
    staff.insert(**fields)
    with pytest.raises(Conflict) as refused, transaction():
        staff.insert(**fields)
    assert (refused.value.code, refused.value.field) == ("staff_exists", "name")
