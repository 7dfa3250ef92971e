"""What the desk just did, with Undo: the left of the status bar after a check-out or an
invited visitor's check-in.

A scanned slip checks the visitor out at once (no question a scanner's Enter could
answer); a wrong scan is put right with Undo (Ctrl+Z) for ``UNDO_MS``. Undo calls the
service (``services.undo``), which checks that nothing changed since and audits it. The
offer goes away when the desk says something else, when it is used and after a minute.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QStatusBar, QWidget

from ...domain.errors import DeskError
from ...services import undo
from ...services.views import VisitView
from ..common import labels
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating

UNDO_MS = 60_000


def undo_keys() -> QKeySequence:
    """Ctrl+Z (Cmd+Z on a Mac); only once the application exists."""
    return QKeySequence(QKeySequence.StandardKey.Undo)


class Undoable(Enum):
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"  # of an invited visitor


class UndoBar(Retranslating, QWidget):
    """The sentence and the Undo button; ``message`` says how the undo went."""

    message = Signal(str)

    def __init__(self, ctx: DeskContext, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._ctx = ctx
        self._offer: tuple[Undoable, VisitView] | None = None
        self.setObjectName("undo_bar")
        self.undo_message = ElidedLabel(objectName="undo_message", max_chars=70)
        self.undo_button = QPushButton(objectName="undo_button")
        self.undo_button.setFlat(True)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner's focus stays
        self.undo_button.setStyleSheet("color: #1d4ed8; text-decoration: underline;")
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.undo_message)
        row.addWidget(self.undo_button)  # right after the sentence it undoes
        row.addStretch(1)
        self._timer = QTimer(self, singleShot=True, interval=UNDO_MS)
        self._timer.timeout.connect(self.dismiss)
        self._shortcut = QShortcut(undo_keys(), status_bar.window(), self.undo)
        self._shortcut.setEnabled(False)
        status_bar.addWidget(self, 1)
        # The desk says something else: this offer is no longer what was just done.
        status_bar.messageChanged.connect(lambda text: self.dismiss() if text else None)
        self._status_bar = status_bar
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        keys = undo_keys().toString(QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setText(self.tr("Undo ({key})").format(key=keys))
        self.undo_button.setAccessibleName(self.tr("Undo what was just done"))
        self.undo_message.setAccessibleName(self.tr("What was just done"))

    # -- the offer --------------------------------------------------------------------
    def offer(self, kind: Undoable, visit: VisitView, text: str) -> None:
        """Say ``text`` (what was done to ``visit``) and offer to undo it."""
        self._status_bar.clearMessage()
        self._offer = (kind, visit)
        self.undo_message.setText(text)
        self.show()
        self._shortcut.setEnabled(True)
        self._timer.start()

    def text(self) -> str:
        """What the bar says now ('' when it offers nothing)."""
        return self.undo_message.text() if self._offer is not None else ""

    def is_offering(self) -> bool:
        return self._offer is not None

    def dismiss(self) -> None:
        self._offer = None
        self._timer.stop()
        self._shortcut.setEnabled(False)
        self.hide()

    def undo(self) -> None:
        if self._offer is None:
            return
        kind, visit = self._offer
        self.dismiss()
        translate = QCoreApplication.translate
        try:
            if kind is Undoable.CHECK_OUT:
                back = undo.undo_check_out(self._ctx.actor.id, visit.code)
                text = translate("UndoBar", "Undone: {name} is on site again — {code}").format(
                    name=back.customer_name, code=back.code
                )
            else:
                back = undo.undo_check_in(self._ctx.actor.id, visit.code)
                text = translate(
                    "UndoBar", "Undone: {name} is expected again (invitation {code})"
                ).format(name=back.customer_name, code=back.invite_code)
        except DeskError as err:
            self.message.emit(labels.error_text(err))
            return
        self._ctx.signals.visits_changed.emit()
        self.message.emit(text)

    # -- Ctrl+Z in a line edit --------------------------------------------------------
    def watch(self, edit: QLineEdit) -> None:
        """Let Ctrl+Z reach Undo from ``edit`` (the search box, the board's code field)
        while it is empty: a line edit otherwise takes the key to undo its own typing."""
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and self._offer is not None
            and not watched.text()
            # PySide6's stubs lack QKeySequence.__getitem__ (the sequence's first key).
            and event.keyCombination().toCombined() == undo_keys()[0].toCombined()  # type: ignore[index]
        ):
            event.ignore()  # not the edit's: the window's shortcut gets it
            return True
        return super().eventFilter(watched, event)
