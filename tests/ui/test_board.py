"""The on-site board in the desk window: playbook ticks, the poll, check-out from the
board, the code field and a scanner in the search box, standing out, live duration."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import VisitStatus
from receptionist.services import clock, customers, visits
from receptionist.ui.common import ask
from receptionist.ui.desk import feedback_dialog

from .conftest import WAIT_MS

pytestmark = pytest.mark.usefixtures("source_language")


def board_codes(desk) -> list[str]:
    model = desk.board.model
    return [model.visit(row).code for row in range(model.rowCount())]


def test_playbook_tick_is_stored_and_stays_ticked(desk, actor, qtbot):
    customer = customers.register_customer(actor.id, name="李娜", category="vip")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="relationship")
    board = desk.board
    board.refresh()
    board.onsite_table.selectRow(0)
    assert board.visit_playbook.count() == len(visits.playbook_for("vip", "relationship"))
    item = board.visit_playbook.item(1)
    step_id = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Checked)
    assert visits.visit_by_code(actor.id, visit.code).playbook_done == (step_id,)
    board.refresh()
    assert board.visit_playbook.item(1).checkState() == Qt.CheckState.Checked
    assert board.visit_playbook.item(0).checkState() == Qt.CheckState.Unchecked
    item = board.visit_playbook.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert visits.visit_by_code(actor.id, visit.code).playbook_done == ()


def test_poll_adds_a_kiosk_visit_and_keeps_the_selection(desk, actor, qtbot):
    first = customers.register_customer(actor.id, name="First")
    second = customers.register_customer(actor.id, name="Second")
    a = visits.check_in(actor.id, customer_id=first.id, purpose="sales")
    desk.board.refresh()
    desk.board.select_code(a.code)
    resets: list[bool] = []
    desk.board.model.modelReset.connect(lambda: resets.append(True))
    b = visits.check_in_walk_in(actor.id, name="Kiosk Guest", purpose="sales")
    visits.check_in(actor.id, customer_id=second.id, purpose="sales")
    desk.board.refresh()  # what the board's 2 s poll does
    assert len(board_codes(desk)) == 3
    assert desk.board.selected_visit().code == a.code
    assert resets == []
    visits.check_out(actor.id, b.code)
    desk.board.refresh()
    assert b.code not in board_codes(desk)
    assert desk.board.selected_visit().code == a.code


def test_check_out_from_the_board(desk, actor, qtbot):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    desk.board.refresh()
    desk.board.onsite_table.selectRow(0)
    qtbot.keyClick(desk.board.onsite_table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: board_codes(desk) == [], timeout=WAIT_MS)  # no question first
    assert visits.visit_by_code(actor.id, visit.code).status is VisitStatus.DONE
    assert desk.status_text() == f"Checked out Emily Chen — {visit.code}"
    assert desk.undo_bar.is_offering()


def test_check_out_by_the_code_field_of_the_board(desk, actor, qtbot):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    desk.board.refresh()
    qtbot.keyClicks(desk.board.checkout_code, visit.code.lower().replace("-", ""))
    qtbot.keyClick(desk.board.checkout_code, Qt.Key.Key_Return)
    assert visits.visit_by_code(actor.id, visit.code).status is VisitStatus.DONE
    assert desk.board.checkout_code.text() == ""


def test_scanning_a_code_into_the_search_box_checks_out(desk, actor, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *_args: pytest.fail("asked"))
    customer = customers.register_customer(actor.id, name="张三")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    desk.board.refresh()
    box = desk.search_panel.search_box
    qtbot.keyClicks(box, visit.code)  # a scanner types, then Enter at once
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert visits.visit_by_code(actor.id, visit.code).status is VisitStatus.DONE
    assert board_codes(desk) == []
    assert box.text() == ""
    assert desk.status_text() == f"Checked out 张三 — {visit.code}"

    opened: list[str] = []  # the same slip again: a finished
    monkeypatch.setattr(
        feedback_dialog.FeedbackDialog,
        "exec",  # visit's feedback form
        lambda dialog: opened.append(dialog.visit.code) or 0,
    )
    qtbot.keyClicks(box, visit.code)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [visit.code]


def test_vip_and_problem_rows_stand_out(desk, actor):
    for name, category in (("Vera", "vip"), ("Paul", "problem"), ("Nina", "prospect")):
        c = customers.register_customer(actor.id, name=name, category=category)
        visits.check_in(actor.id, customer_id=c.id, purpose="sales")
    desk.board.refresh()
    model = desk.board.model
    backgrounds = [model.index(r, 2).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    fonts = [model.index(r, 2).data(Qt.ItemDataRole.FontRole) for r in range(3)]
    assert backgrounds[0] is not None and backgrounds[1] is not None
    assert backgrounds[0] != backgrounds[1]
    assert backgrounds[2] is None
    assert fonts[0].bold() and fonts[1].bold() and fonts[2] is None


def test_duration_is_live_without_resetting(desk, actor, qtbot):
    start = datetime(2024, 6, 30, 9, 0, tzinfo=UTC)
    clock.set_clock(lambda: start)
    customer = customers.register_customer(actor.id, name="Emily Chen")
    visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    desk.board.refresh()
    duration = desk.board.model.index(0, 6)
    assert duration.data() == "0 min"
    clock.set_clock(lambda: start + timedelta(minutes=65))
    with qtbot.waitSignal(desk.board.model.dataChanged) as changed:
        desk.board.model.tick()
    assert changed.args[0].column() == changed.args[1].column() == 6
    assert duration.data() == "1 h 05 min"


def test_a_narrow_board_hides_minor_columns_not_the_name(desk, actor, qtbot):
    from receptionist.ui.desk.onsite_model import COL_CODE, COL_DURATION, COL_NAME, COL_SINCE

    customer = customers.register_customer(actor.id, name="Bartholomew Fitzgerald")
    visits.check_in(actor.id, customer_id=customer.id, purpose="relationship")
    desk.board.refresh()
    table = desk.board.onsite_table
    desk.resize(1900, 800)
    desk.splitter.setSizes([400, 400, 1100])
    qtbot.waitUntil(lambda: not table.isColumnHidden(COL_SINCE), timeout=WAIT_MS)
    assert not table.isColumnHidden(COL_CODE)
    desk.resize(1280, 800)
    desk.splitter.setSizes([500, 400, 380])
    qtbot.waitUntil(lambda: table.isColumnHidden(COL_SINCE), timeout=WAIT_MS)
    assert not table.isColumnHidden(COL_NAME) and not table.isColumnHidden(COL_DURATION)
    assert table.columnWidth(COL_NAME) >= 16 * table.fontMetrics().averageCharWidth() - 1


def test_the_playbook_shows_the_customers_tier_standard_as_a_line_not_a_step(
    desk, actor, admin, qtbot
):
    from receptionist.services import tier_settings, tiers
    from tests.tiering import buy

    customer = customers.register_customer(actor.id, name="王芳", category="vip")
    buy(customer.id, "2025-05-01", 880_000)
    tiers.recompute(admin.id, "2025")
    tier_settings.save_service_standard(admin.id, "platinum", 14, True, "本人及家属", "")
    visits.check_in(actor.id, customer_id=customer.id, purpose="relationship")
    board = desk.board
    board.refresh()
    board.onsite_table.selectRow(0)
    steps = len(visits.playbook_for("vip", "relationship"))
    assert board.visit_playbook.count() == steps + 1
    line = board.visit_playbook.item(steps)
    assert (
        line.text() == "Platinum ★★★★★ (2025): contact every 14 days; holiday gifts for 本人及家属"
    )
    assert not line.flags() & Qt.ItemFlag.ItemIsUserCheckable
    board.refresh()  # a refresh re-ticks the steps and leaves the line alone
    assert not board.visit_playbook.item(steps).flags() & Qt.ItemFlag.ItemIsUserCheckable
