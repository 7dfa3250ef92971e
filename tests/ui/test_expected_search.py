"""An invitation code typed or scanned into the desk's search box: the expected visitor
is checked in after a question, or the status bar says why not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import VisitStatus
from receptionist.services import clock, planning, visits
from receptionist.ui.common import ask

from .expected_helpers import freeze_at, plan, today_at

pytestmark = pytest.mark.usefixtures("source_language")


def scan(desk, qtbot, text: str) -> None:
    """A scanner types the code and Enter at once (faster than the search debounce)."""
    box = desk.search_panel.search_box
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_scanned_invitation_checks_the_visitor_in_at_once(desk, actor, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *_args: pytest.fail("asked"))
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 30))
    desk.expected_panel.refresh()
    scan(desk, qtbot, visit.invite_code.lower().replace("-", ""))  # any spelling

    arrived = planning.invitation(actor.id, visit.invite_code)
    assert arrived.status is VisitStatus.ON_SITE
    assert desk.search_panel.search_box.text() == ""
    assert desk.status_text() == f"Checked in Emily Chen — {arrived.code}"
    assert desk.undo_bar.is_offering()
    assert desk.board.selected_visit().code == arrived.code
    assert desk.expected_panel.count() == 0


def test_the_hint_says_what_enter_will_do(desk, actor, qtbot):
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 30))
    desk.search_panel.search_box.setText(visit.invite_code)
    desk.search_panel.run_search()
    assert desk.search_panel.search_hint.text() == "Enter checks in Emily Chen, expected at 10:30."


@pytest.mark.parametrize("case", ["used", "cancelled", "other_day", "no_show", "unknown"])
def test_an_invitation_that_cannot_be_used_today_says_why(desk, actor, qtbot, case):
    freeze_at(9, 0)
    when = today_at(10, 30) + timedelta(days=1 if case in ("other_day", "no_show") else 0)
    visit = plan(actor.id, "Emily Chen", when)
    code = visit.invite_code
    day = when.date().isoformat()
    if case == "used":
        arrived = planning.check_in_expected(actor.id, visit.id)
        expected = (
            f"The invitation {code} was already used: Emily Chen checked in at "
            f"{clock.local(arrived.check_in_at):%H:%M}."
        )
    elif case == "cancelled":
        planning.cancel_planned(actor.id, visit.id)
        expected = f"The visit of Emily Chen ({code}) was cancelled."
    elif case == "other_day":
        expected = f"Emily Chen is expected on {day} at 10:30, not today ({code})."
    elif case == "no_show":  # two days later, the day is over
        moment = clock.now() + timedelta(days=2)
        clock.set_clock(lambda: moment)
        assert planning.mark_no_shows() == 1
        expected = f"Emily Chen did not come on {day}; the invitation {code} has expired."
    else:
        code = "I-2345-6789" if code != "I-2345-6789" else "I-9876-5432"
        expected = "No visit has this invitation code; check the code on the invitation."
    before = [(v.code, v.status) for v in visits.on_site_board(actor.id)]

    scan(desk, qtbot, code)

    assert desk.statusBar().currentMessage() == expected
    assert not desk.undo_bar.is_offering()
    assert [(v.code, v.status) for v in visits.on_site_board(actor.id)] == before
