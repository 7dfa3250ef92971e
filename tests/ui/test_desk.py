"""The desk window end to end: search as you type, register, check in, staff at the
desk, hotel wording and live language change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from receptionist.domain.enums import Flow, Purpose
from receptionist.services import auth, customers, settings, staff, visits
from receptionist.store.models import AuditEntry, Visit
from receptionist.ui.app import create_desk
from receptionist.ui.common.context import DeskContext
from tests import staffing

from .conftest import WAIT_MS, type_chinese

pytestmark = pytest.mark.usefixtures("source_language")


def hit_names(desk) -> list[str]:
    model = desk.search_panel.model
    return [model.hit(row).name for row in range(model.rowCount())]


def board_codes(desk) -> list[str]:
    model = desk.board.model
    return [model.visit(row).code for row in range(model.rowCount())]


def pick(desk, qtbot, text: str) -> None:
    """Type ``text`` (ASCII) in the search box, wait for hits, press Enter."""
    box = desk.search_panel.search_box
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: desk.search_panel.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.keyClick(box, Qt.Key.Key_Return)


# -- opening ---------------------------------------------------------------------------
def test_desk_opens_with_the_search_box_focused(desk, ctx):
    assert desk.objectName() == "desk_window"
    assert desk.windowTitle() == f"{ctx.site.site_name} — Receptionist"
    assert QApplication.focusWidget() is desk.search_panel.search_box
    for name in (
        "search_box",
        "search_results",
        "checkin_button",
        "onsite_table",
        "checkout_button",
        "checkout_code",
        "flow_combo",
        "host_combo",
        "actor_label",
        "lock_action_button",
        "visit_playbook",
        "playbook_preview",
        "party_size",
    ):
        widget = desk.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


# -- search ----------------------------------------------------------------------------
def test_search_as_you_type_finds_a_chinese_name(desk, actor, qtbot):
    customers.register_customer(actor.id, name="张三", phone="13812345678")
    customers.register_customer(actor.id, name="Emily Chen")
    type_chinese(desk.search_panel.search_box, "张三")
    qtbot.waitUntil(lambda: hit_names(desk) == ["张三"], timeout=WAIT_MS)
    index = desk.search_panel.model.index(0, 2)
    assert index.data() == "•••• 5678"


def test_pinyin_initials_find_a_chinese_name(desk, actor, qtbot):
    customers.register_customer(actor.id, name="张三")
    customers.register_customer(actor.id, name="李四")
    qtbot.keyClicks(desk.search_panel.search_box, "zs")
    qtbot.waitUntil(lambda: hit_names(desk) == ["张三"], timeout=WAIT_MS)


def test_no_match_hints_at_registering(desk, qtbot):
    qtbot.keyClicks(desk.search_panel.search_box, "nobody")
    qtbot.waitUntil(lambda: "Ctrl+N" in desk.search_panel.search_hint.text(), timeout=WAIT_MS)
    assert desk.search_panel.model.rowCount() == 0


def test_down_moves_into_the_list_and_enter_picks(desk, actor, qtbot):
    customers.register_customer(actor.id, name="Anna Lee")
    second = customers.register_customer(actor.id, name="Anna Smith")
    qtbot.keyClicks(desk.search_panel.search_box, "anna")
    qtbot.waitUntil(lambda: desk.search_panel.model.rowCount() == 2, timeout=WAIT_MS)
    table = desk.search_panel.search_results
    qtbot.keyClick(desk.search_panel.search_box, Qt.Key.Key_Down)
    assert table.hasFocus()
    row = desk.search_panel.model.row_of(second.id)
    table.selectRow(row)
    with qtbot.waitSignal(desk.search_panel.customer_selected) as picked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert picked.args == [second.id]
    assert desk.checkin_panel.customer.id == second.id


# -- registering -----------------------------------------------------------------------
def test_register_shows_the_error_next_to_the_phone_and_keeps_the_text(desk, qtbot):
    panel = desk.search_panel
    qtbot.keyClicks(panel.search_box, "12345")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = panel.register_form
    # a button's shortcut "animates" the click: it lands a moment later
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is form, timeout=WAIT_MS)
    assert form.phone_edit.text() == "12345"  # digits go to the phone
    type_chinese(form.name_edit, "刘洋")
    form.company_edit.setText("Acme")
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
    phone_error = form.errors["phone"]
    assert phone_error.isVisible() and "too short" in phone_error.text()
    assert not form.errors["name"].isVisible()
    assert (form.name_edit.text(), form.phone_edit.text(), form.company_edit.text()) == (
        "刘洋",
        "12345",
        "Acme",
    )
    assert customers.search(desk.ctx.actor.id, "刘洋").hits == ()

    form.phone_edit.setText("13812345678")
    with qtbot.waitSignal(panel.customer_selected) as picked:
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
    created = customers.get_customer(desk.ctx.actor.id, picked.args[0])
    assert (created.name, created.phone, created.company) == ("刘洋", "+8613812345678", "Acme")
    assert len(customers.search(desk.ctx.actor.id, "刘洋").hits) == 1  # one Enter, one customer
    assert desk.checkin_panel.customer.id == created.id
    assert panel.stack.currentIndex() == 0


def test_register_prefills_the_name_from_the_search_box(desk, qtbot):
    panel = desk.search_panel
    qtbot.keyClicks(panel.search_box, "Zoe")
    panel.new_customer_button.click()
    assert panel.register_form.name_edit.text() == "Zoe"
    assert panel.register_form.phone_edit.text() == ""
    qtbot.keyClick(panel.register_form.name_edit, Qt.Key.Key_Escape)
    assert panel.stack.currentIndex() == 0


# -- check-in --------------------------------------------------------------------------
def test_purpose_preselects_the_flow_by_rule(desk, actor, qtbot):
    new = customers.register_customer(actor.id, name="New Person")
    regular = customers.register_customer(actor.id, name="Regular Person", category="existing")
    earlier = visits.check_in(actor.id, customer_id=regular.id, purpose="sales")
    visits.check_out(actor.id, earlier.code)
    panel = desk.checkin_panel

    panel.set_customer(new.id)
    panel.purpose_buttons[Purpose.SALES].click()
    assert panel.flow_combo.currentData() == Flow.INITIAL
    panel.purpose_buttons[Purpose.COMPLAINT].click()
    assert panel.flow_combo.currentData() == Flow.COMPLAINT

    panel.set_customer(regular.id)
    assert panel.flow_combo.currentData() is None  # purpose not chosen yet
    panel.purpose_buttons[Purpose.AFTER_SALES].click()
    assert panel.flow_combo.currentData() == Flow.MAINTENANCE
    assert panel.flow_note.text() == "suggested"
    panel.flow_combo.setCurrentIndex(panel.flow_combo.findData(str(Flow.FOLLOW_UP)))
    assert "Maintenance" in panel.flow_note.text()
    panel.purpose_buttons[Purpose.SALES].click()
    assert panel.flow_combo.currentData() == Flow.FOLLOW_UP
    steps = [panel.playbook_preview.item(i).text() for i in range(panel.playbook_preview.count())]
    assert steps[0] == "1. Greet by name and review their purchases"


def test_check_in_with_enter_puts_the_visitor_on_the_board(desk, actor, host, qtbot):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    pick(desk, qtbot, "emily")
    panel = desk.checkin_panel
    assert panel.customer.id == customer.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.purpose() is Purpose.AFTER_SALES, timeout=WAIT_MS)
    panel.host_combo.setCurrentIndex(panel.host_combo.findData(host.id))
    panel.party_size.setValue(3)
    panel.note_edit.setText("Brought the receipt")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)

    [visit] = visits.on_site_board(actor.id)
    assert (visit.customer_id, visit.purpose, visit.host_id, visit.party_size, visit.note) == (
        customer.id,
        Purpose.AFTER_SALES,
        host.id,
        3,
        "Brought the receipt",
    )
    assert board_codes(desk) == [visit.code]
    assert desk.board.board_title.text() == "On site now (1)"
    name_cell = desk.board.model.index(0, 2).data()
    assert name_cell == "Emily Chen  ×3"
    assert desk.statusBar().currentMessage() == f"Checked in Emily Chen — {visit.code}"
    assert panel.customer is None
    assert QApplication.focusWidget() is desk.search_panel.search_box
    assert desk.search_panel.search_box.text() == ""


def test_check_in_without_purpose_explains_inline(desk, actor, qtbot):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.note_edit.setText("keep me")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.checkin_error.isVisible()
    assert "purpose" in panel.checkin_error.text()
    assert panel.note_edit.text() == "keep me"
    assert visits.on_site_board(actor.id) == []


def test_check_in_error_from_the_service_is_inline(desk, actor, host, qtbot):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.host_combo.setCurrentIndex(panel.host_combo.findData(host.id))
    panel.note_edit.setText("bring the brochure")
    staff.set_active(staffing.admin_id(), host.id, False)  # deactivated at another desk meanwhile
    panel.checkin_button.click()
    assert panel.checkin_error.text() == "The chosen host is unknown or inactive."
    assert panel.customer.id == customer.id
    assert panel.note_edit.text() == "bring the brochure"
    assert visits.on_site_board(actor.id) == []


def test_enter_in_the_host_field_checks_in_with_the_typed_host(desk, actor, host, qtbot):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.host_combo.lineEdit().setText(host.name)
    qtbot.keyClick(panel.host_combo.lineEdit(), Qt.Key.Key_Return)
    [visit] = visits.on_site_board(actor.id)
    assert visit.host_id == host.id


def test_an_unknown_host_is_refused_inline(desk, actor, qtbot):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.host_combo.lineEdit().setText("Nobody Known")
    panel.checkin_button.click()
    assert panel.checkin_error.isVisible() and "host" in panel.checkin_error.text()
    assert visits.on_site_board(actor.id) == []
    assert panel.host_combo.currentText() == "Nobody Known"


# -- the toolbar and the desk around ----------------------------------------------------
def test_switching_the_staff_member_at_the_desk(desk, ctx, actor, qtbot):
    """Lock, the next person signs in: what the desk does next is recorded under them."""
    other = staffing.add("Second Desk", "Reception", "receptionist")
    auth.set_secret(other.id, other.id, "2468")
    desk.toolbar.lock_action.trigger()
    assert desk.locked
    desk.signin_screen.name_edit.setText(other.name)
    desk.signin_screen.secret_edit.setText("2468")
    with qtbot.waitSignal(ctx.signals.actor_changed):
        desk.signin_screen.sign_in_button.click()
    assert ctx.actor.id == other.id and not desk.locked
    assert desk.actor_label.text() == other.name
    panel = desk.checkin_panel
    panel.set_customer(customers.register_customer(actor.id, name="By Rita").id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.checkin_button.click()
    (visit,) = visits.on_site_board(actor.id)
    entry = AuditEntry.get(AuditEntry.action == "visit.check_in")
    assert (entry.staff_id, entry.record_id) == (other.id, visit.id)
    assert Visit.get_by_id(visit.id).receptionist_id == other.id


def test_the_toolbar_hides_what_the_role_may_not_do(desk, ctx, host, qtbot):
    toolbar = desk.toolbar
    assert toolbar.visit_log_action.isVisible() and toolbar.find_action.isVisible()
    assert not toolbar.staff_action.isVisible()  # a receptionist manages no staff
    assert not toolbar.audit_action.isVisible()
    boss = staffing.add("Mona", "Reception", "manager")
    for person, staff_shown, desk_shown in ((boss, True, True), (host, False, False)):
        ctx.actor = person  # as the sign-in screen does
        ctx.signals.actor_changed.emit()
        assert toolbar.staff_action.isVisible() is staff_shown
        assert toolbar.audit_action.isVisible() is staff_shown
        assert toolbar.visit_log_action.isVisible() is desk_shown
        assert toolbar.change_category_action.isVisible() is desk_shown


def test_hotel_mode_asks_for_a_room_and_says_guest(desk, ctx, actor, qtbot):
    panel = desk.checkin_panel
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel.set_customer(customer.id)
    assert not panel.room_edit.isVisible()
    ctx.site = settings.save_site_settings(staffing.admin_id(), "Grand Hotel", True)
    ctx.signals.settings_changed.emit()
    assert panel.room_edit.isVisible()
    assert desk.windowTitle() == "Grand Hotel — Receptionist"
    assert desk.search_panel.title.text() == "Find a guest"
    assert desk.board.model.headerData(2, Qt.Orientation.Horizontal) == "Guest"
    panel.purpose_buttons[Purpose.RELATIONSHIP].click()
    panel.room_edit.setText("1208")
    panel.checkin_button.click()
    assert visits.on_site_board(actor.id)[0].room == "1208"
    model = desk.board.model
    assert model.columnCount() == 8
    assert model.index(0, 7).data() == "1208"


def test_change_category_opens_the_dialog_for_the_chosen_customer(desk, actor, monkeypatch):
    from receptionist.ui.desk import category_dialog as dialogs

    opened: list[int] = []
    monkeypatch.setattr(
        dialogs.CategoryDialog, "exec", lambda self: opened.append(self._customer_id) or 0
    )
    customer = customers.register_customer(actor.id, name="Emily Chen")
    assert not desk.change_category_action.isEnabled()
    desk.checkin_panel.set_customer(customer.id)
    desk._update_actions()
    assert desk.change_category_action.isEnabled()
    desk.change_category_action.trigger()
    desk.checkin_panel.change_category_button.click()
    assert opened == [customer.id, customer.id]


def test_customer_changed_refreshes_the_card(desk, ctx, actor):
    customer = customers.register_customer(actor.id, name="Emily Chen")
    desk.checkin_panel.set_customer(customer.id)
    assert desk.checkin_panel.customer_badge.text() == "Prospect"
    customers.change_category(actor.id, customer.id, "vip", "big order")
    ctx.signals.customer_changed.emit(customer.id)
    assert desk.checkin_panel.customer_badge.text() == "VIP"


def test_staff_changed_reloads_hosts(desk, ctx, actor):
    staffing.add("Tom Baker", "Sales", "host")
    ctx.signals.staff_changed.emit()
    assert desk.checkin_panel.host_combo.findText("Tom Baker") > 0


class _Shouting(QTranslator):
    """A translator that upper-cases two strings: enough to see a live retranslate."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if source in ("Check out", "Visit log"):
            return source.upper()
        if source == "On site now ({count})":
            return "ON SITE NOW ({count})"
        return None


def test_language_change_retranslates_the_desk(desk, qapp, qtbot):
    translator = _Shouting()
    qapp.installTranslator(translator)  # Qt posts LanguageChange to the window
    try:
        qtbot.waitUntil(lambda: desk.board.checkout_button.text() == "CHECK OUT", timeout=WAIT_MS)
        assert desk.visit_log_action.text() == "VISIT LOG"
        assert desk.board.board_title.text() == "ON SITE NOW (0)"
        assert desk.board.checkout_button.shortcut().toString() == "Ctrl+O"
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: desk.board.checkout_button.text() == "Check out", timeout=WAIT_MS)


def test_create_desk_for_a_chinese_context(qtbot, db, actor):
    ctx = DeskContext(actor=actor, site=settings.site_settings(), language="zh_CN")
    window = create_desk(ctx)
    qtbot.addWidget(window)
    customer = customers.register_customer(actor.id, name="李娜", category="vip")
    window.checkin_panel.set_customer(customer.id)
    window.checkin_panel.purpose_buttons[Purpose.SALES].click()
    assert window.checkin_panel.playbook_preview.item(0).text() == "1. 立即通知专属客户经理"


def test_a_visitor_already_on_site_cannot_be_checked_in_again(desk, actor, qtbot):
    here = customers.register_customer(actor.id, name="Olivia Park")
    visits.check_in(actor.id, customer_id=here.id, purpose="sales")
    panel = desk.checkin_panel
    panel.set_customer(here.id)
    assert not panel.checkin_button.isEnabled()
    assert "on site" in panel.checkin_error.text()
    visits.check_out(actor.id, visits.on_site_board(actor.id)[0].code)
    desk.checkin_panel._ctx.signals.visits_changed.emit()
    qtbot.waitUntil(panel.checkin_button.isEnabled, timeout=WAIT_MS)
    assert not panel.checkin_error.isVisible()
