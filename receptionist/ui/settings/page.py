"""The shape every settings page has, and the registry the settings dialog builds its tabs
from (as Picard's option pages).

A page is built empty, then:

- ``load()`` fills its fields from the saved settings;
- ``check()`` returns what is wrong with what was typed (nothing is saved while any page
  has a problem), each problem shown next to its field;
- ``save(actor_id)`` saves the page, or raises ``DeskError`` (then shown next to its
  field through ``problem()``).

A page registers itself with ``@register_page``; its ``ORDER`` places its tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtWidgets import QLabel, QWidget

from ...domain.errors import DeskError
from ..common.context import DeskContext
from ..common.labels import error_text
from ..common.retranslate import Retranslating

GENERAL = "general"  # the problem key of a message about the page as a whole


@dataclass(frozen=True)
class Problem:
    """What is wrong, shown next to a field: ``field`` is the page's key for it (a key
    of ``error_labels``); ``error`` a service error (translated when shown) or a text."""

    field: str
    error: DeskError | str

    def text(self) -> str:
        return error_text(self.error) if isinstance(self.error, DeskError) else self.error


class SettingsPage(Retranslating, QWidget):
    """One tab of the settings. Subclasses set ``NAME`` (the page's objectName, stable),
    ``ORDER``, ``error_labels`` and ``fields`` (key -> error label / field to focus), and
    ``FIELDS`` (a service error's field -> key)."""

    NAME: ClassVar[str]
    ORDER: ClassVar[int]
    FIELDS: ClassVar[dict[str, str]] = {}

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.error_labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._problems: list[Problem] = []

    @classmethod
    def shown_to(cls, ctx: DeskContext) -> bool:
        """Whether the staff member at the desk sees this page (the services check)."""
        return True

    def title(self) -> str:
        """The tab's title, in the current language."""
        raise NotImplementedError

    def load(self) -> None:
        """Fill the fields from the saved settings."""
        raise NotImplementedError

    def check(self) -> list[Problem]:
        """What would be refused, found before anything is saved."""
        return []

    def save(self, actor_id: int) -> None:
        """Save the page's settings (``DeskError`` when refused)."""
        raise NotImplementedError

    # -- problems next to their fields ------------------------------------------------
    def problem(self, error: DeskError) -> Problem:
        """A service's refusal, placed next to the field it is about."""
        field = self.FIELDS.get(error.field or "", GENERAL)
        if field not in self.error_labels:  # a page without a label of its own (a refusal)
            field = next(iter(self.error_labels))
        return Problem(field, error)

    def show_problems(self, problems: list[Problem]) -> None:
        """Show each problem next to its field and put the cursor in the first one."""
        self.clear_problems()
        self._problems = list(problems)
        for problem in problems:
            label = self.error_labels[problem.field]
            label.setText(problem.text())
            label.show()
        if problems and problems[0].field in self.fields:
            self.fields[problems[0].field].setFocus()

    def clear_problems(self) -> None:
        self._problems = []
        for label in self.error_labels.values():
            label.hide()

    def retranslate_problems(self) -> None:
        """Show the problems again in the current language (from ``retranslate``)."""
        for problem in self._problems:
            self.error_labels[problem.field].setText(problem.text())


_PAGES: list[type[SettingsPage]] = []


def register_page(page: type[SettingsPage]) -> type[SettingsPage]:
    """Class decorator: the settings dialog shows this page."""
    if page not in _PAGES:
        _PAGES.append(page)
    return page


def registered_pages() -> list[type[SettingsPage]]:
    """Every registered page, in tab order."""
    return sorted(_PAGES, key=lambda page: page.ORDER)
