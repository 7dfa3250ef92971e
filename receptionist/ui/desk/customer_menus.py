"""Where the desk opens customer pages from: Ctrl+I on the search hit under the cursor
or the customer chosen at the desk or selected on the board, and "Open customer page"
in the context menus of the search hits, the board and the visit log (whose rows also
open it on a double-click; the board's double-click checks out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..customer.opening import add_open_action

if TYPE_CHECKING:
    from ..visit_log.window import VisitLogWindow
    from .window import DeskWindow


def install(window: DeskWindow) -> None:
    search = window.search_panel
    add_open_action(
        search.search_results,
        "search_open_customer_action",
        lambda row: search.model.hit(row).id,
        window.open_customer_page,
    )
    board = window.board
    add_open_action(
        board.onsite_table,
        "board_open_customer_action",
        lambda row: board.model.visit(row).customer_id,
        window.open_customer_page,
    )


def install_on_log(window: DeskWindow, log: VisitLogWindow) -> None:
    table = log.log_table
    add_open_action(
        table,
        "log_open_customer_action",
        lambda row: log.model.visit_at(row).customer_id,
        window.open_customer_page,
    )
    table.doubleClicked.connect(
        lambda index: window.open_customer_page(log.model.visit_at(index.row()).customer_id)
    )


def focused_customer(window: DeskWindow) -> int | None:
    """The search hit under the cursor when the results have the focus, else the
    customer chosen at the desk or selected on the board."""
    search = window.search_panel
    row = search.search_results.currentIndex().row()
    if search.search_results.hasFocus() and 0 <= row < search.model.rowCount():
        return search.model.hit(row).id
    return window.selected_customer_id()
