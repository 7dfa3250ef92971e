"""The staff list and the acting staff member (services.staff)."""

from __future__ import annotations

import pytest

from receptionist.domain.enums import Role
from receptionist.domain.errors import Conflict, NotFound, Refused, ValidationError
from receptionist.services import customers, staff
from receptionist.store.models import AuditEntry
from tests import staffing


def test_add_and_list(admin, actor, host):
    views = staff.list_staff(actor.id)
    assert [s.name for s in views] == sorted(["Ada Admin", "Front desk", "李经理"])
    assert host.role is Role.HOST and host.department == "Sales" and host.active
    added = staff.add_staff(admin.id, "  Anna   Lee ", " Service ", "manager")
    assert added.name == "Anna Lee" and added.department == "Service"
    assert added.role is Role.MANAGER
    entry = (
        AuditEntry.select()
        .where(AuditEntry.record_id == added.id, AuditEntry.action == "staff.add")
        .get()
    )
    assert entry.staff_id == admin.id and "Anna" not in entry.details


def test_duplicate_name_is_a_conflict(admin, host, table_counts):
    before = table_counts()
    with pytest.raises(Conflict) as info:
        staff.add_staff(admin.id, " 李经理 ", "Other", "host")
    assert info.value.field == "name" and info.value.code == "staff_exists"
    assert table_counts() == before


@pytest.mark.parametrize(
    ("name", "role", "field"),
    [
        ("", "host", "name"),
        ("X", "janitor", "role"),
        ("x" * 101, "host", "name"),
    ],
)
def test_add_refuses_bad_input(admin, table_counts, name, role, field):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        staff.add_staff(admin.id, name, "", role)
    assert info.value.field == field
    assert table_counts() == before


def test_add_by_an_unknown_actor_is_refused(db, table_counts):
    before = table_counts()
    with pytest.raises(NotFound):
        staff.add_staff(77, "Someone", "", "host")
    assert table_counts() == before


def test_inactive_actor_is_refused(admin, host):
    assert staff.require_actor(host.id) == host
    staff.set_active(admin.id, host.id, False)
    with pytest.raises(NotFound) as info:
        staff.require_actor(host.id)
    assert info.value.code == "actor_unknown"
    with pytest.raises(NotFound):
        customers.register_customer(host.id, name="张三")
    with pytest.raises(NotFound):
        staff.require_actor(424242)


def test_set_active_hides_and_shows(admin, host):
    staff.set_active(admin.id, host.id, False)
    assert host.id not in [s.id for s in staff.list_staff(staffing.desk_id())]
    inactive = [
        s for s in staff.list_staff(staffing.desk_id(), active_only=False) if s.id == host.id
    ]
    assert inactive and not inactive[0].active
    staff.set_active(admin.id, host.id, True)
    assert host.id in [s.id for s in staff.list_staff(staffing.desk_id())]
    with pytest.raises(NotFound):
        staff.set_active(admin.id, 999, False)


def test_find_by_name(admin, host):
    assert staff.find_by_name(staffing.desk_id(), " 李经理 ") == host
    with pytest.raises(NotFound) as info:
        staff.find_by_name(staffing.desk_id(), "Nobody")
    assert info.value.field == "host"
    staff.set_active(admin.id, host.id, False)
    with pytest.raises(NotFound):
        staff.find_by_name(staffing.desk_id(), "李经理")


def test_a_manager_manages_their_own_department_only_and_never_an_admin(db, table_counts):
    boss = staffing.add("Mona", "Sales", "manager")
    seller = staff.add_staff(boss.id, "Sam", "Sales", "host")
    outsider = staffing.add("Olga", "Finance", "host")
    chief = staffing.add("Ada", "Sales", "admin")
    before = table_counts()
    for refused in (
        lambda: staff.add_staff(boss.id, "Fay", "Finance", "host"),
        lambda: staff.add_staff(boss.id, "Al", "Sales", "admin"),
        lambda: staff.set_active(boss.id, outsider.id, False),
        lambda: staff.set_active(boss.id, chief.id, False),
    ):
        with pytest.raises(Refused) as info:
            refused()
        assert info.value.code == "role_refused"
    assert table_counts() == before
    staff.set_active(boss.id, seller.id, False)
    assert seller.id not in [s.id for s in staff.list_staff(staffing.desk_id())]
    staff.set_active(chief.id, outsider.id, False)  # an admin: anyone
    assert staff.add_staff(chief.id, "Root Two", "", "admin").role is Role.ADMIN


def test_a_receptionist_or_host_may_not_add_staff(actor, host, table_counts):
    before = table_counts()
    for who in (actor, host):
        with pytest.raises(Refused) as info:
            staff.add_staff(who.id, "Eve", "Reception", "host")
        assert info.value.code == "role_refused"
    assert table_counts() == before
