"""Duplicates…: managers see the action; the dialog lists candidate pairs with their
reasons, shows the chosen pair side by side, merges after a confirmation that says what
moves, and shows a refusal next to the buttons."""

from __future__ import annotations

import pytest

from receptionist.services import customers, visits
from receptionist.ui.archive.duplicates_dialog import DuplicatesDialog
from receptionist.ui.common import ask
from receptionist.ui.common.context import DeskContext
from tests import staffing


@pytest.fixture
def manager(db, actor):
    return staffing.add("Manager Wu", "Reception", "manager")


@pytest.fixture
def manager_ctx(ctx, manager) -> DeskContext:
    return DeskContext(actor=manager, site=ctx.site, language="en")


@pytest.fixture
def twins(actor, host):
    keep = customers.register_customer(actor.id, name="张伟", phone="13812345678", company="Acme")
    other = customers.register_customer(actor.id, name="章伟", phone="13812345679")
    visit = visits.check_in(actor.id, customer_id=other.id, purpose="sales", host_id=host.id)
    visits.check_out(actor.id, visit.code)
    return keep, other


def _dialog(qtbot, ctx) -> DuplicatesDialog:
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


def test_the_action_shows_with_the_archive_permission_only(desk, ctx, manager, monkeypatch):
    toolbar = desk.toolbar
    assert not toolbar.duplicates_action.isVisible()  # a receptionist
    opened = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: opened.append(self) or 0)
    ctx.actor = manager
    ctx.signals.actor_changed.emit()
    assert toolbar.duplicates_action.isVisible()
    toolbar.duplicates_action.trigger()
    assert len(opened) == 1 and opened[0].objectName() == "duplicates_dialog"


def test_the_dialog_lists_compares_and_merges(qtbot, manager_ctx, twins, monkeypatch):
    keep, other = twins
    dialog = _dialog(qtbot, manager_ctx)
    table = dialog.pairs_table
    assert table.rowCount() == 1
    assert "张伟" in table.item(0, 0).text() and "章伟" in table.item(0, 1).text()
    assert table.item(0, 2).text() == "name sounds the same, similar phone"
    compare = dialog.compare
    assert compare.keep_choice["name"].text() == "张伟"
    assert compare.other_choice["phone"].text() == "138 1234 5679"
    assert compare.plain["visits"][1].text() == "1"
    assert not compare.other_choice["kind"].isEnabled()  # the same on both
    compare.other_choice["phone"].click()
    assert compare.take() == {"phone": "other"}

    asked = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or True)
    assert dialog.merge_chosen()
    assert f"Merge 章伟 (#{other.id}) into 张伟 (#{keep.id})" in asked[0]
    assert "1 visit" in asked[0]
    qtbot.waitUntil(lambda: not dialog.loading)
    assert table.rowCount() == 0 and dialog.status.text() == "No duplicates found."
    kept = customers.get_customer(manager_ctx.actor.id, keep.id)
    assert (kept.phone, kept.visit_count) == ("+8613812345679", 1)


def test_cancel_merges_nothing_and_a_refusal_is_shown(qtbot, manager_ctx, twins, monkeypatch):
    keep, other = twins
    dialog = _dialog(qtbot, manager_ctx)
    monkeypatch.setattr(ask, "confirm", lambda *_a: False)
    assert not dialog.merge_chosen()
    for who in (keep, other):
        visits.check_in(manager_ctx.actor.id, customer_id=who.id, purpose="sales")
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    assert not dialog.merge_chosen()
    assert dialog.error.isVisibleTo(dialog)
    assert "Both customers have a visit on site" in dialog.error.text()
    assert customers.get_customer(manager_ctx.actor.id, other.id).id == other.id


def test_keep_the_other_one_swaps_the_sides(qtbot, manager_ctx, twins):
    keep, other = twins
    dialog = _dialog(qtbot, manager_ctx)
    dialog.swap_button.click()
    assert dialog.compare.keep_choice["name"].text() == "章伟"
    assert dialog.compare.keep_title.text() == f"Keep #{other.id}"
