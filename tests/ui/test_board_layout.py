"""The board at 1280 x 800 and the one green button (issue 9, item 11): at least 15 full
rows of visitors on site, the playbook pane giving way; exactly one primary button in
every state of the check-in panel, the register form and the expected list."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from receptionist.domain.enums import Purpose
from receptionist.services import customers, settings, visits
from receptionist.ui.common import i18n
from tests import staffing

from .conftest import WAIT_MS
from .expected_helpers import freeze_at, plan, today_at
from .keys import press, type_text

pytestmark = pytest.mark.usefixtures("source_language")

MIN_ROWS = 15


def full_rows(table) -> int:
    """Rows whose whole height is inside the table's viewport."""
    viewport = table.viewport().rect()
    model = table.model()
    return sum(
        1
        for row in range(model.rowCount())
        if viewport.contains(table.visualRect(model.index(row, 0)))
    )


@pytest.fixture
def busy_board(desk, actor):
    """22 visitors on site, the desk at 1280 x 800 with its default columns."""
    for number in range(22):
        customer = customers.register_customer(actor.id, name=f"Visitor Number {number:02d}")
        visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    desk.resize(1280, 800)
    desk.splitter.setSizes([380, 330, 570])
    desk.board.refresh()
    return desk


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_15_rows_fit_at_1280_by_800_with_the_playbook_and_the_closing_warning(
    busy_board, actor, qapp, qtbot, lang
):
    desk = busy_board
    table = desk.board.onsite_table
    if lang != "en":
        i18n.switch_language(qapp, lang)
        qtbot.waitUntil(lambda: desk.board.checkout_button.text() == "签退", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: full_rows(table) >= MIN_ROWS, timeout=WAIT_MS)
    assert not desk.board.visit_playbook.isVisible()  # nothing selected: no empty pane

    desk.board.select_code(visits.on_site_board(actor.id)[3].code)  # its playbook shows
    steps = desk.board.visit_playbook
    qtbot.waitUntil(lambda: steps.isVisible() and steps.count() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: full_rows(table) >= MIN_ROWS, timeout=WAIT_MS)

    settings.save_kiosk_settings(staffing.admin_id(), idle_seconds=60, closing_time=time(18, 0))
    freeze_at(19, 0)  # after closing: the warning above the board takes its line
    desk.closing_banner.check()
    desk.closing_banner.dialog.close()
    assert desk.closing_banner.isVisible()
    qtbot.waitUntil(lambda: full_rows(table) >= MIN_ROWS, timeout=WAIT_MS)
    row_height = table.rowHeight(0)
    assert row_height >= table.fontMetrics().height() + 4  # compact, not cramped
    # The playbook is readable: its steps are not squeezed to nothing either.
    assert steps.height() >= 3 * steps.fontMetrics().lineSpacing()


def primaries(desk) -> list[str]:
    return [
        b.objectName()
        for b in desk.findChildren(QPushButton)
        if b.property("role") == "primary" and b.isVisibleTo(desk)
    ]


def test_exactly_one_green_button_in_every_state(desk, actor, qtbot):
    freeze_at(9, 0)
    plan(actor.id, "Tom Baker", today_at(10, 0))
    desk.expected_panel.refresh()
    emily = customers.register_customer(actor.id, name="Emily Chen")
    panel = desk.checkin_panel

    def only(name: str | None) -> None:
        qtbot.waitUntil(lambda: primaries(desk) == ([name] if name else []), timeout=WAIT_MS)

    only(None)  # at start nobody is chosen: the day at a glance, no button to press
    desk.search_panel.pick_customer(emily.id)
    only("checkin_button")
    press(desk, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the expected list
    qtbot.waitUntil(lambda: desk.expected_panel.expected_table.hasFocus(), timeout=WAIT_MS)
    only("expected_checkin_button")
    assert desk.expected_panel.expected_checkin_button.isEnabled()
    panel.purpose_buttons[Purpose.SALES].setFocus()  # back in the check-in panel
    only("checkin_button")
    desk.right_tabs.setCurrentWidget(desk.board)
    desk.search_panel.focus_search(clear=True)
    type_text(desk, "Lucy")
    press(desk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the register form
    only("reg_save")
    press(desk, Qt.Key.Key_Escape)  # cancelled
    qtbot.waitUntil(lambda: desk.search_panel.stack.currentIndex() == 0, timeout=WAIT_MS)
    desk.search_panel.search_box.setFocus()
    only("checkin_button")  # Emily is still chosen
    panel.purpose_buttons[Purpose.SALES].click()
    panel.checkin_button.click()  # checked in: the panel shows the day again
    only(None)
    assert panel.today_panel.isVisible()
