"""The lost-customer review window: the list after Detect, a review's last contacts, the
analysis making the owner's win-back task, closing, the report with Export, and who sees
what (the Manage menu with REPORTS; deciding with FOLLOW_UPS)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pytest

from receptionist.domain.enums import Role
from receptionist.services import clock, customers, lost
from receptionist.store.models import FollowUp
from receptionist.ui.common.context import DeskContext
from receptionist.ui.lost.window import LostWindow
from tests import staffing
from tests.tiering import buy

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def june_2026(db):
    clock.set_clock(lambda: datetime(2026, 6, 30, 9, tzinfo=UTC))
    yield
    clock.set_clock(None)


@pytest.fixture
def manager(db):
    return staffing.add("Mia Manager", "Sales", Role.MANAGER)


@pytest.fixture
def people(june_2026, manager):
    """Ann idle since 2025-01 (threshold); Bob bought last week."""
    ann = customers.register_customer(manager.id, name="Ann", phone="13900139000").id
    bob = customers.register_customer(manager.id, name="Bob", phone="13900139001").id
    buy(ann, "2024-06-01", 20_000)
    buy(ann, "2025-01-10", 30_000)
    buy(bob, "2026-06-23", 5_000)
    return {"Ann": ann, "Bob": bob}


def window(qtbot, who, site) -> LostWindow:
    win = LostWindow(DeskContext(actor=who, site=site, language="en"))
    qtbot.addWidget(win)
    return win


def cell(win: LostWindow, row: int, column: int) -> str:
    return win.reviews.table.item(row, column).text()


def test_detect_then_analyse_creates_the_owners_task_and_close(qtbot, people, manager, site):
    seller = staffing.add("Sam Seller", "Sales", Role.HOST)
    win = window(qtbot, manager, site)
    tab = win.reviews
    assert tab.table.rowCount() == 0
    tab.detect_button.click()
    assert "1 customer" in tab.message.text()
    assert tab.table.rowCount() == 1
    assert [cell(win, 0, c) for c in (0, 1, 2, 4)] == [
        "Ann",
        "2025-01-10",
        "No activity for too long",
        "Open",
    ]
    tab.table.selectRow(0)
    assert "Last purchase: 2025-01-10 (¥300.00)" in tab.contacts.text()
    assert "139 0013 9000" not in tab.contacts.text()  # masked in the list
    tab.competitor.setCurrentText("Rival Co")
    tab.reason.setCurrentIndex(tab.reason.findData("price"))
    tab.win_back.setChecked(True)
    tab.owner.setCurrentIndex(tab.owner.findData(seller.id))
    tab.analyse_button.click()
    assert "Sam Seller has a win-back task" in tab.message.text()
    task = FollowUp.get()
    assert (task.kind, task.assignee_id) == ("win_back", seller.id)
    assert cell(win, 0, 4) == "Analysed"
    tab.outcome.setText("Signed with the rival for two years")
    tab.lost_button.click()
    assert cell(win, 0, 4) == "Lost"
    assert not tab.analysis.isEnabled()  # closed: nothing more to decide
    reasons = win.report.by_reason
    assert [reasons.item(0, c).text() for c in range(4)] == ["Price", "1", "1", "¥500.00"]


def test_the_report_exports_to_a_file(qtbot, people, manager, site, tmp_path, monkeypatch):
    from receptionist.ui.common import ask

    lost.detect(manager.id)
    win = window(qtbot, manager, site)
    target = tmp_path / "report.csv"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(target))
    win.report.export_button.click()
    assert "Exported 2 rows" in win.report.status.text()
    with target.open(encoding="utf-8-sig") as handle:
        assert ["reason", "", "1", "1", "500.00"] in list(csv.reader(handle))


def test_a_reports_only_role_sees_the_list_but_may_not_decide(
    qtbot, people, manager, site, monkeypatch
):
    from receptionist.domain import roles

    lost.detect(manager.id)
    viewer = staffing.add("Vic Viewer", "Sales", Role.MANAGER)
    patched = frozenset({roles.Permission.REPORTS, roles.Permission.DESK})
    monkeypatch.setitem(roles.ROLE_PERMISSIONS, Role.MANAGER, patched)
    win = window(qtbot, viewer, site)
    assert win.reviews.table.rowCount() == 1
    assert not win.reviews.detect_button.isVisibleTo(win)
    win.reviews.table.selectRow(0)
    assert not win.reviews.analysis.isEnabled()
    assert not win.report.export_button.isVisibleTo(win)


def test_the_manage_menu_offers_lost_customers_with_reports(desk, ctx, manager):
    toolbar = desk.toolbar
    assert not toolbar.lost_action.isVisible()  # a receptionist
    ctx.actor = manager
    ctx.signals.actor_changed.emit()
    assert toolbar.lost_action.isVisible()
    toolbar.lost_action.trigger()
    first = desk.lost.window
    assert first is not None and first.isVisible()
    toolbar.lost_action.trigger()
    assert desk.lost.window is first
    desk.close()
    assert not first.isVisible()
