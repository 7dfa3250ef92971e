"""Editing a customer from two stations (services.customers.update_customer): the later
save from an older read is told which fields the other station changed and to what;
nothing is silently lost, and fields only one of them changed are kept from both."""

from __future__ import annotations

import json

import pytest

from receptionist.domain.enums import Category
from receptionist.domain.errors import (
    Conflict,
    CustomerChanged,
    NotFound,
    PhoneTaken,
    ValidationError,
)
from receptionist.services import customers, visits
from receptionist.store.models import AuditEntry, Customer
from tests import staffing


def hit_ids(text: str) -> list[int]:
    return [h.id for h in customers.search(staffing.desk_id(), text).hits]


def test_an_edit_saves_the_contact_fields_and_keeps_search_in_step(actor, zhang):
    edited = customers.update_customer(
        actor.id,
        zhang.id,
        zhang.row_version,
        name="王小明",
        phone="139 0013 9000",
        company="星辰科技",
        email="Wang@Example.com",
        title="经理",
        notes="喜欢喝绿茶\n下午来访",
    )
    assert (edited.name, edited.phone, edited.company) == ("王小明", "+8613900139000", "星辰科技")
    assert (edited.email, edited.title, edited.notes) == (
        "wang@example.com",
        "经理",
        "喜欢喝绿茶\n下午来访",
    )
    assert edited.row_version == zhang.row_version + 1
    assert customers.get_customer(actor.id, zhang.id) == edited
    # Found by what it is now, not by what it was.
    assert hit_ids("王小明") == [zhang.id] and hit_ids("wxm") == [zhang.id]
    assert hit_ids("张三") == [] and hit_ids("zs") == []
    assert hit_ids("9000") == [zhang.id] and hit_ids("8000") == []
    assert hit_ids("星辰") == [zhang.id] and hit_ids("华为") == []
    assert customers.find_by_phone(actor.id, "13800138000") is None


def test_a_company_others_still_work_for_stays_searchable(actor, zhang):
    colleague = customers.register_customer(actor.id, name="李四", company=zhang.company)
    customers.update_customer(actor.id, zhang.id, zhang.row_version, company="星辰科技")
    assert hit_ids("华为") == [colleague.id]


def test_the_edit_is_audited_with_the_fields_and_version_not_the_values(actor, zhang):
    customers.update_customer(
        actor.id, zhang.id, zhang.row_version, name="张叁", email="z@example.com"
    )
    entry = AuditEntry.select().where(AuditEntry.action == "customer.edit").get()
    assert (entry.record_type, entry.record_id, entry.staff_id) == ("customer", zhang.id, actor.id)
    assert json.loads(entry.details) == {"fields": ["email", "name"], "version": 2}
    assert "张叁" not in entry.details and "example" not in entry.details


def test_fields_given_unchanged_write_nothing(actor, zhang):
    same = customers.update_customer(
        actor.id, zhang.id, zhang.row_version, name=" 张三 ", phone="138-0013-8000"
    )
    assert same.row_version == zhang.row_version
    assert not AuditEntry.select().where(AuditEntry.action == "customer.edit").exists()


def test_an_edit_is_validated_as_registration_is_and_writes_nothing_refused(
    actor, zhang, john, table_counts
):
    before = table_counts()
    for fields, code in [
        ({"name": "  "}, "name_required"),
        ({"phone": "12"}, "phone_too_short"),
        ({"email": "not-an-address"}, "email_invalid"),
        ({"title": "x" * 61}, "title_too_long"),
        ({"notes": "a\x07b"}, "notes_control"),
        ({"company": "c" * 121}, "company_too_long"),
    ]:
        with pytest.raises(ValidationError) as refused:
            customers.update_customer(actor.id, zhang.id, zhang.row_version, **fields)
        assert refused.value.code == code
    with pytest.raises(PhoneTaken) as taken:
        customers.update_customer(actor.id, zhang.id, zhang.row_version, phone=john.phone)
    assert taken.value.customer_id == john.id
    with pytest.raises(NotFound):
        customers.update_customer(actor.id, 999_999, 1, name="X")
    with pytest.raises(TypeError):
        customers.update_customer(actor.id, zhang.id, zhang.row_version, visit_count=7)
    assert table_counts() == before
    assert customers.get_customer(actor.id, zhang.id) == zhang


def test_a_save_from_an_older_read_is_told_which_fields_changed_and_to_what(actor, zhang):
    read_at_desk_a = customers.get_customer(actor.id, zhang.id)
    customers.update_customer(  # desk B saves first
        actor.id, zhang.id, zhang.row_version, name="张叁", phone="13900139000"
    )
    with pytest.raises(CustomerChanged) as clash:
        customers.update_customer(  # desk A's form still holds what it read
            actor.id,
            read_at_desk_a.id,
            read_at_desk_a.row_version,
            name="张三丰",
            phone=read_at_desk_a.phone,
            company=read_at_desk_a.company,
        )
    err = clash.value
    assert isinstance(err, Conflict) and err.code == "customer_changed"
    assert err.changes == {
        "name": ("张三丰", "张叁"),
        "phone": ("138 0013 8000", "139 0013 9000"),
    }
    assert err.message == (
        "Another station changed this customer's details (name, phone number) after you "
        "opened them, so your changes were not saved; look at theirs, then save again."
    )
    now = customers.get_customer(actor.id, zhang.id)
    assert (now.name, now.phone, now.row_version) == ("张叁", "+8613900139000", 2)


def test_fields_only_one_station_changed_are_kept_from_both(actor, zhang):
    customers.update_customer(actor.id, zhang.id, zhang.row_version, email="b@example.com")
    saved = customers.update_customer(actor.id, zhang.id, zhang.row_version, title="总监")
    assert (saved.email, saved.title, saved.row_version) == ("b@example.com", "总监", 3)


def test_the_same_change_at_both_stations_is_no_clash(actor, zhang):
    customers.update_customer(actor.id, zhang.id, zhang.row_version, name="张叁")
    saved = customers.update_customer(actor.id, zhang.id, zhang.row_version, name="张叁")
    assert saved.name == "张叁" and saved.row_version == 2


def test_every_write_to_a_customer_counts_in_its_version(actor, zhang):
    assert zhang.row_version == 1
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    assert customers.get_customer(actor.id, zhang.id).row_version == 2
    visits.check_out(actor.id, visit.code)
    tagged = customers.change_category(actor.id, zhang.id, "vip", "大客户")
    assert tagged.row_version == 3
    assert Customer.get_by_id(zhang.id).row_version == 3


def test_a_check_in_meanwhile_is_no_reason_to_refuse_an_edit(actor, zhang):
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    saved = customers.update_customer(actor.id, zhang.id, zhang.row_version, name="张叁")
    assert saved.name == "张叁" and saved.visit_count == 1 and saved.on_site


def test_a_category_changed_elsewhere_is_not_overwritten(actor, zhang):
    customers.change_category(actor.id, zhang.id, "existing", "已成交")
    with pytest.raises(CustomerChanged) as clash:
        customers.change_category(
            actor.id, zhang.id, "vip", "大客户", expected_version=zhang.row_version
        )
    assert clash.value.changes == {"category": ("vip", "existing")}
    assert customers.get_customer(actor.id, zhang.id).category is Category.EXISTING
    # Read again: the re-tag goes through.
    fresh = customers.get_customer(actor.id, zhang.id)
    tagged = customers.change_category(
        actor.id, zhang.id, "vip", "大客户", expected_version=fresh.row_version
    )
    assert tagged.category is Category.VIP


def test_a_contact_edit_elsewhere_does_not_block_a_re_tag(actor, zhang):
    customers.update_customer(actor.id, zhang.id, zhang.row_version, email="z@example.com")
    tagged = customers.change_category(
        actor.id, zhang.id, "vip", "大客户", expected_version=zhang.row_version
    )
    assert tagged.category is Category.VIP and tagged.email == "z@example.com"
