"""The customer page's purchases tab on its own: the summary, the list, the "Add
purchase" form (errors next to the field, typed text kept), the first-purchase question,
correcting and deleting with a reason, and what each role sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from receptionist.services import customers, purchases
from receptionist.ui.common import ask
from receptionist.ui.common.context import DeskContext
from receptionist.ui.customer.purchases_model import COL_AMOUNT, PurchasesModel
from receptionist.ui.customer.purchases_view import PurchasesView
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def manager(db):
    return staffing.add("Mona Manager", "Sales", "manager")


@pytest.fixture
def prospect(actor):
    return customers.register_customer(actor.id, name="Emily Chen", phone="13900139000")


@pytest.fixture
def view(qtbot, ctx, manager, prospect):
    widget = PurchasesView(DeskContext(actor=manager, site=ctx.site))
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    widget.show_customer(prospect.id)
    return widget


def amounts(view: PurchasesView) -> list[str]:
    return [view.model.index(r, COL_AMOUNT).data() for r in range(view.model.rowCount())]


def test_a_bad_amount_is_shown_next_to_the_field_and_the_text_kept(qtbot, view, prospect):
    qtbot.keyClicks(view.amount_edit, "12.345")
    qtbot.keyClicks(view.note_edit, "tea set")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    error = view.error_labels["amount"]
    assert error.isVisible() and "at most two decimals" in error.text()
    assert (view.amount_edit.text(), view.note_edit.text()) == ("12.345", "tea set")
    assert view.model.rowCount() == 0
    view.date_edit.setDate(QDate(2999, 1, 1))
    view.amount_edit.setText("5")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.error_labels["date"].isVisible() and not error.isVisible()


def test_a_first_purchase_asks_and_yes_moves_the_prospect(qtbot, view, prospect, monkeypatch):
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda _p, title, _t: asked.append(title) or True)
    view.amount_edit.setText("1280.50")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert asked == ["Move to existing customer?"]
    assert amounts(view) == ["¥1,280.50"] and view.amount_edit.text() == ""
    assert "¥1,280.50 in total" in view.summary_label.text()  # plural: the .qm
    moved = customers.get_customer(view.ctx.actor.id, prospect.id)
    assert moved.category == "existing"
    reasons = [c.reason for c in customers.category_history(view.ctx.actor.id, prospect.id)]
    assert sorted(reasons) == ["First purchase", "registered"]
    view.amount_edit.setText("10")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # not the first any more


def test_no_leaves_the_prospect_a_prospect(qtbot, view, prospect, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *_a: False)
    view.amount_edit.setText("99")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert customers.get_customer(view.ctx.actor.id, prospect.id).category == "prospect"


def test_correct_and_delete_the_chosen_row_with_a_reason(qtbot, view, prospect, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *_a: False)
    for amount in ("1000", "20"):
        view.amount_edit.setText(amount)
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert not view.correct_button.isEnabled()
    answers = iter(["100", "typed a zero too many"])
    monkeypatch.setattr(ask, "text", lambda *_a: next(answers))
    view.table.selectRow(1)  # the older one: 1000
    qtbot.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    assert sorted(amounts(view)) == ["¥100.00", "¥20.00"]
    monkeypatch.setattr(ask, "text", lambda *_a: "wrong customer")
    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert len(amounts(view)) == 1
    assert purchases.purchase_summary(view.ctx.actor.id, prospect.id).count == 1


def test_a_receptionist_sees_neither_amounts_nor_the_form(qtbot, ctx, prospect):
    desk = PurchasesView(ctx)
    qtbot.addWidget(desk)
    desk.show()
    desk.show_customer(prospect.id)
    assert not desk.form_box.isVisible() and not desk.table.isVisible()
    assert "shown to managers" in desk.summary_label.text()


def test_the_model_passes_qts_checks(qtmodeltester, manager, prospect, fixed_today):
    for amount in ("1", "2", "3"):
        purchases.record_purchase(manager.id, prospect.id, fixed_today, amount)
    model = PurchasesModel(manager.id, page_size=2)
    model.show_customer(prospect.id, "CNY")
    qtmodeltester.check(model)


@pytest.fixture
def fixed_today():
    from receptionist.services import clock

    return clock.local(clock.now()).date()
