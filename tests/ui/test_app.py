"""Starting the desk: run() opens it locked, the sign-in screen saying who is at the desk."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from receptionist.services import auth
from receptionist.ui.app import create_desk

pytestmark = pytest.mark.usefixtures("source_language")


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


def test_run_opens_the_desk(db, db_path, actor, site, admin, monkeypatch, opened_desks):
    from receptionist.ui import app as desk_app

    windows = opened_desks
    monkeypatch.setattr(QApplication, "exec", lambda self: 7)
    assert desk_app.run(str(db_path), "en") == 7
    [window] = windows
    assert window.isVisible() and window.locked  # nobody has signed in yet
    assert not window.ctx.signed_in and window.ctx.language == "en"
    assert window.signin_screen.isVisible() and not window.splitter.isVisible()
    assert QApplication.applicationName() == "Receptionist"


def test_the_startup_probe_reports_once_the_search_box_has_focus(
    db, db_path, actor, site, admin, monkeypatch, qtbot, capsys, opened_desks
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
    assert QApplication.focusWidget() is windows[0].signin_screen.name_edit  # locked


def test_run_reads_the_board_once_the_search_box_has_focus(
    db, db_path, actor, site, admin, monkeypatch, qtbot, opened_desks
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
    with qtbot.waitActive(window):
        window.activateWindow()
    auth.set_secret(actor.id, actor.id, "2468")
    window.signin_screen.name_edit.setText(actor.name)
    window.signin_screen.secret_edit.setText("2468")
    window.signin_screen.sign_in()
    qtbot.waitUntil(lambda: window.loaded)
    assert QApplication.focusWidget() is window.search_panel.search_box
    assert [window.board.model.visit(0).code] == [here.code]
