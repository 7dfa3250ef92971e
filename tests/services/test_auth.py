"""Signing in: argon2id hashes, the lock after five wrong secrets (in the database, so
every station sees it), PINs for receptionists only, the first admin, recent staff."""

from __future__ import annotations

import pytest

from receptionist.domain.errors import Conflict, Refused, ValidationError
from receptionist.services import auth, stations
from receptionist.store.models import AuditEntry, Staff
from tests import staffing


@pytest.fixture
def admin(db):
    return auth.create_first_admin("Alice Admin", "correct horse battery")


def test_the_first_admin_signs_in_with_the_password_and_nothing_else(admin):
    assert auth.needs_admin() is False
    assert auth.sign_in("Alice Admin", "correct horse battery").id == admin.id
    with pytest.raises(Refused) as wrong:
        auth.sign_in("Alice Admin", "correct horse battery!")
    assert wrong.value.code == "sign_in_wrong"


def test_a_secret_is_stored_only_as_a_salted_argon2id_hash(admin):
    row = Staff.get_by_id(admin.id)
    assert row.secret_hash.startswith("$argon2id$")
    assert "correct horse" not in row.secret_hash
    # The same secret for a second person hashes apart (salted).
    other = staffing.add("Bob", "Reception", "receptionist")
    auth.set_secret(admin.id, other.id, "correct horse battery")
    assert Staff.get_by_id(other.id).secret_hash != row.secret_hash
    for entry in AuditEntry.select():
        assert "correct horse" not in entry.details


def test_a_second_first_admin_is_refused(admin):
    with pytest.raises(Conflict) as refused:
        auth.create_first_admin("Mallory", "another long password")
    assert refused.value.code == "setup_done"
    assert Staff.get_or_none(Staff.name == "Mallory") is None


def test_an_unknown_name_and_a_wrong_secret_get_the_same_sentence(admin):
    with pytest.raises(Refused) as unknown:
        auth.sign_in("Nobody", "whatever it is")
    with pytest.raises(Refused) as wrong:
        auth.sign_in("Alice Admin", "whatever it is")
    assert unknown.value.message == wrong.value.message


def test_five_wrong_secrets_lock_the_account_for_everyone_until_the_time(admin, fixed_clock):
    for _ in range(4):
        with pytest.raises(Refused) as wrong:
            auth.sign_in("Alice Admin", "nope nope nope")
        assert wrong.value.code == "sign_in_wrong"
    with pytest.raises(Refused) as locked:
        auth.sign_in("Alice Admin", "nope nope nope")
    assert locked.value.code == "sign_in_locked"
    # Recorded in the database: another station reads the same lock.
    assert Staff.get_by_id(admin.id).locked_until is not None
    with pytest.raises(Refused) as still:
        auth.sign_in("Alice Admin", "correct horse battery")
    assert still.value.code == "sign_in_locked"
    fixed_clock.tick(minutes=16)
    assert auth.sign_in("Alice Admin", "correct horse battery").id == admin.id
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions.count("staff.sign_in_failed") == 4
    assert "staff.locked" in actions


def test_a_pin_is_for_receptionists_and_managers_need_a_password(admin):
    desk = staffing.add("Rita", "Reception", "receptionist")
    boss = staffing.add("Mona", "Sales", "manager")
    auth.set_secret(admin.id, desk.id, "4821")
    assert auth.sign_in("Rita", "4821").secret_kind == "pin"
    with pytest.raises(ValidationError) as refused:
        auth.set_secret(admin.id, boss.id, "4821")
    assert refused.value.code == "pin_not_for_role"
    with pytest.raises(ValidationError) as short:
        auth.set_secret(admin.id, boss.id, "short")
    assert short.value.code == "password_too_short"
    with pytest.raises(Refused) as none_yet:
        auth.sign_in("Mona", "anything at all")
    assert none_yet.value.code == "sign_in_no_secret"


def test_a_manager_sets_secrets_in_their_department_only(admin):
    boss = staffing.add("Mona", "Sales", "manager")
    auth.set_secret(admin.id, boss.id, "manager password")
    seller = staffing.add("Sam", "Sales", "host")
    outsider = staffing.add("Olga", "Finance", "host")
    auth.set_secret(boss.id, seller.id, "sam's password")
    with pytest.raises(Refused):
        auth.set_secret(boss.id, outsider.id, "olga's password")
    with pytest.raises(Refused):
        auth.set_secret(boss.id, admin.id, "take over admin")
    host = staffing.add("Hugo", "Sales", "host")
    with pytest.raises(Refused):
        auth.set_secret(host.id, seller.id, "not your business")
    auth.set_secret(host.id, host.id, "my own password")
    assert auth.sign_in("Hugo", "my own password").id == host.id


def test_recent_staff_are_those_who_signed_in_at_this_station(admin, fixed_clock):
    here = stations.open_station("desk", name="Lobby desk")
    rita = staffing.add("Rita", "Reception", "receptionist")
    auth.set_secret(admin.id, rita.id, "4821")
    auth.sign_in("Rita", "4821")
    fixed_clock.tick(minutes=1)
    auth.sign_in("Alice Admin", "correct horse battery")
    assert [p.name for p in auth.recent_staff(here.id)] == ["Alice Admin", "Rita"]
    fixed_clock.tick(days=auth.RECENT_DAYS + 1)
    assert auth.recent_staff(here.id) == []
    assert auth.recent_staff(None) == []


def test_a_new_site_needs_an_admin(db):
    assert auth.needs_admin() is True
    staffing.add("Front desk", "Reception", "receptionist")
    assert auth.needs_admin() is True
    before = auth.create_first_admin("Front desk", "long enough password")
    assert before.role == "admin" and auth.needs_admin() is False
