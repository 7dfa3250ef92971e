"""Opening customer pages from the desk: one window per customer (opening it again
raises it), only for a role with DESK; and "Open customer page" on the lists that show
customers (search hits, the board, the visit log)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from ...domain.roles import Permission
from ...services.access import allowed
from ..common.context import DeskContext
from .page import CustomerPage


class CustomerPages(QObject):
    """The customer pages open at one desk; ``built`` when a page is made (other
    features add to its header)."""

    built = Signal(object)  # CustomerPage

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._pages: dict[int, CustomerPage] = {}

    def page(self, customer_id: int) -> CustomerPage | None:
        return self._pages.get(customer_id)

    def open(self, customer_id: int) -> CustomerPage | None:
        """Show the customer's page (raised if it is open already); None for a role
        without DESK."""
        if not allowed(self._ctx.actor, Permission.DESK):
            return None
        page = self._pages.get(customer_id)
        if page is None:
            page = CustomerPage(self._ctx, customer_id, self._parent)
            page.resize(1100, 720)
            page.destroyed.connect(lambda _obj=None, cid=customer_id: self._pages.pop(cid, None))
            self._pages[customer_id] = page
            self.built.emit(page)
        page.show()
        page.raise_()
        page.activateWindow()
        return page

    def hide_all(self) -> None:
        """Hide every page (the desk locked); what was typed stays for the next opening."""
        for page in self._pages.values():
            page.hide()


def add_open_action(
    view: QAbstractItemView,
    name: str,
    customer_of_row: Callable[[int], int | None],
    open_page: Callable[[int], object],
) -> QAction:
    """ "Open customer page" in ``view``'s context menu, for the current row's customer
    (the action, named ``name``, is returned for tests and shortcuts); the view's own
    actions with the property ``context_menu`` follow it."""
    action = QAction(view)
    action.setObjectName(name)

    def trigger() -> None:
        row = view.currentIndex().row()
        customer_id = customer_of_row(row) if row >= 0 else None
        if customer_id is not None:
            open_page(customer_id)

    def show_menu(pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        action.setText(QCoreApplication.translate("CustomerPage", "Open customer page (Ctrl+I)"))
        more = [a for a in view.actions() if a.property("context_menu")]
        QMenu.exec([action, *more], view.viewport().mapToGlobal(pos), None, view)

    action.triggered.connect(lambda _checked=False: trigger())
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show_menu)
    return action
