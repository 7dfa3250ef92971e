"""Category change, settings (with the live language switch) and staff management."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from receptionist.domain.enums import Category, Role, SiteKind
from receptionist.services import auth, customers, settings, staff
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext
from receptionist.ui.desk.category_dialog import CategoryDialog
from receptionist.ui.settings.dialog import SettingsDialog
from receptionist.ui.settings.general_page import GeneralSettingsPage
from receptionist.ui.staff.dialog import COL_NAME, COL_SIGN_IN, StaffDialog, StaffModel
from receptionist.ui.visit_log.model import COL_CODE, COL_CUSTOMER
from receptionist.ui.visit_log.window import VisitLogWindow
from tests import staffing

from .conftest import type_chinese

H = Qt.Orientation.Horizontal


@pytest.fixture
def actor(db):
    """At the desk: an administrator (these tests save settings and manage staff)."""
    return staffing.add("Front desk", "Reception", "admin")


@pytest.fixture
def ctx(actor, site):
    return DeskContext(actor=actor, site=site, language="en")


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def customer(actor):
    return customers.register_customer(actor.id, name="张三", phone="13812345678")


# -- category ----------------------------------------------------------------------------
def test_category_change_is_recorded_with_reason(ctx, actor, customer, qtbot):
    dialog = CategoryDialog(ctx, customer.id)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "category_dialog"
    assert dialog.customer_name.text() == "张三"
    assert dialog.current_badge.text() == "Prospect"
    assert dialog.category_combo.currentData() != str(Category.PROSPECT)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(str(Category.VIP)))
    type_chinese(dialog.category_reason, "年度采购额超过一百万")
    with qtbot.waitSignal(ctx.signals.customer_changed) as changed:
        dialog.accept()
    assert changed.args == [customer.id]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert customers.get_customer(actor.id, customer.id).category is Category.VIP
    last = customers.category_history(actor.id, customer.id)[0]  # newest first
    assert (last.from_category, last.to_category) == (Category.PROSPECT, Category.VIP)
    assert last.reason == "年度采购额超过一百万"
    assert last.staff_name == actor.name


def test_history_is_shown(ctx, actor, customer, qtbot):
    customers.change_category(actor.id, customer.id, "existing", "Bought a car")
    dialog = CategoryDialog(ctx, customer.id)
    qtbot.addWidget(dialog)
    table = dialog.category_history
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows[0][1:] == [actor.name, "Prospect → Existing", "Bought a car"]  # newest first
    assert rows[1][1:] == [actor.name, "— → Prospect", "Registered"]


def test_empty_reason_shows_the_error_and_keeps_the_dialog(ctx, customer, qtbot):
    dialog = CategoryDialog(ctx, customer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("vip"))
    dialog.category_reason.setText("   ")
    with qtbot.assertNotEmitted(ctx.signals.customer_changed):
        dialog.accept()
    assert dialog.isVisible()
    assert dialog.reason_error.isVisible()
    assert dialog.reason_error.text() == "Please give a reason for the change."
    assert dialog.category_combo.currentData() == "vip"
    assert dialog.category_reason.text() == "   "
    assert customers.get_customer(ctx.actor.id, customer.id).category is Category.PROSPECT
    assert len(customers.category_history(ctx.actor.id, customer.id)) == 1


def test_same_category_error_is_next_to_the_combo(ctx, customer, qtbot):
    dialog = CategoryDialog(ctx, customer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("prospect"))
    dialog.category_reason.setText("no change")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.category_error.isVisible()
    assert dialog.category_error.text() == "The customer already has this category."
    assert not dialog.reason_error.isVisible()


# -- settings ----------------------------------------------------------------------------
def general(dialog: SettingsDialog) -> GeneralSettingsPage:
    return dialog.page(GeneralSettingsPage)


def test_the_tabs_are_the_registered_pages_in_order(ctx, qtbot):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == [  # an admin's
        "General", "Printing", "Kiosk", "Tiers", "Complaints", "Follow-ups", "Messages",
        "Database", "Backups"
    ]  # fmt: skip
    names = [dialog.tabs.widget(i).objectName() for i in range(dialog.tabs.count())]
    assert names == [
        "general_settings_page",
        "print_settings_page",
        "kiosk_settings_page",
        "tiers_settings_page",
        "complaints_settings_page",
        "followups_settings_page",
        "messages_settings_page",
        "database_settings_page",
        "backups_settings_page",
    ]


def test_language_names_are_in_their_own_language(ctx, qtbot):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = general(dialog).language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["简体中文", "English"]
    assert combo.currentData() == "en"


def test_switch_to_chinese_retranslates_open_widgets(ctx, qapp, qtbot):
    log = VisitLogWindow(ctx)
    qtbot.addWidget(log)
    assert log.purpose_label.text() == "&Purpose"
    assert log.model.headerData(COL_CODE, H) == "Code"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = general(dialog)
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh_CN"))
    with qtbot.waitSignal(ctx.signals.settings_changed):
        dialog.accept()
    qapp.processEvents()  # Qt posts LanguageChange to every top-level widget
    assert ctx.language == "zh_CN"
    assert i18n.saved_language() == "zh_CN"
    assert log.purpose_label.text() == "目的(&P)"
    assert log.windowTitle() == "接待记录"
    assert log.model.headerData(COL_CODE, H) == "编号"
    assert log.log_purpose.itemText(0) == "全部"
    assert log.log_purpose.itemText(1) == "销售接待"
    assert page.language_label.text() == "语言(&L)"
    assert dialog.tabs.tabText(0) == "常规"

    back = SettingsDialog(ctx)
    qtbot.addWidget(back)
    assert back.windowTitle() == "设置"
    back_page = general(back)
    back_page.language_combo.setCurrentIndex(back_page.language_combo.findData("en"))
    back.accept()
    qapp.processEvents()
    assert ctx.language == "en"
    assert i18n.saved_language() == "en"
    assert log.purpose_label.text() == "&Purpose"
    assert log.log_purpose.itemText(1) == "Sales"


def test_site_settings_are_saved_and_hotel_wording_applies(ctx, qtbot):
    log = VisitLogWindow(ctx)
    qtbot.addWidget(log)
    assert log.model.headerData(COL_CUSTOMER, H) == "Visitor"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = general(dialog)
    page.site_name_edit.clear()
    type_chinese(page.site_name_edit, "外滩酒店")
    page.site_kind_combo.setCurrentIndex(page.site_kind_combo.findData("hotel"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.site_settings() == ctx.site
    assert (ctx.site.site_name, ctx.site.site_kind, ctx.site.hotel_mode) == (
        "外滩酒店",
        SiteKind.HOTEL,
        True,
    )
    assert log.model.headerData(COL_CUSTOMER, H) == "Guest"
    assert ctx.language == "en"


def test_the_kinds_of_site_are_offered_and_the_saved_one_is_chosen(ctx, actor, qtbot):
    ctx.site = settings.save_site_settings(staffing.admin_id(), "Star Motors", SiteKind.SHOWROOM)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = general(dialog).site_kind_combo
    kinds = [combo.itemText(i) for i in range(combo.count())]
    assert kinds == ["Office", "Showroom or sales centre", "Hotel"]
    assert combo.currentData() == "showroom"
    assert general(dialog).site_name_edit.text() == "Star Motors"


def test_empty_site_name_is_refused_inline(ctx, qtbot):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    page = general(dialog)
    page.site_name_edit.setText("")
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh_CN"))
    dialog.tabs.setCurrentIndex(2)
    with qtbot.assertNotEmitted(ctx.signals.settings_changed):
        dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is page
    assert page.error_labels["site_name"].text() == "Site name is required."
    assert ctx.language == "en"
    assert i18n.saved_language() is None
    assert settings.site_settings().site_name == ctx.site.site_name


def test_a_site_name_too_long_is_said_with_its_limit(ctx, qtbot):
    page = GeneralSettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    page.site_name_edit.setMaxLength(1000)  # as if pasted past the field's own limit
    page.site_name_edit.setText("x" * (settings.SITE_NAME_MAX + 1))
    [problem] = page.check()
    assert problem.field == "site_name"
    assert problem.text() == f"Site name is longer than {settings.SITE_NAME_MAX} characters."


# -- staff -------------------------------------------------------------------------------
def test_staff_model_passes_qtmodeltester(actor, host, qtmodeltester):
    staffing.add("Amy", "Service", "manager")
    model = StaffModel()
    model.reload(actor.id)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_add_staff(ctx, qtbot):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    before = dialog.model.rowCount()
    type_chinese(dialog.staff_name, "王芳")
    dialog.staff_department.setText("Service")
    dialog.staff_role.setCurrentIndex(dialog.staff_role.findData(str(Role.MANAGER)))
    with qtbot.waitSignal(ctx.signals.staff_changed):
        dialog.add_button.click()
    added = [s for s in staff.list_staff(ctx.actor.id) if s.name == "王芳"]
    assert len(added) == 1 and added[0].role is Role.MANAGER
    assert added[0].department == "Service"
    assert dialog.model.rowCount() == before + 1
    assert dialog.selected() == added[0]
    assert dialog.staff_name.text() == ""


def test_duplicate_staff_name_keeps_the_text(ctx, host, qtbot):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.staff_name, host.name)
    with qtbot.assertNotEmitted(ctx.signals.staff_changed):
        dialog.add_staff()
    assert dialog.staff_error.isVisible()
    assert dialog.staff_error.text() == "A staff member with this name already exists."
    assert dialog.staff_name.text() == host.name


def test_deactivate_and_activate(ctx, host, qtbot):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select_staff(host.id)
    assert dialog.toggle_button.isEnabled()
    assert dialog.toggle_button.text() == "&Deactivate"
    with qtbot.waitSignal(ctx.signals.staff_changed):
        dialog.toggle_button.click()
    assert host.id not in [s.id for s in staff.list_staff(ctx.actor.id, active_only=True)]
    row = dialog.model.row_of(host.id)
    assert dialog.model.index(row, 3).data() == "Inactive"
    assert dialog.selected().id == host.id
    assert dialog.toggle_button.text() == "Ac&tivate"
    dialog.toggle_button.click()
    assert host.id in [s.id for s in staff.list_staff(ctx.actor.id, active_only=True)]


def test_the_acting_staff_member_cannot_be_deactivated(ctx, actor, host, qtbot):
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select_staff(actor.id)
    assert dialog.model.index(dialog.model.row_of(actor.id), COL_NAME).data() == actor.name
    assert not dialog.toggle_button.isEnabled()
    assert dialog.toggle_note.text()
    dialog.toggle_selected()
    assert actor.id in [s.id for s in staff.list_staff(actor.id, active_only=True)]


def _png(path, width=40, height=20) -> bytes:
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e40af"))
    image.save(str(path), "PNG")
    return path.read_bytes()


def test_a_logo_is_chosen_previewed_and_saved(ctx, qtbot, tmp_path, monkeypatch):
    from receptionist.ui.common import ask

    png = _png(tmp_path / "logo.png")
    monkeypatch.setattr(ask, "open_file", lambda *args: str(tmp_path / "logo.png"))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = general(dialog)
    assert not page.logo_remove_button.isEnabled()
    page.choose_logo()
    assert page.logo_preview.pixmap() is not None and not page.logo_preview.pixmap().isNull()
    assert settings.site_logo() is None  # nothing saved before Save
    dialog.accept()
    assert settings.site_logo() == png


def test_a_file_that_is_not_a_png_is_refused_next_to_the_logo(ctx, qtbot, tmp_path, monkeypatch):
    from receptionist.ui.common import ask

    (tmp_path / "logo.png").write_text("not an image")
    monkeypatch.setattr(ask, "open_file", lambda *args: str(tmp_path / "logo.png"))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    page = general(dialog)
    page.choose_logo()
    assert page.error_labels["logo"].isVisible()
    assert page.error_labels["logo"].objectName() == "logo_error"
    assert page.error_labels["logo"].text() == "The logo must be a PNG image."
    dialog.accept()
    assert settings.site_logo() is None


def test_the_logo_can_be_removed(ctx, actor, qtbot, tmp_path):
    settings.set_site_logo(staffing.admin_id(), _png(tmp_path / "logo.png"))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert general(dialog).logo_remove_button.isEnabled()
    general(dialog).remove_logo()
    dialog.accept()
    assert settings.site_logo() is None


# -- passwords and PINs ------------------------------------------------------------------
def staff_dialog_as_admin(ctx, admin, qtbot):
    ctx.actor = admin
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_staff_list_shows_who_can_sign_in(ctx, admin, actor, host, qtbot):
    rita = staffing.add("Rita", "Reception", "receptionist")
    auth.set_secret(admin.id, rita.id, "2468")
    dialog = staff_dialog_as_admin(ctx, admin, qtbot)
    signs_in = {
        dialog.model.index(row, COL_NAME).data(): dialog.model.index(row, COL_SIGN_IN).data()
        for row in range(dialog.model.rowCount())
    }
    assert signs_in == {
        admin.name: "Password",
        rita.name: "PIN",
        actor.name: "Cannot sign in yet",  # nothing set yet
        host.name: "Cannot sign in yet",
    }


def test_a_pin_set_in_the_staff_list_signs_in(ctx, admin, qtbot):
    rita = staffing.add("Rita", "Reception", "receptionist")
    dialog = staff_dialog_as_admin(ctx, admin, qtbot)
    dialog.select_staff(rita.id)
    qtbot.keyClicks(dialog.secret_edit, "97531")
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Return)
    assert not dialog.secret_error.isVisible() and dialog.secret_edit.text() == ""
    row = dialog.model.row_of(rita.id)
    assert dialog.model.index(row, COL_SIGN_IN).data() == "PIN"
    assert auth.sign_in(rita.name, "97531").id == rita.id


def test_a_manager_cannot_have_a_pin(ctx, admin, actor, qtbot, table_counts):
    manager = staff.add_staff(admin.id, "Max Manager", "Reception", "manager")
    dialog = staff_dialog_as_admin(ctx, admin, qtbot)
    dialog.select_staff(manager.id)
    before = table_counts()
    dialog.secret_edit.setText("1234")
    dialog.secret_button.click()
    assert dialog.secret_error.isVisible()
    assert dialog.secret_error.text() == (
        "Only receptionists may sign in with a PIN; this role needs a password."
    )
    assert table_counts() == before
    dialog.secret_edit.setText("max manager 1")  # a password is fine
    dialog.secret_button.click()
    assert not dialog.secret_error.isVisible()
    assert auth.sign_in("Max Manager", "max manager 1").id == manager.id


def test_the_idle_lock_is_set_in_general_settings(ctx, admin, qtbot):
    ctx.actor = admin
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    field = general(dialog).lock_minutes
    assert field.value() == 5  # the default
    field.setValue(0)
    assert field.text() == "Never"
    with qtbot.waitSignal(ctx.signals.settings_changed):
        dialog.accept()
    assert settings.desk_lock_minutes() == 0


def test_a_receptionist_saving_settings_leaves_the_lock_time_alone(ctx, qtbot):
    """Only an admin may change it; other settings still save when it is unchanged."""
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    general(dialog).site_name_edit.setText("Renamed Office")
    dialog.accept()
    assert settings.site_settings().site_name == "Renamed Office"
    assert settings.desk_lock_minutes() == 5
