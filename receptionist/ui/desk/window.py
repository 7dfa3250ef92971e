"""The desk window: search on the left, check-in in the middle, the on-site board and the
visitors expected today on the right (tabs); a toolbar for the visit log, categories,
staff, notifications, settings, who is signed in and Lock. The desk opens locked and
locks when idle: the sign-in screen then takes the place of its panels (``lock``).

What another process (a kiosk, another desk) writes reaches the desk by itself: a
two-second poll on SQLite, the server's change notices on PostgreSQL, with a banner over
the desk while the server cannot be reached (``updates``). Each minute the closing check
runs (``closing_dialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import customers
from ...services.views import VisitView
from ..archive import entry as archive
from ..archive.duplicates_dialog import open_duplicates
from ..common import icons
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.live import ServerLostBanner
from ..common.retranslate import Retranslating
from ..complaints import desk as complaints_entry
from ..customer.opening import CustomerPages
from ..evacuation import desk as evacuation_entry
from ..lost.entry import LostOpener
from ..outbox import desk as outbox_entry
from ..printing.desk_printing import DeskPrinting
from ..reports.entry import DashboardOpener
from ..tiers.entry import TiersOpener
from . import customer_menus, window_layout
from .board import OnSiteBoard
from .checkin_panel import CheckInPanel
from .closing_dialog import ClosingBanner
from .expected_panel import ExpectedPanel
from .lock import DeskLock
from .notifications_panel import NotificationBell
from .primary import PrimaryButton
from .search_panel import SearchPanel
from .toolbar import DeskToolbar
from .undo_bar import Undoable, UndoBar
from .updates import DeskUpdates

STATUS_MS = 10_000
PRINT_STATUS_MS = 60_000


class DeskWindow(Retranslating, QMainWindow):
    """The window a receptionist keeps open all day."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, deferred: bool = False
    ) -> None:
        """``deferred``: the first frame shows the search box ready for typing, with the
        board, the expected list, the notifications and the closing check still to come:
        the caller runs ``load`` right after (``ui.app.run`` does, once the window is up).
        Otherwise (tests, scripts) the desk is loaded here."""
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._log_window: QWidget | None = None
        self._audit_window: QWidget | None = None
        self.setObjectName("desk_window")

        self.search_panel = SearchPanel(ctx)
        self.checkin_panel = CheckInPanel(ctx)
        if deferred:
            self.checkin_panel.today_panel.hold()
        self.board = OnSiteBoard(ctx, load=False)
        self.expected_panel = ExpectedPanel(ctx, load=False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="desk_splitter")
        for panel in (self.search_panel, self.checkin_panel, self._build_right_column()):
            self.splitter.addWidget(panel)
            self.splitter.setCollapsible(self.splitter.indexOf(panel), False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 5)
        self.server_banner = ServerLostBanner()
        central = QWidget(objectName="desk_central")
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.server_banner)
        central_layout.addWidget(self.splitter, 1)
        self.desk_lock = DeskLock(self, central)
        self.signin_screen = self.desk_lock.screen
        self.setCentralWidget(self.desk_lock.stack)

        self.toolbar = DeskToolbar(
            ctx,
            {
                "find": self.focus_search,
                "visit_log": self.open_visit_log,
                "change_category": self.change_category,
                "customer_page": lambda: self.open_customer_page(),
                "staff": self.open_staff,
                "notifications": lambda: self.notifications.open_panel(),
                "settings": self.open_settings,
                "audit": self.open_audit_trail,
                "tiers": lambda: self.tiers.open(),
                "lost": lambda: self.lost.open(),
                "dashboard": lambda: self.dashboard.open(),
                "complaints": lambda: self.complaints.open_list(),
                "outbox": lambda: self.outbox.open(),
                "duplicates": lambda: open_duplicates(self.ctx, self),
                "import_archive": lambda: archive.open_import(self.ctx, self),
                "export_archive": lambda: archive.open_export(self.ctx, self),
                "lock": self.lock,
            },
            self,
        )
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.notifications_action = self.toolbar.notifications_action
        self.change_category_action = self.toolbar.change_category_action
        self.customer_page_action = self.toolbar.customer_page_action
        self.customer_pages = CustomerPages(ctx, self)
        self.tiers = TiersOpener(ctx, lambda cid: self.open_customer_page(cid), self)
        self.lost = LostOpener(ctx, self)
        self.dashboard = DashboardOpener(ctx, self)
        self.complaints = complaints_entry.install(self)
        self.outbox = outbox_entry.install(self)  # the sender: started by ``ui.app.run``
        self.evacuation = evacuation_entry.install(self)  # Manage → Evacuation list…
        customer_menus.install(self)
        self.visit_log_action = self.toolbar.visit_log_action
        self.actor_label = self.toolbar.actor_label
        self.site_name_label = self.toolbar.site_name_label
        self.notifications = NotificationBell(
            ctx,
            self.notifications_action,
            self.toolbar.widgetForAction(self.notifications_action),
            self,
        )
        self.notifications.message.connect(self.show_message)
        self.updates = DeskUpdates(self)
        self.statusBar().setObjectName("desk_status")
        self.statusBar().setSizeGripEnabled(False)
        self.undo_bar = UndoBar(ctx, self.statusBar())
        self.undo_bar.message.connect(self.show_message)
        self._build_print_status()
        self.statusBar().addPermanentWidget(self.desk_lock.restore_button)

        self.search_panel.customer_selected.connect(self._customer_selected)
        self.search_panel.message.connect(self.show_message)
        self.search_panel.checked_in.connect(self._checked_in)
        self.checkin_panel.checked_in.connect(self._checked_in)
        self.checkin_panel.plan_requested.connect(self.plan_visit)
        self.expected_panel.checked_in.connect(self._checked_in)
        self.expected_panel.message.connect(self.show_message)
        self.checkin_panel.change_category_requested.connect(self.change_category)
        self.board.message.connect(self.show_message)
        self.printing = DeskPrinting(ctx, self)
        self.printing.message.connect(self.show_print_message)
        self.printing.printed.connect(lambda _code: self.board.update_print_buttons())
        self.board.print_requested.connect(
            lambda kind, code: self.printing.print_visit_document(kind, code, deliberate=True)
        )
        self.board.preview_requested.connect(self.printing.preview)
        self.expected_panel.print_requested.connect(self.printing.print_invitation)
        for model in (self.board.model, self.expected_panel.model):
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._update_tab_titles)
        ctx.signals.checked_out.connect(self._checked_out)
        ctx.signals.checked_out.connect(self.printing.after_check_out)
        for edit in (self.search_panel.search_box, self.board.checkout_code):
            self.undo_bar.watch(edit)
        QShortcut(
            QKeySequence("Escape"),
            self.checkin_panel,
            self.focus_search,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(QKeySequence("Ctrl+E"), self, self.show_expected)
        self.board.onsite_table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_actions()
        )
        ctx.signals.settings_changed.connect(self.retranslate)  # site name in the title
        ctx.signals.settings_changed.connect(self.desk_lock.read_minutes)
        ctx.signals.actor_changed.connect(self.toolbar.show_actor)
        self.desk_lock.locked_changed.connect(self._locked_changed)
        ctx.signals.customer_changed.connect(lambda _id: self._update_actions())

        register = self.search_panel.register_form
        self.primary = PrimaryButton(
            (
                (self.expected_panel.expected_checkin_button, self.expected_panel),
                (register.use_existing_button, register.use_existing_button),
                (register.save_button, register),
                (self.checkin_panel.checkin_button, self.checkin_panel),
            ),
            (register.save_button, self.checkin_panel.checkin_button),
            self,
        )
        self.search_panel.stack.currentChanged.connect(self.primary.refresh)
        self.right_tabs.currentChanged.connect(self.primary.refresh)

        icons.decorate(self, icons.DESK_ICONS)
        window_layout.restore(self, self.splitter)
        self.retranslate()
        self._update_actions()
        self.search_panel.search_box.setFocus()
        self.primary.refresh()
        if not ctx.signed_in:  # the app opens the desk locked: first, who is here
            self.lock()
        elif not deferred:
            self.load()

    @property
    def loaded(self) -> bool:
        """Whether ``load`` has run."""
        return self._loaded

    def load(self) -> None:
        """Read what the desk shows besides the search box: who is on site, who is
        expected, the notifications waiting (counted, not announced), the day at a
        glance, the closing check (no-shows of past days; the list after closing time);
        then poll, or listen for other stations' changes."""
        if self._loaded:
            return
        self._loaded = True
        self.updates.listen()
        if self.isVisible():
            self.updates.start()  # its closing check marks no-shows, then reads the board
        else:
            self.board.refresh()
        self.expected_panel.refresh()
        self.notifications.refresh()
        self.complaints.overdue.refresh()
        self.checkin_panel.today_panel.release()

    def _build_right_column(self) -> QWidget:
        """The closing-time warning over the tabs "On site" | "Expected today"."""
        column = QWidget(objectName="right_column")
        # The warning counts the board's rows: one refresh drives both.
        self.closing_banner = ClosingBanner(
            self.ctx, on_site=self.board.model.visits, refresh=self.board.refresh
        )
        model = self.board.model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.closing_banner.update_warning)
        self.right_tabs = QTabWidget(objectName="right_tabs")
        self.right_tabs.setDocumentMode(True)
        self.right_tabs.addTab(self.board, "")
        self.right_tabs.addTab(self.expected_panel, "")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.closing_banner)
        layout.addWidget(self.right_tabs, 1)
        return column

    def _update_tab_titles(self, *_args) -> None:
        self.right_tabs.setTabText(
            0, self.tr("On site ({count})").format(count=self.board.model.rowCount())
        )
        self.right_tabs.setTabText(
            1, self.tr("Expected today ({count})").format(count=self.expected_panel.count())
        )

    def show_expected(self) -> None:
        """The "Expected today" tab, its list focused (Ctrl+E)."""
        self.right_tabs.setCurrentWidget(self.expected_panel)
        self.expected_panel.focus_list()
        self.primary.refresh()  # also when the window is not active (no focus signal)

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{site} — Receptionist").format(site=self.ctx.site.site_name))
        self.setAccessibleName(self.tr("Reception desk"))
        self.toolbar.retranslate()
        self.desk_lock.retranslate()
        self.open_printouts_button.setText(self.tr("Open folder"))
        self.open_printouts_button.setAccessibleName(self.tr("Open the folder of saved printouts"))
        self.print_status.setAccessibleName(self.tr("Printing status"))
        self.notifications.retranslate()
        self._update_tab_titles()
        self.right_tabs.setAccessibleName(self.tr("On site now and expected today"))
        self.right_tabs.setTabToolTip(
            1, self.tr("Planned visits of today not checked in yet (Ctrl+E)")
        )

    # -- locked: the sign-in screen over the desk ---------------------------------------
    @property
    def locked(self) -> bool:
        return self.desk_lock.locked

    def lock(self) -> None:
        """Cover the desk with the sign-in screen (Lock, Ctrl+Shift+L; also after the
        site's idle time)."""
        self.desk_lock.lock()

    def _locked_changed(self, locked: bool) -> None:
        """While locked, nothing of the desk shows or answers a key: its bars are hidden,
        its actions and shortcuts off. Signed in: the desk is back (loaded, the first
        time), the cursor where it was, else in the search box."""
        self.toolbar.setVisible(not locked)
        self.statusBar().setVisible(not locked)
        for action in self.toolbar.actions():
            action.setEnabled(not locked)
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(not locked)
        if locked:
            self.statusBar().clearMessage()
            self.undo_bar.dismiss()
            self.customer_pages.hide_all()  # personal data: not left on screen
            return
        self._update_actions()
        self.retranslate()
        if not self._loaded:
            self.load()
        if not self.desk_lock.restored_focus():
            self.focus_search()

    # -- the flow of the desk ---------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def status_text(self) -> str:
        """What the status bar says now: the last message, or what Undo would take back."""
        return self.statusBar().currentMessage() or self.undo_bar.text()

    def _build_print_status(self) -> None:
        """Right side of the status bar: the last print's outcome, and the folder of a
        saved PDF; it stays a minute, never in the way of the desk."""
        self.print_status = ElidedLabel(objectName="print_status", max_chars=60)
        self.open_printouts_button = QPushButton(objectName="open_printouts_button")
        self.open_printouts_button.setFlat(True)
        self.open_printouts_button.setStyleSheet("color: #1d4ed8; text-decoration: underline;")
        self.open_printouts_button.clicked.connect(self.open_printouts)
        self._printouts = ""
        self._print_status_timer = QTimer(self, singleShot=True, interval=PRINT_STATUS_MS)
        self._print_status_timer.timeout.connect(lambda: self.show_print_message("", ""))
        self.statusBar().addPermanentWidget(self.print_status)
        self.statusBar().addPermanentWidget(self.open_printouts_button)
        self.print_status.hide()
        self.open_printouts_button.hide()

    def show_print_message(self, text: str, folder: str = "") -> None:
        """The outcome of a print; with ``folder``, a button to open where the PDF is."""
        self.print_status.setText(text)
        self.print_status.setVisible(bool(text))
        self._printouts = folder
        self.open_printouts_button.setVisible(bool(folder))
        if text:
            self._print_status_timer.start()

    def open_printouts(self) -> None:
        if self._printouts:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._printouts))

    def focus_search(self) -> None:
        self.search_panel.focus_search()

    def _customer_selected(self, customer_id: int) -> None:
        self.checkin_panel.set_customer(customer_id)
        self.checkin_panel.focus_purpose()
        self._update_actions()

    def _checked_in(self, visit: VisitView) -> None:
        """After any check-in at this desk: say so (with Undo for an invited visitor),
        show them on the board, clear the panel if it still shows them, print the slip."""
        text = self.tr("Checked in {name} — {code}").format(
            name=visit.customer_name, code=visit.code
        )
        if visit.invite_code:
            self.undo_bar.offer(Undoable.CHECK_IN, visit, text)
        else:
            self.show_message(text)
        shown = self.checkin_panel.customer
        if shown is not None and shown.id == visit.customer_id:
            self.checkin_panel.clear()  # not "Already on site" in red: they just arrived
        self.right_tabs.setCurrentWidget(self.board)
        self.board.select_code(visit.code)
        self.search_panel.focus_search(clear=True)
        self._update_actions()
        self.printing.after_check_in(visit)  # after the commit; a failure only says so
        self.outbox.nudge()  # the host's messages go now, not at the next pass

    def _checked_out(self, visit: VisitView) -> None:
        self.undo_bar.offer(
            Undoable.CHECK_OUT,
            visit,
            QCoreApplication.translate("CheckOut", "Checked out {name} — {code}").format(
                name=visit.customer_name, code=visit.code
            ),
        )

    def _update_actions(self) -> None:
        self.change_category_action.setEnabled(self.selected_customer_id() is not None)

    def selected_customer_id(self) -> int | None:
        """The customer in the check-in panel, else the one selected on the board."""
        if self.checkin_panel.customer is not None:
            return self.checkin_panel.customer.id
        visit = self.board.selected_visit()
        return visit.customer_id if visit else None

    # -- what other processes write ----------------------------------------------------
    def poll(self) -> None:
        """Read again what another process may have changed (``updates``)."""
        self.updates.poll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:
            self.updates.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # minimised: keep listening for arrivals
            self.updates.pause()

    # -- other windows ----------------------------------------------------------------
    def plan_visit(self, customer_id: int) -> QWidget:
        """Open the plan-a-visit dialog for a customer (modal); the dialog."""
        from .plan_dialog import PlanVisitDialog

        dialog = PlanVisitDialog(
            self.ctx, customers.get_customer(self.ctx.actor.id, customer_id), self
        )
        dialog.print_requested.connect(self.printing.print_invitation)
        dialog.planned.connect(self._planned)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _planned(self, visit: VisitView) -> None:
        self.expected_panel.refresh()
        self.show_message(
            self.tr("Planned the visit of {name}: invitation {code}").format(
                name=visit.customer_name, code=visit.invite_code
            )
        )

    @property
    def visit_log_window(self) -> QWidget | None:
        """The visit log window, once it has been opened."""
        return self._log_window

    def open_visit_log(self) -> None:
        from ..visit_log.window import VisitLogWindow

        if self._log_window is None:
            self._log_window = VisitLogWindow(self.ctx)
            self._log_window.resize(1100, 650)
            customer_menus.install_on_log(self, self._log_window)
        self._log_window.show()
        self._log_window.raise_()
        self._log_window.activateWindow()

    @property
    def audit_window(self) -> QWidget | None:
        """The audit trail window, once it has been opened."""
        return self._audit_window

    def open_audit_trail(self) -> None:
        from ..audit.window import AuditTrailWindow

        if self._audit_window is None:
            self._audit_window = AuditTrailWindow(self.ctx)
            self._audit_window.resize(1100, 650)
        self._audit_window.show()
        self._audit_window.raise_()
        self._audit_window.activateWindow()

    def open_customer_page(self, customer_id: int | None = None) -> QWidget | None:
        """The customer page (Ctrl+I) of ``customer_id``, else of the search hit under the
        cursor, else of the customer chosen at the desk or selected on the board."""
        customer_id = customer_id or customer_menus.focused_customer(self)
        if customer_id is None:
            self.show_message(self.tr("Pick a customer first."))
            return None
        return self.customer_pages.open(customer_id)

    def change_category(self, customer_id: int | None = None) -> None:
        from .category_dialog import CategoryDialog

        customer_id = customer_id or self.selected_customer_id()
        if customer_id is None:
            self.show_message(self.tr("Pick a customer first."))
            return
        CategoryDialog(self.ctx, customer_id, self).exec()

    def open_staff(self) -> None:
        from ..staff.dialog import StaffDialog

        StaffDialog(self.ctx, self).exec()

    def open_settings(self) -> None:
        from ..settings.dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_layout.save(self, self.splitter)
        self.search_panel.stop()
        self.updates.close()
        self.outbox.close()
        self.evacuation.close()
        for window in (
            self._log_window,
            self._audit_window,
            self.tiers.window,
            self.lost.window,
            self.dashboard.window,
            self.complaints.window,
            self.notifications.panel,
            self.closing_banner.dialog,
        ):
            if window is not None:
                window.close()
        super().closeEvent(event)
