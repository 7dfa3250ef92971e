"""The desk window: search on the left, check-in in the middle, the on-site board and the
visitors expected today on the right (tabs); a toolbar for the visit log, categories,
staff, notifications, settings and who is at the desk.

One two-second poll reads what another process (a kiosk, another desk) may have written:
the expected list, the notifications, and the board when its tab is hidden (it polls
itself while shown). Each minute the closing check runs (``closing_dialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...services import customers, staff
from ...services.views import VisitView
from ..common import icons
from ..common.context import DeskContext
from ..common.retranslate import Retranslating
from ..printing.desk_printing import DeskPrinting
from ..staff.picker import desk_settings, remember_actor
from .board import POLL_MS, OnSiteBoard
from .checkin_panel import CheckInPanel
from .closing_dialog import ClosingBanner
from .expected_panel import ExpectedPanel
from .notifications_panel import NotificationBell
from .search_panel import SearchPanel

STATUS_MS = 10_000
PRINT_STATUS_MS = 60_000


class DeskWindow(Retranslating, QMainWindow):
    """The window a receptionist keeps open all day."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._log_window: QWidget | None = None
        self.setObjectName("desk_window")

        self.search_panel = SearchPanel(ctx)
        self.checkin_panel = CheckInPanel(ctx)
        self.board = OnSiteBoard(ctx)
        self.expected_panel = ExpectedPanel(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="desk_splitter")
        for panel in (self.search_panel, self.checkin_panel, self._build_right_column()):
            self.splitter.addWidget(panel)
            self.splitter.setCollapsible(self.splitter.indexOf(panel), False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 5)
        self.setCentralWidget(self.splitter)

        self._build_toolbar()
        self.notifications = NotificationBell(
            ctx,
            self.notifications_action,
            self.toolbar.widgetForAction(self.notifications_action),
            self,
        )
        self.notifications.message.connect(self.show_message)
        self._poll = QTimer(self, interval=POLL_MS, timeout=self.poll)
        self.statusBar().setObjectName("desk_status")
        self.statusBar().setSizeGripEnabled(False)
        self._build_print_status()

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
        ctx.signals.checked_out.connect(self.printing.after_check_out)
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
        ctx.signals.staff_changed.connect(self._fill_actors)
        ctx.signals.actor_changed.connect(self._fill_actors)
        ctx.signals.customer_changed.connect(lambda _id: self._update_actions())

        icons.decorate(self, icons.DESK_ICONS)
        self._restore_layout()
        self.notifications.refresh()
        self.retranslate()
        self._update_actions()
        self.search_panel.search_box.setFocus()

    def _build_right_column(self) -> QWidget:
        """The closing-time warning over the tabs "On site" | "Expected today"."""
        column = QWidget(objectName="right_column")
        self.closing_banner = ClosingBanner(self.ctx)
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

    # -- toolbar ----------------------------------------------------------------------
    def _action(self, name: str, keys: str | None, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.toolbar.widgetForAction(action).setObjectName(f"{name}_button")
        return action

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(objectName="desk_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.site_name_label = QLabel(objectName="site_name_label")
        self.toolbar.addWidget(self.site_name_label)
        self.toolbar.addSeparator()
        self.find_action = self._action("find_action", "Ctrl+F", self.focus_search)
        self.visit_log_action = self._action("visit_log_action", "Ctrl+L", self.open_visit_log)
        self.change_category_action = self._action(
            "change_category_action", "Ctrl+K", lambda: self.change_category()
        )
        self.staff_action = self._action("staff_action", None, self.open_staff)
        self.notifications_action = self._action(
            "notifications_action", None, lambda: self.notifications.open_panel()
        )
        self.settings_action = self._action("settings_action", "Ctrl+,", self.open_settings)
        spacer = QWidget(objectName="toolbar_spacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.actor_label = QLabel(objectName="actor_label")
        self.actor_combo = QComboBox(objectName="actor_combo")
        self.actor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.actor_label.setBuddy(self.actor_combo)
        self.toolbar.addWidget(self.actor_label)
        self.toolbar.addWidget(self.actor_combo)
        self._fill_actors()
        self.actor_combo.activated.connect(self._actor_chosen)

    def _fill_actors(self) -> None:
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        for person in staff.list_staff():
            self.actor_combo.addItem(person.name, person.id)
        index = self.actor_combo.findData(self.ctx.actor.id)
        if index < 0:  # the actor was deactivated: still show who it is
            self.actor_combo.insertItem(0, self.ctx.actor.name, self.ctx.actor.id)
            index = 0
        self.actor_combo.setCurrentIndex(index)
        self.actor_combo.blockSignals(False)

    def _actor_chosen(self, index: int) -> None:
        staff_id = self.actor_combo.itemData(index)
        if staff_id is None or staff_id == self.ctx.actor.id:
            return
        person = next((p for p in staff.list_staff() if p.id == staff_id), None)
        if person is None:
            return
        self.ctx.actor = person
        remember_actor(person.id)
        self.ctx.signals.actor_changed.emit()
        self.show_message(self.tr("{name} is at the desk now.").format(name=person.name))

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{site} — Receptionist").format(site=self.ctx.site.site_name))
        self.site_name_label.setText(self.ctx.site.site_name)
        self.setAccessibleName(self.tr("Reception desk"))
        texts = (
            (self.find_action, self.tr("Find"), self.tr("Go to the search box")),
            (self.visit_log_action, self.tr("Visit log"), self.tr("Browse past visits")),
            (
                self.change_category_action,
                self.tr("Change category"),
                self.tr("Change the selected customer's category"),
            ),
            (self.staff_action, self.tr("Staff"), self.tr("Manage hosts and receptionists")),
            (self.settings_action, self.tr("Settings"), self.tr("Language, site name, hotel mode")),
        )
        for action, text, tip in texts:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(text)
        self.actor_label.setText(self.tr("At the desk:"))
        self.actor_combo.setAccessibleName(self.tr("Staff member at the desk"))
        self.actor_combo.setToolTip(
            self.tr("Who is at the desk; changes are recorded under this name")
        )
        self.open_printouts_button.setText(self.tr("Open folder"))
        self.open_printouts_button.setAccessibleName(self.tr("Open the folder of saved printouts"))
        self.print_status.setAccessibleName(self.tr("Printing status"))
        self.notifications.retranslate()
        self._update_tab_titles()
        self.right_tabs.setAccessibleName(self.tr("On site now and expected today"))
        self.right_tabs.setTabToolTip(
            1, self.tr("Planned visits of today not checked in yet (Ctrl+E)")
        )

    # -- the flow of the desk ---------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _build_print_status(self) -> None:
        """Right side of the status bar: the last print's outcome, and the folder of a
        saved PDF; it stays a minute, never in the way of the desk."""
        self.print_status = QLabel(objectName="print_status")
        self.open_printouts_button = QPushButton(objectName="open_printouts_button")
        self.open_printouts_button.setFlat(True)
        self.open_printouts_button.setStyleSheet("color: #1d4ed8; text-decoration: underline;")
        self.open_printouts_button.clicked.connect(self.open_printouts)
        self._printouts = ""
        self._print_status_timer = QTimer(
            self,
            singleShot=True,
            interval=PRINT_STATUS_MS,
            timeout=lambda: self.show_print_message("", ""),
        )
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
        self.show_message(
            self.tr("Checked in {name} — {code}").format(name=visit.customer_name, code=visit.code)
        )
        self.board.select_code(visit.code)
        self.search_panel.focus_search(clear=True)
        self._update_actions()
        self.printing.after_check_in(visit)  # after the commit; a failure only says so

    def _update_actions(self) -> None:
        self.change_category_action.setEnabled(self.selected_customer_id() is not None)

    def selected_customer_id(self) -> int | None:
        """The customer in the check-in panel, else the one selected on the board."""
        if self.checkin_panel.customer is not None:
            return self.checkin_panel.customer.id
        visit = self.board.selected_visit()
        return visit.customer_id if visit else None

    # -- polling what other processes write --------------------------------------------
    def poll(self) -> None:
        if not self.board.isVisible():  # shown, it polls itself
            self.board.refresh()
        self.expected_panel.refresh()
        self.notifications.refresh()
        if self.checkin_panel.today_panel.isVisible():  # no visitor chosen
            self.checkin_panel.today_panel.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._poll.isActive():
            self._poll.start()
            self.closing_banner.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # minimised: keep listening for arrivals
            self._poll.stop()
            self.closing_banner.stop()

    # -- other windows ----------------------------------------------------------------
    def plan_visit(self, customer_id: int) -> QWidget:
        """Open the plan-a-visit dialog for a customer (modal); the dialog."""
        from .plan_dialog import PlanVisitDialog

        dialog = PlanVisitDialog(self.ctx, customers.get_customer(customer_id), self)
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
        self._log_window.show()
        self._log_window.raise_()
        self._log_window.activateWindow()

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

    # -- window layout (belongs to this computer) -------------------------------------
    def _restore_layout(self) -> None:
        settings = desk_settings()
        geometry = settings.value("desk/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = settings.value("desk/splitter")
        if not isinstance(splitter, QByteArray) or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([380, 330, 570])

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = desk_settings()
        settings.setValue("desk/geometry", self.saveGeometry())
        settings.setValue("desk/splitter", self.splitter.saveState())
        for window in (self._log_window, self.notifications.panel, self.closing_banner.dialog):
            if window is not None:
                window.close()
        super().closeEvent(event)
