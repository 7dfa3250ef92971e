"""Icons: ``icon("log-in")`` is a QIcon drawn from the Lucide SVG (resources/icons, ISC)
at whatever size and device pixel ratio it is shown, so it is crisp at 100 % and 200 %.

Lucide draws with ``stroke="currentColor"``; each icon is given the colour of the widget
that shows it (a named colour of ``style.COLORS``): ink on white buttons, white on the
green and blue ones, another when the button is checked or disabled. SVGs are read when an
icon is first asked for and rendered when it is first painted, then cached.

Which widget shows which icon is one table per window (``DESK_ICONS``, ``KIOSK_ICONS``),
keyed by the widgets' stable object names; ``decorate`` applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractButton

from .style import COLORS


def resource_path(*parts: str) -> Path:
    """A run-time asset shipped in the package (``receptionist/resources/...``)."""
    return Path(str(resources.files("receptionist").joinpath("resources", *parts)))


def icon_path(name: str) -> Path:
    return resource_path("icons", f"{name}.svg")


@cache
def app_icon() -> QIcon:
    """The app icon (a front-desk bell), from its SVG: Qt draws it at any size."""
    return QIcon(str(resource_path("app-icon.svg")))


class _SvgIconEngine(QIconEngine):
    """Draws one SVG in a colour per mode and state; pixmaps cached per size."""

    def __init__(self, svg: str, colors: tuple[str, str, str]) -> None:
        super().__init__()
        self._svg = svg
        self._colors = colors  # normal, checked (QIcon.On), disabled
        self._renderers: dict[str, object] = {}
        self._pixmaps: dict[tuple[int, int, int, int], QPixmap] = {}

    def _color(self, mode: QIcon.Mode, state: QIcon.State) -> str:
        normal, checked, disabled = self._colors
        if mode == QIcon.Mode.Disabled:
            return disabled
        return checked if state == QIcon.State.On else normal

    def _renderer(self, color: str):
        renderer = self._renderers.get(color)
        if renderer is None:
            from PySide6.QtSvg import QSvgRenderer  # loaded at the first paint, not at start

            renderer = QSvgRenderer(self._svg.replace("currentColor", color).encode("utf-8"))
            self._renderers[color] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # A square drawing at the left of a wider rectangle: a button's icon size of, say,
        # 30 x 22 px (style sheets) leaves a gap before its text, which Qt's style sheets
        # otherwise let touch the icon when the text is bold.
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x(), rect.y() + (rect.height() - side) / 2, side, side)
        self._renderer(self._color(mode, state)).render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode.value, state.value)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg, self._colors)


@cache
def icon(name: str, color: str = "ink_soft", checked: str | None = None) -> QIcon:
    """The Lucide icon ``name`` in the named colour ``color`` (``checked``: when the
    button is checked); disabled icons are grey, or stay white on a coloured button."""
    svg = icon_path(name).read_text(encoding="utf-8")
    disabled = "white" if color == "white" else "disabled"
    colors = (COLORS[color], COLORS[checked or color], COLORS[disabled])
    return QIcon(_SvgIconEngine(svg, colors))


@dataclass(frozen=True)
class Look:
    """The icon of one widget or action: which, in what colour."""

    name: str
    color: str = "ink_soft"
    checked: str | None = None


# The desk window: toolbar actions, buttons of the panels (by object name).
DESK_ICONS: dict[str, Look] = {
    "find_action": Look("search", "brand"),
    "visit_log_action": Look("clipboard-list", "brand"),
    "change_category_action": Look("tag", "brand"),
    "customer_page_action": Look("user-round", "brand"),
    "staff_action": Look("users", "brand"),
    "notifications_action": Look("bell", "brand"),
    "settings_action": Look("settings", "brand"),
    "audit_action": Look("shield-check", "brand"),
    "lock_action": Look("lock", "brand"),
    "new_customer_button": Look("user-plus"),
    "change_category_button": Look("tag"),
    "plan_visit_button": Look("calendar-plus"),
    "purpose_sales": Look("handshake", "accent", "white"),
    "purpose_after_sales": Look("wrench", "accent", "white"),
    "purpose_complaint": Look("message-square-warning", "accent", "white"),
    "purpose_relationship": Look("heart-handshake", "accent", "white"),
    "checkin_button": Look("log-in", "white"),
    "checkout_button": Look("log-out"),
    "expected_checkin_button": Look("calendar-check"),
    "cancel_planned_button": Look("calendar-x"),
    "closing_review_button": Look("clock-alert"),
    "open_printouts_button": Look("folder-open", "accent"),
}

# The kiosk window: the welcome page's choices, each step's buttons, the bars.
KIOSK_ICONS: dict[str, Look] = {
    "kiosk_invited_button": Look("ticket", "white"),
    "kiosk_walk_in_button": Look("user-round-plus", "white"),
    "kiosk_leave_button": Look("log-out"),
    "kiosk_code_next_button": Look("arrow-right", "white"),
    "kiosk_invitation_next_button": Look("arrow-right", "white"),
    "kiosk_details_next_button": Look("arrow-right", "white"),
    "kiosk_purpose_sales_button": Look("handshake", "white"),
    "kiosk_purpose_after_sales_button": Look("wrench", "white"),
    "kiosk_purpose_complaint_button": Look("message-square-warning", "white"),
    "kiosk_purpose_relationship_button": Look("heart-handshake", "white"),
    "kiosk_confirm_button": Look("check", "white"),
    "kiosk_decline_button": Look("x"),
    "kiosk_done_finish_button": Look("check", "white"),
    "kiosk_goodbye_finish_button": Look("check", "white"),
    "kiosk_pin_ok_button": Look("lock", "white"),
    "kiosk_language_button": Look("languages", "accent"),
    "kiosk_start_over_button": Look("rotate-ccw"),
    "kiosk_staff_button": Look("lock", "disabled"),
}


def decorate(root: QObject, table: dict[str, Look]) -> list[str]:
    """Give each object named in ``table`` (a button or an action under ``root``) its
    icon; the names not found (none, unless a widget was renamed: a test checks)."""
    missing = []
    for name, look in table.items():
        target = root.findChild(QAbstractButton, name) or root.findChild(QAction, name)
        if target is None:
            missing.append(name)
            continue
        target.setIcon(icon(look.name, look.color, look.checked))
    return missing
