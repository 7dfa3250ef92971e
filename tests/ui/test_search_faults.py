"""The desk's search box when the world changed under it: the receptionist was made
inactive at another desk (a message, no crash), and the desk closing while a search
waits for the typing to pause (the search is dropped, it never runs on a closed desk)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from receptionist.services import staff

pytestmark = pytest.mark.usefixtures("source_language")


def test_a_receptionist_made_inactive_elsewhere_is_told_not_crashed(desk, actor, admin, qtbot):
    staff.set_active(admin.id, actor.id, False)  # at another desk, a moment ago
    box = desk.search_panel.search_box
    qtbot.keyClicks(box, "Wang")
    desk.search_panel.run_search()  # what the debounce timer does
    assert "choose who is at the desk" in desk.status_text()
    assert desk.search_panel.model.rowCount() == 0
    assert box.text() == "Wang"  # what was typed is kept


def test_a_search_waiting_for_the_typing_to_pause_dies_with_the_desk(desk, qtbot):
    qtbot.keyClicks(desk.search_panel.search_box, "Wa")
    qtbot.keyClick(desk.search_panel.search_box, Qt.Key.Key_Backspace)
    assert desk.search_panel._debounce.isActive()
    desk.close()
    assert not desk.search_panel._debounce.isActive()
