"""The kiosk window, driven as a visitor would: walk-in in English and in Chinese, an
invited visitor, check-out, idle reset, leaving with the staff PIN, and nothing of another
customer's stored data on any screen."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from receptionist.domain.enums import Station
from receptionist.services import clock, customers, kiosk, notifications, planning, settings
from receptionist.services import visits as visit_service
from receptionist.services.checkout_codes import checkout_code
from receptionist.store import customers as customer_store
from receptionist.ui.common import i18n
from receptionist.ui.kiosk import window as kiosk_window
from tests import staffing
from tests.ui.conftest import WAIT_MS, type_chinese

PIN = "2468"


@pytest.fixture
def printed(monkeypatch):
    """The slip printer: the codes sent to it; set ``ok`` False for a printer fault."""

    class Printer:
        ok = True
        codes: list[str] = []

        def __call__(self, code, _checkout_code, lang):
            self.codes.append((code, lang))
            return self.ok

    printer = Printer()
    printer.codes = []
    monkeypatch.setattr(kiosk_window, "print_slip", printer)
    return printer


@pytest.fixture
def make_kiosk(qtbot, qapp, actor, host, printed, source_language):
    settings.save_kiosk_settings(
        staffing.admin_id(), idle_seconds=60, closing_time=time(18), pin=PIN
    )
    made = []

    def make(language="en"):
        if language != "en":
            i18n.install_translators(qapp, language)
        window = kiosk_window.KioskWindow(language)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window._may_close = True  # let pytest-qt close it


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    assert button.height() >= 48, button.objectName()  # touch-sized
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        type_chinese(edit, text)


def screen_text(window) -> str:
    """Every text the visitor can see right now."""
    page = window.current_page()
    parts = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
    parts += [w.text() for w in page.findChildren(QLineEdit) if w.isVisible()]
    lists = page.findChildren(kiosk_window.pages.QListWidget)
    parts += [lst.item(i).text() for lst in lists for i in range(lst.count())]
    return "\n".join(parts)


def walk_in(qtbot, window, name, phone, company="", purpose="sales", host_name=None):
    click(qtbot, window.welcome.walk_in_button)
    fill(qtbot, window.details.name.edit, name)
    fill(qtbot, window.details.phone.edit, phone)
    fill(qtbot, window.details.company.edit, company)
    click(qtbot, window.details.next_button)
    assert window.current_page() is window.purpose
    click(qtbot, window.purpose.buttons[kiosk_window.pages.Purpose(purpose)][0])
    assert window.current_page() is window.host
    if host_name is None:
        click(qtbot, window.host.no_host_button)
    else:
        fill(qtbot, window.host.search.edit, host_name)
        assert window.host.list.count() == 1
        window.host.list.itemClicked.emit(window.host.list.item(0))
    assert window.current_page() is window.privacy
    assert not window.privacy.confirm_button.isEnabled()  # consent first
    window.privacy.consent.setChecked(True)
    click(qtbot, window.privacy.confirm_button)


def test_walk_in_check_in_in_english(qtbot, make_kiosk, printed, host):
    window = make_kiosk("en")
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    walk_in(qtbot, window, "Anna Lee", "13700137000", "Lee & Co", "after_sales", "李")
    assert window.current_page() is window.done
    shown = window.done.code.text()  # the slip's long code, the one to check out with
    visit = visit_service.visit_by_code(staffing.desk_id(), shown)
    code = visit.code
    assert shown == checkout_code(code)
    assert (visit.customer_name, visit.customer_company, str(visit.purpose)) == (
        "Anna Lee",
        "Lee & Co",
        "after_sales",
    )
    assert (visit.host_name, visit.station, str(visit.status)) == (
        "李经理",
        Station.KIOSK,
        "on_site",
    )
    assert printed.codes == [(code, "en")]
    text = screen_text(window)
    assert "You are checked in" in text
    # The host has no e-mail or chat channel: only the desk's list learns of the arrival,
    # and the kiosk says no more than that.
    assert "The front desk will let 李经理 know you are here" in text
    assert "李经理 has been told" not in text and "telling" not in text
    assert "printing" in text
    assert [n.visit_code for n in notifications.unseen_notifications(staffing.desk_id())] == [code]


def test_walk_in_check_in_in_chinese_after_switching_language(qtbot, make_kiosk, printed):
    window = make_kiosk("en")
    click(qtbot, window.language_button)
    assert window.language == "zh_CN"
    qtbot.waitUntil(lambda: window.welcome.walk_in_button.text() == "我没有预约", timeout=WAIT_MS)
    assert window.language_button.text() == "English"
    walk_in(qtbot, window, "王小明", "13600136000", "明日科技", "relationship")
    assert window.current_page() is window.done
    text = screen_text(window)
    assert "签到成功" in text and "前台已收到您到访的通知" in text
    visit = visit_service.visit_by_code(staffing.desk_id(), window.done.code.text())
    assert (visit.customer_name, visit.customer_company, visit.host_name) == (
        "王小明",
        "明日科技",
        None,
    )
    assert printed.codes[-1][1] == "zh_CN"  # the slip in their language


def test_every_screen_has_the_language_switch(qtbot, make_kiosk):
    window = make_kiosk("zh_CN")
    for page in window.pages:
        window.show_page(page)
        assert window.language_button.isVisible()
        assert window.language_button.text() == "English"


def test_invited_visitor_checks_in_by_code(qtbot, make_kiosk, actor, host, printed):
    vip = customers.register_customer(
        actor.id, name="欧阳娜娜", phone="13900139000", category="vip"
    )
    customer_store.update(customer_store.get(vip.id), title="总经理")
    expected = clock.now() + timedelta(minutes=30)
    if clock.local(expected).date() != clock.local(clock.now()).date():
        expected = clock.now()
    planned = planning.plan_visit(
        actor.id, customer_id=vip.id, purpose="after_sales", expected_at=expected, host_id=host.id
    )
    window = make_kiosk("zh_CN")
    click(qtbot, window.welcome.invited_button)
    fill(qtbot, window.code_page.field.edit, planned.invite_code.lower())
    click(qtbot, window.code_page.next_button)
    assert window.current_page() is window.invitation_page
    text = screen_text(window)
    assert "欧阳总经理" in text and "李经理" in text
    assert "娜娜" not in text and "13900139000" not in text
    click(qtbot, window.invitation_page.next_button)
    window.privacy.consent.setChecked(True)
    click(qtbot, window.privacy.confirm_button)
    assert window.current_page() is window.done
    visit = planning.invitation(actor.id, planned.invite_code)
    assert str(visit.status) == "on_site"
    assert window.done.code.text() == checkout_code(visit.code)  # the long form the kiosk takes
    [note] = notifications.unseen_notifications(actor.id)
    assert note.urgent and note.visit_code == visit.code


def test_a_wrong_code_is_explained_and_kept(qtbot, make_kiosk):
    window = make_kiosk("en")
    click(qtbot, window.welcome.invited_button)
    fill(qtbot, window.code_page.field.edit, "I-2345-6789")
    click(qtbot, window.code_page.next_button)
    assert window.current_page() is window.code_page
    assert "do not know this invitation code" in window.code_page.field.error.text()
    assert window.code_page.field.text() == "I-2345-6789"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "This invitation has already been used. Please see the front desk."),
        ("zh_CN", "此邀请码已使用过，请到前台办理。"),
    ],
)
def test_a_used_invitation_sends_the_visitor_to_the_front_desk(
    qtbot, make_kiosk, actor, language, said
):
    """The visitor's words, not the desk's ("...or is no longer valid."): one sentence of
    the catalogue chosen by the kiosk."""
    customer = customers.register_customer(actor.id, name="Anna Lee")
    planned = planning.plan_visit(
        actor.id, customer_id=customer.id, purpose="sales", expected_at=clock.now()
    )
    planning.check_in_expected(actor.id, planned.id)
    window = make_kiosk(language)
    click(qtbot, window.welcome.invited_button)
    fill(qtbot, window.code_page.field.edit, planned.invite_code)
    click(qtbot, window.code_page.next_button)
    assert window.current_page() is window.code_page
    assert window.code_page.field.error.text() == said


def test_details_errors_show_next_to_the_field_and_keep_the_input(qtbot, make_kiosk, table_counts):
    window = make_kiosk("en")
    before = table_counts()
    click(qtbot, window.welcome.walk_in_button)
    fill(qtbot, window.details.name.edit, "Anna Lee")
    fill(qtbot, window.details.phone.edit, "12")
    click(qtbot, window.details.next_button)
    assert window.current_page() is window.details
    assert window.details.phone.error.isVisible()
    assert window.details.name.text() == "Anna Lee" and window.details.phone.text() == "12"
    assert table_counts() == before


def test_check_out_at_the_kiosk_by_slip_code(qtbot, make_kiosk, printed):
    receipt = kiosk.check_in_walk_in(
        name="Anna Lee", phone="13700137000", purpose="sales", host_id=None, consent=True
    )
    window = make_kiosk("en")
    click(qtbot, window.welcome.leave_button)
    fill(qtbot, window.code_page.field.edit, receipt.code)  # the short code alone
    qtbot.keyClick(window.code_page.field.edit, Qt.Key.Key_Return)
    assert window.current_page() is window.code_page
    assert "Type the whole code from your slip" in window.code_page.field.error.text()
    assert str(visit_service.visit_by_code(staffing.desk_id(), receipt.code).status) == "on_site"
    window.code_page.field.edit.clear()
    fill(qtbot, window.code_page.field.edit, receipt.checkout_code)
    qtbot.keyClick(window.code_page.field.edit, Qt.Key.Key_Return)
    assert window.current_page() is window.goodbye
    assert str(visit_service.visit_by_code(staffing.desk_id(), receipt.code).status) == "done"


def test_no_printer_completes_the_visit_and_shows_the_code_large(qtbot, make_kiosk, printed):
    printed.ok = False
    window = make_kiosk("en")
    walk_in(qtbot, window, "Anna Lee", "13700137000")
    assert window.current_page() is window.done
    assert window.done.code.property("role") == "code_large"
    assert "could not be printed" in window.done.print_note.text()
    assert (
        str(visit_service.visit_by_code(staffing.desk_id(), window.done.code.text()).status)
        == "on_site"
    )


def test_idle_time_returns_to_welcome_and_clears_everything(qtbot, make_kiosk):
    window = make_kiosk("en")
    click(qtbot, window.language_button)  # a visitor chose 中文
    click(qtbot, window.welcome.walk_in_button)
    fill(qtbot, window.details.name.edit, "Anna Lee")
    fill(qtbot, window.details.phone.edit, "13700137000")
    click(qtbot, window.details.next_button)
    assert window.current_page() is window.purpose
    window._idle.setInterval(150)
    window._idle.start()
    qtbot.waitUntil(lambda: window.current_page() is window.welcome, timeout=WAIT_MS)
    assert window.entry == kiosk_window.Entry()
    assert window.details.name.text() == "" and window.details.phone.text() == ""
    assert window.language == "en"  # back to the kiosk's own
    assert not window._idle.isActive()  # the welcome page waits


def test_touching_the_screen_keeps_the_visitor_on_their_page(qtbot, make_kiosk):
    window = make_kiosk("en")
    click(qtbot, window.welcome.walk_in_button)
    # Whatever the machine's load: let part of the wait pass, then type; the wait starts
    # again from the top (a coarse timer is within 5 %, so 800 ms is far from 1000 - 300).
    window._idle.setTimerType(Qt.TimerType.PreciseTimer)
    window._idle.start(1000)
    qtbot.waitUntil(lambda: window._idle.remainingTime() < 700, timeout=WAIT_MS)
    qtbot.keyClicks(window.details.name.edit, "a")  # typing is activity
    assert window._idle.isActive() and window._idle.remainingTime() > 800
    assert window.current_page() is window.details


def test_the_kiosk_cannot_be_closed_without_the_staff_pin(qtbot, make_kiosk):
    window = make_kiosk("en")
    assert window.close() is False and window.isVisible()  # Alt+F4, the WM's close
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    click(qtbot, window.staff_button)
    assert window.current_page() is window.pin
    for key in "1111":
        click(qtbot, window.pin.pad.findChild(QAbstractButton, f"kiosk_pin_digit_{key}"))
    click(qtbot, window.pin.ok_button)
    assert window.isVisible() and window.pin.field.error.text() == "Wrong PIN."
    assert window.pin.field.text() == ""
    for key in PIN:
        click(qtbot, window.pin.pad.findChild(QAbstractButton, f"kiosk_pin_digit_{key}"))
    click(qtbot, window.pin.ok_button)
    assert not window.isVisible()


def test_repeated_wrong_pins_lock_the_exit(qtbot, make_kiosk):
    window = make_kiosk("en")
    click(qtbot, window.staff_button)
    for _ in range(5):
        fill(qtbot, window.pin.field.edit, "0000")
        qtbot.keyClick(window.pin.field.edit, Qt.Key.Key_Return)
    until = clock.local(kiosk.exit_locked_until()).strftime("%H:%M")
    said = f"Too many wrong PINs. Try again after {until}."
    assert window.pin.field.error.text() == said
    fill(qtbot, window.pin.field.edit, PIN)
    qtbot.keyClick(window.pin.field.edit, Qt.Key.Key_Return)
    assert window.isVisible() and window.pin.field.error.text() == said
    click(qtbot, window.pin.cancel_button)
    click(qtbot, window.staff_button)  # asked again while locked: says so at once
    assert window.pin.field.error.text() == said


def test_no_stored_data_of_another_customer_is_reachable(qtbot, make_kiosk, actor, printed):
    other = customers.register_customer(
        actor.id, name="王建国", phone="13900139000", company="星辰汽车", category="vip"
    )
    customer_store.update(
        customer_store.get(other.id), title="总经理", notes="喜欢绿茶", email="wang@example.com"
    )
    visit_service.check_in(
        actor.id,
        customer_id=customers.register_customer(
            actor.id, name="Helen Wilson", phone="13500135000"
        ).id,
        purpose="sales",
    )
    secrets = (
        "王",
        "建国",
        "总经理",
        "星辰",
        "绿茶",
        "wang@",
        "Helen",
        "Wilson",
        "VIP",
        "13500135000",
        "0143",
    )
    window = make_kiosk("en")
    seen = []
    # Someone types another customer's phone with their own name.
    click(qtbot, window.welcome.walk_in_button)
    fill(qtbot, window.details.name.edit, "Mallory Evans")
    fill(qtbot, window.details.phone.edit, "13900139000")
    click(qtbot, window.details.next_button)
    seen.append(screen_text(window))
    click(qtbot, window.purpose.buttons[kiosk_window.pages.Purpose.SALES][0])
    seen.append(screen_text(window))  # the host page: staff only
    click(qtbot, window.host.no_host_button)
    window.privacy.consent.setChecked(True)
    click(qtbot, window.privacy.confirm_button)
    seen.append(screen_text(window))
    # Every page, and every searchable thing on it.
    for page in window.pages:
        window.show_page(page)
        seen.append(screen_text(window))
    everything = "\n".join(seen)
    for secret in secrets:
        assert secret not in everything, secret
    # The host search lists staff, never visitors.
    window.show_page(window.host)
    fill(qtbot, window.host.search.edit, "Helen")
    assert window.host.list.count() == 0


def test_wang_wu_with_wang_daweis_phone_is_greeted_by_nothing_of_his(
    qtbot, make_kiosk, actor, printed
):
    person = customers.register_customer(
        actor.id, name="王大伟", phone="13900139000", company="星辰汽车", category="vip"
    )
    customer_store.update(customer_store.get(person.id), title="总经理")
    window = make_kiosk("en")
    seen = []
    click(qtbot, window.welcome.walk_in_button)
    fill(qtbot, window.details.name.edit, "王五")
    fill(qtbot, window.details.phone.edit, "13900139000")
    click(qtbot, window.details.next_button)
    assert window.current_page() is window.purpose
    seen.append(screen_text(window))
    click(qtbot, window.purpose.buttons[kiosk_window.pages.Purpose.SALES][0])
    click(qtbot, window.host.no_host_button)
    window.privacy.consent.setChecked(True)
    click(qtbot, window.privacy.confirm_button)
    assert window.current_page() is window.done
    seen.append(screen_text(window))
    everything = "\n".join(seen)
    assert "Welcome! You are checked in." in everything
    for secret in ("大伟", "总经理", "星辰", "VIP", "Welcome back"):
        assert secret not in everything, secret
    visit = visit_service.visit_by_code(actor.id, window.done.code.text())
    assert (visit.customer_name, visit.claimed_customer_id) == ("王五", person.id)
    assert customers.get_customer(actor.id, person.id).visit_count == 0


def test_the_kiosk_does_not_start_without_a_staff_pin(qapp, db_path, monkeypatch, source_language):
    from receptionist.store.connection import close_database, open_database
    from receptionist.ui.common import ask
    from receptionist.ui.kiosk import app as kiosk_app

    open_database(db_path)
    close_database()
    warned = []
    monkeypatch.setattr(ask, "warn", lambda _parent, title, text: warned.append(text))
    monkeypatch.setattr(kiosk_app, "create_kiosk", lambda _lang: pytest.fail("opened"))
    try:
        assert kiosk_app.run_kiosk(str(db_path), "en") == 1
    finally:
        close_database()
    assert "needs a staff PIN" in warned[0]


def test_scanning_on_the_welcome_page_goes_straight_to_the_invitation_or_check_out(
    qtbot, make_kiosk, actor, host, printed
):
    guest = customers.register_customer(actor.id, name="Anna Lee", phone="13700137000")
    planned = planning.plan_visit(
        actor.id, customer_id=guest.id, purpose="sales", expected_at=clock.now(), host_id=host.id
    )
    window = make_kiosk("en")
    assert window.focusWidget() is window.welcome.scan  # where a scanner types
    fill(qtbot, window.welcome.scan, planned.invite_code)
    qtbot.keyClick(window.welcome.scan, Qt.Key.Key_Return)
    assert window.current_page() is window.invitation_page
    click(qtbot, window.start_over_button)
    receipt = kiosk.check_in_walk_in(
        name="Bob Stone", phone="13600136000", purpose="sales", host_id=None, consent=True
    )
    fill(qtbot, window.welcome.scan, receipt.checkout_code)  # the slip's barcode
    qtbot.keyClick(window.welcome.scan, Qt.Key.Key_Return)
    assert window.current_page() is window.goodbye
    click(qtbot, window.goodbye.finish_button)
    fill(qtbot, window.welcome.scan, "V-0101-0999")
    qtbot.keyClick(window.welcome.scan, Qt.Key.Key_Return)
    assert window.current_page() is window.code_page and window.code_page.leaving
    assert "could not check out with this code" in window.code_page.field.error.text()


def test_an_unexpected_error_returns_to_welcome_with_one_sentence(qtbot, make_kiosk, caplog):
    window = make_kiosk("en")
    click(qtbot, window.welcome.walk_in_button)
    fill(qtbot, window.details.name.edit, "Anna Lee")
    try:
        raise RuntimeError("database is locked")
    except RuntimeError as err:
        window.unexpected_error(type(err), err, err.__traceback__)
    assert window.current_page() is window.welcome
    assert window.details.name.text() == ""
    assert window.welcome.notice.text().startswith("Sorry, something went wrong")
    assert "database is locked" not in screen_text(window)
    assert "database is locked" in caplog.text  # the log has it all
    click(qtbot, window.welcome.walk_in_button)
    click(qtbot, window.start_over_button)
    assert window.welcome.notice.isHidden()  # the next visitor


def test_the_host_page_shows_six_people_and_one_row_of_departments(qtbot, make_kiosk, actor):
    """Issue 9, item 10: at 1280 x 800 at least six hosts are visible, each a row a finger
    can hit; the departments stay on one row that scrolls sideways."""
    departments = [
        "Sales",
        "After-sales service",
        "Finance",
        "Human resources",
        "Legal",
        "Marketing",
        "Logistics",
        "Research",
    ]
    for index in range(16):
        staffing.add(f"Host {index:02d}", departments[index % len(departments)], "host")
    window = make_kiosk("en")
    click(qtbot, window.welcome.walk_in_button)
    fill(qtbot, window.details.name.edit, "Anna Lee")
    fill(qtbot, window.details.phone.edit, "13700137000")
    click(qtbot, window.details.next_button)
    click(qtbot, window.purpose.buttons[kiosk_window.pages.Purpose.SALES][0])
    page = window.host
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.list.viewport().height() > 0, timeout=WAIT_MS)
    view = page.list
    rows = [view.visualItemRect(view.item(i)) for i in range(view.count())]
    visible = [r for r in rows if r.top() >= 0 and r.bottom() <= view.viewport().height()]
    assert len(visible) >= 6, (len(visible), view.viewport().height())
    assert all(r.height() >= 64 for r in rows)
    buttons = page.group.buttons()
    names = [b.property("department") for b in buttons]
    assert set(departments) < set(names) and names[0] == page.ALL  # "Everyone" first
    assert len({b.mapTo(page, b.rect().topLeft()).y() for b in buttons}) == 1  # one row
    assert all(b.height() >= 48 for b in buttons)
    strip = page.department_row
    assert strip.horizontalScrollBar().maximum() > 0  # more than fit: it scrolls sideways
    last = buttons[-1]
    strip.ensureWidgetVisible(last)  # what dragging the row does
    click(qtbot, last)
    assert page.department == names[-1]
    assert view.count() == sum(1 for host in kiosk.hosts() if host.department == names[-1])
