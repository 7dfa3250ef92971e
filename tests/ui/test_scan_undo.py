"""One scan, one action, and Undo (issue 9, items 3 and 7): a visit code scanned into the
search box or the board's code field checks the visitor out at once, an invitation code
checks the invited visitor in at once; the status bar says so and offers Undo (Ctrl+Z),
which goes through the service. After an invited check-in the panel and the right column
show the new state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Purpose, VisitStatus
from receptionist.services import customers, planning, visits
from receptionist.store import audit
from receptionist.ui.common import ask
from receptionist.ui.desk.undo_bar import UNDO_MS

from .conftest import WAIT_MS
from .expected_helpers import freeze_at, plan, today_at
from .keys import press, type_text

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture(autouse=True)
def never_asked(monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *_args: pytest.fail("a question was asked"))


@pytest.fixture
def on_site(desk, actor):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    desk.board.refresh()
    return visit


def board_codes(desk) -> list[str]:
    return [desk.board.model.visit(r).code for r in range(desk.board.model.rowCount())]


def scan(desk, code: str) -> None:
    """A keyboard-wedge scanner: the code's keys and Enter, into whatever has the focus."""
    type_text(desk, code)
    press(desk, Qt.Key.Key_Return)


def test_a_scanned_slip_checks_out_and_ctrl_z_takes_it_back(desk, actor, on_site, qtbot):
    assert desk.search_panel.search_box.hasFocus()
    scan(desk, on_site.code)
    assert visits.visit_by_code(actor.id, on_site.code).status is VisitStatus.DONE
    assert board_codes(desk) == []
    assert desk.status_text() == f"Checked out Emily Chen — {on_site.code}"
    assert desk.undo_bar.undo_button.isVisible()
    assert desk.undo_bar.undo_button.text() == "Undo (Ctrl+Z)"

    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the box is empty
    back = visits.visit_by_code(actor.id, on_site.code)
    assert back.status is VisitStatus.ON_SITE and back.check_out_at is None
    assert board_codes(desk) == [on_site.code]
    assert desk.status_text() == f"Undone: Emily Chen is on site again — {on_site.code}"
    assert not desk.undo_bar.is_offering()
    entry = audit.entries("visit", on_site.id)[-1]
    assert (entry.action, entry.staff_id) == ("visit.undo_check_out", actor.id)


def test_the_board_code_field_checks_out_and_the_undo_button_takes_it_back(desk, on_site):
    desk.board.checkout_code.setFocus()
    scan(desk, on_site.code.lower())
    assert visits.visit_by_code(desk.ctx.actor.id, on_site.code).status is VisitStatus.DONE
    assert desk.board.checkout_code.text() == ""
    desk.undo_bar.undo_button.click()
    assert visits.visit_by_code(desk.ctx.actor.id, on_site.code).status is VisitStatus.ON_SITE
    assert board_codes(desk) == [on_site.code]


def test_ctrl_z_while_typing_undoes_the_typing_not_the_check_out(desk, on_site):
    scan(desk, on_site.code)
    type_text(desk, "emx")
    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.search_panel.search_box.text() != "emx"  # the line edit's own undo
    assert visits.visit_by_code(desk.ctx.actor.id, on_site.code).status is VisitStatus.DONE
    assert desk.undo_bar.is_offering()


def test_the_offer_goes_when_the_desk_says_something_else_or_after_a_minute(desk, on_site):
    scan(desk, on_site.code)
    bar = desk.undo_bar
    assert bar.is_offering() and bar._timer.isActive() and bar._timer.interval() == UNDO_MS
    desk.show_message("Something else happened.")
    assert not bar.is_offering() and not bar.isVisible()
    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert visits.visit_by_code(desk.ctx.actor.id, on_site.code).status is VisitStatus.DONE

    visits.check_in(actor_id=desk.ctx.actor.id, customer_id=on_site.customer_id, purpose="sales")
    desk.board.refresh()
    [again] = visits.on_site_board(desk.ctx.actor.id)
    scan(desk, again.code)
    assert bar.is_offering()
    bar._timer.timeout.emit()  # the minute is over
    assert not bar.is_offering()


def test_undo_too_late_says_why(desk, on_site):
    from receptionist.services import clock, undo

    scan(desk, on_site.code)
    later = clock.now() + undo.UNDO_WINDOW + timedelta(seconds=1)
    clock.set_clock(lambda: later)  # the db fixture puts the real clock back
    desk.undo_bar.undo_button.click()
    assert visits.visit_by_code(desk.ctx.actor.id, on_site.code).status is VisitStatus.DONE
    assert desk.status_text() == ("It is too late to undo this: more than 5 minutes have passed.")


def test_a_scanned_invitation_checks_in_and_ctrl_z_makes_them_expected_again(desk, actor):
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 30))
    desk.expected_panel.refresh()
    scan(desk, visit.invite_code)
    arrived = planning.invitation(actor.id, visit.invite_code)
    assert arrived.status is VisitStatus.ON_SITE
    assert desk.status_text() == f"Checked in Emily Chen — {arrived.code}"
    assert board_codes(desk) == [arrived.code] and desk.expected_panel.count() == 0

    press(desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    planned = planning.invitation(actor.id, visit.invite_code)
    assert planned.status is VisitStatus.PLANNED and planned.code == visit.invite_code
    assert board_codes(desk) == [] and desk.expected_panel.count() == 1
    assert desk.status_text() == (
        f"Undone: Emily Chen is expected again (invitation {visit.invite_code})"
    )
    assert audit.entries("visit", visit.id)[-1].action == "visit.undo_check_in"


def test_a_walk_in_check_in_offers_no_undo(desk, actor, qtbot):
    customer = customers.register_customer(actor.id, name="Tom Baker")
    desk.search_panel.pick_customer(customer.id)
    panel = desk.checkin_panel
    panel.purpose_buttons[Purpose.SALES].click()
    panel.checkin_button.click()
    assert desk.status_text().startswith("Checked in Tom Baker — ")
    assert not desk.undo_bar.is_offering()


# -- item 7: after an invited check-in the desk shows the new state ------------------------
@pytest.mark.parametrize("how", ["scan", "expected_button"])
def test_after_an_invited_check_in_the_panel_clears_and_the_board_shows(desk, actor, qtbot, how):
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 30))
    desk.expected_panel.refresh()
    desk.search_panel.pick_customer(visit.customer_id)  # the receptionist looked them up
    assert desk.checkin_panel.customer.id == visit.customer_id
    desk.show_expected()
    assert desk.right_tabs.currentWidget() is desk.expected_panel
    if how == "scan":
        desk.search_panel.focus_search(clear=True)
        scan(desk, visit.invite_code)
    else:
        desk.expected_panel.select_visit(visit.id)
        desk.expected_panel.expected_checkin_button.click()

    arrived = planning.invitation(actor.id, visit.invite_code)
    assert arrived.status is VisitStatus.ON_SITE
    panel = desk.checkin_panel
    assert panel.customer is None
    assert not panel.checkin_error.isVisible()  # no red "Already on site"
    assert desk.right_tabs.currentWidget() is desk.board
    assert desk.board.selected_visit().code == arrived.code
    qtbot.waitUntil(lambda: desk.search_panel.search_box.hasFocus(), timeout=WAIT_MS)
