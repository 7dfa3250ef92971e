"""The "Expected today" tab of the desk: the list and its late marks, the poll that sees
planning and kiosk check-ins made by another process, the one-action check-in, cancelling
and printing an invitation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from receptionist.domain.enums import VisitStatus
from receptionist.services import kiosk, planning, printing, visits
from receptionist.ui.common import ask

from .expected_helpers import freeze_at, plan, today_at, without_printers

pytestmark = pytest.mark.usefixtures("source_language")


def expected_rows(desk) -> list[list[str]]:
    model = desk.expected_panel.model
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def board_codes(desk) -> list[str]:
    return [desk.board.model.visit(r).code for r in range(desk.board.model.rowCount())]


def test_the_list_shows_today_earliest_first_with_late_ones_marked(desk, actor, host):
    freeze_at(12, 0)
    later = plan(
        actor.id,
        "Emily Chen",
        today_at(14, 30),
        company="Acme",
        host_id=host.id,
        purpose="after_sales",
    )
    late = plan(actor.id, "王芳", today_at(10, 0), party_size=3)
    plan(actor.id, "Tomorrow Guest", today_at(9, 0) + timedelta(days=1))
    desk.expected_panel.refresh()

    assert expected_rows(desk) == [
        ["10:00 late", "王芳  ×3", "", "—", "Sales", late.invite_code],
        ["14:30", "Emily Chen", "Acme", "李经理", "After-sales", later.invite_code],
    ]
    assert desk.right_tabs.tabText(1) == "Expected today (2)"
    model = desk.expected_panel.model
    late_color = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(late_color, QColor) and late_color.name() == "#b91c1c"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert desk.expected_panel.expected_hint.text().startswith("Late: 1 of 2.")

    freeze_at(15, 0)  # time passes: Emily is late too
    desk.expected_panel.refresh()
    assert model.index(1, 0).data() == "14:30 late"


def test_a_visit_planned_elsewhere_appears_and_a_kiosk_check_in_moves_it_to_the_board(
    desk, actor, qtbot
):
    freeze_at(9, 0)
    desk.show_expected()  # the board's tab is hidden meanwhile
    visit = plan(actor.id, "Emily Chen", today_at(10, 0))  # another desk plans it
    desk.poll()  # what the desk's 2 s timer does (test_kiosk_desk.py keeps the real timer)
    assert desk.expected_panel.count() == 1
    assert desk.right_tabs.tabText(1) == "Expected today (1)"

    receipt = kiosk.check_in_invited(visit.invite_code, consent=True)  # the kiosk
    desk.poll()
    assert desk.expected_panel.count() == 0
    assert board_codes(desk) == [receipt.code]
    assert desk.right_tabs.tabText(0) == "On site (1)"
    assert desk.right_tabs.tabText(1) == "Expected today (0)"


@pytest.mark.parametrize("how", ["button", "enter", "double_click"])
def test_one_action_checks_the_expected_visitor_in(desk, actor, host, qtbot, monkeypatch, how):
    freeze_at(9, 0)
    plan(actor.id, "Somebody Else", today_at(11, 0))
    visit = plan(actor.id, "Emily Chen", today_at(10, 0), host_id=host.id)
    printed: list[str] = []
    monkeypatch.setattr(desk.printing, "after_check_in", lambda v: printed.append(v.code))
    desk.show_expected()
    panel = desk.expected_panel
    panel.refresh()
    panel.select_visit(visit.id)
    table = panel.expected_table
    if how == "button":
        panel.expected_checkin_button.click()
    elif how == "enter":
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
    else:
        rect = table.visualRect(table.model().index(0, 1))  # a click, then a double one
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    arrived = visits.visit_by_code(actor.id, planning.invitation(actor.id, visit.invite_code).code)
    assert arrived.status is VisitStatus.ON_SITE and arrived.customer_name == "Emily Chen"
    assert arrived.host_name == "李经理"
    assert [v.customer_name for v in planning.expected_on(actor.id)] == ["Somebody Else"]
    assert panel.count() == 1
    assert desk.board.selected_visit().code == arrived.code
    assert printed == [arrived.code]  # the usual slip hook
    assert desk.status_text() == f"Checked in Emily Chen — {arrived.code}"
    assert desk.undo_bar.is_offering()


def test_nothing_selected_checks_nobody_in(desk, actor):
    freeze_at(9, 0)
    plan(actor.id, "Emily Chen", today_at(10, 0))
    desk.expected_panel.refresh()
    desk.expected_panel.expected_table.clearSelection()
    assert not desk.expected_panel.expected_checkin_button.isEnabled()
    desk.expected_panel.check_in_selected()
    assert len(planning.expected_on(actor.id)) == 1
    assert desk.statusBar().currentMessage() == "Select an expected visitor first."


def test_a_visitor_who_arrived_meanwhile_is_refused_with_a_sentence(desk, actor):
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 0))
    desk.expected_panel.refresh()
    desk.expected_panel.select_visit(visit.id)
    kiosk.check_in_invited(visit.invite_code, consent=True)  # before the poll
    desk.expected_panel.check_in_selected()
    assert desk.statusBar().currentMessage() == (
        "This invitation has already been used or is no longer valid."
    )
    assert desk.expected_panel.count() == 0


def test_cancel_asks_first(desk, actor, monkeypatch):
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 0))
    panel = desk.expected_panel
    panel.refresh()
    panel.select_visit(visit.id)
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or False)
    panel.cancel_planned_button.click()
    assert planning.invitation(actor.id, visit.invite_code).status is VisitStatus.PLANNED
    assert panel.count() == 1

    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or True)
    panel.cancel_planned_button.click()
    assert planning.invitation(actor.id, visit.invite_code).status is VisitStatus.CANCELLED
    assert panel.count() == 0
    assert asked[0] == (
        f"Cancel the visit of Emily Chen expected at 10:00? The invitation "
        f"code {visit.invite_code} will no longer work."
    )
    assert desk.statusBar().currentMessage() == (
        f"Cancelled the visit of Emily Chen ({visit.invite_code})."
    )


def test_cancelling_a_visitor_who_arrived_meanwhile_says_why_not(desk, actor, confirm_yes):
    """The cancel refusal has its own sentence (it once shared its code with a used
    invitation and the desk showed that sentence instead)."""
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 0))
    panel = desk.expected_panel
    panel.refresh()
    panel.select_visit(visit.id)
    kiosk.check_in_invited(visit.invite_code, consent=True)  # before the poll
    panel.cancel_planned_button.click()
    assert desk.statusBar().currentMessage() == "Only a planned visit can be cancelled."
    assert planning.invitation(actor.id, visit.invite_code).status is VisitStatus.ON_SITE


def test_print_invitation_without_a_printer_saves_the_pdf(desk, actor, monkeypatch, tmp_path):
    folder = without_printers(monkeypatch, tmp_path / "Printouts")
    calls: list[tuple] = []
    real = printing.invitation_document

    def spy(actor_id, code, fmt="a6", lang="en"):
        calls.append((code, fmt, lang))
        return real(actor_id, code, fmt=fmt, lang=lang)

    monkeypatch.setattr(printing, "invitation_document", spy)
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 0))
    panel = desk.expected_panel
    panel.refresh()
    panel.select_visit(visit.id)
    panel.print_invitation_button.click()

    assert calls == [(visit.invite_code, "a6", "en")]
    [saved] = folder.iterdir()
    assert saved.name == f"{visit.invite_code}-invitation-a6.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "No printer is chosen for the invitation" in desk.print_status.text()
    assert desk.open_printouts_button.isVisible()
    assert planning.invitation(actor.id, visit.invite_code).status is VisitStatus.PLANNED


def test_enter_in_an_empty_list_does_nothing(desk, qtbot):
    table = desk.expected_panel.expected_table
    desk.show_expected()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert desk.statusBar().currentMessage() == "Select an expected visitor first."
    assert "Nobody else is expected today" in desk.expected_panel.expected_hint.text()
    assert desk.right_tabs.tabText(1) == "Expected today (0)"


def test_the_new_desk_widgets_have_names_for_automation(desk):
    for name in (
        "right_tabs",
        "expected_table",
        "expected_checkin_button",
        "cancel_planned_button",
        "print_invitation_button",
        "plan_visit_button",
        "notifications_action_button",
        "closing_review_button",
    ):
        widget = desk.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_ctrl_e_shows_the_list_and_enter_checks_the_first_in(desk, actor, qtbot):
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 0))
    desk.expected_panel.refresh()
    qtbot.keyClick(desk.search_panel.search_box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.right_tabs.currentWidget() is desk.expected_panel, timeout=2000)
    table = desk.expected_panel.expected_table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert planning.invitation(actor.id, visit.invite_code).status is VisitStatus.ON_SITE
