"""Follow-up tasks of a customer follow them through a merge, are cleared by erasure
(outcomes' free text; open tasks skipped) and are listed in the customer's data export."""

from __future__ import annotations

from datetime import date

from receptionist.domain.enums import Role
from receptionist.printing.data_export import build_export_pdf
from receptionist.services import customers, followups, merge, privacy
from receptionist.store.models import FollowUp
from tests import staffing


def _people():
    return (
        staffing.add("Ada Admin", "", Role.ADMIN),
        staffing.add("Rita Desk", "Reception", Role.RECEPTIONIST),
        staffing.add("Hugo Host", "Sales", Role.HOST),
    )


def test_a_merge_moves_the_other_customers_tasks(db, fixed_clock):
    admin, desk, host = _people()
    keep = customers.register_customer(desk.id, name="Keep Person")
    other = customers.register_customer(desk.id, name="Other Person")
    task = followups.add_task(desk.id, other.id, "vip_care", date(2024, 11, 22), host.id)
    result = merge.merge_customers(admin.id, keep.id, other.id)
    assert result.moved["follow_ups"] == 1
    assert FollowUp.get_by_id(task.id).customer_id == keep.id
    assert [t.customer_id for t in followups.due(host.id)] == [keep.id]


def test_erasure_clears_outcomes_and_skips_open_tasks(db, fixed_clock):
    admin, desk, host = _people()
    who = customers.register_customer(desk.id, name="Erase Me")
    done = followups.add_task(desk.id, who.id, "vip_care", date(2024, 11, 22), host.id)
    followups.record_outcome(host.id, done.id, "Said her husband Li Lei is ill")
    still_open = followups.add_task(desk.id, who.id, "win_back", date(2024, 11, 30), host.id)
    privacy.erase_customer(admin.id, who.id)
    assert FollowUp.get_by_id(done.id).outcome == ""
    assert FollowUp.get_by_id(still_open.id).status == "skipped"
    assert followups.due(host.id) == []


def test_the_data_export_lists_the_customers_tasks(db, fixed_clock):
    admin, desk, host = _people()
    who = customers.register_customer(desk.id, name="Export Me")
    task = followups.add_task(desk.id, who.id, "birthday_greeting", date(2024, 11, 22), host.id)
    followups.record_outcome(host.id, task.id, "Greeted by phone")
    data = privacy.export_customer(admin.id, who.id)
    (listed,) = data["follow_ups"]
    assert (listed["kind"], listed["status"], listed["outcome"]) == (
        "birthday_greeting",
        "done",
        "Greeted by phone",
    )
    assert build_export_pdf(data, "zh_CN").startswith(b"%PDF")
