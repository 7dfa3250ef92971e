"""The running ``QApplication``, typed (``QApplication.instance()`` is typed as an
optional ``QCoreApplication``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The application the desk or the kiosk runs in (made before any window)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app
