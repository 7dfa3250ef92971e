"""Words at the desk (issue 9, item 12): in hotel mode nothing says "visitor" (访客) — the
hints, questions, headers, tooltips and accessible names say "guest" (宾客); the search
box's placeholder fits the column at 1,280 px, in English and in Chinese."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from receptionist.services import customers, kiosk, settings, visits
from receptionist.ui.common import i18n
from receptionist.ui.desk.feedback_dialog import FeedbackDialog
from tests import staffing

from .conftest import WAIT_MS
from .expected_helpers import freeze_at, plan, today_at

pytestmark = pytest.mark.usefixtures("source_language")


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """Every word a person can see or hear in ``root``: (widget name, text)."""
    found: list[tuple[str, str]] = []

    def add(owner, *values) -> None:
        found.extend((owner.objectName(), v) for v in values if isinstance(v, str) and v)

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
        if widget.isWindow():
            add(widget, widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i), widget.tabToolTip(i))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
    for action in root.findChildren(QAction):
        add(action, action.text(), action.toolTip())
    return found


def with_word(desk, word: str) -> list[tuple[str, str]]:
    windows = [desk, desk.closing_banner.dialog, desk.notifications.panel]
    return [
        (name, text)
        for window in windows
        if window is not None
        for name, text in texts_of(window)
        if word in text.lower()
    ]


@pytest.fixture
def hotel_desk(desk, ctx, actor, host):
    """A hotel desk after closing time: guests on site, one expected and late, a kiosk
    arrival; the closing list and the notifications are open."""
    ctx.site = settings.save_site_settings(staffing.admin_id(), "Grand Hotel", True)
    settings.save_kiosk_settings(staffing.admin_id(), idle_seconds=60, closing_time=time(18, 0))
    ctx.signals.settings_changed.emit()
    freeze_at(19, 0)
    guest = customers.register_customer(actor.id, name="Emily Chen")
    visits.check_in(actor.id, customer_id=guest.id, purpose="sales", room="1208")
    plan(actor.id, "Tom Baker", today_at(18, 30), host_id=host.id)
    kiosk.check_in_walk_in(
        name="Lucy Wang", phone="13900139000", purpose="sales", host_id=host.id, consent=True
    )
    desk.poll()
    desk.closing_banner.check()
    desk.notifications.open_panel()
    desk.show_expected()
    return desk


def test_hotel_mode_never_says_visitor(hotel_desk, ctx, qtbot):
    desk = hotel_desk
    assert "Late: 1 of 1." in desk.expected_panel.expected_hint.text()
    assert desk.closing_banner.dialog.isVisible() and desk.notifications.panel.isVisible()
    assert with_word(desk, "visitor") == []
    assert any("guest" in text.lower() for _name, text in texts_of(desk.expected_panel))

    dialog = FeedbackDialog(ctx, visits.on_site_board(ctx.actor.id)[0])
    qtbot.addWidget(dialog)
    assert [t for _n, t in texts_of(dialog) if "visitor" in t.lower()] == []


def test_hotel_mode_never_says_visitor_in_chinese(hotel_desk, qapp, qtbot):
    desk = hotel_desk
    i18n.switch_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: desk.board.checkout_button.text() == "签退", timeout=WAIT_MS)
    assert with_word(desk, "访客") == []
    assert any("宾客" in text for _name, text in texts_of(desk.expected_panel))


def test_an_office_still_says_visitor(desk):
    assert any("visitor" in text.lower() for _name, text in texts_of(desk.expected_panel))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_search_placeholder_fits_at_1280(desk, qapp, qtbot, lang):
    if lang != "en":
        i18n.switch_language(qapp, lang)
        qtbot.waitUntil(lambda: desk.board.checkout_button.text() == "签退", timeout=WAIT_MS)
    desk.resize(1280, 800)
    desk.splitter.setSizes([380, 330, 570])
    box = desk.search_panel.search_box
    qtbot.waitUntil(lambda: box.width() < 400, timeout=WAIT_MS)
    text = box.placeholderText()
    room = box.width() - 2 * box.style().pixelMetric(box.style().PixelMetric.PM_DefaultFrameWidth)
    room -= box.height()  # the clear button, when there is text
    assert box.fontMetrics().horizontalAdvance(text) <= room
    assert "code" in box.toolTip().lower() or "编号" in box.toolTip() or "码" in box.toolTip()
