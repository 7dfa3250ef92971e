"""The check-in glance: a strip under the chosen customer's name with what matters now
(an open complaint first, the strip then in red; a special date this week, tier and
stars, the account manager, preferences), on at most two lines, elided to fit; hidden
when there is nothing to say. One service call per customer chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.errors import DeskError
from ...services import archive
from ..common.context import DeskContext
from ..common.elided_label import ElidedLabel
from ..customer import texts

_CALM = "background:#fef9c3; color:#713f12;"


class GlanceStrip(ElidedLabel):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent, objectName="checkin_glance", max_lines=2, max_chars=30)
        self._ctx = ctx
        self.glance: archive.Glance | None = None
        self._style(complaint=False)
        self.hide()

    def _style(self, complaint: bool) -> None:
        colours = "background:#fde2e2; color:#7f1d1d;" if complaint else _CALM
        self.setStyleSheet(colours + " border-radius:4px; padding:2px 6px;")

    def show_for(self, customer_id: int | None) -> None:
        """Read and show the glance of ``customer_id`` (None: hide)."""
        self.glance = None
        if customer_id is not None:
            try:
                self.glance = archive.checkin_glance(self._ctx.actor.id, customer_id)
            except DeskError:
                self.glance = None  # the card says what is wrong; the glance stays quiet
        self.retranslate()

    def retranslate(self) -> None:
        text = texts.glance_text(self.glance) if self.glance else ""
        self.setText(text)
        self._style(self.glance is not None and self.glance.open_complaint is not None)
        self.setAccessibleName(self.tr("At a glance"))
        if self.glance is not None:
            self.setAccessibleDescription(
                texts.expectations_text(self.glance.kind, self.glance.expectations)
            )
        self.setVisible(bool(text))
