"""Planning a visit from the check-in panel: the dialog's defaults, errors next to their
field with nothing lost, the invitation code afterwards and printing the invitation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog

from receptionist.domain.enums import Purpose, VisitStatus
from receptionist.services import customers, planning

from .expected_helpers import freeze_at, today_at, without_printers

pytestmark = pytest.mark.usefixtures("source_language")


def open_plan(desk, name: str = "Emily Chen"):
    customer = customers.register_customer(desk.ctx.actor.id, name=name)
    desk.search_panel.pick_customer(customer.id)
    desk.checkin_panel.plan_visit_button.click()
    dialog = desk.findChild(QDialog, "plan_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_plan_a_visit_is_offered_once_a_customer_is_chosen(desk, actor):
    button = desk.checkin_panel.plan_visit_button
    assert button.isHidden()
    customer = customers.register_customer(actor.id, name="Emily Chen")
    desk.search_panel.pick_customer(customer.id)
    assert button.isVisible() and button.isEnabled()
    assert button.accessibleName()


@pytest.mark.parametrize(("now", "day", "hour"), [((9, 20), 0, 10), ((23, 30), 1, 0)])
def test_the_dialog_starts_today_at_the_next_full_hour(desk, now, day, hour):
    freeze_at(*now)
    dialog = open_plan(desk)
    assert dialog.date_edit.date() == QDate(today_at(0).date() + timedelta(days=day))
    assert dialog.time_edit.time() == QTime(hour, 0)
    assert dialog.date_edit.calendarPopup()
    assert dialog.purpose_combo.currentIndex() == -1
    assert dialog.party_size.value() == 1


def test_planning_shows_the_invitation_code_and_the_expected_list(desk, host, qtbot):
    freeze_at(9, 0)
    dialog = open_plan(desk)
    dialog.time_edit.setTime(QTime(14, 30))
    dialog.host_combo.select_host(host.id)
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("after_sales"))
    dialog.party_size.setValue(2)
    dialog.note_edit.setText("Brings the contract")
    dialog.save_button.click()

    [visit] = planning.expected_on(desk.ctx.actor.id)
    assert (visit.customer_name, visit.purpose, visit.host_name, visit.party_size, visit.note) == (
        "Emily Chen",
        Purpose.AFTER_SALES,
        "李经理",
        2,
        "Brings the contract",
    )
    assert visit.expected_at == today_at(14, 30)
    assert dialog.stack.currentIndex() == 1
    assert dialog.invite_code_label.text() == visit.invite_code
    flags = dialog.invite_code_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "14:30" in dialog.done_summary.text() and "李经理" in dialog.done_summary.text()
    assert desk.expected_panel.count() == 1
    assert desk.right_tabs.tabText(1) == "Expected today (1)"
    assert desk.statusBar().currentMessage() == (
        f"Planned the visit of Emily Chen: invitation {visit.invite_code}"
    )
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_missing_purpose_is_said_next_to_it_and_nothing_is_lost(desk, table_counts):
    freeze_at(9, 0)
    dialog = open_plan(desk)
    before = table_counts()
    dialog.note_edit.setText("Brings the contract")
    dialog.party_size.setValue(4)
    dialog.save_button.click()
    assert dialog.error_labels["purpose"].isVisible()
    assert dialog.error_labels["purpose"].text() == "Choose the purpose of the visit."
    assert dialog.stack.currentIndex() == 0
    assert (dialog.note_edit.text(), dialog.party_size.value()) == ("Brings the contract", 4)
    assert table_counts() == before


def test_an_unknown_host_is_said_next_to_the_host(desk, table_counts):
    freeze_at(9, 0)
    dialog = open_plan(desk)
    before = table_counts()
    dialog.purpose_combo.setCurrentIndex(0)
    dialog.host_combo.lineEdit().setText("Nobody Known")
    dialog.save_button.click()
    assert dialog.error_labels["host"].isVisible()
    assert not dialog.error_labels["purpose"].isVisible()
    assert dialog.host_combo.currentText() == "Nobody Known"
    assert table_counts() == before


def test_a_day_too_far_ahead_is_said_next_to_the_date(desk, table_counts):
    freeze_at(9, 0)
    dialog = open_plan(desk)
    before = table_counts()
    far = QDate(today_at(0).date() + timedelta(days=400))
    dialog.date_edit.setDate(far)
    dialog.purpose_combo.setCurrentIndex(0)
    dialog.save_button.click()
    assert dialog.error_labels["when"].isVisible()
    assert dialog.error_labels["when"].text() == "Visits can be planned up to a year ahead."
    assert dialog.date_edit.date() == far
    assert table_counts() == before
    dialog.date_edit.setDate(QDate(today_at(0).date() + timedelta(days=3)))  # fixed:
    dialog.save_button.click()  # saves
    assert not dialog.error_labels["when"].isVisible()
    assert dialog.stack.currentIndex() == 1


def test_print_invitation_from_the_dialog(desk, monkeypatch, tmp_path):
    folder = without_printers(monkeypatch, tmp_path / "Printouts")
    freeze_at(9, 0)
    dialog = open_plan(desk)
    dialog.purpose_combo.setCurrentIndex(0)
    dialog.save_button.click()
    code = dialog.invite_code_label.text()
    dialog.print_button.click()
    assert [p.name for p in folder.iterdir()] == [f"{code}-invitation-a6.pdf"]
    assert planning.invitation(desk.ctx.actor.id, code).status is VisitStatus.PLANNED
