"""The complaint entry points of the desk window: the overdue count on the status bar,
"Open a complaint…" in the board's context menu and on the customer page's header, and
the open dialog offered right after checking in a visitor whose purpose is complaint
(the fastest at the desk: the visit and its host are known, one Enter opens it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from ...domain.enums import Purpose
from ...domain.roles import Permission
from ...services.access import allowed
from ...services.views import VisitView
from .entry import ComplaintsOpener

if TYPE_CHECKING:
    from ..customer.page import CustomerPage
    from ..desk.window import DeskWindow


def _open_text() -> str:
    return QCoreApplication.translate("Complaints", "Open a complaint…")


def install(window: DeskWindow) -> ComplaintsOpener:
    opener = ComplaintsOpener(window.ctx, window)
    window.statusBar().addPermanentWidget(opener.overdue)
    board = window.board
    action = QAction(board.onsite_table)
    action.setObjectName("board_open_complaint_action")
    action.setProperty("context_menu", True)

    def from_board() -> None:
        visit = board.selected_visit()
        if visit is not None:
            opener.start(visit.customer_id, visit.customer_name, visit.code)

    action.triggered.connect(lambda _checked=False: from_board())
    board.onsite_table.addAction(action)

    def retranslate_action() -> None:
        action.setText(_open_text())
        action.setVisible(allowed(window.ctx.actor, Permission.DESK))

    retranslate_action()
    window.ctx.signals.actor_changed.connect(retranslate_action)
    window.ctx.signals.settings_changed.connect(retranslate_action)

    def after_check_in(visit: VisitView) -> None:
        if visit.purpose == Purpose.COMPLAINT:
            opener.start(visit.customer_id, visit.customer_name, visit.code)

    window.checkin_panel.checked_in.connect(after_check_in)
    window.customer_pages.built.connect(lambda page: add_to_page(opener, page))
    return opener


def add_to_page(opener: ComplaintsOpener, page: CustomerPage) -> QPushButton:
    """ "Open a complaint…" on the customer page's header."""
    button = QPushButton(_open_text(), objectName="customer_open_complaint_button")
    button.setAccessibleName(_open_text())
    button.clicked.connect(lambda: opener.start(page.customer_id, page.profile.name))
    page.add_header_widget(button)
    return button
