"""Pieces every form shares: the error label shown next to a field, a field with its
error label under it, and fields side by side on one line."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def error_label(name: str) -> QLabel:
    """A hidden red label that shows a service error next to its field."""
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setStyleSheet("color: #b91c1c;")
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """``field`` with its error label right under it (takes no room while hidden)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box


def side_by_side(*widgets: QWidget) -> QWidget:
    """``widgets`` in a row, the first one stretching (a host and its port)."""
    line = QWidget()
    row = QHBoxLayout(line)
    row.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        row.addWidget(widget, 1 if index == 0 else 0)
    return line
