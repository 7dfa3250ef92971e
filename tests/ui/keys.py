"""Key presses as a keyboard makes them: through the window, so Qt routes each one the way
it routes a real key (shortcuts first, then an open completer popup, then the focused
widget). ``qtbot.keyClick(widget, ...)`` skips that routing: it hands the key to one
widget, which a real keyboard never does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from .conftest import type_chinese


def press(window: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key (with its modifiers) pressed and released on ``window``."""
    QTest.keyClick(window.windowHandle(), key, modifier)


def type_text(window: QWidget, text: str) -> None:
    """Type ``text`` into whatever has the focus: ASCII key by key, anything else as an
    input method commits it."""
    if text.isascii():
        for char in text:
            QTest.keyClick(window.windowHandle(), ord(char))
    else:
        type_chinese(QApplication.focusWidget(), text)
