"""The desk's status-bar line about messages that could not be delivered: "Could not
reach 李经理 by e-mail: the server could not be reached — trying again" (or "— given
up"), one sentence per failure, in turn. A failure is said once per message and state
(trying again, given up), whichever station's sender met it. Clicking it opens the
outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from ...services.outbox import Failure
from ..common.elided_label import ElidedLabel
from ..common.retranslate import Retranslating
from .texts import failure_sentence

NEXT_MS = 8_000  # each sentence of a burst stays this long before the next
LINGER_MS = 60_000  # the last one stays this long
MAX_CHARS = 110  # the whole sentence in both languages; the rest of the bar stays free


class FailureLine(Retranslating, ElidedLabel):
    def __init__(self, open_outbox: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__("", parent, max_chars=MAX_CHARS, objectName="outbox_failure_label")
        self._open_outbox = open_outbox
        self._said: set[tuple[int, bool]] = set()  # (message, given up)
        self._queue: list[Failure] = []
        self._shown: Failure | None = None
        self._last = False  # the sentence shown is the last of its burst
        self.said = 0  # sentences shown so far
        self.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._next)
        self.hide()
        self.retranslate()

    @property
    def failure(self) -> Failure | None:
        """The failure said now (None: nothing)."""
        return self._shown

    def add(self, failures: Iterable[Failure]) -> int:
        """Say the failures not said yet in their state; how many are new."""
        new = []
        for failure in failures:
            key = (failure.message_id, failure.given_up)
            if key not in self._said:
                self._said.add(key)
                new.append(failure)
        self._queue.extend(new)
        if new and (self._shown is None or self._last):
            self._next()
        return len(new)

    def forget(self, message_id: int) -> None:
        """The message is sent again (Try again): its next failure is said again."""
        self._said = {key for key in self._said if key[0] != message_id}

    def dismiss(self) -> None:
        """Say nothing (until the next failure)."""
        self._queue.clear()
        self._shown = None
        self._timer.stop()
        self.retranslate()

    def _next(self) -> None:
        """The next sentence; the last one of a burst stays longer, then goes."""
        if not self._queue:
            self.dismiss()
            return
        self._shown = self._queue.pop(0)
        self.said += 1
        self._last = not self._queue
        self._timer.start(LINGER_MS if self._last else NEXT_MS)
        self.retranslate()

    def retranslate(self) -> None:
        text = failure_sentence(self._shown) if self._shown else ""
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._open_outbox()
        super().mousePressEvent(event)
