"""Lost customers through the services on both backends: detection on the domain test's
fixed dataset (as purchases, one customer's as visits), idempotence, the analysis and its
win-back task, closing, the report and its export."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

import pytest

from receptionist.domain.errors import Conflict, ValidationError
from receptionist.services import customers, lost, merge, privacy, visits
from receptionist.store.models import FollowUp, LostReview
from tests import staffing
from tests.domain.test_lost import DATASET, EXPECTED
from tests.tiering import buy

NOW = datetime(2026, 6, 30, 9, tzinfo=UTC)


@pytest.fixture
def site(db, admin, fixed_clock):
    """The dataset's customers, their activity days as purchases of 100.00 (gus's as
    visits checked in on those days); an internal customer idle for years is no loss."""
    people = {}
    for i, name in enumerate(DATASET):
        people[name] = customers.register_customer(
            admin.id, name=name.title(), phone=f"1380013800{i}"
        ).id
    for name, days in DATASET.items():
        for day in days:
            if name == "gus":
                fixed_clock.set(datetime(day.year, day.month, day.day, 3, tzinfo=UTC))
                visit = visits.check_in(admin.id, customer_id=people[name], purpose="sales")
                visits.check_out(admin.id, visit.code)
            else:
                buy(people[name], day, 10_000)
    staff_member = customers.register_customer(admin.id, name="Own Staff", kind="internal")
    buy(staff_member.id, date(2020, 1, 1), 500)
    fixed_clock.set(NOW)
    return people


def detected_rules(admin_id: int, people: dict[str, int]) -> dict[str, str]:
    names = {v: k for k, v in people.items()}
    return {names[r.customer_id]: r.rule for r in lost.reviews(admin_id)}


def test_detection_finds_the_hand_computed_customers_once(site, admin):
    made = lost.detect(admin.id)
    assert (len(made.review_ids), made.threshold, made.interval) == (3, 1, 2)
    assert detected_rules(admin.id, site) == EXPECTED
    again = lost.detect_scheduled()  # the scheduled run: nothing new
    assert again.review_ids == []
    assert LostReview.select().count() == 3


def test_review_shows_last_contacts_and_activity(site, admin):
    lost.detect(admin.id)
    by_name = {r.name: r for r in lost.reviews(admin.id)}
    gus, cai = by_name["Gus"], by_name["Cai"]
    assert gus.last_activity_on == date(2026, 6, 26)
    assert [v.date() for v in gus.last_visits] == [
        date(2026, 6, 26),
        date(2026, 6, 25),
        date(2026, 6, 24),
    ]
    assert gus.last_purchase is None
    assert cai.last_purchase == (date(2026, 3, 21), 10_000)
    assert cai.phone != "13800138002" and cai.status == "open"


def test_settings_change_detection(site, admin):
    lost.save_lost_settings(admin.id, 100, 3.0, 7)
    lost.detect(admin.id)
    assert detected_rules(admin.id, site) == {
        "ann": "threshold",
        "bob": "threshold",
        "cai": "threshold",
        "fay": "threshold",
        "gus": "interval",
    }
    with pytest.raises(ValidationError) as caught:
        lost.save_lost_settings(admin.id, 5, 3.0, 7)
    assert caught.value.code == "lost_threshold_invalid"


def test_analyse_creates_one_win_back_task_for_the_owner(site, admin):
    owner = staffing.add("Sam Seller", "Sales", "host")
    lost.detect(admin.id)
    review = next(r for r in lost.reviews(admin.id) if r.name == "Ann")
    done = lost.analyse(admin.id, review.id, "Rival Co", "price", "cheaper", True, owner.id)
    assert (done.status, done.competitor, done.reason, done.owner_id) == (
        "analysed",
        "Rival Co",
        "price",
        owner.id,
    )
    task = FollowUp.get_by_id(done.follow_up_id)
    assert (task.kind, task.assignee_id, task.due_on, task.rule_key, task.status) == (
        "win_back",
        owner.id,
        date(2026, 7, 7),
        f"win_back:{review.id}",
        "open",
    )
    other = staffing.add("Oda Other", "Sales", "host")
    again = lost.analyse(admin.id, review.id, "Rival Co", "both", "", True, other.id)
    assert again.follow_up_id == done.follow_up_id
    assert FollowUp.select().count() == 1
    assert FollowUp.get_by_id(done.follow_up_id).assignee_id == other.id
    assert lost.detect(admin.id).review_ids == []  # analysed: still in progress


def test_closing_a_review_ends_its_open_win_back_task(site, admin):
    owner = staffing.add("Sam Seller", "Sales", "host")
    lost.detect(admin.id)
    ann, cai = (next(r for r in lost.reviews(admin.id) if r.name == n) for n in ("Ann", "Cai"))
    won = lost.analyse(admin.id, ann.id, "Rival Co", "price", "", True, owner.id)
    gone = lost.analyse(admin.id, cai.id, "Rival Co", "price", "", True, owner.id)
    lost.close(admin.id, ann.id, "came back for the new model", won_back=True)
    lost.close(admin.id, cai.id, "moved away", won_back=False)
    tasks = {t.id: t for t in FollowUp.select()}
    assert (tasks[won.follow_up_id].status, tasks[won.follow_up_id].outcome) == (
        "done",
        "came back for the new model",
    )
    assert (tasks[gone.follow_up_id].status, tasks[gone.follow_up_id].done_by_id) == (
        "skipped",
        admin.id,
    )


def test_analyse_refuses_a_bad_reason_or_a_missing_owner(site, admin):
    lost.detect(admin.id)
    review = lost.reviews(admin.id)[0]
    with pytest.raises(ValidationError) as caught:
        lost.analyse(admin.id, review.id, "", "weather")
    assert caught.value.code == "lost_reason_invalid"
    with pytest.raises(ValidationError) as caught:
        lost.analyse(admin.id, review.id, "", "price", "", True, None)
    assert caught.value.code == "lost_owner_required"
    assert FollowUp.select().count() == 0


def test_closing_ends_the_review_and_a_new_activity_allows_a_new_one(site, admin):
    lost.detect(admin.id)
    review = next(r for r in lost.reviews(admin.id) if r.name == "Cai")
    closed = lost.close(admin.id, review.id, "went to a rival", won_back=False)
    assert (closed.status, closed.outcome) == ("lost", "went to a rival")
    with pytest.raises(Conflict):
        lost.close(admin.id, review.id, "", won_back=True)
    assert lost.detect(admin.id).review_ids == []  # closed, nothing new since: not again
    buy(site["cai"], date(2026, 4, 1), 5_000)  # activity after the review's last day
    again = lost.detect(admin.id)
    assert len(again.review_ids) == 1
    assert [r.status for r in lost.reviews(admin.id, "open") if r.name == "Cai"] == ["open"]


def test_report_by_reason_and_competitor_with_revenue_lost(site, admin, tmp_path):
    lost.detect(admin.id)
    by_name = {r.name: r for r in lost.reviews(admin.id)}
    lost.analyse(admin.id, by_name["Ann"].id, "Rival Co", "price")
    lost.analyse(admin.id, by_name["Cai"].id, "Rival Co", "service")
    made = lost.report(admin.id)
    reasons = {line.key: line for line in made.by_reason}
    # ann: one purchase of 100.00 in her last year; cai: three
    assert (reasons["price"].reviews, reasons["price"].revenue_cents) == (1, 10_000)
    assert reasons["service"].revenue_cents == 30_000
    assert (reasons[""].reviews, reasons[""].revenue_cents) == (1, 0)  # gus: visits only
    rival = next(line for line in made.by_competitor if line.key == "Rival Co")
    assert (rival.reviews, rival.customers, rival.revenue_cents) == (2, 2, 40_000)
    assert lost.competitor_suggestions(admin.id) == ["Rival Co"]
    assert lost.report(admin.id, "2026-07-01").by_reason == []
    out = tmp_path / "lost.csv"
    assert lost.export_report(admin.id, out) == len(made.by_reason) + len(made.by_competitor)
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(lost.REPORT_HEADERS)
    assert ["competitor", "Rival Co", "2", "2", "400.00"] in rows


def test_merge_moves_reviews_erasure_clears_words_export_lists_them(site, admin):
    lost.detect(admin.id)
    ann = next(r for r in lost.reviews(admin.id) if r.name == "Ann")
    lost.analyse(admin.id, ann.id, "Rival Co", "moved", "moved to Shenzhen")
    result = merge.merge_customers(admin.id, site["bob"], site["ann"])
    assert result.moved["lost_reviews"] == 1
    assert lost.review(admin.id, ann.id).customer_id == site["bob"]
    data = privacy.export_customer(admin.id, site["bob"])
    listed = data["lost_reviews"]
    assert [(r["competitor"], r["reason_note"]) for r in listed] == [
        ("Rival Co", "moved to Shenzhen")
    ]
    privacy.erase_customer(admin.id, site["bob"])
    erased = lost.review(admin.id, ann.id)
    assert (erased.competitor, erased.reason_note, erased.outcome) == ("", "", "")
    assert erased.reason == "moved" and erased.erased
