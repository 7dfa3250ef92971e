"""Registering, finding and re-tagging customers (services.customers)."""

from __future__ import annotations

import json

import pytest

from receptionist.domain.enums import Category, Kind
from receptionist.domain.errors import Conflict, NotFound, PhoneTaken, ValidationError
from receptionist.services import customers, staff, visits
from receptionist.store.models import AuditEntry, CategoryChange, Customer
from tests import staffing

# --- register ----------------------------------------------------------------------------


def test_register_with_only_a_name(actor):
    view = customers.register_customer(actor.id, name="  王五  ")
    assert view.name == "王五"
    assert view.phone is None and view.phone_display == ""
    assert view.company == "" and view.email == ""
    assert view.kind is Kind.CONSUMER
    assert view.category is Category.PROSPECT
    assert view.visit_count == 0 and view.last_visit_at is None
    assert customers.get_customer(actor.id, view.id) == view


def test_register_with_everything(actor):
    view = customers.register_customer(
        actor.id,
        name="Li Lei",
        phone="138-0013-8000",
        company="Acme",
        kind="business",
        category="vip",
        email="Li@Example.com",
    )
    assert view.phone == "+8613800138000"
    assert view.phone_display == "138 0013 8000"
    assert view.kind is Kind.BUSINESS and view.category is Category.VIP
    assert view.email == "li@example.com"
    assert customers.find_by_phone(actor.id, "+86 138 0013 8000").id == view.id
    assert customers.find_by_phone(actor.id, "13900139000") is None
    assert customers.find_by_phone(actor.id, "") is None


def test_two_customers_cannot_share_a_phone(actor, zhang, table_counts):
    before = table_counts()
    with pytest.raises(Conflict) as info:
        customers.register_customer(actor.id, name="李四", phone="+86 138 0013 8000")
    assert info.value.field == "phone"
    assert info.value.code == "phone_taken"
    assert table_counts() == before


def test_a_taken_phone_names_its_customer_masked(actor, zhang):
    with pytest.raises(PhoneTaken) as info:
        customers.register_customer(actor.id, name="李四", phone="138 0013 8000")
    assert info.value.customer_id == zhang.id
    assert info.value.phone_masked == "138****8000"
    message = str(info.value)
    assert "138****8000" in message and f"#{zhang.id}" in message
    assert "13800138000" not in message and "张三" not in message


def test_customers_without_phone_do_not_conflict(actor):
    a = customers.register_customer(actor.id, name="A")
    b = customers.register_customer(actor.id, name="B")
    assert a.id != b.id


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "a\x00b"}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "张三", "phone": "12345"}, "phone"),
        ({"name": "张三", "phone": "138abc"}, "phone"),
        ({"name": "张三", "company": "c" * 121}, "company"),
        ({"name": "张三", "email": "nope"}, "email"),
        ({"name": "张三", "kind": "alien"}, "kind"),
        ({"name": "张三", "category": "gold"}, "category"),
    ],
)
def test_invalid_input_writes_nothing(actor, table_counts, fields, field):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        customers.register_customer(actor.id, **fields)
    assert info.value.field == field
    assert table_counts() == before


def test_unknown_or_inactive_actor_is_refused(admin, actor, host, table_counts):
    before = table_counts()
    with pytest.raises(NotFound):
        customers.register_customer(9999, name="张三")
    staff.set_active(admin.id, host.id, False)
    before = table_counts()
    with pytest.raises(NotFound) as info:
        customers.register_customer(host.id, name="张三")
    assert info.value.code == "actor_unknown"
    assert table_counts() == before


def test_get_unknown_customer(db):
    with pytest.raises(NotFound):
        customers.get_customer(staffing.desk_id(), 12345)


# --- search ------------------------------------------------------------------------------


def names(text: str, limit: int = 20) -> list[str]:
    return [h.name for h in customers.search(staffing.desk_id(), text, limit).hits]


@pytest.fixture
def people(actor, zhang, john):
    made = {"zhang": zhang, "john": john}
    for key, name, phone, company in [
        ("zhangsi", "张四", "13900139000", ""),
        ("lisan", "李三", "010-62345678", "腾讯科技"),
        ("ouyang", "欧阳娜娜", "+44 20 7946 0958", ""),
        ("johnny", "Johnny Walker", "021-63456789", "Acme Trading"),
        ("jane", "Jane Smythe", None, "Globex"),
        ("wang", "王小明", "13700008000", ""),
    ]:
        made[key] = customers.register_customer(actor.id, name=name, phone=phone, company=company)
    return made


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张", {"张三", "张四"}),
        ("三", {"张三", "李三"}),
        ("张三", {"张三"}),
        ("欧阳", {"欧阳娜娜"}),
        ("欧阳娜娜", {"欧阳娜娜"}),
        ("娜娜", {"欧阳娜娜"}),
        ("zs", {"张三", "张四"}),
        ("ＺＳ", {"张三", "张四"}),
        ("zhangsan", {"张三"}),
        ("zhang san", {"张三"}),
        ("oynn", {"欧阳娜娜"}),
        ("xm", set()),  # initials are a prefix: wxm, not xm
        ("wxm", {"王小明"}),
        ("jo", {"John Smith", "Johnny Walker"}),
        ("JOHN", {"John Smith", "Johnny Walker"}),
        ("johnn", {"Johnny Walker"}),
        ("john sm", {"John Smith"}),
        ("sm john", {"John Smith"}),
        ("smith", {"John Smith"}),
        ("sm", {"John Smith", "Jane Smythe"}),
        ("nobody", set()),
        ("", set()),
        ("   ", set()),
    ],
)
def test_search_by_name(people, query, expected):
    assert set(names(query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("13800138000", {"张三"}),
        ("138 0013 8000", {"张三"}),
        ("+86 138-0013-8000", {"张三"}),
        ("138", {"张三"}),
        ("1380013", {"张三"}),
        ("139", {"张四"}),
        ("010-6234", {"李三"}),
        ("01062345678", {"李三"}),
        ("0216345", {"Johnny Walker"}),
        ("+44 20 79", {"欧阳娜娜"}),
        ("+1 202 555 0143", {"John Smith"}),
        ("8000", {"张三", "王小明"}),  # last four digits
        ("5678", {"李三"}),
        ("0958", {"欧阳娜娜"}),
        ("１３８００", {"张三"}),
        ("13600000000", set()),
    ],
)
def test_search_by_phone(people, query, expected):
    assert set(names(query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("华为", {"张三"}),
        ("技术", {"张三"}),
        ("华为技术有限公司", {"张三"}),
        ("华为技校", set()),
        ("腾讯", {"李三"}),
        ("acme", {"John Smith", "Johnny Walker"}),
        ("trad", {"John Smith", "Johnny Walker"}),
        ("acme trading", {"John Smith", "Johnny Walker"}),
        ("globex", {"Jane Smythe"}),
    ],
)
def test_search_by_company(people, query, expected):
    assert set(names(query)) == expected


def test_search_hits_show_masked_phone_and_category(people):
    (hit,) = customers.search(staffing.desk_id(), "张三").hits
    assert hit.id == people["zhang"].id
    assert hit.phone_masked.endswith("8000") and "13800" not in hit.phone_masked
    assert hit.company == "华为技术有限公司"
    assert hit.category is Category.PROSPECT
    assert hit.on_site is False
    assert customers.search(staffing.desk_id(), "张三").visit is None
    assert hit.to_json()["phone"] == hit.phone_masked


def test_search_by_visit_code_sets_the_visit(people, actor):
    visit = visits.check_in(actor.id, customer_id=people["john"].id, purpose="sales")
    mmdd, seq = visit.code[2:6], visit.code[7:]
    for typed in (
        visit.code,
        visit.code.lower(),
        f"v{mmdd}{seq}",
        f"V {mmdd} {seq}",
        f"{mmdd}-{seq}",
    ):
        result = customers.search(actor.id, typed)
        assert result.visit is not None, typed
        assert result.visit.code == visit.code
        assert [h.name for h in result.hits] == ["John Smith"]
        assert result.hits[0].on_site is True


def test_unknown_visit_code_finds_nothing(people):
    result = customers.search(staffing.desk_id(), "V-0101-9999")
    assert result.hits == ()
    assert result.visit is None


def test_on_site_flag_follows_check_in_and_out(people, actor):
    visit = visits.check_in(actor.id, customer_id=people["zhang"].id, purpose="sales")
    by_name = {h.name: h.on_site for h in customers.search(actor.id, "张").hits}
    assert by_name == {"张三": True, "张四": False}
    visits.check_out(actor.id, visit.code)
    assert all(not h.on_site for h in customers.search(actor.id, "张").hits)


def test_name_results_are_newest_first_and_limited(actor):
    ids = [customers.register_customer(actor.id, name=f"张{chr(0x4E00 + i)}").id for i in range(30)]
    hits = customers.search(actor.id, "张").hits
    assert len(hits) == 20
    assert [h.id for h in hits] == sorted(ids, reverse=True)[:20]
    assert len(customers.search(actor.id, "张", limit=5).hits) == 5
    assert len({h.id for h in hits}) == len(hits)


def test_name_matches_come_before_company_matches(actor):
    company_only = customers.register_customer(actor.id, name="Bob", company="Acme")
    by_name = customers.register_customer(actor.id, name="Acme Person")
    assert [h.id for h in customers.search(actor.id, "acme").hits] == [by_name.id, company_only.id]


def test_multi_word_query_skips_non_matching_candidates_beyond_one_batch(actor):
    target = customers.register_customer(actor.id, name="John Smith")
    for i in range(150):  # newer Johns that do not match "sm"
        customers.register_customer(actor.id, name=f"John Doe{i}")
    assert [h.id for h in customers.search(actor.id, "john sm").hits] == [target.id]


def test_last_four_and_phone_prefix_do_not_repeat_a_customer(actor):
    c = customers.register_customer(actor.id, name="A", phone="+1 202 555 1202")
    # "+1 202" is both a prefix (1202...) and this number's last four digits.
    assert [h.id for h in customers.search(actor.id, "1202").hits] == [c.id]


# --- category ----------------------------------------------------------------------------


def test_change_category_keeps_who_when_from_to_why(fixed_clock, actor, zhang):
    at = fixed_clock.tick(hours=1)
    view = customers.change_category(actor.id, zhang.id, "vip", "  大客户，年采购额高  ")
    assert view.category is Category.VIP
    assert customers.get_customer(actor.id, zhang.id).category is Category.VIP

    history = customers.category_history(actor.id, zhang.id)
    assert history[0].from_category is Category.PROSPECT
    assert history[0].to_category is Category.VIP
    assert history[0].reason == "大客户，年采购额高"
    assert history[0].staff_name == actor.name
    assert history[0].changed_at == at
    assert history[-1].from_category is None  # the registration
    assert history[-1].to_category is Category.PROSPECT
    assert history[0].to_json()["to_category"] == "vip"

    later = fixed_clock.tick(days=3)
    customers.change_category(actor.id, zhang.id, Category.PROBLEM, "complaint open")
    history = customers.category_history(actor.id, zhang.id)
    assert [h.to_category for h in history] == [Category.PROBLEM, Category.VIP, Category.PROSPECT]
    assert history[0].changed_at == later


def test_same_category_is_a_conflict_and_writes_nothing(actor, zhang, table_counts):
    before = table_counts()
    with pytest.raises(Conflict) as info:
        customers.change_category(actor.id, zhang.id, "prospect", "why not")
    assert info.value.code == "category_same"
    assert table_counts() == before


@pytest.mark.parametrize(
    ("category", "reason", "field"),
    [
        ("vip", "", "reason"),
        ("vip", "   ", "reason"),
        ("gold", "reason", "category"),
        ("vip", "r" * 301, "reason"),
    ],
)
def test_change_category_refuses_bad_input(actor, zhang, table_counts, category, reason, field):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        customers.change_category(actor.id, zhang.id, category, reason)
    assert info.value.field == field
    assert table_counts() == before


def test_change_category_of_unknown_customer(actor, table_counts):
    before = table_counts()
    with pytest.raises(NotFound):
        customers.change_category(actor.id, 4242, "vip", "reason")
    assert table_counts() == before


def test_category_history_of_a_new_customer_is_its_registration(actor, john):
    (only,) = customers.category_history(actor.id, john.id)
    assert only.from_category is None and only.to_category is Category.EXISTING
    assert CategoryChange.select().count() == 1


# --- audit -------------------------------------------------------------------------------


def test_audit_entries_hold_no_personal_data(actor, host):
    c = customers.register_customer(
        actor.id, name="张三丰", phone="13800138000", company="武当派", email="zsf@wudang.cn"
    )
    customers.change_category(actor.id, c.id, "vip", "长期合作伙伴")
    visit = visits.check_in(
        actor.id, customer_id=c.id, purpose="sales", host_id=host.id, note="带了两位同事"
    )
    visits.check_out(actor.id, visit.code)
    visits.check_in_walk_in(
        actor.id,
        name="Walk In Person",
        phone="13900139000",
        purpose="after_sales",
        company="Secret Corp",
    )

    entries = list(AuditEntry.select())
    actions = {e.action for e in entries}
    assert {
        "customer.register",
        "customer.category",
        "visit.check_in",
        "visit.check_out",
    } <= actions
    assert all(e.staff_id == actor.id for e in entries if e.action != "staff.add")
    for entry in entries:
        details = json.loads(entry.details)
        text = entry.details
        for secret in (
            "张三丰",
            "13800138000",
            "8613800138000",
            "武当",
            "zsf@",
            "长期合作",
            "带了两位",
            "Walk In",
            "13900139000",
            "Secret",
        ):
            assert secret not in text, (entry.action, details)
    register = next(e for e in entries if e.action == "customer.register")
    assert register.record_type == "customer" and register.record_id == c.id
    category = next(e for e in entries if e.action == "customer.category")
    assert json.loads(category.details) == {"from": "prospect", "to": "vip", "version": 2}


def test_customer_row_keeps_created_and_updated(fixed_clock, actor, zhang):
    row = Customer.get_by_id(zhang.id)
    created = row.created_at
    at = fixed_clock.tick(days=1)
    customers.change_category(actor.id, zhang.id, "existing", "bought")
    row = Customer.get_by_id(zhang.id)
    assert row.created_at == created
    assert row.updated_at == at
