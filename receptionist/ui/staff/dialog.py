"""Managing the staff list: hosts and receptionists are added, deactivated, reactivated,
and given the password or PIN they sign in with.

Staff are never deleted (their visits keep pointing at them); deactivated staff can no
longer act at the desk or be chosen as a host. The "Signs in with" column shows who can
sign in (a password, a PIN, or nothing yet); the secret itself is never shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...domain import credentials
from ...domain.enums import Role
from ...domain.errors import DeskError
from ...services import auth, staff
from ...services.views import StaffView
from ..common.forms import error_label
from ..common.labels import error_text, role_label
from ..common.retranslate import Retranslating

COL_NAME, COL_DEPARTMENT, COL_ROLE, COL_ACTIVE, COL_SIGN_IN = range(5)
COLUMNS = 5
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 30
_Index = QModelIndex | QPersistentModelIndex


class StaffModel(QAbstractTableModel):
    """Every staff member, active or not, by name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._staff: list[StaffView] = []

    def reload(self, actor_id: int) -> None:
        self.beginResetModel()
        self._staff = staff.list_staff(actor_id, active_only=False)
        self.endResetModel()

    def staff_at(self, row: int) -> StaffView:
        return self._staff[row]

    def row_of(self, staff_id: int) -> int:
        for row, person in enumerate(self._staff):
            if person.id == staff_id:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._staff:
            last = self.index(len(self._staff) - 1, COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._staff)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._staff[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return person.name
            if col == COL_DEPARTMENT:
                return person.department
            if col == COL_ROLE:
                return role_label(person.role)
            if col == COL_SIGN_IN:
                return self._sign_in_text(person.secret_kind)
            return self.tr("Active") if person.active else self.tr("Inactive")
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor("#6b7280")
        if role == STAFF_ID_ROLE:
            return person.id
        return None

    def _sign_in_text(self, kind: str) -> str:
        if kind == credentials.PIN:
            return self.tr("PIN")
        if kind == credentials.PASSWORD:
            return self.tr("Password")
        return self.tr("Cannot sign in yet")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < COLUMNS
        ):
            return None
        return (
            self.tr("Name"),
            self.tr("Department"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Signs in with"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class StaffDialog(Retranslating, QDialog):
    """The staff table, an add form, and (de)activation of the selected member."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._error: DeskError | None = None
        self._secret_error: DeskError | None = None
        self.setObjectName("staff_dialog")
        self.resize(720, 520)

        self.model = StaffModel(self)
        self.staff_table = QTableView()
        self.staff_table.setObjectName("staff_table")
        self.staff_table.setModel(self.model)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.verticalHeader().hide()
        header = self.staff_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("staff_toggle_active")
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.toggle_note = QLabel()
        self.toggle_note.setObjectName("staff_toggle_note")
        self.toggle_note.setWordWrap(True)
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.toggle_button)
        row_actions.addWidget(self.toggle_note, 1)

        self.secret_label = QLabel()
        self.secret_edit = QLineEdit(objectName="staff_secret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMaxLength(credentials.PASSWORD_MAX)
        self.secret_edit.returnPressed.connect(self.set_secret)
        self.secret_label.setBuddy(self.secret_edit)
        self.secret_button = QPushButton(objectName="staff_set_secret")
        self.secret_button.clicked.connect(self.set_secret)
        self.secret_error = error_label("staff_secret_error")
        self.secret_hint = QLabel(objectName="staff_secret_hint")
        self.secret_hint.setWordWrap(True)
        self.secret_hint.setProperty("role", "hint")
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_label)
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.secret_button)

        self.add_box = QGroupBox()
        self.name_label = QLabel()
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("staff_name")
        self.staff_name.setMaxLength(100)
        self.department_label = QLabel()
        self.staff_department = QLineEdit()
        self.staff_department.setObjectName("staff_department")
        self.staff_department.setMaxLength(100)
        self.role_label = QLabel()
        self.staff_role = QComboBox()
        self.staff_role.setObjectName("staff_role")
        self.add_button = QPushButton()
        self.add_button.setObjectName("staff_add")
        self.add_button.clicked.connect(self.add_staff)
        self.staff_name.returnPressed.connect(self.add_staff)
        self.staff_department.returnPressed.connect(self.add_staff)
        self.staff_error = error_label("staff_error")
        grid = QGridLayout(self.add_box)
        for col, (label, widget) in enumerate(
            (
                (self.name_label, self.staff_name),
                (self.department_label, self.staff_department),
                (self.role_label, self.staff_role),
            )
        ):
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.add_button, 1, 3)
        grid.addWidget(self.staff_error, 2, 0, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("staff_buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("staff_close")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.staff_table, 1)
        layout.addLayout(row_actions)
        layout.addLayout(secret_row)
        layout.addWidget(self.secret_error)
        layout.addWidget(self.secret_hint)
        layout.addWidget(self.add_box)
        layout.addWidget(self.buttons)

        self.model.reload(self._ctx.actor.id)
        self.staff_table.selectionModel().selectionChanged.connect(self._update_toggle)
        self.model.modelReset.connect(self._update_toggle)
        self.retranslate()
        self.staff_name.setFocus()

    # -- actions -----------------------------------------------------------------------
    def selected(self) -> StaffView | None:
        rows = self.staff_table.selectionModel().selectedRows()
        return self.model.staff_at(rows[0].row()) if rows else None

    def select_staff(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.staff_table.selectRow(row)

    def add_staff(self) -> None:
        self._error = None
        self.staff_error.hide()
        try:
            person = staff.add_staff(
                self._ctx.actor.id,
                self.staff_name.text(),
                self.staff_department.text(),
                self.staff_role.currentData(),
            )
        except DeskError as err:
            self._error = err
            self.staff_error.setText(error_text(err))
            self.staff_error.show()
            self.staff_name.setFocus()
            return
        self.staff_name.clear()
        self.staff_department.clear()
        self.model.reload(self._ctx.actor.id)
        self.select_staff(person.id)
        self.staff_name.setFocus()
        self._ctx.signals.staff_changed.emit()

    def toggle_selected(self) -> None:
        person = self.selected()
        if person is None or (person.active and person.id == self._ctx.actor.id):
            return
        try:
            staff.set_active(self._ctx.actor.id, person.id, not person.active)
        except DeskError as err:
            self._error = err
            self.staff_error.setText(error_text(err))
            self.staff_error.show()
            return
        self.model.reload(self._ctx.actor.id)
        self.select_staff(person.id)
        self._ctx.signals.staff_changed.emit()

    def set_secret(self) -> None:
        """Give the selected member the password or PIN typed (a PIN only for a
        receptionist); a refusal is said under the field."""
        person = self.selected()
        self._secret_error = None
        self.secret_error.hide()
        if person is None:
            return
        try:
            changed = auth.set_secret(self._ctx.actor.id, person.id, self.secret_edit.text())
        except DeskError as err:
            self._secret_error = err
            self.secret_error.setText(error_text(err))
            self.secret_error.show()
            self.secret_edit.setFocus()
            self.secret_edit.selectAll()
            return
        self.secret_edit.clear()
        self.model.reload(self._ctx.actor.id)
        self.select_staff(changed.id)
        self.secret_hint.setText(
            self.tr("{name} can now sign in with the new password or PIN.").format(
                name=changed.name
            )
        )

    def _update_toggle(self) -> None:
        person = self.selected()
        is_actor = person is not None and person.active and person.id == self._ctx.actor.id
        self.toggle_button.setEnabled(person is not None and not is_actor)
        self.secret_edit.setEnabled(person is not None)
        self.secret_button.setEnabled(person is not None)
        if person is not None and not person.active:
            self.toggle_button.setText(self.tr("Ac&tivate"))
        else:
            self.toggle_button.setText(self.tr("&Deactivate"))
        self.toggle_button.setAccessibleName(self.toggle_button.text().replace("&", ""))
        self.toggle_note.setText(
            self.tr("This is you at the desk; choose someone else at the desk first.")
            if is_actor
            else ""
        )

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff"))
        self.staff_table.setAccessibleName(self.tr("Staff list"))
        self.add_box.setTitle(self.tr("Add a staff member"))
        self.name_label.setText(self.tr("&Name"))
        self.department_label.setText(self.tr("De&partment"))
        self.role_label.setText(self.tr("&Role"))
        self.staff_name.setAccessibleName(self.tr("Staff name"))
        self.staff_department.setAccessibleName(self.tr("Department"))
        self.staff_role.setAccessibleName(self.tr("Role"))
        current = self.staff_role.currentData() or str(Role.HOST)
        self.staff_role.clear()
        for role in Role:
            self.staff_role.addItem(role_label(role), str(role))
        self.staff_role.setCurrentIndex(self.staff_role.findData(current))
        self.secret_label.setText(self.tr("New pass&word or PIN"))
        self.secret_edit.setAccessibleName(self.tr("New password or PIN of the selected member"))
        self.secret_edit.setPlaceholderText(
            self.tr("A PIN of 4-8 digits (receptionists), else at least 8 characters")
        )
        self.secret_button.setText(self.tr("&Set"))
        self.secret_button.setAccessibleName(self.tr("Set the password or PIN"))
        if self._secret_error is not None:
            self.secret_error.setText(error_text(self._secret_error))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add staff member"))
        if self._error is not None:
            self.staff_error.setText(error_text(self._error))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.model.retranslate()
        self._update_toggle()
