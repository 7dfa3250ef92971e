"""Where the desk opens complaints from: Manage → Complaints… (the list), the overdue
count on the status bar, "Open a complaint…" in the board's context menu, the check-in
panel and the customer page, and the complaint window itself."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...domain.roles import Permission
from ...services.access import allowed
from ..common.context import DeskContext
from .dialog import ComplaintDialog
from .list_window import ComplaintListWindow
from .open_dialog import OpenComplaintDialog
from .overdue import OverdueLabel


def may_list(ctx: DeskContext) -> bool:
    """The list is for the desk's roles and managers (the service shows a host theirs)."""
    return allowed(ctx.actor, Permission.DESK)


class ComplaintsOpener(QObject):
    """The complaint windows of one desk."""

    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.window: ComplaintListWindow | None = None
        self.overdue = OverdueLabel(ctx, lambda: self.open_list("overdue"), parent)

    def open_list(self, which: str = "open") -> ComplaintListWindow | None:
        """Show the complaint list (raised if open; built again for another person)."""
        if not may_list(self._ctx):
            return None
        if self.window is not None and self.window.property("actor") != self._ctx.actor.id:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.window is None:
            self.window = ComplaintListWindow(self._ctx)
            self.window.setProperty("actor", self._ctx.actor.id)
            self.window.resize(1100, 600)
        self.window.filters[which].setChecked(True)
        self.window.refresh()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def open_complaint(self, complaint_id: int) -> ComplaintDialog:
        dialog = ComplaintDialog(self._ctx, complaint_id, self._parent)
        dialog.changed.connect(lambda _view: self.changed())
        dialog.show()
        return dialog

    def start(
        self, customer_id: int, customer_name: str, visit_code: str | None = None
    ) -> OpenComplaintDialog | None:
        """The open-a-complaint dialog (modeless); once opened, the complaint window."""
        if not allowed(self._ctx.actor, Permission.DESK):
            return None
        dialog = OpenComplaintDialog(
            self._ctx, customer_id, customer_name, visit_code, self._parent
        )
        dialog.opened.connect(lambda change: self._opened(change.complaint.id))
        dialog.show()
        return dialog

    def _opened(self, complaint_id: int) -> None:
        self.changed()
        self.open_complaint(complaint_id)

    def changed(self) -> None:
        """A complaint changed at this desk: the count and the list read again."""
        self.overdue.refresh()
        self._ctx.signals.visits_changed.emit()  # the board's complaint flag
        if self.window is not None and self.window.isVisible():
            self.window.refresh()
