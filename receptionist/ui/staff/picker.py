"""Choosing who is at the desk when it opens.

The last choice is remembered on this computer (``QSettings``). The dialog is skipped when
the remembered person is still active, or when exactly one active staff member exists;
when there is nobody yet, it lets the first staff member be added.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Role
from ...domain.errors import DeskError
from ...services import staff
from ...services.views import StaffView
from ..common import labels, options
from ..common.retranslate import Retranslating


def remembered_actor_id() -> int | None:
    return options.ACTOR_ID.get()


def remember_actor(staff_id: int) -> None:
    options.ACTOR_ID.set(staff_id)


class StaffPickerDialog(Retranslating, QDialog):
    """A list of active staff, and a line to add someone (the first one, typically)."""

    def __init__(self, people: list[StaffView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_picker")
        self._people = {p.id: p for p in people}
        self.prompt = QLabel(objectName="staff_picker_prompt")
        self.prompt.setWordWrap(True)
        self.staff_list = QListWidget(objectName="staff_list")
        self.staff_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.new_staff_name = QLineEdit(objectName="new_staff_name")
        self.new_staff_name.setMaxLength(100)
        self.new_staff_name.returnPressed.connect(self.add)
        self.add_staff_button = QPushButton(objectName="add_staff_button")
        self.add_staff_button.setAutoDefault(False)
        self.add_staff_button.clicked.connect(self.add)
        self.error = QLabel(objectName="staff_picker_error")
        self.error.setProperty("role", "error")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("staff_picker_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_staff_name, 1)
        add_row.addWidget(self.add_staff_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.staff_list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Receptionists first: they are the ones who sit at the desk.
        people = sorted(people, key=lambda p: (p.role is not Role.RECEPTIONIST, p.name))
        for person in people:
            self._add_item(person)
        if self.staff_list.count():
            self.staff_list.setCurrentRow(0)
            self.staff_list.setFocus()
        else:
            self.new_staff_name.setFocus()
        self.retranslate()
        self._update_ok()
        self.resize(380, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is at the desk?"))
        self.prompt.setText(
            self.tr("Choose who is at the desk now.")
            if self._people
            else self.tr("No staff yet. Add yourself to start using the desk.")
        )
        self.staff_list.setAccessibleName(self.tr("Staff members"))
        self.new_staff_name.setPlaceholderText(self.tr("New staff member's name"))
        self.new_staff_name.setAccessibleName(self.tr("New staff member's name"))
        self.add_staff_button.setText(self.tr("Add"))
        self.add_staff_button.setAccessibleName(self.tr("Add staff member"))
        for i in range(self.staff_list.count()):
            item = self.staff_list.item(i)
            item.setText(self._item_text(self._people[item.data(Qt.ItemDataRole.UserRole)]))

    @staticmethod
    def _item_text(person: StaffView) -> str:
        parts = [labels.role_label(person.role), person.department]
        return f"{person.name}  ·  " + ", ".join(p for p in parts if p)

    def _add_item(self, person: StaffView) -> QListWidgetItem:
        item = QListWidgetItem(self._item_text(person))
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        self.staff_list.addItem(item)
        return item

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.staff_list.count() > 0
        )

    def add(self) -> None:
        try:
            # Nobody is signed in here: adding staff needs a manager or an administrator
            # (the service says so, in one sentence, below the name).
            person = staff.add_staff(None, self.new_staff_name.text(), role=Role.RECEPTIONIST)
        except DeskError as err:
            self.error.setText(labels.error_text(err))
            self.error.show()
            return
        self.error.hide()
        self.new_staff_name.clear()
        self._people[person.id] = person
        self.staff_list.setCurrentItem(self._add_item(person))
        self.retranslate()
        self._update_ok()
        self.staff_list.setFocus()

    def selected(self) -> StaffView | None:
        item = self.staff_list.currentItem()
        return self._people.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def accept(self) -> None:
        # Enter in the name line adds first; a name that was refused keeps the dialog open.
        if self.new_staff_name.hasFocus() and self.new_staff_name.text().strip():
            return
        if self.selected() is not None:
            super().accept()


def choose_actor(parent: QWidget | None = None) -> StaffView | None:
    """The staff member at the desk, asking only when it is not obvious; None if the
    user cancelled."""
    people = staff.list_staff()
    remembered = remembered_actor_id()
    for person in people:
        if person.id == remembered:
            return person
    if len(people) == 1:
        remember_actor(people[0].id)
        return people[0]
    dialog = StaffPickerDialog(people, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selected()
    if chosen is not None:
        remember_actor(chosen.id)
    return chosen
