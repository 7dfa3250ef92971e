"""The host picker of the desk: the check-in panel and the plan-a-visit dialog use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...domain.roles import Permission
from ...services import staff
from ...services.access import allowed
from ...services.views import StaffView

MIN_CHARS = 16
_TAKE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class HostCombo(QComboBox):
    """Pick a host: an editable combo of active staff with "No host" first, completing on
    any part of a name. Used by the check-in panel and the plan-a-visit dialog.

    Enter (or Tab) takes the highlighted suggestion, or the first one when none is
    highlighted: typing "sar" and Enter chooses "Sarah Johnson". (Highlighting one as you
    type is not possible: Qt then writes it into the field under your fingers.) A long
    staff name does not widen the combo: it is sized for ``MIN_CHARS`` characters.
    """

    def __init__(
        self, name: str, actor: Callable[[], StaffView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._actor = actor  # who is at the desk when the list is read
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # An editable combo has its line edit and completer from now on, and a popup
        # completer keeps its popup (Qt types all three as optional).
        edit, completer = self.lineEdit(), self.completer()
        if edit is None or completer is None:
            raise RuntimeError("an editable combo box without its line edit or completer")
        edit.setObjectName(name.removesuffix("_combo") + "_edit")
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        popup = completer.popup()
        if popup is None:
            raise RuntimeError("a popup completer without its popup")
        popup.installEventFilter(self)
        self.edit, self._completer, self._popup = edit, completer, popup
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARS)
        self.reload()
        self.retranslate()

    def _highlight_first(self) -> None:
        """With nothing highlighted, highlight the first suggestion (Enter takes it)."""
        popup = self._popup
        if popup.isVisible() and not popup.currentIndex().isValid():
            popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs before the completer's own filter on its popup: with nothing highlighted,
        # Enter would only close the popup and leave "sar" in the field.
        if (
            watched is self._popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _TAKE_KEYS
        ):
            self._highlight_first()
        return super().eventFilter(watched, event)

    def retranslate(self, hotel_mode: bool = False) -> None:
        self.setAccessibleName(
            self.tr("Host who receives the guest")
            if hotel_mode
            else self.tr("Host who receives the visitor")
        )
        self.edit.setAccessibleName(self.accessibleName())
        self.edit.setPlaceholderText(self.tr("Type to find a host"))
        if self.count():
            self.setItemText(0, self.tr("No host"))

    def reload(self) -> None:
        """Fill with the active staff, keeping the chosen one (nobody signed in, or a role
        that may not check visitors in: "No host" alone)."""
        current = self.currentData()
        self.clear()
        self.addItem(self.tr("No host"), None)
        actor = self._actor()
        people = staff.list_staff(actor.id) if allowed(actor, Permission.DESK) else []
        for person in people:
            self.addItem(person.name, person.id)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))

    def select_host(self, host_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(host_id), 0) if host_id is not None else 0)

    def host_id(self) -> tuple[bool, int | None]:
        """The chosen host (ok, id); an unknown typed name is not ok."""
        text = self.currentText().strip()
        if not text:
            return True, None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return False, None
        return True, self.itemData(index)

    def unknown_host_text(self) -> str:
        """What to say when the typed name is not an active staff member."""
        return self.tr("No active staff member has this name; pick a host from the list.")
