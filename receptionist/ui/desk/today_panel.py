"""The middle column when no visitor is chosen: the day at a glance instead of an empty
form — checked in today, on site now, still expected, the next expected visitor and the
last few check-ins.

It reads ``services.today`` when it is shown, when a visit changes at this desk, and on
the desk's two-second poll while it is visible (``refresh``); it has no timer of its own.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import Permission
from ...services import clock
from ...services.access import allowed
from ...services.today import TodayView, today_at_desk
from ...services.views import VisitView
from ..common import labels
from ..common.context import DeskContext
from ..common.dates import to_qdate
from ..common.retranslate import Retranslating
from ..common.style import COLORS
from ..followups.today_tasks import TodayTasks

RECENT = 5


def _label(name: str, role: str | None = None, wrap: bool = True) -> QLabel:
    """A label; one that wraps never asks for width: the panel must not need more room
    than the check-in form it stands for (else the splitter moves and the board measures
    all its rows again)."""
    label = QLabel(objectName=name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if wrap:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _time(at: datetime | None) -> str:
    return clock.local(at).strftime("%H:%M") if at else ""


class TodayPanel(Retranslating, QWidget):
    """Today's numbers, the next expected visitor and the latest check-ins."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._held = False
        self._today: TodayView | None = None
        self.setObjectName("today_panel")
        self.prompt = _label("today_prompt", "prompt")
        self.hint = _label("today_hint", "hint")
        self.date_label = _label("today_date", "subheading")

        self.stats: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for column, key in enumerate(("checked_in", "on_site", "expected")):
            tile = QFrame(objectName=f"today_{key}_tile")
            tile.setProperty("role", "tile")
            self.stats[key] = _label(f"today_{key}", "stat", wrap=False)
            self.captions[key] = _label(f"today_{key}_caption", "stat_caption")
            box = QVBoxLayout(tile)
            box.setContentsMargins(7, 5, 7, 7)
            box.setSpacing(0)
            box.addWidget(self.stats[key])
            box.addWidget(self.captions[key])
            tiles.addWidget(tile, 0, column)

        self.next_title = _label("today_next_title", "subheading")
        self.next_label = _label("today_next")
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.late_label = _label("today_late", "error")
        self.recent_title = _label("today_recent_title", "subheading")
        self.recent_label = _label("today_recent")
        self.recent_label.setTextFormat(Qt.TextFormat.RichText)
        self.follow_ups = TodayTasks(ctx, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.hint)
        layout.addSpacing(10)
        layout.addWidget(self.date_label)
        layout.addLayout(tiles)
        layout.addSpacing(6)
        layout.addWidget(self.next_title)
        layout.addWidget(self.next_label)
        layout.addWidget(self.late_label)
        layout.addSpacing(6)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_label)
        layout.addSpacing(6)
        layout.addWidget(self.follow_ups, 1)

        ctx.signals.visits_changed.connect(self._visits_changed)
        ctx.signals.settings_changed.connect(self.retranslate)
        self.retranslate()

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read today's numbers again (the desk's poll calls this while it is shown); a
        role without the desk's work (a host) sees none; everyone sees their follow-ups."""
        self.follow_ups.refresh()
        if not allowed(self._ctx.actor, Permission.DESK):
            return
        self._today = today_at_desk(self._ctx.actor.id, RECENT)
        self._show()

    def today(self) -> TodayView | None:
        """What the panel shows (None before its first refresh)."""
        return self._today

    def hold(self) -> None:
        """Read nothing until ``release``: the desk's first frame shows the search box,
        and the day's numbers are read right after it (``DeskWindow.load``)."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._held:
            self.refresh()

    def _visits_changed(self) -> None:
        if self.isVisible() and not self._held:
            self.refresh()

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        visitor = labels.visitor_word(self._ctx.hotel_mode).lower()
        self.prompt.setText(self.tr("No {visitor} chosen").format(visitor=visitor))
        self.hint.setText(
            self.tr("Search on the left and press Enter, or register a new customer (Ctrl+N).")
        )
        self.captions["checked_in"].setText(self.tr("checked in"))
        self.captions["on_site"].setText(self.tr("on site now"))
        self.captions["expected"].setText(self.tr("still expected"))
        self.next_title.setText(self.tr("Next expected"))
        self.recent_title.setText(self.tr("Latest check-ins"))
        self.setAccessibleName(self.tr("Today at the desk"))
        self._show()

    def _show(self) -> None:
        today = self._today
        locale = QLocale()
        self.date_label.setText(
            self.tr("Today, {date}").format(
                date=locale.toString(_local_date(), QLocale.FormatType.LongFormat)
            )
        )
        if today is None:
            return
        for key in self.stats:
            self.stats[key].setText(locale.toString(getattr(today, key)))
        self.next_label.setText(self._next_text(today.next_expected))
        late = (
            self.tr("%n expected guest(s) late: see Expected today (Ctrl+E).", "", today.late)
            if self._ctx.hotel_mode
            else self.tr(
                "%n expected visitor(s) late: see Expected today (Ctrl+E).", "", today.late
            )
        )
        self.late_label.setText(late)
        self.late_label.setVisible(today.late > 0)
        self.recent_label.setText(self._recent_text(today.recent))

    def _next_text(self, visit: VisitView | None) -> str:
        if visit is None:
            return escape(self.tr("Nobody else is expected today."))
        parts = [labels.purpose_label(visit.purpose)]
        if visit.host_name:
            parts.append(self.tr("host: {name}").format(name=visit.host_name))
        return (
            f"<span style='font-size:16px; font-weight:bold; color:{COLORS['brand']}'>"
            f"{_time(visit.expected_at)}</span>&nbsp;&nbsp;"
            f"<b>{escape(visit.customer_name)}</b>"
            f"<span style='color:{COLORS['muted']}'> · {escape(' · '.join(parts))}</span>"
        )

    def _recent_text(self, recent: tuple[VisitView, ...]) -> str:
        if not recent:
            return escape(self.tr("No check-ins yet today."))
        rows = "".join(
            f"<tr><td style='color:{COLORS['muted']}; padding-right:10px'>"
            f"{_time(v.check_in_at)}</td>"
            f"<td style='padding-right:10px'><b>{escape(v.customer_name)}</b></td>"
            f"<td style='color:{COLORS['muted']}'>{escape(labels.purpose_label(v.purpose))}</td>"
            "</tr>"
            for v in recent
        )
        return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


def _local_date() -> QDate:
    return to_qdate(clock.local(clock.now()).date())


def stack_pages(today: TodayPanel, *chosen: QWidget) -> QStackedWidget:
    """Page 0: ``today``; page 1: the ``chosen`` widgets (the customer card and the
    check-in form) one above the other, the last one stretching."""
    page = QWidget(objectName="checkin_chosen_page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(chosen, start=1):
        layout.addWidget(widget, 1 if number == len(chosen) else 0)
    pages = QStackedWidget(objectName="checkin_pages")
    pages.addWidget(today)
    pages.addWidget(page)
    return pages
