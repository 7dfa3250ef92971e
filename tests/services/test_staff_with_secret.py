"""The services behind the command line's sign-in (issue 11): ``auth.prove`` (a command's
user: a right secret writes nothing, a wrong one counts towards the lock),
``auth.create_staff`` (staff who can sign in at once), ``auth.list_users`` and
``settings.set_up_site`` (the site and its first admin in one transaction)."""

from __future__ import annotations

import pytest

from receptionist.domain.errors import Conflict, Refused, ValidationError
from receptionist.services import auth, settings, staff
from receptionist.store.connection import transaction
from receptionist.store.models import AuditEntry, Staff
from tests import staffing

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(db):
    return auth.create_first_admin("Alice Admin", PASSWORD)


def test_prove_writes_nothing_when_right_and_counts_a_wrong_secret(admin, table_counts):
    before = table_counts()
    assert auth.prove("Alice Admin", PASSWORD).id == admin.id
    assert table_counts() == before
    with pytest.raises(Refused) as wrong:
        auth.prove("Alice Admin", "not it at all")
    assert wrong.value.code == "sign_in_wrong"
    assert Staff.get_by_id(admin.id).sign_in_failures == 1
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == (
        "staff.sign_in_failed"
    )
    for _ in range(4):
        with pytest.raises(Refused):
            auth.prove("Alice Admin", "not it at all")
    with pytest.raises(Refused) as locked:
        auth.prove("Alice Admin", PASSWORD)
    assert locked.value.code == "sign_in_locked"


def test_create_staff_by_an_admin_signs_in_at_once_and_audits_no_secret(admin):
    amy = auth.create_staff(admin.id, "Amy Lin", "receptionist", "24680", "Reception")
    assert (amy.role, amy.secret_kind, amy.department) == ("receptionist", "pin", "Reception")
    assert auth.sign_in("Amy Lin", "24680").id == amy.id
    entry = AuditEntry.get((AuditEntry.action == "staff.add") & (AuditEntry.record_id == amy.id))
    assert entry.staff_id == admin.id and "24680" not in entry.details
    with pytest.raises(Conflict):
        auth.create_staff(admin.id, "Amy Lin", "host", "another password")


def test_create_staff_refuses_who_may_not_and_what_may_not_be(admin, table_counts):
    desk = auth.create_staff(admin.id, "Desk Dan", "receptionist", "13579")
    boss = auth.create_staff(admin.id, "Mia Chen", "manager", "manager pass", "Sales")
    before = table_counts()
    with pytest.raises(Refused) as refused:
        auth.create_staff(desk.id, "Eve Evil", "admin", "a long password")
    assert refused.value.code == "role_refused"
    for role, department in (("receptionist", "Service"), ("admin", "Sales")):
        with pytest.raises(Refused):
            auth.create_staff(boss.id, "Zoe Wu", role, "a long password", department)
    with pytest.raises(ValidationError) as pin:
        auth.create_staff(admin.id, "Max Ma", "manager", "4321")
    assert pin.value.code == "pin_not_for_role"
    assert table_counts() == before
    assert auth.create_staff(boss.id, "Tom Li", "host", "host password", "Sales").role == "host"


def test_list_users_is_for_staff_managers(admin):
    host = auth.create_staff(admin.id, "Hal Host", "host", "host password")
    assert [(p.name, p.secret_kind) for p in auth.list_users(admin.id)] == [
        ("Alice Admin", "password"),
        ("Hal Host", "password"),
    ]
    with pytest.raises(Refused):
        auth.list_users(host.id)


def test_set_up_names_the_site_and_makes_its_admin_in_one_transaction(db, table_counts):
    before = table_counts()
    with pytest.raises(ValidationError):
        settings.set_up_site("HQ", "office", "Ann Lee", "1234")  # an admin needs a password
    assert table_counts() == before and settings.site_settings().site_name == ""
    site, admin = settings.set_up_site("HQ", "hotel", "Ann Lee", PASSWORD)
    assert admin is not None
    assert (site.site_name, site.site_kind) == ("HQ", "hotel")
    assert auth.sign_in("Ann Lee", PASSWORD).id == admin.id and admin.role == "admin"
    with pytest.raises(Conflict) as done:
        settings.set_up_site("Other", "office", "Bob Wu", PASSWORD)
    assert done.value.code == "site_set_up"
    assert [p.name for p in staff.list_staff(admin.id)] == ["Ann Lee"]


def test_set_up_gives_a_site_from_before_sign_in_its_admin(db):
    with transaction():  # a site named before sign-in existed, with its desk's staff
        settings.put_site("Old Site", "office")
    staffing.add("Front desk", "Reception", "receptionist")
    site, admin = settings.set_up_site("New", "office", "Front desk", PASSWORD)
    assert admin is not None
    assert (site.site_name, admin.role) == ("Old Site", "admin")
