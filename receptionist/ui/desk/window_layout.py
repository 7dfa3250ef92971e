"""The desk window's size, place and column widths: saved on this computer when it
closes, restored when it opens, and always on the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from ..common import options

DEFAULT_SIZE = (1280, 800)
DEFAULT_COLUMNS = [380, 330, 570]


def restore(window: QWidget, splitter: QSplitter) -> None:
    geometry = options.DESK_GEOMETRY.get()
    if not geometry or not window.restoreGeometry(QByteArray(geometry)):
        window.resize(*DEFAULT_SIZE)
    fit_on_screen(window)
    state = options.DESK_SPLITTER.get()
    if not state or not splitter.restoreState(QByteArray(state)):
        splitter.setSizes(DEFAULT_COLUMNS)


def save(window: QWidget, splitter: QSplitter) -> None:
    options.DESK_GEOMETRY.set(window.saveGeometry())
    options.DESK_SPLITTER.set(splitter.saveState())


def fit_on_screen(window: QWidget) -> None:
    """Never larger than the screen's free area, and on it: a geometry saved on a bigger
    screen (or when a long name had widened the window) is clamped."""
    free = window.screen().availableGeometry()
    width = min(window.width(), free.width())
    height = min(window.height(), free.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), free.left()), free.right() + 1 - width)
    y = min(max(window.y(), free.top()), free.bottom() + 1 - height)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
