"""The sign-in screen that covers the desk: who is at the desk now.

The desk's recent staff (``auth.recent_staff`` of this station) are big buttons, names
only; anyone else types their name. Keyboard first: the recent list has the focus, a
digit key or Enter moves on to the secret field, Enter signs in — a receptionist who sat
here before switches with two keystrokes and a PIN. A refusal is one sentence under the
field (a locked account: until when, in local time).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import auth, stations
from ...services.views import StaffView
from ..common.forms import error_label
from ..common.labels import message_text
from ..common.retranslate import Retranslating

RECENT_LIMIT = 8


class SignInScreen(Retranslating, QWidget):
    """Recent staff, a name, a secret and Sign in; ``signed_in`` gives who it was."""

    signed_in = Signal(object)  # StaffView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signin_screen")
        self.setAutoFillBackground(True)
        self._error: DeskError | None = None
        self.heading = QLabel(objectName="signin_heading")
        self.heading.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(objectName="signin_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent_label = QLabel(objectName="signin_recent_label")
        self.recent_list = QListWidget(objectName="signin_recent")
        self.recent_list.setStyleSheet(
            "QListWidget { font-size: 18px; } QListWidget::item { padding: 10px; }"
        )
        self.recent_list.installEventFilter(self)
        self.recent_list.itemClicked.connect(self._recent_picked)
        self.recent_list.itemActivated.connect(self._recent_picked)
        self.recent_label.setBuddy(self.recent_list)
        self.name_label = QLabel(objectName="signin_name_label")
        self.name_edit = QLineEdit(objectName="signin_name")
        self.name_edit.setMaxLength(100)
        self.name_edit.returnPressed.connect(self._name_entered)
        self.name_label.setBuddy(self.name_edit)
        self.secret_label = QLabel(objectName="signin_secret_label")
        self.secret_edit = QLineEdit(objectName="signin_secret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMaxLength(128)
        self.secret_edit.returnPressed.connect(self.sign_in)
        self.secret_label.setBuddy(self.secret_edit)
        self.error = error_label("signin_error")
        self.sign_in_button = QPushButton(objectName="signin_button")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)

        self.hint = QLabel(objectName="signin_hint")
        self.hint.setContentsMargins(0, 6, 0, 6)
        self.hint.setProperty("role", "hint")
        card = QFrame(objectName="signin_card")
        card.setStyleSheet(
            "QFrame#signin_card { background: white; border: 1px solid #cbd5e1;"
            " border-radius: 10px; }"
        )
        card.setFixedWidth(420)
        column = QVBoxLayout(card)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.note)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list)
        column.addWidget(self.hint)
        column.addWidget(self.name_label)
        column.addWidget(self.name_edit)
        column.addWidget(self.secret_label)
        column.addWidget(self.secret_edit)
        column.addWidget(self.error)
        column.addWidget(self.sign_in_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.locked_by: StaffView | None = None
        self.retranslate()

    # -- who may be at the desk -------------------------------------------------------
    def reset(self, locked_by: StaffView | None = None) -> None:
        """Read the recent staff again, empty the fields and put the focus where the
        next person starts: the recent list (the one who locked first), else the name."""
        self.locked_by = locked_by
        self.recent_list.clear()
        station = stations.current_station()
        people = auth.recent_staff(station.id if station else None, RECENT_LIMIT)
        for person in people:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            self.recent_list.addItem(item)
        for widget in (self.recent_label, self.recent_list, self.hint):
            widget.setVisible(bool(people))
        self.recent_list.setFixedHeight(min(len(people), 4) * 46 + 6)
        self.name_edit.clear()
        self.secret_edit.clear()
        self._show_error(None)
        self.retranslate()
        if people:
            names = [p.name for p in people]
            first = names.index(locked_by.name) if locked_by and locked_by.name in names else 0
            self.recent_list.setCurrentRow(first)
            self.recent_list.setFocus()
        else:
            self.name_edit.setFocus()

    def focus_first(self) -> QWidget:
        """The widget that takes the first keystroke."""
        return self.recent_list if self.recent_list.isVisibleTo(self) else self.name_edit

    def _recent_picked(self, item: QListWidgetItem) -> None:
        self.name_edit.setText(item.data(Qt.ItemDataRole.UserRole))
        self.secret_edit.setFocus()

    def _name_entered(self) -> None:
        if self.name_edit.text().strip():
            self.secret_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit or a letter typed on the recent list starts the PIN or password of the
        highlighted person (Enter picks them too)."""
        if watched is self.recent_list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            current = self.recent_list.currentItem()
            if current is not None and text.isprintable() and text.strip():
                self._recent_picked(current)
                self.secret_edit.setText(text)
                return True
        return super().eventFilter(watched, event)

    # -- signing in ---------------------------------------------------------------------
    def sign_in(self) -> None:
        secret = self.secret_edit.text()
        self.secret_edit.clear()
        try:
            person = auth.sign_in(self.name_edit.text(), secret)
        except DeskError as err:
            self._show_error(err)
            self.secret_edit.setFocus()
            return
        self._show_error(None)
        self.signed_in.emit(person)

    def _show_error(self, err: DeskError | None) -> None:
        self._error = err
        self.error.setVisible(err is not None)
        self._retranslate_error()

    def _retranslate_error(self) -> None:
        if self._error is None:
            return
        params = dict(self._error.params)
        when = params.get("time")
        if isinstance(when, datetime):  # the lock's end, in this computer's time
            params["time"] = when.astimezone().strftime("%H:%M")
        self.error.setText(message_text(self._error.code, params))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sign in"))
        self.note.setText(
            self.tr("{name} locked the desk; what was typed is kept for them.").format(
                name=self.locked_by.name
            )
            if self.locked_by
            else self.tr("Sign in to use the desk.")
        )
        self.recent_label.setText(self.tr("&Recently at this desk"))
        self.recent_list.setAccessibleName(self.tr("Recently at this desk"))
        self.hint.setText(self.tr("↑ ↓ choose your name, type your PIN, Enter"))
        self.name_label.setText(self.tr("&Name"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.secret_label.setText(self.tr("&Password or PIN"))
        self.secret_edit.setAccessibleName(self.tr("Password or PIN"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self._retranslate_error()
