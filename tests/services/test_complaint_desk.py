"""What the desk's other rules make of complaints, on both backends: the flow suggestion,
the check-in glance, the board's flag; merging, erasing and exporting a customer."""

from __future__ import annotations

from datetime import timedelta

import pytest

from receptionist.domain.enums import Flow
from receptionist.services import archive, complaints, customers, merge, privacy, visits
from tests import staffing
from tests.printing.conftest import pdf_text, write


@pytest.fixture
def caller(db):
    """A second receptionist: the call-backs."""
    return staffing.add("Second desk", "Reception", "receptionist")


def close(actor_id: int, caller_id: int, complaint_id: int) -> None:
    for step in range(1, 5):
        complaints.record_step(actor_id, complaint_id, step, "done")
    complaints.record_step(caller_id, complaint_id, 5, "ok", resolved=True)


def test_an_open_complaint_makes_the_flow_complaint_handling_until_it_closes(
    actor, zhang, caller, fixed_clock
):
    assert visits.suggested_flow(zhang.id, "sales") is Flow.INITIAL
    cid = complaints.open_complaint(actor.id, zhang.id, "Late").complaint.id
    assert visits.suggested_flow(zhang.id, "sales") is Flow.COMPLAINT
    visit = visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    assert visit.flow is Flow.COMPLAINT
    visits.check_out(actor.id, visit.code)
    close(actor.id, caller.id, cid)
    assert visits.suggested_flow(zhang.id, "sales") is not Flow.COMPLAINT


def test_the_problem_category_alone_no_longer_means_an_open_complaint(actor, zhang, fixed_clock):
    customers.change_category(actor.id, zhang.id, "problem", "was unhappy last year")
    assert visits.suggested_flow(zhang.id, "sales") is not Flow.COMPLAINT


def test_the_glance_shows_the_most_urgent_open_complaint(actor, zhang, caller, fixed_clock):
    assert archive.checkin_glance(actor.id, zhang.id).open_complaint is None
    complaints.open_complaint(actor.id, zhang.id, "Slow reply", severity="low")
    urgent = complaints.open_complaint(actor.id, zhang.id, "Wrong bill", severity="urgent")
    glance = archive.checkin_glance(actor.id, zhang.id)
    assert not glance.empty
    shown = glance.open_complaint
    assert (shown.id, shown.subject, shown.severity, shown.overdue) == (
        urgent.complaint.id, "Wrong bill", "urgent", False,
    )  # fmt: skip
    fixed_clock.tick(hours=1, minutes=1)  # the urgent one was not acknowledged in 1 h
    assert archive.checkin_glance(actor.id, zhang.id).open_complaint.overdue
    close(actor.id, caller.id, urgent.complaint.id)
    assert archive.checkin_glance(actor.id, zhang.id).open_complaint.subject == "Slow reply"


def test_the_board_flags_visitors_with_an_open_complaint(actor, zhang, john, fixed_clock):
    visits.check_in(actor.id, customer_id=zhang.id, purpose="sales")
    visits.check_in(actor.id, customer_id=john.id, purpose="sales")
    complaints.open_complaint(actor.id, john.id, "Noise")
    flags = {v.customer_id: v.open_complaint for v in visits.on_site_board(actor.id)}
    assert flags == {zhang.id: False, john.id: True}


def test_a_merge_moves_the_complaints(actor, zhang, caller, fixed_clock):
    manager = staffing.add("Mona Manager", "Sales", "manager")
    other = customers.register_customer(actor.id, name="张三", company="华为技术有限公司")
    cid = complaints.open_complaint(actor.id, other.id, "Moved along").complaint.id
    result = merge.merge_customers(manager.id, zhang.id, other.id)
    assert result.moved["complaints"] == 1
    assert complaints.complaint(actor.id, cid).customer_id == zhang.id
    assert [c.id for c in complaints.open_complaints_of(actor.id, zhang.id)] == [cid]


def test_erasure_clears_the_text_and_the_export_lists_the_steps(
    actor, admin, zhang, caller, fixed_clock
):
    cid = complaints.open_complaint(
        actor.id, zhang.id, "张三 unhappy", description="Called 张三 twice"
    ).complaint.id
    close(actor.id, caller.id, cid)
    [exported] = privacy.export_customer(admin.id, zhang.id)["complaints"]
    assert (exported["subject"], exported["description"]) == ("张三 unhappy", "Called 张三 twice")
    assert [(s["step"], s["staff"]) for s in exported["steps"]][-1] == (5, "Second desk")
    assert exported["status"] == "closed" and exported["resolution"] == "resolved"
    fixed_clock.tick(days=1)
    privacy.erase_customer(admin.id, zhang.id)
    view = complaints.complaint(actor.id, cid)
    assert (view.subject, view.description) == ("", "")
    assert {s.note for s in view.steps} == {""}
    assert view.status == "closed" and len(view.steps) == 5  # the facts stay for reports
    assert view.closed_at < fixed_clock.at - timedelta(hours=12)


def test_the_export_pdf_lists_the_complaints_in_both_languages(
    actor, admin, zhang, caller, fixed_clock, tmp_path
):
    cid = complaints.open_complaint(actor.id, zhang.id, "Cracked screen").complaint.id
    complaints.record_step(actor.id, cid, 1, "Heard the whole story")
    data = privacy.export_customer(admin.id, zhang.id)
    for lang, title in (("en", "Complaints"), ("zh_CN", "投诉记录")):
        text = pdf_text(write(tmp_path, privacy.export_pdf(data, lang), f"{lang}.pdf"))
        assert title in text and "Crackedscreen" in text and "Heardthewholestory" in text
