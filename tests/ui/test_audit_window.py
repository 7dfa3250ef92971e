"""The audit trail window: managers see it, receptionists do not; it fills lazily,
filters by staff member, action and record, and "Verify chain" names the first entry
changed behind the app's back (on both backends)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex

from receptionist.services import clock, staff
from receptionist.store import audit as trail
from receptionist.ui.audit.model import COL_ACTION, COL_RECORD, COL_WHO, AuditTrailModel
from receptionist.ui.audit.window import AuditTrailWindow
from receptionist.ui.common.context import DeskContext
from tests import staffing
from tests.store.test_audit_chain import behind_the_apps_back


@pytest.fixture
def manager(db, actor):
    return staffing.add("Manager Wu", "Reception", "manager")


@pytest.fixture
def manager_ctx(ctx, manager) -> DeskContext:
    return DeskContext(actor=manager, site=ctx.site, language="en")


def _entries(count: int, staff_id: int | None, action: str = "visit.check_in") -> None:
    start = clock.now() - timedelta(hours=1)
    trail.append_many(
        (start + timedelta(seconds=i), staff_id, action, "visit", i + 1, {"n": i})
        for i in range(count)
    )


def _window(qtbot, ctx) -> AuditTrailWindow:
    window = AuditTrailWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_audit_action_shows_for_a_manager_only(desk, ctx, manager):
    assert not desk.toolbar.audit_action.isVisible()
    _entries(3, manager.id)
    ctx.actor = manager
    ctx.signals.actor_changed.emit()
    assert desk.toolbar.audit_action.isVisible()
    desk.toolbar.audit_action.trigger()
    window = desk.audit_window
    assert window is not None and window.isVisible()
    assert window.model.rowCount() > 0
    ctx.actor = staff.list_staff(ctx.actor.id)[0]  # the receptionist signs in again
    assert ctx.actor.role == "receptionist"
    ctx.signals.actor_changed.emit()
    assert not desk.toolbar.audit_action.isVisible() and not window.isVisible()


def test_the_table_fills_page_by_page_and_filters(qtbot, manager_ctx, manager, host):
    _entries(230, host.id)
    _entries(3, manager.id, "customer.edit")
    window = _window(qtbot, manager_ctx)
    model = window.model
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() >= 233
    actions = [model.index(r, COL_ACTION).data() for r in range(model.rowCount())]
    # Translated words, newest first: the check-ins (up to 229 s) after the edits (2 s).
    assert actions.index("Checked in") < actions.index("Customer edited")
    assert actions.count("Checked in") == 230

    window.audit_staff.setCurrentIndex(window.audit_staff.findData(manager.name))
    actions = {model.index(r, COL_ACTION).data() for r in range(model.rowCount())}
    assert model.rowCount() == 3 and actions == {"Customer edited"}
    assert {model.index(r, COL_WHO).data() for r in range(3)} == {"Manager Wu"}

    window.audit_staff.setCurrentIndex(0)
    window.audit_action.setCurrentIndex(window.audit_action.findData("visit.check_in"))
    window.audit_record_id.setText("7")
    window.apply_filter()
    assert model.rowCount() == 1
    assert model.index(0, COL_RECORD).data() == "Visit 7"
    assert "Entries 1–1" in window.summary.text()


def test_a_fresh_model_passes_qts_model_tester(qtmodeltester, db, host):
    _entries(30, host.id)
    reader = staffing.add("Auditor", "", "manager").id
    model = AuditTrailModel(lambda: reader, page_size=10)
    model.refresh()
    qtmodeltester.check(model)


def _verify_finds_the_edited_entry(qtbot, ctx, db_url, backend) -> None:
    _entries(5, None)
    window = _window(qtbot, ctx)
    with qtbot.waitSignal(window._verifier.done, timeout=20_000):
        window.verify_chain()
    assert window.verdict is not None and window.verdict.ok
    assert window.verdict_label.text().startswith("The audit trail is intact")

    shown = [window.model.entry_at(row) for row in range(window.model.rowCount())]
    target = [e.id for e in shown if e.action == "visit.check_in"][2]
    with behind_the_apps_back(backend, db_url) as con:
        con.execute(f"UPDATE audit_entry SET details = '{{\"n\": 99}}' WHERE id = {target}")
    with qtbot.waitSignal(window._verifier.done, timeout=20_000):
        window.verify_button.click()
    assert window.verdict is not None and window.verdict.broken_id == target
    assert window.verdict_label.text() == (
        f"The audit trail was changed behind the app's back: entry {target} no longer "
        "matches what was written. Keep the database as it is and tell your administrator."
    )


def test_verify_chain_names_the_entry_edited_behind_the_apps_back(
    qtbot, manager_ctx, db_url, backend
):
    _verify_finds_the_edited_entry(qtbot, manager_ctx, db_url, backend)


@pytest.mark.postgresql_only
def test_verify_chain_on_a_server(qtbot, manager_ctx, db_url, backend):
    _verify_finds_the_edited_entry(qtbot, manager_ctx, db_url, backend)
