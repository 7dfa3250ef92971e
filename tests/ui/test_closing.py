"""Closing time at the desk: visitors still on site after it are listed (a non-modal
dialog once a day, a warning above the board until nobody is left), nobody is checked
out without a click, and planned visits of past days become no-shows."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from receptionist.domain.enums import VisitStatus
from receptionist.services import clock, customers, planning, settings, visits
from receptionist.ui.app import create_desk
from receptionist.ui.common import ask
from tests import staffing

from .expected_helpers import freeze_at, plan, today_at

pytestmark = pytest.mark.usefixtures("source_language")


def arrive(actor_id: int, name: str, host_id: int | None = None) -> str:
    customer = customers.register_customer(actor_id, name=name)
    return visits.check_in(actor_id, customer_id=customer.id, purpose="sales", host_id=host_id).code


def table_rows(dialog) -> list[list[str]]:
    table = dialog.closing_table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def closing_dialog(window):
    return window.findChild(QDialog, "closing_dialog")


@pytest.fixture
def after_closing(actor):
    """Closing time 18:00; it is 19:00 now."""
    settings.save_kiosk_settings(staffing.admin_id(), idle_seconds=60, closing_time=time(18, 0))
    return freeze_at(19, 0)


def test_before_closing_time_nothing_is_listed(desk, actor):
    freeze_at(17, 59)
    arrive(actor.id, "Emily Chen")
    desk.closing_banner.check()
    assert closing_dialog(desk) is None
    assert desk.closing_banner.isHidden()


def test_at_start_after_closing_the_list_opens_and_nothing_is_checked_out(
    qtbot, ctx, actor, host, after_closing
):
    first = arrive(actor.id, "Emily Chen", host.id)
    second = arrive(actor.id, "王芳")
    window = create_desk(ctx)
    qtbot.addWidget(window)
    window.show()  # the check at start

    dialog = closing_dialog(window)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert table_rows(dialog) == [
        ["Emily Chen", first, "19:00", "李经理"],
        ["王芳", second, "19:00", "—"],
    ]
    assert "18:00" in dialog.intro.text()
    banner = window.closing_banner
    assert banner.isVisible()
    assert banner.label.text() == "Closing time (18:00) has passed; still checked in: 2."
    dialog.later_button.click()
    assert not dialog.isVisible()
    assert [v.code for v in visits.on_site_board(actor.id)] == [first, second]
    window.close()


def test_the_dialog_opens_once_a_day_but_the_warning_stays_until_nobody_is_left(
    desk, actor, after_closing
):
    first = arrive(actor.id, "Emily Chen")
    second = arrive(actor.id, "王芳")
    desk.closing_banner.check()
    dialog = closing_dialog(desk)
    dialog.later_button.click()
    desk.closing_banner.check()  # the next minute
    assert not dialog.isVisible()
    assert desk.closing_banner.isVisible()

    visits.check_out(actor.id, first)  # at the board, say
    desk.ctx.signals.visits_changed.emit()
    assert desk.closing_banner.label.text().endswith("still checked in: 1.")
    visits.check_out(actor.id, second)
    desk.ctx.signals.visits_changed.emit()
    assert desk.closing_banner.isHidden()

    moment = clock.now() + timedelta(days=1)  # the next evening: again, once
    clock.set_clock(lambda: moment)
    arrive(actor.id, "Late Larry")
    desk.closing_banner.check()
    assert dialog.isVisible()


def test_check_out_selected_asks_first(desk, actor, monkeypatch, after_closing):
    first = arrive(actor.id, "Emily Chen")
    second = arrive(actor.id, "王芳")
    desk.closing_banner.check()
    dialog = closing_dialog(desk)
    dialog.closing_table.selectRow(1)
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or False)
    dialog.checkout_selected_button.click()
    assert len(visits.on_site_board(actor.id)) == 2

    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or True)
    dialog.checkout_selected_button.click()
    assert asked == ["Check out the selected visitors (1)?"] * 2
    assert visits.visit_by_code(actor.id, second).status is VisitStatus.DONE
    assert visits.visit_by_code(actor.id, first).status is VisitStatus.ON_SITE
    assert table_rows(dialog)[0][:2] == ["Emily Chen", first]
    assert len(table_rows(dialog)) == 1
    assert dialog.result_label.text() == "Checked out 1."
    assert dialog.isVisible()
    assert desk.board.model.rowCount() == 1
    dialog.later_button.click()  # QDialog.result() is the dialog's, not hidden by a label
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_check_out_all_listed(desk, actor, confirm_yes, after_closing):
    codes = [arrive(actor.id, "Emily Chen"), arrive(actor.id, "王芳")]
    desk.closing_banner.check()
    dialog = closing_dialog(desk)
    visits.check_out(actor.id, codes[0])  # another desk was quicker: fine
    dialog.checkout_all_button.click()
    assert confirm_yes == ["Check out all listed visitors (2)?"]
    assert visits.on_site_board(actor.id) == []
    assert not dialog.isVisible()
    assert desk.closing_banner.isHidden()


def test_planned_visits_of_past_days_become_no_shows(desk, actor):
    freeze_at(9, 0)
    visit = plan(actor.id, "Emily Chen", today_at(10, 0))
    moment = clock.now() + timedelta(days=1)
    clock.set_clock(lambda: moment)
    desk.closing_banner.check()
    assert planning.invitation(actor.id, visit.invite_code).status is VisitStatus.NO_SHOW


def test_an_earlier_days_forgotten_check_out_is_listed_in_the_morning(
    qtbot, ctx, actor, after_closing
):
    clock.set_clock(lambda: today_at(17, 0) - timedelta(days=1))  # yesterday afternoon
    forgotten = arrive(actor.id, "Emily Chen")
    freeze_at(9, 0)  # this morning, before closing
    today = arrive(actor.id, "王芳")
    window = create_desk(ctx)
    qtbot.addWidget(window)
    window.show()
    dialog = closing_dialog(window)
    assert dialog is not None and dialog.isVisible()
    assert [row[1] for row in table_rows(dialog)] == [forgotten]  # not today's visitor
    assert "earlier day" in dialog.intro.text()
    assert window.closing_banner.label.text() == "Still checked in from an earlier day: 1."
    assert {v.code for v in visits.on_site_board(actor.id)} == {forgotten, today}
    window.close()


def test_the_warning_counts_what_the_board_shows_at_each_refresh(desk, actor, after_closing):
    """Item 8 of issue 9: the warning lagged the board by up to a minute. Another desk (or
    the kiosk) checks visitors in and out; the board's two-second poll picks it up and
    the warning recounts in the same refresh."""
    first = arrive(actor.id, "Emily Chen")
    arrive(actor.id, "王芳")
    desk.closing_banner.check()
    closing_dialog(desk).later_button.click()
    banner = desk.closing_banner

    def counts() -> tuple[int, str]:
        return desk.board.model.rowCount(), banner.label.text()

    assert counts() == (2, "Closing time (18:00) has passed; still checked in: 2.")
    visits.check_out(actor.id, first)  # elsewhere: this desk hears nothing
    arrive(actor.id, "Late Larry")
    arrive(actor.id, "Lucy Wang")
    desk.board.refresh()  # the poll; no minute check in between
    assert counts() == (3, "Closing time (18:00) has passed; still checked in: 3.")
    for visit in visits.on_site_board(actor.id):
        visits.check_out(actor.id, visit.code)
    desk.board.refresh()
    assert desk.board.model.rowCount() == 0 and banner.isHidden()
