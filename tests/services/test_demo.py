"""Demo data: realistic, consistent with the desk's rules, reproducible, additive, atomic."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

import pytest

from receptionist.domain.enums import Category, Flow, Purpose, SiteKind, VisitStatus
from receptionist.domain.errors import ValidationError
from receptionist.domain.validation import clean_phone
from receptionist.services import clock, customers, demo, settings, staff, visit_log, visits
from receptionist.store.connection import open_database
from tests import staffing

CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def all_visits():
    return visit_log.visit_log_page(staffing.desk_id(), visit_log.LogFilter(), limit=100_000)


def customer_rows(db):
    return db.execute_sql(
        "SELECT id, name, phone, company, kind, category, visit_count, last_visit_at "
        "FROM customer ORDER BY id"
    ).fetchall()


def test_makes_what_was_asked(db, fixed_clock):
    made = demo.generate(staffing.admin_id(), customers=60, visits=240, seed=1)
    assert made["customers"] == 60
    assert made["visits"] == 240
    assert 6 <= made["on_site"] <= 10
    assert made["staff_added"] >= 8
    rows = customer_rows(db)
    assert len(rows) == 60
    assert len(all_visits()) == 240
    assert sum(1 for v in all_visits() if v.status is VisitStatus.ON_SITE) == made["on_site"]


def test_staff_in_departments_with_chinese_and_english_names(db, fixed_clock):
    demo.generate(staffing.admin_id(), customers=5, visits=10)
    people = staff.list_staff(staffing.desk_id())
    departments = {p.department for p in people}
    assert {"销售部 Sales", "售后部 Service", "客户关系部 Relations"} <= departments
    assert any(CJK.match(p.name) for p in people)
    assert any(p.name.isascii() for p in people)
    assert {str(p.role) for p in people} >= {"receptionist", "host"}


def test_people_look_real(db, fixed_clock):
    demo.generate(staffing.admin_id(), customers=400, visits=0, seed=11)
    rows = customer_rows(db)
    names = [r[1] for r in rows]
    chinese = [n for n in names if CJK.match(n)]
    assert 0.65 <= len(chinese) / len(names) <= 0.85
    assert all(2 <= len(n) <= 4 for n in chinese)
    assert any(
        n[:2] in ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "司徒", "皇甫") for n in chinese
    )
    assert all(re.match(r"^[A-Z][a-z]+ [A-Z][\w']+$", n) for n in names if n not in chinese)
    phones = [r[2] for r in rows]
    assert any(p is None for p in phones)
    assert any(p and p.startswith(("+8610", "+8621", "+86755")) for p in phones)
    mobiles = [p for p in phones if p and re.match(r"^\+861\d{10}$", p)]
    assert len(mobiles) > len(rows) / 2
    assert all(p[3:5] in ("13", "15", "18", "19") for p in mobiles)
    assert all(clean_phone(p).e164 == p for p in phones if p)
    companies = {r[3] for r in rows if r[3]}
    assert any(c.endswith("有限公司") for c in companies)
    assert any(c.isascii() for c in companies)
    categories = Counter(r[5] for r in rows)
    assert categories["prospect"] + categories["existing"] > 0.7 * len(rows)
    for rare in ("vip", "problem"):
        assert 0.02 * len(rows) <= categories[rare] <= 0.2 * len(rows)
    assert set(Counter(r[4] for r in rows)) == {"consumer", "business", "internal"}


def test_visits_are_consistent_with_the_desk_rules(db, fixed_clock):
    now = clock.now()
    demo.generate(staffing.admin_id(), customers=80, visits=400, seed=5)
    log = all_visits()
    codes = [v.code for v in log]
    assert len(set(codes)) == len(codes)
    for v in log:
        assert re.match(r"^V-\d{4}-\d{4}$", v.code)
        assert v.code[2:6] == clock.local(v.check_in_at).strftime("%m%d")
        assert now - timedelta(days=181) <= v.check_in_at <= now
        if v.status is VisitStatus.DONE:
            assert v.check_in_at < v.check_out_at <= now
        else:
            assert v.status is VisitStatus.ON_SITE and v.check_out_at is None
            assert now - timedelta(hours=3) <= v.check_in_at <= now
        if v.purpose is Purpose.COMPLAINT or v.category is Category.PROBLEM:
            assert v.flow is Flow.COMPLAINT
    # Per customer: the count and the last visit kept on the customer match the visits.
    by_customer: dict[int, list] = {}
    for v in sorted(log, key=lambda v: v.check_in_at):
        by_customer.setdefault(v.customer_id, []).append(v)
    for cid, count in db.execute_sql("SELECT id, visit_count FROM customer").fetchall():
        mine = by_customer.get(cid, [])
        assert count == len(mine)
        view = customers.get_customer(staffing.desk_id(), cid)
        assert view.last_visit_at == (mine[-1].check_in_at if mine else None)
        first = mine[0] if mine else None
        if first and first.flow is not Flow.COMPLAINT:
            assert first.flow is Flow.INITIAL
    # The counter goes on from the demo codes: the next check-in gets a fresh code.
    newcomer = customers.register_customer(staffing.desk_id(), name="新客户")
    visit = visits.check_in(staffing.desk_id(), customer_id=newcomer.id, purpose="sales")
    assert visit.code not in codes


def test_every_customer_can_be_found(db, fixed_clock):
    demo.generate(staffing.admin_id(), customers=50, visits=100, seed=2)
    for cid, name, phone, company, *_ in customer_rows(db):
        assert cid in {h.id for h in customers.search(staffing.desk_id(), name, limit=50).hits}
        if phone:
            assert cid in {
                h.id for h in customers.search(staffing.desk_id(), phone[-4:], limit=50).hits
            }
        if company:
            assert cid in {
                h.id for h in customers.search(staffing.desk_id(), company, limit=50).hits
            }


def test_on_site_board_has_todays_visitors(db, fixed_clock):
    demo.generate(staffing.admin_id())
    board = visits.on_site_board(staffing.desk_id())
    assert 6 <= len(board) <= 10
    assert len({v.customer_id for v in board}) == len(board)


def test_same_seed_same_data(tmp_path, fixed_clock):
    def dump(path, seed):
        db = open_database(path)
        demo.generate(staffing.admin_id(), customers=40, visits=150, seed=seed)
        people = [r[1:6] for r in customer_rows(db)]
        log = [
            (
                v.code,
                v.customer_name,
                v.purpose,
                v.flow,
                v.host_name,
                v.check_in_at,
                v.check_out_at,
                v.playbook_done,
            )
            for v in all_visits()
        ]
        return people, log

    first = dump(tmp_path / "a.sqlite3", 42)
    assert dump(tmp_path / "b.sqlite3", 42) == first
    assert dump(tmp_path / "c.sqlite3", 43) != first


def test_running_again_adds_more(db, fixed_clock):
    demo.generate(staffing.admin_id(), customers=30, visits=60, seed=9)
    staff_before = len(staff.list_staff(staffing.desk_id()))
    demo.generate(
        staffing.admin_id(), customers=30, visits=60, seed=9
    )  # same seed: same phones drawn again
    rows = customer_rows(db)
    assert len(rows) == 60
    phones = [r[2] for r in rows if r[2]]
    assert len(phones) == len(set(phones))
    assert len(staff.list_staff(staffing.desk_id())) == staff_before
    assert len(all_visits()) == 120
    assert demo.has_customers(staffing.admin_id())


def test_clock_is_put_back(db, fixed_clock):
    demo.generate(staffing.admin_id(), customers=10, visits=30)
    assert clock.now() == fixed_clock.at


def test_a_failure_writes_nothing(db, fixed_clock, table_counts, monkeypatch):
    staffing.admin_id()
    before = table_counts()

    def broken(*args, **kwargs):
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(demo, "check_in", broken)  # fails at the on-site visitors, last
    with pytest.raises(RuntimeError):
        demo.generate(staffing.admin_id(), customers=20, visits=50)
    assert table_counts() == before
    assert clock.now() == fixed_clock.at


def test_sizes_are_checked(db):
    assert not demo.has_customers(staffing.admin_id())
    with pytest.raises(ValidationError):
        demo.generate(staffing.admin_id(), customers=-1)
    with pytest.raises(ValidationError):
        demo.generate(staffing.admin_id(), customers=0, visits=5)
    assert demo.generate(staffing.admin_id(), customers=0, visits=0)["customers"] == 0


def test_demo_names_a_site_not_set_up_yet(db):
    demo.generate(staffing.admin_id(), customers=5, visits=10)
    site = settings.site_settings()
    assert (site.site_name, site.site_kind) == ("星辰汽车展厅 Star Motors", SiteKind.SHOWROOM)


def test_demo_keeps_the_sites_own_name(admin, actor):
    settings.save_site_settings(admin.id, "外滩酒店", SiteKind.HOTEL)
    demo.generate(admin.id, customers=5, visits=10)
    site = settings.site_settings()
    assert (site.site_name, site.site_kind) == ("外滩酒店", SiteKind.HOTEL)


def test_the_archive_has_purchases_by_category_and_some_birthdays_this_week(db, fixed_clock):
    made = demo.generate(staffing.admin_id(), customers=200, visits=400, seed=3)
    rows = db.execute_sql(
        "SELECT c.category, COUNT(p.id), MIN(p.amount_cents) FROM customer c "
        "LEFT JOIN purchase p ON p.customer_id = c.id GROUP BY c.category"
    ).fetchall()
    bought = {category: (count, low) for category, count, low in rows}
    assert made["purchases"] == sum(count for count, _ in bought.values())
    assert bought["vip"][0] > 0 and bought["existing"][0] > 0
    assert 1 <= bought["prospect"][0] <= 3  # the first-purchase suggestion has work
    assert all(low is None or low > 0 for _, low in bought.values())
    today = clock.local(clock.now()).date()
    soon = {(d.month, d.day) for d in (today + timedelta(days=n) for n in range(7))}
    dates = db.execute_sql("SELECT month, day FROM special_date").fetchall()
    assert any((month, day) in soon for month, day in dates)
    tagged = db.execute_sql("SELECT COUNT(*) FROM customer WHERE preference_tags <> ''")
    assert tagged.fetchone()[0] > 0
