"""The complaint windows: opening one (the problem category asked, never silent), the
five steps in order, the call-back refused to the handler in the window, reopening with
a reason, refusals next to their field with what was typed kept, the list's filters and
the desk's overdue count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Category
from receptionist.services import clock, complaints, customers
from receptionist.ui.common.context import DeskContext
from receptionist.ui.complaints.dialog import ComplaintDialog
from receptionist.ui.complaints.list_window import ComplaintListWindow
from receptionist.ui.complaints.open_dialog import OpenComplaintDialog
from tests import staffing

START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


@pytest.fixture
def now():
    moment = [START]
    clock.set_clock(lambda: moment[0])
    yield moment
    clock.set_clock(None)


@pytest.fixture
def wang(actor):
    return customers.register_customer(actor.id, name="Wang Fang", phone="13900139000")


def _dialog(qtbot, ctx, complaint_id: int) -> ComplaintDialog:
    dialog = ComplaintDialog(ctx, complaint_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _done(qtbot, dialog: ComplaintDialog, note: str, button=None) -> None:
    dialog.steps.note.setPlainText(note)
    qtbot.mouseClick(button or dialog.steps.done_button, Qt.MouseButton.LeftButton)


def test_opening_asks_for_the_problem_category_and_keeps_the_text_on_a_refusal(
    qtbot, ctx, wang, confirm_yes, now
):
    dialog = OpenComplaintDialog(ctx, wang.id, wang.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("Promised Monday")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.change is None and not confirm_yes
    assert dialog.errors["subject"].isVisible()
    assert "Subject" in dialog.errors["subject"].text()
    assert dialog.description.toPlainText() == "Promised Monday"
    qtbot.keyClicks(dialog.subject, "Delivery late")
    dialog.severity.setCurrentIndex(dialog.severity.findData("urgent"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.change is not None
    view = dialog.change.complaint
    assert (view.subject, view.severity) == ("Delivery late", "urgent")
    assert view.handler_id == ctx.actor.id
    assert len(confirm_yes) == 1 and "Wang Fang" in confirm_yes[0]
    assert customers.get_customer(ctx.actor.id, wang.id).category is Category.PROBLEM


def test_declining_the_suggestion_changes_nothing(qtbot, ctx, wang, monkeypatch, now):
    from receptionist.ui.common import ask

    asked = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or False)
    dialog = OpenComplaintDialog(ctx, wang.id, wang.name)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.subject, "Rude")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked and dialog.change is not None
    assert customers.get_customer(ctx.actor.id, wang.id).category is Category.PROSPECT


def test_the_five_steps_in_order_then_the_category_given_back(
    qtbot, ctx, wang, host, confirm_yes, now
):
    change = complaints.open_complaint(ctx.actor.id, wang.id, "Cold room", handler_id=host.id)
    customers.change_category(ctx.actor.id, wang.id, Category.PROBLEM, "complaint")
    dialog = _dialog(qtbot, ctx, change.complaint.id)
    assert dialog.steps.status[1].text() == "Next" and dialog.steps.status[2].text() == "To do"
    _done(qtbot, dialog, "")  # a note is required: refused next to the field
    assert dialog.steps.note_error.isVisible() and dialog.view.step == 0
    for step in range(1, 5):
        assert dialog.steps.next_step == step
        _done(qtbot, dialog, f"note {step}")
        assert dialog.view.step == step
        assert dialog.steps.status[step].text() == "Completed"
        assert "Front desk" in dialog.steps.details[step].text()
        assert f"note {step}" in dialog.steps.details[step].text()
    assert not dialog.steps.done_button.isVisibleTo(dialog)
    assert dialog.steps.resolved_button.isEnabled()
    assert not dialog.steps.handler_notice.isVisibleTo(dialog)
    _done(qtbot, dialog, "Customer happy", dialog.steps.resolved_button)
    assert dialog.view.status == "closed" and dialog.state_label.text().startswith("Closed")
    assert not dialog.steps.editor.isVisibleTo(dialog)
    assert len(confirm_yes) == 1 and "Prospect" in confirm_yes[0]
    assert customers.get_customer(ctx.actor.id, wang.id).category is Category.PROSPECT


def test_the_handler_sees_the_call_back_is_for_someone_else(qtbot, ctx, wang, now):
    change = complaints.open_complaint(ctx.actor.id, wang.id, "Noise")  # handler: me
    for step in range(1, 5):
        complaints.record_step(ctx.actor.id, change.complaint.id, step, "ok")
    dialog = _dialog(qtbot, ctx, change.complaint.id)
    assert dialog.steps.next_step == 5
    assert dialog.steps.handler_notice.isVisible()
    assert "someone else" in dialog.steps.handler_notice.text()
    assert not dialog.steps.resolved_button.isEnabled()
    assert not dialog.steps.not_resolved_button.isEnabled()


def test_not_resolved_goes_back_to_step_three(qtbot, ctx, wang, host, now):
    change = complaints.open_complaint(ctx.actor.id, wang.id, "Noise", handler_id=host.id)
    for step in range(1, 5):
        complaints.record_step(ctx.actor.id, change.complaint.id, step, "ok")
    dialog = _dialog(qtbot, ctx, change.complaint.id)
    _done(qtbot, dialog, "Still noisy", dialog.steps.not_resolved_button)
    assert dialog.view.status == "open" and dialog.steps.next_step == 3
    assert "not resolved" in dialog.steps.details[5].text()


def test_reopen_with_a_reason(qtbot, ctx, wang, now):
    change = complaints.open_complaint(ctx.actor.id, wang.id, "Noise")
    for step in range(1, 4):
        complaints.record_step(ctx.actor.id, change.complaint.id, step, "ok")
    dialog = _dialog(qtbot, ctx, change.complaint.id)
    assert dialog.reopen_box.isVisible() and dialog.reopen_step.count() == 3
    dialog.reopen_step.setCurrentIndex(dialog.reopen_step.findData(2))
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.reopen_error.isVisible() and dialog.view.step == 3  # a reason is required
    qtbot.keyClicks(dialog.reopen_reason, "Customer disagreed")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.view.step == 1 and dialog.steps.next_step == 2
    assert "Customer disagreed" in dialog.steps.details[2].text()
    assert dialog.reopen_reason.text() == ""


def test_a_change_elsewhere_is_refused_and_the_note_kept(qtbot, ctx, wang, now):
    change = complaints.open_complaint(ctx.actor.id, wang.id, "Noise")
    dialog = _dialog(qtbot, ctx, change.complaint.id)
    complaints.record_step(ctx.actor.id, change.complaint.id, 1, "from another desk")
    _done(qtbot, dialog, "my note")
    assert dialog.steps.note_error.isVisible()
    assert "Someone else changed" in dialog.steps.note_error.text()
    assert dialog.steps.note.toPlainText() == "my note"


def test_only_complaints_managers_change_the_handler(qtbot, ctx, wang, host, now):
    change = complaints.open_complaint(ctx.actor.id, wang.id, "Noise")
    assert not _dialog(qtbot, ctx, change.complaint.id).handler_box.isVisibleTo(None)
    manager = staffing.add("Mona Manager", "Sales", "manager")
    boss = DeskContext(actor=manager, site=ctx.site, language="en")
    dialog = _dialog(qtbot, boss, change.complaint.id)
    assert dialog.handler_box.isVisible()
    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(host.id))
    qtbot.mouseClick(dialog.handler_button, Qt.MouseButton.LeftButton)
    assert dialog.view.handler_id == host.id and dialog.info["handler"].text() == host.name


def test_the_list_filters_and_the_overdue_rows(qtbot, ctx, wang, now):
    late = complaints.open_complaint(ctx.actor.id, wang.id, "Late", severity="urgent")
    calm = complaints.open_complaint(ctx.actor.id, wang.id, "Calm", severity="low")
    closed = complaints.open_complaint(ctx.actor.id, wang.id, "Done", severity="low")
    for step in range(1, 5):
        complaints.record_step(ctx.actor.id, closed.complaint.id, step, "ok")
    other = staffing.add("Second desk", "Reception", "receptionist")
    complaints.record_step(other.id, closed.complaint.id, 5, "fine", True)
    now[0] = START + timedelta(hours=2)  # urgent: acknowledge within 1 hour
    window = ComplaintListWindow(ctx)
    qtbot.addWidget(window)

    def subjects() -> list[str]:
        return [window.model.complaint(r).subject for r in range(window.model.rowCount())]

    assert sorted(subjects()) == ["Calm", "Late"]  # open, the first filter
    window.filters["overdue"].setChecked(True)
    assert subjects() == ["Late"]
    red = window.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().name() == "#b91c1c"
    window.filters["all"].setChecked(True)
    assert sorted(subjects()) == ["Calm", "Done", "Late"]
    row = subjects().index("Calm")
    assert window.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    window.table.doubleClicked.emit(window.model.index(row, 1))
    assert window.dialogs and window.dialogs[-1].view.id == calm.complaint.id
    assert late.complaint.id != calm.complaint.id


def test_the_desk_shows_the_overdue_count_and_the_manage_menu_opens_the_list(
    qtbot, desk, ctx, wang, now
):
    label = desk.complaints.overdue
    assert not label.isVisibleTo(desk)
    complaints.open_complaint(ctx.actor.id, wang.id, "Late", severity="urgent")
    now[0] = START + timedelta(hours=2)
    desk.poll()
    assert label.isVisibleTo(desk) and label.text().startswith("1 complaint")
    desk.updates.changed_elsewhere(frozenset({"complaint"}))
    assert label.count == 1
    assert desk.toolbar.complaints_action.isVisible()
    desk.toolbar.complaints_action.trigger()
    window = desk.complaints.window
    assert window is not None and window.isVisible()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.chosen_filter() == "overdue" and window.model.rowCount() == 1


def test_checking_in_for_a_complaint_offers_the_open_dialog(qtbot, desk, ctx, wang, host, now):
    from receptionist.domain.enums import Purpose
    from receptionist.services import visits

    visit = visits.check_in(ctx.actor.id, customer_id=wang.id, purpose="complaint",
                            host_id=host.id)  # fmt: skip
    assert visit.purpose is Purpose.COMPLAINT
    desk.checkin_panel.checked_in.emit(visit)
    dialog = desk.findChild(OpenComplaintDialog)
    assert dialog is not None and dialog.isVisible() and dialog.visit_code == visit.code
    action = desk.board.onsite_table.findChild(object, "board_open_complaint_action")
    assert action is not None and action.isVisible()


def test_settings_complaint_deadlines_saved_and_refused_next_to_the_field(qtbot, ctx, admin):
    from receptionist.services import complaint_settings
    from receptionist.ui.settings.complaints_page import ComplaintsSettingsPage
    from receptionist.ui.settings.dialog import SettingsDialog

    assert not any(isinstance(p, ComplaintsSettingsPage) for p in SettingsDialog(ctx).pages)
    boss = DeskContext(actor=admin, site=ctx.site, language="en")
    dialog = SettingsDialog(boss)
    qtbot.addWidget(dialog)
    page = dialog.page(ComplaintsSettingsPage)
    assert page.acknowledge["urgent"].value() == 1
    assert (page.resolve["urgent"].value(), page.unit["urgent"].currentData()) == (1, "days")
    page.acknowledge["high"].setValue(100)  # later than resolving (3 days = 72 h)
    dialog.accept()
    assert page.error_labels["high"].isVisibleTo(page) and dialog.tabs.currentWidget() is page
    assert page.acknowledge["high"].value() == 100
    assert complaint_settings.deadline_hours()["high"] == (4, 72)
    page.acknowledge["high"].setValue(2)
    page.resolve["high"].setValue(36)
    page.unit["high"].setCurrentIndex(page.unit["high"].findData("hours"))
    dialog.accept()
    assert not page.error_labels["high"].isVisibleTo(page)
    assert complaint_settings.deadline_hours()["high"] == (2, 36)
