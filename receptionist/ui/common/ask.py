"""Small blocking questions to the user, in one place so tests can replace them.

Tests monkeypatch these functions (``monkeypatch.setattr(ask, "confirm", lambda *a: True)``)
instead of driving modal dialogs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    result, ok = QInputDialog.getText(parent, title, label, text=value)
    return result if ok else None


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of ``items``, or None when cancelled."""
    result, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return result if ok else None


def open_file(parent: QWidget | None, title: str, name_filter: str) -> str | None:
    """A file chosen to open, or None when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return path or None


def save_file(parent: QWidget | None, title: str, name: str, name_filter: str) -> str | None:
    """A file chosen to write (``name`` suggested), or None when cancelled."""
    path, _selected = QFileDialog.getSaveFileName(parent, title, name, name_filter)
    return path or None
