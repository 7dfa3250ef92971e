"""One green button at a time: the one Enter would press.

The check-in panel, the register form and the "Expected today" list each have a big
green (``role="primary"``) button; two at once left a receptionist guessing which one
Enter presses. ``PrimaryButton`` gives the role to the button of the area that has the
keyboard focus, else to the first fallback that is showing; every other one is an
ordinary button.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

PRIMARY = "primary"


def set_primary(button: QPushButton, primary: bool) -> None:
    """Give ``button`` the primary look, or take it away; restyled at once."""
    if (button.property("role") == PRIMARY) == primary:
        return
    button.setProperty("role", PRIMARY if primary else None)
    style = button.style()
    style.unpolish(button)
    style.polish(button)
    button.update()


class PrimaryButton(QObject):
    """Keeps exactly one of ``areas``' buttons primary. ``areas`` pairs each button with
    the widget around it, most specific first; ``fallbacks`` (buttons, in order) says who
    is primary when the focus is in none of the areas: the first one that is visible."""

    def __init__(
        self,
        areas: Sequence[tuple[QPushButton, QWidget]],
        fallbacks: Sequence[QPushButton],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._areas = tuple(areas)
        self._fallbacks = tuple(fallbacks)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.refresh)

    def primary(self) -> QPushButton:
        """The button Enter presses now (in the desk window, even while another window is
        active: the green button does not move when the receptionist looks away)."""
        focus = self._areas[-1][0].window().focusWidget()
        for button, area in self._areas:
            if focus is not None and area.isVisible() and area.isAncestorOf(focus):
                return button
        return next((b for b in self._fallbacks if b.isVisibleTo(b.window())), self._fallbacks[-1])

    def refresh(self, *_args) -> None:
        chosen = self.primary()
        for button, _area in self._areas:
            set_primary(button, button is chosen)
