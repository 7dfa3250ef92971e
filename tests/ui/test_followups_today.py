"""The Today list of follow-up tasks in the desk's Today panel: one's own tasks due today
and overdue (overdue first, in red), recording an outcome or a skip, a manager's
department with each person's counts; and the daily job off the GUI thread (the rules,
then the lost-customer detection, each going on when the other fails)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Qt

from receptionist.domain.faults import DatabaseFault
from receptionist.services import clock, customers, followups, visits
from receptionist.store.models import FollowUp, LostReview
from receptionist.ui.common import ask, i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.common.style import COLORS
from receptionist.ui.followups import outcome_dialog, schedule
from receptionist.ui.followups.today_tasks import TodayTasks
from tests import staffing
from tests.tiering import buy


@pytest.fixture(autouse=True)
def english(qapp, source_language):
    i18n.install_translators(qapp, "en")


def _today():
    return clock.local(clock.now()).date()


@pytest.fixture
def two_tasks(db, actor):
    who = customers.register_customer(actor.id, name="Grace Green", category="existing")
    late = followups.add_task(actor.id, who.id, "win_back", _today() - timedelta(days=2), actor.id)
    now = followups.add_task(actor.id, who.id, "vip_care", _today(), actor.id)
    followups.add_task(actor.id, who.id, "vip_care", _today() + timedelta(days=3), actor.id)
    return late, now


def test_the_today_panel_lists_my_tasks_overdue_first_in_red(two_tasks, desk):
    late, now = two_tasks
    panel = desk.checkin_panel.today_panel.follow_ups
    assert panel.isVisible()
    tree = panel.tree
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert (first.text(1), first.text(2)) == ("Win-back", "Grace Green")
    assert second.text(1) == "VIP care"
    assert first.foreground(0).color().name() == COLORS["danger"]
    assert second.foreground(0).color().name() != COLORS["danger"]
    assert panel.title.text() == "Follow-ups due: 2 (1 overdue)"
    assert not panel.department_box.isVisible()  # a receptionist has no department view


def test_recording_an_outcome_takes_the_task_off_the_list(two_tasks, desk, qtbot, monkeypatch):
    late, _now = two_tasks
    panel = desk.checkin_panel.today_panel.follow_ups
    asked: list[str] = []

    def answer(parent, title):
        asked.append(title)
        return ("done", "Called; she will come on Friday")

    monkeypatch.setattr(outcome_dialog, "ask_outcome", answer)
    assert not panel.outcome_button.isEnabled()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.outcome_button, Qt.MouseButton.LeftButton)
    assert asked == ["Win-back · Grace Green"]
    row = FollowUp.get_by_id(late.id)
    assert (row.status, row.outcome) == ("done", "Called; she will come on Friday")
    assert panel.tree.topLevelItemCount() == 1


def test_skipping_without_a_reason_is_refused_with_a_sentence(two_tasks, desk, monkeypatch):
    panel = desk.checkin_panel.today_panel.follow_ups
    warned: list[str] = []
    monkeypatch.setattr(outcome_dialog, "ask_outcome", lambda *_: ("skipped", " "))
    monkeypatch.setattr(ask, "warn", lambda _p, _t, text: warned.append(text))
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    panel.record_outcome()
    assert len(warned) == 1 and "reason" in warned[0].lower()
    assert panel.tree.topLevelItemCount() == 2


def test_a_manager_sees_the_department_with_counts(db, actor, host, site, qtbot):
    manager = staffing.add("Mona Manager", "Sales", "manager")
    who = customers.register_customer(actor.id, name="Dept Customer", category="existing")
    followups.add_task(actor.id, who.id, "win_back", _today() - timedelta(days=1), host.id)
    followups.add_task(actor.id, who.id, "vip_care", _today(), None)
    panel = TodayTasks(DeskContext(actor=manager, site=site, language="en"))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.tree.topLevelItemCount() == 0  # nothing of the manager's own
    panel.department_box.setChecked(True)
    assert panel.tree.topLevelItemCount() == 2
    assert panel.tree.headerItem().text(3) == "Assigned to"
    assert f"{host.name}: 1 due, 1 overdue" in panel.counts.text()
    assert "unassigned: 1 due, 0 overdue" in panel.counts.text()


def test_the_rules_job_runs_off_the_gui_thread_and_reports(db, actor, host, qtbot):
    who = customers.register_customer(actor.id, name="Job Prospect", category="prospect")
    visits.check_in(actor.id, customer_id=who.id, purpose="sales", host_id=host.id)
    parent = QObject()
    job = schedule.start_follow_up_rules(parent)
    with qtbot.waitSignal(job.ran, timeout=20_000) as ran:
        job.run()
    assert ran.args[0].by_kind == {"prospect_follow_up": 1}
    with qtbot.waitSignal(job.ran, timeout=20_000) as again:
        job.run()
    assert again.args[0].count == 0


def test_the_daily_job_also_finds_lost_customers_once(db, actor, qtbot):
    gone = customers.register_customer(actor.id, name="Long Gone", category="existing")
    buy(gone.id, _today() - timedelta(days=800), 10_000)
    parent = QObject()
    job = schedule.start_follow_up_rules(parent)
    with qtbot.waitSignal(job.lost_ran, timeout=20_000) as ran:
        job.run()
    assert len(ran.args[0].review_ids) == 1
    assert LostReview.get_by_id(ran.args[0].review_ids[0]).customer_id == gone.id
    with qtbot.waitSignal(job.lost_ran, timeout=20_000) as again:
        job.run()
    assert again.args[0].review_ids == []


def test_a_failed_rules_run_does_not_stop_the_lost_detection(db, actor, qtbot, monkeypatch):
    def refused() -> None:
        raise DatabaseFault("db_busy")

    monkeypatch.setattr(schedule.followup_rules, "run_scheduled_rules", refused)
    gone = customers.register_customer(actor.id, name="Long Gone", category="existing")
    buy(gone.id, _today() - timedelta(days=800), 10_000)
    parent = QObject()
    job = schedule.FollowUpSchedule(parent)
    rules_ran = []
    job.ran.connect(rules_ran.append)
    with qtbot.waitSignal(job.lost_ran, timeout=20_000) as ran:
        job.run()
    assert len(ran.args[0].review_ids) == 1
    assert rules_ran == []


def test_the_daily_job_brings_the_dashboards_summaries_up_to_date(db, actor, host, qtbot):
    who = customers.register_customer(actor.id, name="Summary Guest", category="prospect")
    visits.check_in(actor.id, customer_id=who.id, purpose="sales", host_id=host.id)
    run = schedule.run_daily()  # on this thread: what the worker runs
    days, customers_done = run.summaries
    assert days >= 1 and customers_done >= 1  # today's day and the guest, marked by triggers
    assert schedule.run_daily().summaries == (0, 0)  # nothing marked since
