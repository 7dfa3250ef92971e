"""The tiers window (non-modal, one per desk): Results, Movements, Suggestions (TIERS
only) and About; Recompute… (TIERS) from the Results tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...domain.roles import Permission
from ...services.access import allowed
from ...services.tier_views import TierRunView
from ..common.context import DeskContext
from ..common.retranslate import Retranslating
from .about_tab import AboutTab
from .movements_tab import MovementsTab
from .recompute import RecomputeDialog
from .results_tab import ResultsTab
from .suggestions_tab import SuggestionsTab


class TiersWindow(Retranslating, QWidget):
    def __init__(
        self, ctx: DeskContext, open_customer: Callable[[int], object], parent=None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("tiers_window")
        self.recompute_dialog: RecomputeDialog | None = None
        self.tabs = QTabWidget(objectName="tiers_tabs")
        self.results = ResultsTab(ctx, open_customer)
        self.movements = MovementsTab(ctx, open_customer)
        self.suggestions: SuggestionsTab | None = None
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.movements, "")
        if allowed(ctx.actor, Permission.TIERS):
            self.suggestions = SuggestionsTab(ctx, open_customer)
            self.tabs.addTab(self.suggestions, "")
        self.about = AboutTab()
        self.tabs.addTab(self.about, "")
        self.results.recompute_requested.connect(self.recompute)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tiers and stars"))
        titles = [self.tr("Results"), self.tr("Movements")]
        if self.suggestions is not None:
            titles.append(self.tr("Suggestions"))
        titles.append(self.tr("About the rule"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def refresh(self, run_id: int | None = None) -> None:
        self.results.refresh(run_id)
        self.movements.set_periods(self.results.periods())
        if self.suggestions is not None:
            self.suggestions.refresh()

    def recompute(self) -> RecomputeDialog | None:
        """Recompute… (TIERS): the dialog, non-blocking; the new run is shown after."""
        if not allowed(self._ctx.actor, Permission.TIERS):
            return None
        dialog = RecomputeDialog(self._ctx, self)
        dialog.computed.connect(self._computed)
        self.recompute_dialog = dialog
        dialog.open()
        return dialog

    def _computed(self, run: TierRunView) -> None:
        self.tabs.setCurrentWidget(self.results)
        self.refresh(run.id)
