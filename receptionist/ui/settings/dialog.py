"""Settings: one tab per registered page (General, Printing, Kiosk, Database, …; see
``page.py``).

Save checks every page first, so a refusal anywhere saves nothing; then each page saves
in tab order. The language switches live.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from ...domain.errors import DeskError
from ..common.context import DeskContext
from ..common.retranslate import Retranslating

# The pages register themselves when imported.
from . import (  # noqa: F401
    backups_page,
    complaints_page,
    database_page,
    followups_page,
    general_page,
    kiosk_page,
    messages_page,
    print_page,
    tiers_page,
)
from .page import Problem, SettingsPage, registered_pages

P = TypeVar("P", bound=SettingsPage)


class SettingsDialog(Retranslating, QDialog):
    """Edit the settings; Save applies them at once."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("settings_dialog")
        self.setMinimumWidth(460)
        self.tabs = QTabWidget(objectName="settings_tabs")
        self.pages: list[SettingsPage] = []
        for page_class in registered_pages():
            if not page_class.shown_to(ctx):
                continue
            page = page_class(ctx)
            page.load()
            self.pages.append(page)
            self.tabs.addTab(page, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settings_buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("settings_save")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("settings_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()

    def page(self, page_class: type[P]) -> P:
        """The dialog's page of ``page_class``."""
        return next(page for page in self.pages if type(page) is page_class)

    def _refuse(self, page: SettingsPage, problems: list[Problem]) -> None:
        self.tabs.setCurrentWidget(page)
        page.show_problems(problems)

    def accept(self) -> None:
        """Check every page, then save each; a refusal keeps the dialog open with the
        reason next to its field."""
        for page in self.pages:
            page.clear_problems()
        for page in self.pages:
            problems = page.check()
            if problems:
                self._refuse(page, problems)
                return
        for done, page in enumerate(self.pages):
            try:
                page.save(self._ctx.actor.id)
            except DeskError as err:  # found by the service only (another desk, a fault)
                self._refuse(page, [page.problem(err)])
                if done:
                    self._ctx.signals.settings_changed.emit()  # the pages before it saved
                return
        self._ctx.signals.settings_changed.emit()
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setAccessibleName(self.tr("Save settings"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
