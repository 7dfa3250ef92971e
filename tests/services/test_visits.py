"""Check-in, check-out, the on-site board, playbooks and the visit log (services.visits)."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta

import pytest

from receptionist.domain.enums import Category, Flow, Purpose, Station, VisitStatus
from receptionist.domain.errors import Conflict, NotFound, ValidationError
from receptionist.services import complaints, customers, staff, visit_log, visits
from receptionist.services.visit_log import LogFilter
from receptionist.store.models import AuditEntry, Customer, Visit
from tests import staffing

CODE = re.compile(r"^V-\d{4}-\d{4}$")


@pytest.fixture
def shanghai(monkeypatch):
    """The computer's local zone is China Standard Time (UTC+8) for this test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def new_customer(actor, name="张三", **fields):
    return customers.register_customer(actor.id, name=name, **fields)


# --- check in ----------------------------------------------------------------------------


def test_check_in_writes_the_visit(fixed_clock, actor, host, zhang):
    at = fixed_clock.at
    visit = visits.check_in(
        actor.id,
        customer_id=zhang.id,
        purpose="sales",
        host_id=host.id,
        party_size="3",
        note="  带了样品  ",
    )
    assert CODE.match(visit.code)
    assert visit.customer_id == zhang.id and visit.customer_name == "张三"
    assert visit.customer_phone == "+8613800138000"
    assert visit.purpose is Purpose.SALES
    assert visit.flow is Flow.INITIAL
    assert visit.category is Category.PROSPECT
    assert visit.host_id == host.id and visit.host_name == host.name
    assert visit.party_size == 3 and visit.note == "带了样品" and visit.room == ""
    assert visit.status is VisitStatus.ON_SITE and visit.station is Station.DESK
    assert visit.check_in_at == at and visit.check_out_at is None
    assert visit.playbook_done == ()
    assert visits.visit_by_code(actor.id, visit.code) == visit

    row = Visit.get_by_id(visit.id)
    assert row.receptionist_id == actor.id
    after = customers.get_customer(actor.id, zhang.id)
    assert after.visit_count == 1 and after.last_visit_at == at and after.on_site


def test_visit_json_has_what_the_cli_promises(fixed_clock, actor, host, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    data = json.loads(json.dumps(visit.to_json(), ensure_ascii=False))
    assert data["code"] == visit.code
    assert data["customer"] == {
        "name": "张三",
        "phone": "+8613800138000",
        "company": "华为技术有限公司",
        "category": "prospect",
    }
    assert data["purpose"] == "sales" and data["flow"] == "initial"
    assert data["host"] == host.name
    assert datetime.fromisoformat(data["check_in_at"]) == fixed_clock.at
    assert data["check_out_at"] is None


def test_code_uses_the_local_date_and_is_sequential(shanghai, fixed_clock, actor):
    fixed_clock.set(datetime(2024, 11, 22, 17, 30, tzinfo=UTC))  # 01:30 on 23 Nov in China
    codes = [
        visits.check_in(
            actor.id, customer_id=new_customer(actor, f"客{i}").id, purpose="sales"
        ).code
        for i in range(3)
    ]
    assert codes == ["V-1123-0001", "V-1123-0002", "V-1123-0003"]
    fixed_clock.set(datetime(2024, 11, 23, 15, 59, tzinfo=UTC))  # 23:59 on 23 Nov
    assert (
        visits.check_in(actor.id, customer_id=new_customer(actor, "晚").id, purpose="sales").code
        == "V-1123-0004"
    )
    fixed_clock.set(datetime(2024, 11, 23, 16, 0, tzinfo=UTC))  # midnight: 24 Nov
    assert (
        visits.check_in(actor.id, customer_id=new_customer(actor, "早").id, purpose="sales").code
        == "V-1124-0001"
    )


def test_codes_stay_unique_on_the_same_month_day_in_another_year(fixed_clock, actor):
    fixed_clock.set(datetime(2024, 11, 22, 4, 0, tzinfo=UTC))
    first = visits.check_in(actor.id, customer_id=new_customer(actor, "甲").id, purpose="sales")
    fixed_clock.set(datetime(2025, 11, 22, 4, 0, tzinfo=UTC))
    second = visits.check_in(actor.id, customer_id=new_customer(actor, "乙").id, purpose="sales")
    assert first.code[:6] == second.code[:6] == "V-1122"
    assert first.code != second.code
    assert visits.visit_by_code(actor.id, first.code).customer_name == "甲"
    assert visits.visit_by_code(actor.id, second.code).customer_name == "乙"


def test_flow_is_suggested_by_rule(fixed_clock, actor):
    existing = new_customer(actor, "老客户", category="existing")
    first = visits.check_in(actor.id, customer_id=existing.id, purpose="after_sales")
    assert first.flow is Flow.INITIAL  # first visit
    visits.check_out(actor.id, first.code)
    again = visits.check_in(actor.id, customer_id=existing.id, purpose="after_sales")
    assert again.flow is Flow.MAINTENANCE  # existing + after-sales
    visits.check_out(actor.id, again.code)
    assert (
        visits.check_in(actor.id, customer_id=existing.id, purpose="sales").flow is Flow.FOLLOW_UP
    )

    prospect = new_customer(actor, "新客户")
    assert (
        visits.check_in(actor.id, customer_id=prospect.id, purpose="complaint").flow
        is Flow.COMPLAINT
    )

    # an open complaint (not the problem category alone) makes it complaint handling
    problem = new_customer(actor, "问题客户", category="problem")
    assert visits.check_in(actor.id, customer_id=problem.id, purpose="sales").flow is Flow.INITIAL
    complained = new_customer(actor, "投诉客户")
    complaints.open_complaint(actor.id, complained.id, "Late delivery")
    flow = visits.check_in(actor.id, customer_id=complained.id, purpose="sales").flow
    assert flow is Flow.COMPLAINT


def test_suggested_flow_service(actor, zhang):
    assert visits.suggested_flow(None, "sales") is Flow.INITIAL
    assert visits.suggested_flow(None, "complaint") is Flow.COMPLAINT
    assert visits.suggested_flow(None, "sales", "problem") is Flow.INITIAL  # no complaint yet
    assert visits.suggested_flow(zhang.id, "sales") is Flow.INITIAL
    v = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    visits.check_out(actor.id, v.code)
    assert visits.suggested_flow(zhang.id, "after_sales") is Flow.FOLLOW_UP  # prospect
    customers.change_category(actor.id, zhang.id, "vip", "big order")
    assert visits.suggested_flow(zhang.id, "after_sales") is Flow.MAINTENANCE
    with pytest.raises(ValidationError):
        visits.suggested_flow(None, "party")


def test_flow_can_be_overridden(actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", flow="maintenance")
    assert visit.flow is Flow.MAINTENANCE


@pytest.mark.parametrize(
    ("fields", "error", "field"),
    [
        ({"purpose": "party"}, ValidationError, "purpose"),
        ({"purpose": "sales", "flow": "sideways"}, ValidationError, "flow"),
        ({"purpose": "sales", "party_size": 0}, ValidationError, "party_size"),
        ({"purpose": "sales", "party_size": "many"}, ValidationError, "party_size"),
        ({"purpose": "sales", "party_size": 201}, ValidationError, "party_size"),
        ({"purpose": "sales", "host_id": 999}, NotFound, "host"),
        ({"purpose": "sales", "note": "x" * 501}, ValidationError, "note"),
        ({"purpose": "sales", "room": "r" * 21}, ValidationError, "room"),
    ],
)
def test_refused_check_in_writes_nothing(actor, zhang, table_counts, fields, error, field):
    before = table_counts()
    with pytest.raises(error) as info:
        visits.check_in(actor.id, customer_id=zhang.id, **fields)
    assert info.value.field == field
    assert table_counts() == before


def test_inactive_host_is_refused(admin, actor, host, zhang, table_counts):
    staff.set_active(admin.id, host.id, False)
    before = table_counts()
    with pytest.raises(NotFound) as info:
        visits.check_in(actor.id, customer_id=zhang.id, purpose="sales", host_id=host.id)
    assert info.value.code == "host_unknown"
    assert table_counts() == before


def test_unknown_customer_is_refused(actor, table_counts):
    before = table_counts()
    with pytest.raises(NotFound):
        visits.check_in(actor.id, customer_id=31337, purpose="sales")
    assert table_counts() == before


def test_already_on_site_is_a_conflict_and_writes_nothing(actor, zhang, table_counts):
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    before = table_counts()
    counter = visits.on_site_board(actor.id)[0].code
    with pytest.raises(Conflict) as info:
        visits.check_in(actor.id, customer_id=zhang.id, purpose="after_sales")
    assert info.value.code == "already_on_site"
    assert table_counts() == before
    assert customers.get_customer(actor.id, zhang.id).visit_count == 1
    # The code counter did not move either: the next code follows the first.
    other = visits.check_in(actor.id, customer_id=new_customer(actor, "李四").id, purpose="sales")
    assert int(other.code[-4:]) == int(counter[-4:]) + 1


def test_room_and_station(actor, zhang):
    visit = visits.check_in(
        actor.id, customer_id=zhang.id, purpose="relationship", room=" 1208 ", station=Station.KIOSK
    )
    assert visit.room == "1208" and visit.station is Station.KIOSK


# --- check out ---------------------------------------------------------------------------


def test_check_out(fixed_clock, actor, host, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    later = fixed_clock.tick(minutes=42)
    done = visits.check_out(actor.id, visit.code)
    assert done.status is VisitStatus.DONE
    assert done.check_out_at == later and done.check_in_at == visit.check_in_at
    assert Visit.get_by_id(visit.id).checked_out_by_id == actor.id
    assert visits.on_site_board(actor.id) == []
    assert not customers.get_customer(actor.id, zhang.id).on_site


def test_check_out_twice_is_a_conflict_and_changes_nothing(actor, zhang, table_counts, fixed_clock):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    first = visits.check_out(actor.id, visit.code)
    before = table_counts()
    fixed_clock.tick(hours=1)
    with pytest.raises(Conflict) as info:
        visits.check_out(actor.id, visit.code)
    assert info.value.code == "already_checked_out"
    assert table_counts() == before
    assert visits.visit_by_code(actor.id, visit.code).check_out_at == first.check_out_at


@pytest.mark.parametrize("typed", ["V-0101-9999", "nonsense", "", "V-1399-0001"])
def test_check_out_unknown_code(actor, table_counts, typed):
    before = table_counts()
    with pytest.raises(NotFound) as info:
        visits.check_out(actor.id, typed)
    assert info.value.field == "code"
    assert table_counts() == before
    with pytest.raises(NotFound):
        visits.visit_by_code(actor.id, typed)


def test_check_out_accepts_the_code_as_people_type_it(actor, zhang, john):
    one = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    two = visits.check_in(actor.id, customer_id=john.id, purpose="sales")
    assert visits.check_out(actor.id, one.code.lower()).code == one.code
    assert visits.check_out(actor.id, two.code.replace("-", "")).code == two.code


def test_checked_out_visitor_can_check_in_again(actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    visits.check_out(actor.id, visit.code)
    again = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    assert again.code != visit.code
    assert customers.get_customer(actor.id, zhang.id).visit_count == 2


# --- walk-in -----------------------------------------------------------------------------


def test_walk_in_with_a_known_phone_reuses_the_customer(actor, zhang):
    visit = visits.check_in_walk_in(
        actor.id, name="Someone Else", phone="138 0013 8000", purpose="after_sales"
    )
    assert visit.customer_id == zhang.id
    assert visit.customer_name == "张三"
    assert Customer.select().count() == 1


def test_walk_in_with_a_new_phone_registers(actor, host):
    visit = visits.check_in_walk_in(
        actor.id,
        name="  新访客 ",
        phone="13900139000",
        company="Globex",
        category="vip",
        purpose="sales",
        host_id=host.id,
        party_size=2,
    )
    customer = customers.get_customer(actor.id, visit.customer_id)
    assert customer.name == "新访客" and customer.phone == "+8613900139000"
    assert customer.category is Category.VIP and customer.company == "Globex"
    assert customer.visit_count == 1
    assert visit.category is Category.VIP and visit.flow is Flow.INITIAL
    assert visit.party_size == 2


def test_walk_in_without_phone_registers_each_time(actor):
    a = visits.check_in_walk_in(actor.id, name="Anon", purpose="sales")
    b = visits.check_in_walk_in(actor.id, name="Anon", purpose="sales")
    assert a.customer_id != b.customer_id


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"host_id": 999}, "host"),
        ({"party_size": 0}, "party_size"),
        ({"party_size": "lots"}, "party_size"),
        ({"flow": "sideways"}, "flow"),
        ({"note": "\x00"}, "note"),
        ({"purpose": "party"}, "purpose"),
        ({"name": ""}, "name"),
        ({"phone": "12345"}, "phone"),
        ({"category": "gold"}, "category"),
    ],
)
def test_failed_walk_in_leaves_no_customer_behind(actor, table_counts, fields, field):
    before = table_counts()
    request = {"name": "王五", "phone": "13700137000", "purpose": "sales", **fields}
    with pytest.raises((ValidationError, NotFound)) as info:
        visits.check_in_walk_in(actor.id, **request)
    assert info.value.field == field
    assert table_counts() == before
    assert customers.find_by_phone(actor.id, "13700137000") is None


def test_walk_in_of_a_visitor_already_on_site(actor, zhang, table_counts):
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    before = table_counts()
    with pytest.raises(Conflict):
        visits.check_in_walk_in(actor.id, name="张三", phone="13800138000", purpose="sales")
    assert table_counts() == before


# --- board -------------------------------------------------------------------------------


def test_on_site_board_is_longest_waiting_first(fixed_clock, actor, zhang, john):
    ids = []
    for name in ("甲", "乙", "丙"):
        ids.append(
            visits.check_in(actor.id, customer_id=new_customer(actor, name).id, purpose="sales").id
        )
        fixed_clock.tick(minutes=5)
    late = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    # Same instant as the last one: the earlier id comes first.
    same = visits.check_in(actor.id, customer_id=john.id, purpose="sales")
    board = visits.on_site_board(actor.id)
    assert [v.id for v in board] == [*ids, late.id, same.id]
    visits.check_out(actor.id, board[1].code)
    assert [v.customer_name for v in visits.on_site_board(actor.id)] == [
        "甲",
        "丙",
        "张三",
        "John Smith",
    ]


# --- playbook ----------------------------------------------------------------------------


def test_playbook_for_the_visit(actor, zhang):
    steps = visits.playbook_for("vip", "sales")
    assert steps[0].id == "vip.manager"
    with pytest.raises(ValidationError):
        visits.playbook_for("gold", "sales")


def test_ticking_playbook_steps(actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    steps = [s.id for s in visits.playbook_for(visit.category, visit.purpose)]
    v = visits.set_playbook_step(actor.id, visit.id, steps[0], True)
    assert v.playbook_done == (steps[0],)
    v = visits.set_playbook_step(actor.id, visit.id, steps[2], True)
    assert v.playbook_done == (steps[0], steps[2])
    v = visits.set_playbook_step(actor.id, visit.id, steps[2], True)  # idempotent
    assert v.playbook_done == (steps[0], steps[2])
    v = visits.set_playbook_step(actor.id, visit.id, steps[0], False)
    assert v.playbook_done == (steps[2],)
    v = visits.set_playbook_step(actor.id, visit.id, steps[1], False)  # not ticked
    assert v.playbook_done == (steps[2],)
    # Persisted with the visit.
    assert visits.visit_by_code(actor.id, visit.code).playbook_done == (steps[2],)
    assert visits.on_site_board(actor.id)[0].playbook_done == (steps[2],)
    audit = [e for e in AuditEntry.select() if e.action == "visit.playbook"]
    assert len(audit) == 3


def test_invalid_playbook_step(actor, zhang, table_counts):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        visits.set_playbook_step(actor.id, visit.id, "vip.manager", True)  # not a prospect's
    assert info.value.field == "step"
    with pytest.raises(ValidationError):
        visits.set_playbook_step(actor.id, visit.id, "nope", True)
    with pytest.raises(NotFound):
        visits.set_playbook_step(actor.id, 999, "prospect.needs", True)
    assert table_counts() == before


def test_playbook_follows_the_category_at_check_in(actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    customers.change_category(actor.id, zhang.id, "vip", "upgrade")
    # The visit keeps the category it was checked in with.
    v = visits.set_playbook_step(actor.id, visit.id, "prospect.needs", True)
    assert v.category is Category.PROSPECT and v.playbook_done == ("prospect.needs",)


# --- visit log ---------------------------------------------------------------------------


@pytest.fixture
def history(fixed_clock, actor, host):
    """24 finished visits over 12 days, two per day, several at the very same instant."""
    other = staffing.add("王主管", "Service", "host")
    start = datetime(2024, 3, 1, 1, 0, tzinfo=UTC)
    people = [
        customers.register_customer(
            actor.id, name=f"访客{i}", category=("vip" if i % 3 == 0 else "prospect")
        )
        for i in range(4)
    ]
    made = []
    for i in range(24):
        fixed_clock.set(start + timedelta(days=i // 2))  # pairs share a check-in time
        customer = people[i % 4]
        visit = visits.check_in(
            actor.id,
            customer_id=customer.id,
            purpose=("sales", "after_sales", "complaint")[i % 3],
            host_id=(host.id if i % 2 else other.id),
        )
        visits.check_out(actor.id, visit.code)
        made.append(visits.visit_by_code(actor.id, visit.code))
    return {"visits": made, "host": host, "other": other, "people": people, "start": start}


def newest_first(views):
    return sorted(views, key=lambda v: (v.check_in_at, v.id), reverse=True)


def all_pages(flt, limit):
    seen, after, pages = [], None, 0
    while True:
        page = visit_log.visit_log_page(staffing.desk_id(), flt, limit=limit, after=after)
        if not page:
            return seen, pages
        pages += 1
        assert len(page) <= limit
        seen.extend(page)
        after = (page[-1].check_in_at, page[-1].id)


@pytest.mark.parametrize("limit", [1, 5, 7, 24, 100])
def test_log_keyset_pages_have_no_duplicates_and_no_gaps(history, limit):
    seen, pages = all_pages(LogFilter(), limit)
    expected = newest_first(history["visits"])
    assert [v.id for v in seen] == [v.id for v in expected]
    assert pages == -(-24 // limit)


def test_log_filters(history):
    made = history["visits"]
    start = history["start"]

    def ids(flt):
        seen, _ = all_pages(flt, 5)
        return [v.id for v in seen]

    def expect(pred):
        return [v.id for v in newest_first([v for v in made if pred(v)])]

    assert ids(LogFilter(purpose="sales")) == expect(lambda v: v.purpose is Purpose.SALES)
    assert ids(LogFilter(flow="complaint")) == expect(lambda v: v.flow is Flow.COMPLAINT)
    assert ids(LogFilter(category="vip")) == expect(lambda v: v.category is Category.VIP)
    assert ids(LogFilter(host_id=history["host"].id)) == expect(
        lambda v: v.host_id == history["host"].id
    )
    customer = history["people"][1]
    assert ids(LogFilter(customer_id=customer.id)) == expect(lambda v: v.customer_id == customer.id)
    since, until = start + timedelta(days=3), start + timedelta(days=6)
    assert ids(LogFilter(since=since, until=until)) == expect(
        lambda v: since <= v.check_in_at < until
    )
    assert len(ids(LogFilter(since=since, until=until))) == 6
    both = LogFilter(purpose="after_sales", since=since)
    assert ids(both) == expect(
        lambda v: v.purpose is Purpose.AFTER_SALES and v.check_in_at >= since
    )
    assert ids(LogFilter(purpose="relationship")) == []
    for flt in (LogFilter(purpose="sales"), LogFilter(flow="complaint")):
        assert ids(flt)  # the filters are not vacuous


def test_log_includes_visitors_still_on_site(fixed_clock, actor, zhang):
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    (row,) = visit_log.visit_log_page(actor.id, LogFilter())
    assert row.code == visit.code and row.status is VisitStatus.ON_SITE
