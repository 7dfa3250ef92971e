"""Host notifications on the desk: visitors who checked in at the kiosk.

The toolbar's "Notifications (n)" counts the unseen ones. A new one puts "<visitor> is
here for <host> (kiosk)" in the status bar; a new one for a VIP or problem customer also
sounds, asks the window manager to draw attention to the desk, and makes the button
flash until every urgent one is marked seen. The list opens from the button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import notifications
from ...services.views import NotificationView
from ..common import labels
from ..common.badges import CATEGORY_ROLE, CategoryBadgeDelegate
from ..common.context import DeskContext
from ..common.retranslate import Retranslating
from .onsite_model import since_text

LIMIT = 50
FLASH_MS = 500
_FLASH_STYLE = "background: #b91c1c; color: white; font-weight: bold; border-radius: 3px;"
_URGENT_STYLE = "color: #b91c1c; font-weight: bold;"
COL_TIME, COL_CATEGORY, COL_VISITOR, COL_HOST, COL_PURPOSE, COL_SEEN = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def arrival_text(item: NotificationView) -> str:
    """The status-bar sentence for a new notification."""
    translate = QCoreApplication.translate
    if item.claim:
        return translate(
            "Notifications", "{visitor} is here (kiosk): possible returning customer — confirm"
        ).format(visitor=item.customer_name)
    if item.host_name:
        return translate("Notifications", "{visitor} is here for {host} (kiosk)").format(
            visitor=item.customer_name, host=item.host_name
        )
    return translate("Notifications", "{visitor} is here (kiosk)").format(
        visitor=item.customer_name
    )


class NotificationsPanel(Retranslating, QDialog):
    """The list: newest first, unseen in bold, VIP and problem customers highlighted."""

    seen_marked = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._items: list[NotificationView] = []
        self.setObjectName("notifications_panel")
        self.resize(640, 360)
        self.notifications_table = QTableWidget(0, 6, objectName="notifications_table")
        table = self.notifications_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setItemDelegateForColumn(COL_CATEGORY, CategoryBadgeDelegate(self))
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VISITOR, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.notifications_summary = QLabel(objectName="notifications_summary")
        self.notifications_summary.setProperty("role", "hint")
        self.error = QLabel(objectName="notifications_error")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.mark_seen_button = QPushButton(objectName="notifications_mark_seen")
        self.mark_seen_button.clicked.connect(self.mark_selected_seen)
        self.mark_all_button = QPushButton(objectName="notifications_mark_all_seen")
        self.mark_all_button.clicked.connect(self.mark_all_seen)
        self.close_button = QPushButton(objectName="notifications_close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_seen_button)
        buttons.addWidget(self.mark_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notifications_summary)
        layout.addWidget(table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notifications"))
        self.notifications_table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Category"),
                labels.visitor_word(self._ctx.hotel_mode),
                self.tr("Host"),
                self.tr("Purpose"),
                self.tr("Seen"),
            ]
        )
        self.notifications_table.setAccessibleName(
            self.tr("Guests who checked in at the kiosk, newest first")
            if self._ctx.hotel_mode
            else self.tr("Visitors who checked in at the kiosk, newest first")
        )
        self.mark_seen_button.setText(self.tr("Mark seen"))
        self.mark_seen_button.setAccessibleName(self.tr("Mark the selected notifications seen"))
        self.mark_all_button.setText(self.tr("Mark all seen"))
        self.mark_all_button.setAccessibleName(self.tr("Mark every notification seen"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the notifications"))
        self._fill(self._items, force=True)

    # -- the list ---------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill(notifications.recent_notifications(self._ctx.actor.id, LIMIT))

    def _fill(self, items: list[NotificationView], force: bool = False) -> None:
        """Show ``items``; unchanged data leaves the table (and its selection) alone."""
        if items == self._items and not force:
            return
        chosen = set(self.selected_ids())
        self._items = list(items)
        table = self.notifications_table
        table.blockSignals(True)
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            self._fill_row(row, item)
            if item.id in chosen:
                table.selectRow(row)
        table.blockSignals(False)
        unseen = sum(1 for n in items if n.seen_at is None)
        self.notifications_summary.setText(
            self.tr("{unseen} unseen · VIP and problem customers are highlighted").format(
                unseen=unseen
            )
        )
        self._update_buttons()

    def _fill_row(self, row: int, item: NotificationView) -> None:
        seen = ""
        if item.seen_at is not None:
            seen = self.tr("{time} by {name}").format(
                time=since_text(item.seen_at), name=item.seen_by or "—"
            )
        texts = (
            since_text(item.created_at),
            "",
            self.tr("{visitor} (possible returning customer — confirm)").format(
                visitor=item.customer_name
            )
            if item.claim
            else item.customer_name,
            item.host_name or "—",
            labels.purpose_label(item.purpose),
            seen,
        )
        background = labels.category_colors(item.category)[0].lighter(185)
        font = QFont()
        font.setBold(item.seen_at is None)
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setData(ID_ROLE, item.id)
            if column == COL_CATEGORY:
                cell.setData(CATEGORY_ROLE, str(item.category))
            cell.setFont(font)
            if item.urgent:
                cell.setBackground(background)
            self.notifications_table.setItem(row, column, cell)

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.notifications_table.selectedIndexes()}
        return [self._items[row].id for row in sorted(rows) if row < len(self._items)]

    def _update_buttons(self) -> None:
        unseen = {n.id for n in self._items if n.seen_at is None}
        self.mark_seen_button.setEnabled(bool(unseen & set(self.selected_ids())))
        self.mark_all_button.setEnabled(bool(unseen))

    # -- marking seen -----------------------------------------------------------------
    def mark_selected_seen(self) -> None:
        self._mark(self.selected_ids())

    def mark_all_seen(self) -> None:
        """Every notification on the list — not one that arrived since it was drawn."""
        self._mark([n.id for n in self._items if n.seen_at is None])

    def _mark(self, ids: list[int]) -> None:
        try:
            notifications.mark_seen(self._ctx.actor.id, ids)
        except DeskError as err:
            self.error.setText(labels.error_text(err))
            self.error.show()
            return
        self.error.hide()
        self.refresh()
        self.seen_marked.emit()


class NotificationBell(QObject):
    """Drives the toolbar action "Notifications (n)": polled by the desk, it announces
    new notifications and flashes the button while an urgent one is unseen."""

    message = Signal(str)

    def __init__(self, ctx: DeskContext, action: QAction, button: QWidget, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._action = action
        self.button = button
        self._window = window
        self._known: set[int] | None = None  # ids this desk has already announced
        self._unseen: list[NotificationView] = []
        self._lit = False
        self.panel: NotificationsPanel | None = None
        self._flash = QTimer(self, interval=FLASH_MS)
        self._flash.timeout.connect(self._toggle_flash)

    @property
    def unseen_count(self) -> int:
        return len(self._unseen)

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    @property
    def lit(self) -> bool:
        """The button shows its alarm colour right now (it alternates while flashing)."""
        return self._lit

    def refresh(self) -> None:
        """Read the unseen notifications; announce those this desk has not seen yet (at
        start, what is waiting is counted, not announced)."""
        unseen = notifications.unseen_notifications(self._ctx.actor.id, LIMIT)
        new = [] if self._known is None else [n for n in unseen if n.id not in self._known]
        self._known = (self._known or set()) | {n.id for n in unseen}
        changed = [n.id for n in unseen] != [n.id for n in self._unseen]
        self._unseen = unseen
        if new:
            self._announce(new)
        self._update_flash()
        if changed:  # the count is in the button's texts
            self.retranslate()
        if self.panel is not None and self.panel.isVisible():
            self.panel.refresh()

    def _announce(self, new: list[NotificationView]) -> None:
        self.message.emit(arrival_text(new[0]))  # newest first
        if any(n.urgent for n in new):
            QApplication.beep()
            QApplication.alert(self._window)

    def _update_flash(self) -> None:
        urgent = any(n.urgent for n in self._unseen)
        if urgent and not self._flash.isActive():
            self._flash.start()
            self._toggle_flash()
        elif not urgent and self._flash.isActive():
            self._flash.stop()
            self._lit = True
            self._toggle_flash()  # back to normal

    def _toggle_flash(self) -> None:
        self._lit = not self._lit
        self.button.setStyleSheet(
            _FLASH_STYLE if self._lit else _URGENT_STYLE if self._flash.isActive() else ""
        )

    def retranslate(self) -> None:
        count = f"{LIMIT}+" if len(self._unseen) >= LIMIT else str(len(self._unseen))
        self._action.setText(self.tr("Notifications ({count})").format(count=count))
        self._action.setToolTip(
            self.tr(
                "Guests who checked in at the kiosk; VIP and problem customers flash until seen"
            )
            if self._ctx.hotel_mode
            else self.tr(
                "Visitors who checked in at the kiosk; VIP and problem customers flash until seen"
            )
        )
        self.button.setAccessibleName(self.tr("Notifications, {count} unseen").format(count=count))
        if self.panel is not None:
            self.panel.retranslate()  # hotel mode: "Guest"

    def open_panel(self) -> NotificationsPanel:
        """Open (or raise) the list; non-modal, so the desk keeps working."""
        if self.panel is None:
            self.panel = NotificationsPanel(self._ctx, self._window)
            self.panel.seen_marked.connect(self.refresh)
        self.panel.refresh()
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel
