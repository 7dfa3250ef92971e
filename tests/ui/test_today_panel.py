"""The middle column with no visitor chosen: the day at a glance, not an empty form."""

from __future__ import annotations

import pytest

from receptionist.services import customers, visits
from receptionist.ui.common import i18n

from .expected_helpers import freeze_at, plan, today_at


@pytest.fixture(autouse=True)
def english(qapp, source_language):
    """English with its plural forms ("1 expected visitor is late")."""
    i18n.install_translators(qapp, "en")


def check_in(actor_id: int, name: str) -> None:
    customer = customers.register_customer(actor_id, name=name)
    visits.check_in(actor_id, customer_id=customer.id, purpose="after_sales")


def numbers(desk) -> tuple[str, str, str]:
    stats = desk.checkin_panel.today_panel.stats
    return stats["checked_in"].text(), stats["on_site"].text(), stats["expected"].text()


@pytest.fixture
def day(db, actor, host):
    """11:00 today: two visitors checked in, one expected at 10:30 (late), one at 14:00."""
    freeze_at(9, 30)
    check_in(actor.id, "Anna Lee")
    freeze_at(10, 15)
    check_in(actor.id, "王小明")
    plan(actor.id, "Late Larry", today_at(10, 30))
    plan(actor.id, "Michael Brown", today_at(14, 0), host_id=host.id)
    freeze_at(11, 0)


def test_no_visitor_chosen_shows_the_day(day, desk, host):
    panel = desk.checkin_panel
    today = panel.today_panel
    assert today.isVisible() and not panel.card.isVisible() and not panel.form_area.isVisible()
    assert numbers(desk) == ("2", "2", "2")
    assert today.prompt.text() == "No visitor chosen"
    assert "Michael Brown" in today.next_label.text() and "14:00" in today.next_label.text()
    assert host.name in today.next_label.text()
    assert today.late_label.isVisible()
    assert today.late_label.text() == "1 expected visitor is late: see Expected today (Ctrl+E)."
    recent = today.recent_label.text()
    assert recent.index("王小明") < recent.index("Anna Lee")  # newest first
    assert "10:15" in recent and "After-sales" in recent


def test_choosing_a_visitor_shows_the_form_and_checking_in_brings_the_day_back(day, desk, actor):
    panel = desk.checkin_panel
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel.set_customer(customer.id)
    assert panel.card.isVisible() and panel.form_area.isVisible()
    assert not panel.today_panel.isVisible()
    panel.purpose_buttons[next(iter(panel.purpose_buttons))].click()
    panel.checkin_button.click()
    assert panel.customer is None
    assert panel.today_panel.isVisible()
    assert numbers(desk)[:2] == ("3", "3")
    assert "Emily Chen" in panel.today_panel.recent_label.text()


def test_the_desk_poll_refreshes_it_only_while_it_is_shown(day, desk, actor):
    """Another process (a kiosk) checks someone in: the desk's 2 s poll shows it."""
    today = desk.checkin_panel.today_panel
    check_in(actor.id, "From The Kiosk")  # no signal at this desk, as from another process
    assert numbers(desk)[0] == "2"
    desk.poll()
    assert numbers(desk)[0] == "3"
    desk.checkin_panel.set_customer(customers.register_customer(actor.id, name="Chosen").id)
    check_in(actor.id, "Another One")
    desk.poll()
    assert today.today().checked_in == 3  # hidden: not read again
    desk.checkin_panel.clear()
    assert today.today().checked_in == 4  # shown again: read at once


def test_an_empty_day_says_so(db, desk):
    freeze_at(8, 0)
    desk.checkin_panel.today_panel.refresh()
    today = desk.checkin_panel.today_panel
    assert numbers(desk) == ("0", "0", "0")
    assert today.next_label.text() == "Nobody else is expected today."
    assert today.recent_label.text() == "No check-ins yet today."
    assert not today.late_label.isVisible()


def test_in_chinese(day, desk, qapp, qtbot):
    i18n.switch_language(qapp, "zh_CN")
    today = desk.checkin_panel.today_panel
    qtbot.waitUntil(lambda: today.captions["checked_in"].text() == "今日已签到")
    assert today.prompt.text() == "未选择访客"
    assert today.late_label.text() == "1 位预约访客已迟到，请查看“今日预约”（Ctrl+E）。"
    assert "售后接待" in today.recent_label.text()
    assert today.date_label.text().startswith("今天：")
