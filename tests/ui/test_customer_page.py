"""The customer page: opened with Ctrl+I (on the customer chosen at the desk, a search
hit, the board) and from the visit log; one window per customer; edits saved with Ctrl+S,
a refusal shown next to its field with what was typed kept, another station's save named;
Esc asks before losing changes; a role without DESK never sees it. And the check-in
glance under the customer's name."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from receptionist.domain.enums import Purpose
from receptionist.services import archive, clock, complaints, customers, visits
from receptionist.store.models import TierResult, TierRun
from receptionist.ui.common import ask
from tests import staffing
from tests.ui.conftest import type_chinese

pytestmark = pytest.mark.usefixtures("source_language")


@pytest.fixture
def zhang(actor):
    return customers.register_customer(actor.id, name="张三", phone="13812345678", company="华为")


def open_with_ctrl_i(desk, qtbot, customer_id):
    desk.checkin_panel.set_customer(customer_id)
    qtbot.keyClick(desk, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    page = desk.customer_pages.page(customer_id)
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts only fire in the active window
    return page


def test_ctrl_i_opens_the_chosen_customers_page_once(desk, qtbot, zhang):
    page = open_with_ctrl_i(desk, qtbot, zhang.id)
    assert page.name_label.text() == "张三"
    assert page.category_badge.text() == "Prospect"
    assert page.tabs.tabText(0) == "Details"
    assert page.form.name_edit.text() == "张三"
    assert "value price and after-sales service" in page.form.expectation.text()
    assert not page.tier_label.isVisible()
    again = desk.open_customer_page(zhang.id)
    assert again is page  # raised, not a second window


def test_a_search_hit_and_the_board_open_the_page(desk, qtbot, zhang, host):
    search = desk.search_panel
    search.search_box.setText("张三")
    search.run_search()
    search.search_results.setFocus()
    search.search_results.selectRow(0)
    qtbot.keyClick(desk, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert desk.customer_pages.page(zhang.id) is not None
    desk.customer_pages.page(zhang.id).close()
    qtbot.waitUntil(lambda: desk.customer_pages.page(zhang.id) is None)
    visits.check_in(desk.ctx.actor.id, customer_id=zhang.id, purpose=Purpose.SALES, host_id=host.id)
    desk.board.refresh()
    desk.checkin_panel.clear()
    desk.board.onsite_table.setCurrentIndex(desk.board.model.index(0, 0))
    desk.board.onsite_table.selectRow(0)
    action = desk.board.onsite_table.findChild(
        type(desk.customer_page_action), "board_open_customer_action"
    )
    action.trigger()
    assert desk.customer_pages.page(zhang.id) is not None


def test_the_visit_log_opens_the_page_on_a_double_click(desk, qtbot, zhang, host):
    visits.check_in(desk.ctx.actor.id, customer_id=zhang.id, purpose=Purpose.SALES, host_id=host.id)
    desk.open_visit_log()
    log = desk.visit_log_window
    qtbot.waitUntil(lambda: log.model.rowCount() == 1)
    log.log_table.doubleClicked.emit(log.model.index(0, 0))
    assert desk.customer_pages.page(zhang.id) is not None


def test_an_edit_is_saved_with_ctrl_s(desk, qtbot, zhang, host):
    page = open_with_ctrl_i(desk, qtbot, zhang.id)
    form = page.form
    form.source_edit.setText("Trade fair")
    type_chinese(form.tags_edit, "绿茶，不走楼梯")
    form.manager_combo.setCurrentIndex(form.manager_combo.findData(host.id))
    form.consent_box.setChecked(True)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("business"))
    assert "delivery" in form.expectation.text()
    row = form.dates_editor.add_row()
    form.dates_editor.table.item(row, 2).setText("1980-03-13")
    assert page.unsaved
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = archive.customer_profile(desk.ctx.actor.id, zhang.id)
    assert saved.source == "Trade fair" and saved.preference_tags == ("绿茶", "不走楼梯")
    assert saved.account_manager_name == "李经理" and saved.contact_consent
    assert [(d.kind, d.month, d.day, d.year) for d in saved.special_dates] == [
        ("birthday", 3, 13, 1980)
    ]
    assert not page.unsaved and page.kind_label.text() == "Business"


def test_a_refusal_shows_next_to_its_field_and_keeps_what_was_typed(desk, qtbot, zhang):
    page = open_with_ctrl_i(desk, qtbot, zhang.id)
    form = page.form
    form.source_edit.setText("Website")
    row = form.dates_editor.add_row()
    form.dates_editor.table.item(row, 2).setText("02-30")
    assert not page.save()
    error = form.errors["special_dates"]
    assert error.isVisible() and "not a real day" in error.text()
    assert form.dates_editor.table.item(row, 2).text() == "02-30"
    assert form.source_edit.text() == "Website"
    assert archive.customer_profile(desk.ctx.actor.id, zhang.id).source == ""
    form.dates_editor.table.item(row, 2).setText("02-29")
    assert page.save() and not error.isVisible()


def test_another_stations_save_is_named(desk, qtbot, zhang, actor):
    page = open_with_ctrl_i(desk, qtbot, zhang.id)
    archive.save_profile(actor.id, zhang.id, zhang.row_version, source="Referral")
    page.form.source_edit.setText("Website")
    assert not page.save()
    assert "source" in page.message.text()
    assert "Another station saved: Referral" in page.form.errors["source"].text()
    assert page.form.source_edit.text() == "Website"  # what was typed is kept
    assert page.save()  # saving again overwrites theirs, on purpose
    assert archive.customer_profile(actor.id, zhang.id).source == "Website"


def test_esc_asks_before_losing_changes(desk, qtbot, zhang, monkeypatch):
    page = open_with_ctrl_i(desk, qtbot, zhang.id)
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda *args: asked.append(args) or False)
    page.form.notes_edit.setPlainText("call after 3pm")
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert asked and page.isVisible()
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.customer_pages.page(zhang.id) is None)


def test_a_role_without_desk_never_sees_it(desk, qtbot, zhang):
    desk.ctx.actor = staffing.add("Host Only", "", "host")
    desk.ctx.signals.actor_changed.emit()
    assert not desk.customer_page_action.isVisible()
    assert desk.customer_pages.open(zhang.id) is None


# -- the check-in glance ----------------------------------------------------------------


def test_the_glance_shows_what_matters_and_hides_when_empty(desk, zhang, actor, host):
    today = clock.local(clock.now()).date()
    run = TierRun.create(
        period="2025",
        starts_on=date(2025, 1, 1),
        ends_on=date(2025, 12, 31),
        computed_at=datetime(2026, 1, 2, tzinfo=UTC),
        customers=1,
        current=True,
    )
    TierResult.create(
        run=run,
        customer=zhang.id,
        revenue_cents=1,
        purchases=1,
        last_purchase_on=date(2025, 1, 1),
        rank=1,
        tier="gold",
        stars=4,
    )
    soon = date.fromordinal(today.toordinal() + 3)
    archive.save_profile(
        actor.id,
        zhang.id,
        zhang.row_version,
        preference_tags=["green tea", "no stairs"],
        special_dates=[{"kind": "birthday", "month": soon.month, "day": soon.day}],
        account_manager=host.id,
    )
    panel = desk.checkin_panel
    panel.set_customer(zhang.id)
    text = panel.glance.text()
    assert text == "Birthday in 3 days · Gold ★★★★☆ · AM: 李经理 · green tea, no stairs"
    assert panel.glance.isVisible()
    other = customers.register_customer(actor.id, name="李四")
    panel.set_customer(other.id)
    assert panel.glance.text() == "" and not panel.glance.isVisible()


def test_the_glance_puts_an_open_complaint_first_in_red(desk, zhang, actor):
    panel = desk.checkin_panel
    panel.set_customer(zhang.id)
    assert not panel.glance.isVisible()
    complaints.open_complaint(actor.id, zhang.id, "Late delivery", severity="urgent")
    panel.set_customer(zhang.id)
    assert panel.glance.text() == "⚠ Open complaint: Late delivery"
    assert panel.glance.isVisible() and "#fde2e2" in panel.glance.styleSheet()
    clock.set_clock(lambda: datetime.now(UTC) + timedelta(hours=2))  # not acknowledged
    try:
        panel.set_customer(zhang.id)
        assert panel.glance.text() == "⚠ Open complaint, overdue: Late delivery"
    finally:
        clock.set_clock(None)


def test_the_timeline_and_purchases_tabs_follow_a_first_purchase(qtbot, ctx, zhang, monkeypatch):
    from receptionist.ui.customer.page import CustomerPage

    monkeypatch.setattr(ask, "confirm", lambda *_args: True)  # yes, move to existing
    ctx.actor = staffing.add("Mia Manager", "Relations", "manager")
    page = CustomerPage(ctx, zhang.id)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Details", "Timeline", "Purchases"]
    page.tabs.setCurrentWidget(page.purchases)
    assert page.save_button.isHidden()  # Save is the details' (the purchases have Add)
    page.tabs.setCurrentIndex(0)
    assert not page.save_button.isHidden()
    before = page.timeline.model.rowCount()
    assert page.purchases is not None
    page.purchases.amount_edit.setText("1280.50")
    qtbot.mouseClick(page.purchases.add_button, Qt.MouseButton.LeftButton)
    # The purchase and the category change reach the timeline; the header follows.
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == before + 2)
    assert page.category_badge.text() == "Existing"


def test_a_receptionist_gets_the_timeline_but_no_purchases_tab(qtbot, ctx, zhang):
    from receptionist.ui.customer.page import CustomerPage

    page = CustomerPage(ctx, zhang.id)  # ctx: the receptionist at the desk
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Details", "Timeline"] and page.purchases is None
