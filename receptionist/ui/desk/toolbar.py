"""The desk's toolbar: the site's name, the actions (find, visit log, category, staff,
notifications, settings) and who is at the desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QWidget

from ...domain.roles import Permission
from ...services import staff
from ...services.access import allowed
from ...services.views import StaffView
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating
from ..staff.picker import remember_actor

ACTOR_CHARS = 14  # the "At the desk" combo is this wide whatever the names
SITE_CHARS = 28


class DeskToolbar(Retranslating, QToolBar):
    """Actions call the ``slots`` given by name (find, visit_log, change_category, staff,
    notifications, settings); ``actor_chosen`` says who is at the desk now."""

    actor_chosen = Signal(object)  # StaffView

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
        self.staff_action = self._action("staff_action", None, slots["staff"])
        self.notifications_action = self._action(
            "notifications_action", None, slots["notifications"]
        )
        self.settings_action = self._action("settings_action", "Ctrl+,", slots["settings"])
        spacer = QWidget(objectName="toolbar_spacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.actor_label = QLabel(objectName="actor_label")
        self.actor_combo = QComboBox(objectName="actor_combo")
        self.actor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.actor_combo.setMinimumContentsLength(ACTOR_CHARS)
        self.actor_label.setBuddy(self.actor_combo)
        self.addWidget(self.actor_label)
        self.addWidget(self.actor_combo)
        self.fill_actors()
        self.actor_combo.activated.connect(self._actor_picked)
        ctx.signals.actor_changed.connect(self.show_what_the_role_may_do)
        self.show_what_the_role_may_do()
        self.retranslate()

    def show_what_the_role_may_do(self) -> None:
        """Hide the actions the actor's role may not use (the services refuse them anyway)."""
        actor = self._ctx.actor
        for action, permission in (
            (self.find_action, Permission.DESK),
            (self.visit_log_action, Permission.VISIT_LOG),
            (self.change_category_action, Permission.DESK),
            (self.staff_action, Permission.STAFF),
        ):
            action.setVisible(allowed(actor, permission))

    def _action(self, name: str, keys: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.widgetForAction(action).setObjectName(f"{name}_button")
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
            (self.staff_action, self.tr("Staff"), self.tr("Manage hosts and receptionists")),
            (self.settings_action, self.tr("Settings"), self.tr("Language, site name, hotel mode")),
        )
        for action, text, tip in texts:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            self.widgetForAction(action).setAccessibleName(text)
        self.actor_label.setText(self.tr("At the desk:"))
        self.actor_combo.setAccessibleName(self.tr("Staff member at the desk"))
        self.actor_combo.setToolTip(
            self.tr("Who is at the desk; changes are recorded under this name")
        )

    # -- who is at the desk -----------------------------------------------------------
    def fill_actors(self) -> None:
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        for person in staff.list_staff():
            self.actor_combo.addItem(person.name, person.id)
        index = self.actor_combo.findData(self._ctx.actor.id)
        if index < 0:  # the actor was deactivated: still show who it is
            self.actor_combo.insertItem(0, self._ctx.actor.name, self._ctx.actor.id)
            index = 0
        self.actor_combo.setCurrentIndex(index)
        self.actor_combo.blockSignals(False)

    def _actor_picked(self, index: int) -> None:
        staff_id = self.actor_combo.itemData(index)
        if staff_id is None or staff_id == self._ctx.actor.id:
            return
        person: StaffView | None = next((p for p in staff.list_staff() if p.id == staff_id), None)
        if person is None:
            return
        self._ctx.actor = person
        remember_actor(person.id)
        self._ctx.signals.actor_changed.emit()
        self.actor_chosen.emit(person)
