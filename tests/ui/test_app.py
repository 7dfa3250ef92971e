"""Starting the desk: who is at the desk (remembered, asked, or added first) and run()."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from receptionist.domain.errors import Refused
from receptionist.services import staff
from receptionist.ui.app import create_desk
from receptionist.ui.common import labels
from receptionist.ui.staff import picker as staff_picker
from tests import staffing

from .conftest import type_chinese

pytestmark = pytest.mark.usefixtures("source_language")


def test_one_staff_member_is_chosen_without_asking(db, actor, monkeypatch):
    monkeypatch.setattr(staff_picker.StaffPickerDialog, "exec", lambda self: pytest.fail("asked"))
    assert staff_picker.choose_actor() == actor
    assert staff_picker.remembered_actor_id() == actor.id


def test_the_remembered_staff_member_is_chosen_without_asking(db, actor, host, monkeypatch):
    staff_picker.remember_actor(host.id)
    monkeypatch.setattr(staff_picker.StaffPickerDialog, "exec", lambda self: pytest.fail("asked"))
    assert staff_picker.choose_actor() == host


def test_the_picker_adds_nobody_without_a_signed_in_manager(db, monkeypatch, qtbot):
    def exec_(dialog):
        qtbot.addWidget(dialog)
        assert dialog.staff_list.count() == 0
        type_chinese(dialog.new_staff_name, "王丽")
        dialog.add()
        assert dialog.error.text() == labels.error_text(Refused("sign_in_required"))
        return staff_picker.QDialog.DialogCode.Rejected

    monkeypatch.setattr(staff_picker.StaffPickerDialog, "exec", exec_)
    assert staff_picker.choose_actor() is None
    assert staff.list_staff() == []


@pytest.fixture
def opened_desks(monkeypatch, qtbot) -> list:
    """The desk windows ``app.run`` creates (each closed by qtbot after the test)."""
    from receptionist.ui import app as desk_app

    windows = []

    def create(ctx, deferred=False):
        window = create_desk(ctx, deferred)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    monkeypatch.setattr(desk_app, "create_desk", create)
    return windows


def test_run_opens_the_desk(db, db_path, actor, site, monkeypatch, opened_desks):
    from receptionist.ui import app as desk_app

    windows = opened_desks
    monkeypatch.setattr(QApplication, "exec", lambda self: 7)
    assert desk_app.run(str(db_path), "en") == 7
    [window] = windows
    assert window.isVisible()
    assert window.ctx.actor == actor and window.ctx.language == "en"
    assert QApplication.applicationName() == "Receptionist"


def test_the_picker_offers_a_receptionist_first(db, actor, host, qtbot):
    staffing.add("Aaron Host", "Sales", "host")  # sorts before "Front desk"
    dialog = staff_picker.StaffPickerDialog(staff.list_staff())
    qtbot.addWidget(dialog)
    assert dialog.selected() == actor


def test_the_startup_probe_reports_once_the_search_box_has_focus(
    db, db_path, actor, site, monkeypatch, qtbot, capsys, opened_desks
):
    """The cold-start benchmark's hook: one JSON line when the desk is ready, then quit."""
    import json
    import time

    from receptionist.ui import app as desk_app

    windows, quits = opened_desks, []
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    monkeypatch.setenv(desk_app.STARTUP_PROBE, "1")
    started = time.time()
    assert desk_app.run(str(db_path), "en") == 0
    windows[0].activateWindow()
    qtbot.waitUntil(lambda: bool(quits))
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert started <= report["ready_at"] <= report["loaded_at"] <= time.time()
    assert report["peak_rss_kb"] > 0
    assert QApplication.focusWidget() is windows[0].search_panel.search_box


def test_run_reads_the_board_once_the_search_box_has_focus(
    db, db_path, actor, site, monkeypatch, qtbot, opened_desks
):
    """The first frame is the search box; who is on site is read right after it (cold
    start), and nothing is missing once it has been."""
    from datetime import datetime, time

    from receptionist.services import clock, customers, visits
    from receptionist.ui import app as desk_app

    morning = datetime.combine(datetime.now().date(), time(10)).astimezone()
    clock.set_clock(lambda: morning)  # before closing time: no closing list in the way
    here = visits.check_in(
        actor.id,
        customer_id=customers.register_customer(actor.id, name="Li Lei").id,
        purpose="sales",
    )
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert desk_app.run(str(db_path), "en") == 0
    [window] = opened_desks
    assert not window.loaded and window.board.model.rowCount() == 0  # the first frame
    window.activateWindow()
    qtbot.waitUntil(lambda: window.loaded)
    assert QApplication.focusWidget() is window.search_panel.search_box
    assert [window.board.model.visit(0).code] == [here.code]
