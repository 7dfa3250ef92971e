"""The app's own look: one palette and style sheet for desk and kiosk, the app icon, and
icons drawn crisp at 100 % and 200 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose
from receptionist.services import customers
from receptionist.ui.common import icons, style
from receptionist.ui.kiosk.app import create_kiosk


def drawn(image: QImage) -> list[QColor]:
    """The colours of the pixels that are not transparent."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


def near(a: QColor, b: str, tolerance: int = 12) -> bool:
    c = QColor(b)
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], c.getRgb()[:3], strict=True))


def centre(widget) -> QColor:
    """A pixel of the widget's background, away from its text and icon."""
    image = widget.grab().toImage()
    return image.pixelColor(6, image.height() // 2)


def test_the_look_is_set_once_for_the_whole_application(desk, qapp):
    assert qapp.styleSheet() == style.style_sheet()
    assert qapp.palette().color(qapp.palette().ColorRole.Highlight) == QColor(
        style.COLORS["accent"]
    )
    assert not qapp.windowIcon().isNull()
    assert desk.styleSheet() == ""  # no second sheet on the window
    style.apply_look(qapp)
    assert qapp.styleSheet() == style.style_sheet()


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_icons_are_drawn_at_the_screen_resolution(qapp, ratio):
    pixmap = icons.icon("log-in", "go").pixmap(QSize(24, 24), ratio)
    assert pixmap.deviceIndependentSize().toSize() == QSize(24, 24)
    assert (pixmap.width(), pixmap.height()) == (round(24 * ratio),) * 2  # device pixels
    assert pixmap.devicePixelRatio() == ratio
    ink = drawn(pixmap.toImage())
    assert ink and all(near(c, style.COLORS["go"], 40) for c in ink)


def test_a_checked_or_disabled_icon_takes_its_own_colour(qapp):
    icon = icons.icon("wrench", "accent", "white")
    on = drawn(icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal, QIcon.State.On).toImage())
    off = drawn(icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage())
    assert any(near(c, "#ffffff") for c in on)
    assert any(near(c, style.COLORS["disabled"]) for c in off)


def test_the_app_icon_draws_at_16_and_256_px(qapp):
    for size in (16, 256):
        image = icons.app_icon().pixmap(QSize(size, size), 1.0).toImage()
        assert image.size() == QSize(size, size)
        assert len(drawn(image)) > size * size // 2  # a tile, not a speck


def test_every_named_widget_gets_its_icon(desk, qapp):
    assert icons.decorate(desk, icons.DESK_ICONS) == []
    assert not desk.toolbar.find_action.icon().isNull()
    assert not desk.checkin_panel.checkin_button.icon().isNull()
    kiosk = create_kiosk("en")
    try:
        assert icons.decorate(kiosk, icons.KIOSK_ICONS) == []
        assert not kiosk.welcome.invited_button.icon().isNull()
        assert kiosk.styleSheet()  # its large type, over the same look
        assert qapp.styleSheet() == style.style_sheet()
    finally:
        kiosk._may_close = True
        kiosk.close()


def test_decorate_reports_a_renamed_widget(desk):
    assert icons.decorate(desk, {"no_such_button": icons.Look("search")}) == ["no_such_button"]


def test_the_chosen_visitor_and_the_purpose_come_first(desk, actor, qtbot):
    """The customer's name is the largest text, the chosen purpose is filled blue and the
    check-in button green: what the eye meets first."""
    panel = desk.checkin_panel
    customer = customers.register_customer(actor.id, name="Emily Chen")
    desk._customer_selected(customer.id)
    button = panel.purpose_buttons[Purpose.AFTER_SALES]
    button.click()
    qtbot.waitUntil(lambda: panel.playbook_preview.count() > 0)
    name = panel.customer_name.font()
    body = QApplication.font()
    assert name.pixelSize() >= 24 and name.bold()
    assert panel.purpose_buttons[Purpose.SALES].font().bold()
    assert name.pixelSize() > panel.title.font().pixelSize() > 0
    assert near(centre(button), style.COLORS["accent"])
    assert near(centre(panel.purpose_buttons[Purpose.SALES]), style.COLORS["surface"])
    assert near(centre(panel.checkin_button), style.COLORS["go"])
    assert body.pixelSize() < 0 or body.pixelSize() < name.pixelSize()
