"""The desk's toolbar: the site's name, the actions (find, visit log, category, the
customer page, notifications, settings), the managers' menu "Manage" (staff and the
audit trail; then the archive: tiers, duplicates, import, export), who is signed in, and Lock.
It fits 1280 pixels in both languages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from ...domain.roles import Permission
from ...services.access import allowed
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating

ACTOR_CHARS = 16  # the signed-in name is elided beyond this (bold: ~12 characters)
LOCK_KEYS = "Ctrl+Shift+L"  # Ctrl+L opens the visit log
SITE_CHARS = 28


class DeskToolbar(Retranslating, QToolBar):
    """Actions call the ``slots`` given by name (find, visit_log, change_category, staff,
    notifications, settings, lock); the name of who is signed in is on the right."""

    def __init__(
        self, ctx: DeskContext, slots: dict[str, Callable[[], object]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("desk_toolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.site_name_label = ElidedLabel(objectName="site_name_label", max_chars=SITE_CHARS)
        self.addWidget(self.site_name_label)
        self.addSeparator()
        self.find_action = self._action("find_action", "Ctrl+F", slots["find"])
        self.visit_log_action = self._action("visit_log_action", "Ctrl+L", slots["visit_log"])
        self.change_category_action = self._action(
            "change_category_action", "Ctrl+K", slots["change_category"]
        )
        self.customer_page_action = self._action(
            "customer_page_action", "Ctrl+I", slots["customer_page"]
        )
        self.notifications_action = self._action(
            "notifications_action", None, slots["notifications"]
        )
        self.settings_action = self._action("settings_action", "Ctrl+,", slots["settings"])
        self.manage_menu, self.manage_button = self._menu("manage_menu")
        self.staff_action = self._menu_action(self.manage_menu, "staff_action", slots["staff"])
        self.audit_action = self._menu_action(self.manage_menu, "audit_action", slots["audit"])
        self.complaints_action = self._menu_action(
            self.manage_menu, "complaints_action", slots["complaints"]
        )
        self.outbox_action = self._menu_action(self.manage_menu, "outbox_action", slots["outbox"])
        self.archive_section = self.manage_menu.addSeparator()
        self.tiers_action = self._menu_action(self.manage_menu, "tiers_action", slots["tiers"])
        self.duplicates_action = self._menu_action(
            self.manage_menu, "duplicates_action", slots["duplicates"]
        )
        self.import_action = self._menu_action(
            self.manage_menu, "import_action", slots["import_archive"]
        )
        self.export_action = self._menu_action(
            self.manage_menu, "export_action", slots["export_archive"]
        )
        self.lost_action = self._menu_action(self.manage_menu, "lost_action", slots["lost"])
        self.dashboard_action = self._menu_action(
            self.manage_menu, "dashboard_action", slots["dashboard"]
        )
        self.show_allowed_actions()
        ctx.signals.actor_changed.connect(self.show_allowed_actions)
        spacer = QWidget(objectName="toolbar_spacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.actor_label = ElidedLabel(objectName="actor_label", max_chars=ACTOR_CHARS)
        self.actor_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.actor_label.setStyleSheet("font-weight: bold;")
        self.addWidget(self.actor_label)
        self.lock_action = self._action("lock_action", LOCK_KEYS, slots["lock"])
        self.retranslate()

    def _action(self, name: str, keys: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.widgetForAction(action).setObjectName(f"{name}_button")
        return action

    def _menu(self, name: str) -> tuple[QMenu, QToolButton]:
        """A toolbar button that opens a menu (shown when one of its actions is)."""
        menu = QMenu(self)
        menu.setObjectName(name)
        button = QToolButton(self)
        button.setObjectName(f"{name}_button")
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setProperty("holder", self.addWidget(button))
        return menu, button

    def _menu_action(self, menu: QMenu, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.site_name_label.setText(self._ctx.site.site_name)
        texts = (
            (self.find_action, self.tr("Find"), self.tr("Go to the search box")),
            (self.visit_log_action, self.tr("Visit log"), self.tr("Browse past visits")),
            (
                self.change_category_action,
                self.tr("Change category"),
                self.tr("Change the selected customer's category"),
            ),
            (
                self.customer_page_action,
                self.tr("Customer page"),
                self.tr("Open the chosen customer's page: details, preferences, special dates"),
            ),
            (self.staff_action, self.tr("Staff"), self.tr("Manage hosts and receptionists")),
            (self.settings_action, self.tr("Settings"), self.tr("Language, site name, hotel mode")),
            (
                self.audit_action,
                self.tr("Audit trail"),
                self.tr("Who did what, and when; check that nobody rewrote it"),
            ),
            (
                self.complaints_action,
                self.tr("Complaints…"),
                self.tr("Every complaint and its five steps; the overdue ones first"),
            ),
            (
                self.outbox_action,
                self.tr("Outbox…"),
                self.tr("Messages to staff by e-mail and work chat: sent, waiting, given up"),
            ),
            (
                self.tiers_action,
                self.tr("Tiers…"),
                self.tr("Value tiers and stars per period: results, movements, suggestions"),
            ),
            (
                self.lost_action,
                self.tr("Lost customers…"),
                self.tr("Customers drifting away: why they left, who wins them back, the report"),
            ),
            (
                self.dashboard_action,
                self.tr("Dashboard…"),
                self.tr("Visits, satisfaction, complaints, tiers and follow-ups in charts"),
            ),
            (
                self.duplicates_action,
                self.tr("Duplicates…"),
                self.tr("Find customers recorded twice and merge them"),
            ),
            (
                self.import_action,
                self.tr("Import…"),
                self.tr("Import customers or purchases from a CSV or Excel file"),
            ),
            (
                self.export_action,
                self.tr("Export…"),
                self.tr("Export the customer archive to a CSV or Excel file"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
            button = self.widgetForAction(action)
            if button is not None:  # not a menu's
                button.setAccessibleName(text)
        self.manage_button.setText(self.tr("Manage"))
        self.manage_button.setToolTip(
            self.tr("Staff, the audit trail and the customer archive (duplicates, import, export)")
        )
        self.manage_button.setAccessibleName(self.tr("Manage"))
        self.manage_menu.setToolTipsVisible(True)
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(
            self.tr("Lock the desk: the next person signs in ({keys})").format(
                keys=self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.widgetForAction(self.lock_action).setAccessibleName(self.tr("Lock the desk"))
        self.actor_label.setAccessibleName(self.tr("Signed in"))
        self.show_actor()

    def show_allowed_actions(self) -> None:
        """Show only the actions the staff member at the desk may use (the services refuse
        the others anyway)."""
        actor = self._ctx.actor
        for action, permission in (
            (self.find_action, Permission.DESK),
            (self.visit_log_action, Permission.VISIT_LOG),
            (self.change_category_action, Permission.DESK),
            (self.customer_page_action, Permission.DESK),
            (self.staff_action, Permission.STAFF),
            (self.audit_action, Permission.AUDIT),
            (self.complaints_action, Permission.DESK),
            (self.outbox_action, Permission.DESK),
            (self.tiers_action, Permission.REPORTS),
            (self.lost_action, Permission.REPORTS),
            (self.dashboard_action, Permission.REPORTS),
            (self.duplicates_action, Permission.ARCHIVE),
            (self.import_action, Permission.ARCHIVE),
            (self.export_action, Permission.EXPORT),
        ):
            action.setVisible(allowed(actor, permission))
        actions = [a for a in self.manage_menu.actions() if not a.isSeparator()]
        self.manage_button.property("holder").setVisible(any(a.isVisible() for a in actions))
        # The archive's group is set apart only when the staff group shows too.
        staff_part = any(
            a.isVisible()
            for a in (
                self.staff_action,
                self.audit_action,
                self.complaints_action,
                self.outbox_action,
            )
        )
        archive_part = any(
            a.isVisible()
            for a in (
                self.tiers_action,
                self.lost_action,
                self.dashboard_action,
                self.duplicates_action,
                self.import_action,
                self.export_action,
            )
        )
        self.archive_section.setVisible(staff_part and archive_part)

    # -- who is at the desk -----------------------------------------------------------
    def show_actor(self) -> None:
        """The name of the staff member signed in at the desk (changes are recorded under
        it)."""
        self.actor_label.setText(self._ctx.actor.name)  # the whole name on hover
