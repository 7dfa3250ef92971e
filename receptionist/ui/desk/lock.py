"""Locking the desk: the sign-in screen covers it, by hand (Lock) or after the site's idle
time without keyboard or mouse input (``settings.desk_lock_minutes``, 0: never).

While locked nothing of the desk is visible: its panels are swapped out of the window
(not covered by a translucent layer), the toolbar and the status bar are hidden, and
open dialogs and other windows are closed. When the same person signs in again, all
they typed is still there. When someone else does, the half-typed check-in or
registration is set aside: cleared from the form and kept in memory for the person who
typed it, who is offered it back ("Restore what you were typing") at their next sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ...domain.enums import Purpose
from ...services import settings
from ...services.views import StaffView
from ..staff.signin import SignInScreen

if TYPE_CHECKING:
    from .window import DeskWindow

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


@dataclass
class Typed:
    """What one person had typed into the desk's forms when someone else signed in."""

    customer_id: int | None = None
    purpose: Purpose | None = None
    register_open: bool = False
    texts: dict[int, str] = field(default_factory=dict)  # line edit's index -> text

    def empty(self) -> bool:
        return self.customer_id is None and not any(self.texts.values())


class DeskLock(QObject):
    """The desk's stack (the desk's panels | the sign-in screen), the idle timer, and
    what each person typed. ``locked_changed`` tells the window to hide its bars."""

    locked_changed = Signal(bool)

    def __init__(self, window: DeskWindow, content: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._content = content
        self._set_aside: dict[int, Typed] = {}
        self._locked_by: StaffView | None = None
        self._focus: QWidget | None = None
        self.locked = False
        self.screen = SignInScreen()
        self.screen.signed_in.connect(self._signed_in)
        self.stack = QStackedWidget(objectName="desk_lock_stack")
        self.stack.addWidget(content)
        self.stack.addWidget(self.screen)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setObjectName("idle_lock_timer")
        self.timer.timeout.connect(self.lock)
        self.restore_button = QPushButton(objectName="restore_typing_button")
        self.restore_button.clicked.connect(self.restore_typing)
        self.restore_button.hide()
        self.minutes = settings.desk_lock_minutes()
        self.restart()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore what you were typing"))
        self.restore_button.setAccessibleName(
            self.tr("Restore what you were typing before someone else signed in")
        )

    # -- the idle timer -----------------------------------------------------------------
    def read_minutes(self) -> None:
        """The site's idle time, read again (after Settings, or a change elsewhere)."""
        minutes = settings.desk_lock_minutes()
        if minutes != self.minutes:
            self.minutes = minutes
            self.restart()

    def restart(self) -> None:
        if self.minutes and not self.locked:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start(self.minutes * 60_000)  # the whole idle time again
        return False

    # -- locking --------------------------------------------------------------------------
    def lock(self, locked_by: StaffView | None = None) -> None:
        """Cover the desk with the sign-in screen; ``locked_by`` (else the desk's actor)
        is who was at the desk."""
        ctx = self._window.ctx
        self._locked_by = locked_by or (ctx.actor if ctx.signed_in else None)
        if not self.locked:
            focus = QApplication.focusWidget()
            self._focus = focus if focus is not None and self._content.isAncestorOf(focus) else None
            self._close_others()
        self.locked = True
        self.timer.stop()
        self.restore_button.hide()
        self.stack.setCurrentWidget(self.screen)
        self.screen.reset(self._locked_by)
        self.locked_changed.emit(True)

    def _close_others(self) -> None:
        """Dialogs over the desk and the desk's other windows close: nothing of the
        desk stays reachable around the sign-in screen."""
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    def _signed_in(self, person: StaffView) -> None:
        ctx = self._window.ctx
        same = self._locked_by is not None and person.id == self._locked_by.id
        if not same:
            if self._locked_by is not None:
                typed = self._take_typed()
                if not typed.empty():
                    self._set_aside[self._locked_by.id] = typed
            else:
                self._clear_typed()
            self._focus = None
        ctx.actor = person
        self.locked = False
        self.stack.setCurrentWidget(self._content)
        if not same:
            ctx.signals.actor_changed.emit()
        self.locked_changed.emit(False)
        self.restore_button.setVisible(person.id in self._set_aside)
        self.restart()

    def restored_focus(self) -> bool:
        """Give the focus back to where it was when the desk locked (the same person
        signed in again); whether there was such a place."""
        focus, self._focus = self._focus, None
        if focus is None:
            return False
        focus.setFocus()
        return True

    # -- what was typed ---------------------------------------------------------------
    def _edits(self) -> list[QLineEdit]:
        return [
            edit
            for edit in self._content.findChildren(QLineEdit)
            if not isinstance(edit.parent(), QAbstractSpinBox)
        ]

    def _take_typed(self) -> Typed:
        """What is typed into the desk's forms, then cleared from them."""
        window = self._window
        panel = window.checkin_panel
        search = window.search_panel
        typed = Typed(
            customer_id=panel.customer.id if panel.customer is not None else None,
            purpose=panel.purpose(),
            register_open=search.stack.currentWidget() is search.register_form,
            texts={i: edit.text() for i, edit in enumerate(self._edits()) if edit.text()},
        )
        self._clear_typed()
        return typed

    def _clear_typed(self) -> None:
        window = self._window
        window.checkin_panel.clear()
        window.search_panel.register_form.clear_errors()
        for edit in self._edits():
            edit.clear()
        window.search_panel.show_results()

    def has_set_aside(self, staff_id: int) -> bool:
        return staff_id in self._set_aside

    def restore_typing(self) -> None:
        """Put back what the person at the desk typed before someone else signed in."""
        ctx = self._window.ctx
        typed = self._set_aside.pop(ctx.actor.id, None)
        self.restore_button.hide()
        if typed is None:
            return
        window = self._window
        search = window.search_panel
        panel = window.checkin_panel
        if typed.customer_id is not None:
            panel.set_customer(typed.customer_id)
            if typed.purpose is not None:
                panel.purpose_buttons[typed.purpose].click()
        edits = self._edits()
        for index, text in typed.texts.items():
            if index < len(edits):
                edits[index].setText(text)
        if typed.register_open:  # after the search box, whose typing shows the results
            search.stack.setCurrentWidget(search.register_form)
