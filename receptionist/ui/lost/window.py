"""The lost-customer review window (流失客户分析; non-modal, one per desk; REPORTS):
Reviews and Report."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..common.context import DeskContext
from ..common.retranslate import Retranslating
from .report_tab import ReportTab
from .reviews_tab import ReviewsTab


class LostWindow(Retranslating, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lost_window")
        self.tabs = QTabWidget(objectName="lost_tabs")
        self.reviews = ReviewsTab(ctx)
        self.report = ReportTab(ctx)
        self.tabs.addTab(self.reviews, "")
        self.tabs.addTab(self.report, "")
        self.reviews.changed.connect(self.report.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lost customers"))
        self.tabs.setTabText(0, self.tr("Reviews"))
        self.tabs.setTabText(1, self.tr("Report"))

    def refresh(self) -> None:
        self.reviews.refresh()
        self.report.refresh()
