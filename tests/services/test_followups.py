"""Follow-up rules (each one, and no task twice on a second run: both backends) and the
tasks' outcome, skip and assign rules by role."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from receptionist.domain.enums import Role
from receptionist.domain.errors import Conflict, Refused, ValidationError
from receptionist.services import customers, followup_rules, followups, visits
from receptionist.store.models import (
    AuditEntry,
    Complaint,
    Customer,
    FollowUp,
    SpecialDate,
    TierResult,
    TierRun,
)
from tests import staffing

# 2026-09-20, five days before the Mid-Autumn Festival (2026-09-25) in the shipped calendar.
NOW = datetime(2026, 9, 20, 4, 0, tzinfo=UTC)
TODAY = date(2026, 9, 20)


@pytest.fixture
def w(db, fixed_clock):
    fixed_clock.set(NOW)
    people = {
        "admin": staffing.add("Ada Admin", "", Role.ADMIN),
        "manager": staffing.add("Mona Manager", "Sales", Role.MANAGER),
        "desk": staffing.add("Rita Desk", "Reception", Role.RECEPTIONIST),
        "host": staffing.add("Hugo Host", "Sales", Role.HOST),
        "other": staffing.add("Olga Other", "Sales", Role.HOST),
    }

    class World:
        clock = fixed_clock

        def __getattr__(self, name):
            return people[name]

        def customer(self, name, category="prospect", manager=None, consent=False):
            view = customers.register_customer(people["desk"].id, name=name, category=category)
            Customer.update(
                account_manager=manager.id if manager else None, contact_consent=consent
            ).where(Customer.id == view.id).execute()
            return view.id

    return World()


def tasks() -> list[FollowUp]:
    return list(FollowUp.select().order_by(FollowUp.id))


def run(w) -> int:
    return followup_rules.run_rules(w.admin.id).count


def place(customer_id: int, tier: str) -> None:
    run = TierRun.get_or_none(TierRun.current == True)  # noqa: E712
    if run is None:
        run = TierRun.create(
            period="2026",
            starts_on=date(2026, 1, 1),
            ends_on=date(2026, 12, 31),
            computed_at=NOW,
            customers=1,
            parameters="{}",
            current=True,
        )
    TierResult.insert(
        run=run.id,
        customer=customer_id,
        revenue_cents=100,
        purchases=1,
        last_purchase_on=date(2026, 3, 1),
        rank=1,
        tier=tier,
        stars=5,
    ).execute()


def close_complaint(customer_id: int, handler_id: int, closed_at: datetime) -> int:
    return Complaint.insert(
        customer=customer_id,
        subject="Late delivery",
        severity="normal",
        channel="desk",
        handler=handler_id,
        status="closed",
        step=5,
        resolution="resolved",
        opened_at=closed_at - timedelta(days=3),
        closed_at=closed_at,
    ).execute()


# -- each rule ------------------------------------------------------------------------------


def test_a_prospects_visit_makes_a_follow_up_for_the_host_in_three_days(w):
    cid = w.customer("Pat Prospect", manager=w.other)
    visit = visits.check_in(w.desk.id, customer_id=cid, purpose="sales", host_id=w.host.id)
    assert run(w) == 1
    (task,) = tasks()
    assert (task.kind, task.customer_id, task.visit_id) == ("prospect_follow_up", cid, visit.id)
    assert task.assignee_id == w.host.id
    assert task.due_on == TODAY + timedelta(days=3)
    assert task.rule_key == f"prospect_visit:{visit.id}"


def test_without_a_host_the_account_manager_follows_up_else_nobody(w):
    managed = w.customer("Managed Prospect", manager=w.other)
    alone = w.customer("Lone Prospect")
    visits.check_in(w.desk.id, customer_id=managed, purpose="sales")
    visits.check_in(w.desk.id, customer_id=alone, purpose="sales")
    run(w)
    assert {t.customer_id: t.assignee_id for t in tasks()} == {managed: w.other.id, alone: None}


def test_an_existing_customers_visit_makes_no_prospect_follow_up(w):
    cid = w.customer("Known Buyer", category="existing")
    visits.check_in(w.desk.id, customer_id=cid, purpose="after_sales", host_id=w.host.id)
    assert run(w) == 0


def test_a_closed_complaint_makes_a_call_back_by_someone_other_than_its_handler(w):
    by_other = w.customer("Cora Complainer", category="existing", manager=w.other)
    by_handler = w.customer("Hal Handled", category="existing", manager=w.host)
    first = close_complaint(by_other, w.host.id, NOW - timedelta(days=1))
    second = close_complaint(by_handler, w.host.id, NOW - timedelta(days=1))
    close_complaint(by_other, w.host.id, NOW - timedelta(days=40))  # long ago: nothing
    assert run(w) == 2
    made = {t.complaint_id: t for t in tasks()}
    assert set(made) == {first, second}
    assert made[first].kind == "complaint_callback"
    assert made[first].due_on == TODAY + timedelta(days=1)  # closed yesterday, + 2 days
    assert made[first].assignee_id == w.other.id
    assert made[second].assignee_id is None  # the account manager handled it


def test_care_contacts_follow_the_tiers_service_standard(w):
    platinum = w.customer("Plato Platinum", category="existing", manager=w.other)
    vip = w.customer("Vera Vip", category="vip")
    lead = w.customer("Led Lead", category="existing")
    place(platinum, "platinum")
    place(lead, "lead")
    run(w)
    made = {(t.customer_id, t.kind) for t in tasks()}
    # platinum: care and the scheduled call-back; a VIP without a tier: care at gold's rhythm
    assert made == {
        (platinum, "vip_care"),
        (platinum, "satisfaction_survey"),
        (vip, "vip_care"),
    }
    care = FollowUp.get((FollowUp.customer == platinum) & (FollowUp.kind == "vip_care"))
    assert care.assignee_id == w.other.id
    assert care.due_on == TODAY
    # the next care task comes in the next period of 30 days (platinum's default), not before
    w.clock.tick(days=10)
    assert run(w) == 0
    w.clock.tick(days=25)
    run(w)
    assert (platinum, "vip_care") in {(t.customer_id, t.kind) for t in tasks()[3:]}


def test_birthdays_and_anniversaries_within_seven_days_get_a_greeting(w):
    soon = w.customer("Bea Birthday", category="existing")
    later = w.customer("Lou Later", category="existing")
    wed = w.customer("Wanda Wed", category="existing")
    for cid, kind, month, day in (
        (soon, "birthday", 9, 25),
        (later, "birthday", 10, 5),
        (wed, "wedding", 9, 21),
        (wed, "other", 9, 22),
    ):
        SpecialDate.insert(customer=cid, kind=kind, month=month, day=day, label="x").execute()
    run(w)
    made = {(t.customer_id, t.kind, t.due_on) for t in tasks() if "greeting" in t.kind}
    assert (soon, "birthday_greeting", date(2026, 9, 25)) in made
    assert (wed, "anniversary_greeting", date(2026, 9, 21)) in made
    assert not any(c == later for c, _, _ in made)
    assert len([m for m in made if m[1] != "holiday_greeting"]) == 2


def test_before_a_holiday_vip_and_existing_customers_who_agreed_get_a_greeting(w):
    vip = w.customer("Vic Vip", category="vip", consent=True)
    existing = w.customer("Eve Existing", category="existing", consent=True)
    w.customer("No Consent", category="existing", consent=False)
    w.customer("Prospect Consent", category="prospect", consent=True)
    run(w)
    holiday = [t for t in tasks() if t.kind == "holiday_greeting"]
    assert {t.customer_id for t in holiday} == {vip, existing}
    assert {t.due_on for t in holiday} == {date(2026, 9, 24)}  # the day before 09-25
    assert {t.rule_key for t in holiday} == {
        f"holiday:2026-09-25:{vip}",
        f"holiday:2026-09-25:{existing}",
    }


def test_running_the_rules_twice_makes_nothing_twice(w):
    cid = w.customer("Twice Prospect", manager=w.other, consent=True)
    visits.check_in(w.desk.id, customer_id=cid, purpose="sales", host_id=w.host.id)
    vip = w.customer("Twice Vip", category="vip", consent=True)
    place(vip, "gold")
    SpecialDate.insert(customer=vip, kind="birthday", month=9, day=22, label="").execute()
    close_complaint(vip, w.host.id, NOW - timedelta(hours=2))
    first = followup_rules.run_rules(w.admin.id)
    assert set(first.by_kind) == {
        "prospect_follow_up",
        "complaint_callback",
        "vip_care",
        "satisfaction_survey",
        "birthday_greeting",
        "holiday_greeting",
    }
    count = len(tasks())
    assert first.count == count
    assert followup_rules.run_rules(w.admin.id).count == 0
    assert followup_rules.run_scheduled_rules().count == 0
    assert len(tasks()) == count


def test_a_rule_turned_off_makes_nothing(w):
    cid = w.customer("Off Prospect")
    visits.check_in(w.desk.id, customer_id=cid, purpose="sales", host_id=w.host.id)
    followup_rules.save_rule_settings(w.admin.id, {"prospect_visit": (False, 3)})
    assert run(w) == 0
    followup_rules.save_rule_settings(w.admin.id, {"prospect_visit": (True, 5)})
    assert run(w) == 1
    assert tasks()[0].due_on == TODAY + timedelta(days=5)
    with pytest.raises(ValidationError) as info:
        followup_rules.save_rule_settings(w.admin.id, {"callback": (True, 0)})
    assert info.value.code == "follow_up_days_invalid"


def test_the_holiday_calendar_is_editable_and_the_rule_reads_it(w):
    w.customer("Cal Vip", category="vip", consent=True)
    shipped = followup_rules.holidays(w.admin.id)
    assert (date(2026, 10, 1), "国庆节 National Day") in shipped
    assert len([d for d, _ in shipped if d.year == 2027]) == 7
    followup_rules.save_holidays(w.admin.id, [("2026-09-23", "Site day")])
    assert followup_rules.holidays(w.admin.id) == [(date(2026, 9, 23), "Site day")]
    run(w)
    holiday = [t for t in tasks() if t.kind == "holiday_greeting"]
    assert {t.rule_key.split(":")[1] for t in holiday} == {"2026-09-23"}


def test_the_scheduled_run_is_audited_as_the_system(w):
    followup_rules.run_scheduled_rules()
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.staff_id) == ("follow_ups.run", None)


# -- outcomes, skips, assignment ------------------------------------------------------------


def _task(w, assignee) -> int:
    cid = w.customer("Task Person", category="existing")
    return followups.add_task(
        w.desk.id, cid, "vip_care", TODAY, assignee.id if assignee else None
    ).id


def test_the_assignee_records_the_outcome_and_it_leaves_the_today_list(w):
    task = _task(w, w.host)
    assert [t.id for t in followups.due(w.host.id)] == [task]
    done = followups.record_outcome(w.host.id, task, "Called; happy with the service")
    assert (done.status, done.outcome) == ("done", "Called; happy with the service")
    assert followups.due(w.host.id) == []
    with pytest.raises(Conflict) as info:
        followups.skip(w.host.id, task, "again")
    assert info.value.code == "follow_up_closed"


def test_someone_elses_task_is_refused_but_a_manager_may_close_it(w):
    task = _task(w, w.host)
    with pytest.raises(Refused) as info:
        followups.record_outcome(w.other.id, task, "not mine")
    assert info.value.code == "follow_up_not_yours"
    skipped = followups.skip(w.manager.id, task, "Customer abroad until next month")
    assert (skipped.status, skipped.outcome) == ("skipped", "Customer abroad until next month")


def test_skipping_needs_a_reason(w):
    task = _task(w, w.host)
    with pytest.raises(ValidationError) as info:
        followups.skip(w.host.id, task, "  ")
    assert info.value.code == "reason_required"


def test_overdue_tasks_come_first_and_another_persons_list_needs_follow_ups(w):
    cid = w.customer("Over Due", category="existing")
    late = followups.add_task(w.desk.id, cid, "win_back", TODAY - timedelta(days=2), w.host.id)
    now = followups.add_task(w.desk.id, cid, "vip_care", TODAY, w.host.id)
    followups.add_task(w.desk.id, cid, "vip_care", TODAY + timedelta(days=1), w.host.id)
    listed = followups.due(w.host.id)
    assert [(t.id, t.overdue) for t in listed] == [(late.id, True), (now.id, False)]
    assert [t.id for t in followups.due(w.host.id, include_overdue=False)] == [now.id]
    assert [t.id for t in followups.due(w.manager.id, for_staff_id=w.host.id)] == [late.id, now.id]
    with pytest.raises(Refused) as info:
        followups.due(w.desk.id, for_staff_id=w.host.id)
    assert info.value.code == "role_refused"


def test_the_department_list_counts_each_persons_overdue_tasks(w):
    cid = w.customer("Dept Person", category="existing")
    followups.add_task(w.desk.id, cid, "win_back", TODAY - timedelta(days=3), w.host.id)
    followups.add_task(w.desk.id, cid, "vip_care", TODAY, w.other.id)
    followups.add_task(w.desk.id, cid, "vip_care", TODAY - timedelta(days=1), None)
    followups.add_task(w.desk.id, cid, "vip_care", TODAY - timedelta(days=1), w.desk.id)
    today = followups.department_due(w.manager.id)
    loads = {p.name: (p.due, p.overdue) for p in today.people}
    assert loads["Hugo Host"] == (1, 1)
    assert loads["Olga Other"] == (1, 0)
    assert loads[""] == (1, 1)  # the unassigned
    assert "Rita Desk" not in loads  # Reception, not Sales
    assert len(today.tasks) == 3


def test_a_complaint_call_back_is_neither_given_to_nor_done_by_the_handler(w):
    cid = w.customer("Call Back", category="existing", manager=w.other)
    close_complaint(cid, w.host.id, NOW - timedelta(hours=1))
    run(w)
    (task,) = [t for t in tasks() if t.kind == "complaint_callback"]
    with pytest.raises(Refused) as info:
        followups.assign(w.manager.id, task.id, w.host.id)
    assert info.value.code == "callback_by_handler"
    assert task.assignee_id == w.other.id
    assert followups.record_outcome(w.other.id, task.id, "Satisfied").status == "done"


def test_the_handler_may_not_record_the_call_back_even_as_a_manager(w):
    cid = w.customer("Handled By Manager", category="existing")
    close_complaint(cid, w.manager.id, NOW - timedelta(hours=1))
    run(w)
    (task,) = [t for t in tasks() if t.kind == "complaint_callback"]
    with pytest.raises(Refused) as info:
        followups.record_outcome(w.manager.id, task.id, "all good")
    assert info.value.code == "callback_by_handler"
    assigned = followups.assign(w.manager.id, task.id, w.other.id)
    assert assigned.assignee_id == w.other.id
    assert followups.record_outcome(w.other.id, task.id, "Resolved, thanked us").status == "done"
