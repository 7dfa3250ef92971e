"""The loop back: scanning a returned feedback card's code opens the feedback form; saving
stores it with the visit; a second time shows what was entered, read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from receptionist.domain.enums import VisitStatus
from receptionist.services import customers, feedback, visits
from receptionist.ui.desk import feedback_dialog
from receptionist.ui.desk.feedback_dialog import FeedbackDialog

from .conftest import type_chinese

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def finished(actor, host):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)
    return visits.check_out(actor.id, visit.code)


def scan(desk, qtbot, code: str) -> None:
    box = desk.search_panel.search_box
    box.clear()
    qtbot.keyClicks(box, code)  # a keyboard-wedge scanner: code, Enter
    qtbot.keyClick(box, Qt.Key.Key_Return)


def fill_and_save(dialog: FeedbackDialog) -> int:
    """Stands in for the modal exec(): tick like the visitor did, then Save."""
    dialog.rows["overall"].group.button(4).click()
    dialog.rows["speed"].group.button(2).click()
    dialog.recommend.setValue(9)
    type_chinese(dialog.comment, "前台很热情")
    dialog.save_button.click()
    return dialog.result()


def test_scanning_a_finished_visit_opens_the_form_and_saving_stores_it(
    desk, actor, finished, qtbot, monkeypatch
):
    seen: list[FeedbackDialog] = []

    def exec_(dialog):
        seen.append(dialog)
        assert dialog.objectName() == "feedback_dialog"
        assert dialog.visit_labels["code"].text() == finished.code
        assert dialog.visit_labels["visitor"].text() == "Emily Chen"
        assert dialog.visit_labels["host"].text() == "李经理"
        assert dialog.save_button.isVisible() or not dialog.isVisible()
        return fill_and_save(dialog)

    monkeypatch.setattr(FeedbackDialog, "exec", exec_)
    scan(desk, qtbot, finished.code)
    assert len(seen) == 1
    stored = feedback.feedback_for(actor.id, finished.code)
    assert (stored.overall, stored.attitude, stored.speed, stored.recommend) == (4, None, 2, 9)
    assert stored.comment == "前台很热情"
    assert (stored.source, stored.entered_by) == ("card", actor.name)
    assert desk.statusBar().currentMessage() == (
        f"Feedback for {finished.code} (Emily Chen) saved."
    )
    assert desk.search_panel.search_box.text() == ""
    assert visits.visit_by_code(actor.id, finished.code).status is VisitStatus.DONE


def test_second_time_the_form_says_so_and_shows_what_was_entered(
    desk, actor, finished, qtbot, monkeypatch
):
    feedback.record_feedback(actor.id, finished.code, overall=5, attitude=4, comment="Very kind")
    shown: list[tuple] = []

    def exec_(dialog):
        shown.append(
            (
                dialog.notice.text(),
                dialog.save_button.isHidden(),
                dialog.rows["overall"].value(),
                dialog.rows["attitude"].value(),
                dialog.rows["overall"].group.button(1).isEnabled(),
                dialog.comment.isReadOnly(),
                dialog.comment.toPlainText(),
            )
        )
        return 0

    monkeypatch.setattr(FeedbackDialog, "exec", exec_)
    scan(desk, qtbot, finished.code)
    [(notice, save_hidden, overall, attitude, enabled, read_only, comment)] = shown
    assert "already has feedback" in notice and actor.name in notice
    assert save_hidden and read_only and not enabled
    assert (overall, attitude, comment) == (5, 4, "Very kind")
    assert feedback.feedback_for(actor.id, finished.code).overall == 5


def test_overall_is_required_inline_and_nothing_is_stored(ctx, finished, qtbot):
    dialog = FeedbackDialog(ctx, finished)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rows["speed"].group.button(3).click()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_labels["overall"].isVisible()
    assert dialog.error_labels["overall"].text() == "The overall rating is required."
    assert dialog.rows["speed"].value() == 3  # what was ticked stays
    assert feedback.feedback_for(ctx.actor.id, finished.code) is None


def test_clicking_the_chosen_rating_again_clears_it(ctx, finished, qtbot):
    dialog = FeedbackDialog(ctx, finished)
    qtbot.addWidget(dialog)
    row = dialog.rows["attitude"]
    row.group.button(3).click()
    row.group.button(5).click()
    assert row.value() == 5
    row.group.button(5).click()
    assert row.value() is None


def test_feedback_entered_meanwhile_at_another_desk(ctx, actor, finished, qtbot):
    dialog = FeedbackDialog(ctx, finished)
    qtbot.addWidget(dialog)
    dialog.show()
    feedback.record_feedback(actor.id, finished.code, overall=2)  # another desk
    dialog.rows["overall"].group.button(5).click()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "already has feedback" in dialog.notice.text()
    assert dialog.rows["overall"].value() == 2
    assert feedback.feedback_for(actor.id, finished.code).overall == 2


def test_an_on_site_code_still_checks_out(desk, actor, qtbot, monkeypatch):
    monkeypatch.setattr(FeedbackDialog, "exec", lambda _d: pytest.fail("form opened"))
    customer = customers.register_customer(actor.id, name="Emily Chen")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    scan(desk, qtbot, visit.code)
    assert visits.visit_by_code(actor.id, visit.code).status is VisitStatus.DONE
    assert desk.status_text() == f"Checked out Emily Chen — {visit.code}"


def test_form_widgets_have_names(ctx, finished, qtbot):
    dialog = FeedbackDialog(ctx, finished)
    qtbot.addWidget(dialog)
    for name in (
        "rating_overall",
        "rating_attitude",
        "rating_professionalism",
        "rating_speed",
        "rating_environment",
        "feedback_recommend",
        "feedback_comment",
        "feedback_save",
        "feedback_cancel",
        "rating_overall_5",
    ):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_open_feedback_form_returns_what_was_saved(ctx, finished, monkeypatch):
    monkeypatch.setattr(FeedbackDialog, "exec", fill_and_save)
    saved = feedback_dialog.open_feedback_form(None, ctx, finished)
    assert saved is not None and saved.overall == 4
