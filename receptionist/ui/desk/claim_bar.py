"""Under the on-site board: a kiosk arrival that gave a stored customer's phone number is
a *possible returning customer*; the desk confirms the match (the visit becomes that
customer's) or rejects it (the person stays a new customer). Shown while such a visit is
selected; the decision is ``services.claims``'s."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.errors import DeskError
from ...domain.roles import Permission
from ...services import claims
from ...services.access import allowed
from ...services.views import VisitView
from ..common import labels
from ..common.context import DeskContext
from ..common.retranslate import Retranslating


class ClaimBar(Retranslating, QWidget):
    """ "Possible returning customer — confirm", with Confirm and Not them."""

    message = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: VisitView | None = None
        self.setObjectName("claim_bar")
        self.claim_label = QLabel(objectName="claim_label")
        self.claim_label.setWordWrap(True)
        self.claim_label.setProperty("role", "subheading")
        self.claim_confirm_button = QPushButton(objectName="claim_confirm_button")
        self.claim_reject_button = QPushButton(objectName="claim_reject_button")
        self.claim_confirm_button.clicked.connect(self.confirm)
        self.claim_reject_button.clicked.connect(self.reject)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.claim_label, 1)
        layout.addWidget(self.claim_confirm_button)
        layout.addWidget(self.claim_reject_button)
        self.show_visit(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.claim_confirm_button.setText(self.tr("Confirm match"))
        self.claim_reject_button.setText(self.tr("Not them"))
        self.claim_confirm_button.setAccessibleName(
            self.tr("Confirm the match: the visit becomes the stored customer's")
        )
        self.claim_reject_button.setAccessibleName(
            self.tr("Reject the match: register this person as a new customer")
        )
        self.claim_confirm_button.setToolTip(self.claim_confirm_button.accessibleName())
        self.claim_reject_button.setToolTip(self.claim_reject_button.accessibleName())
        self._update_text()

    def show_visit(self, visit: VisitView | None) -> None:
        """Show the bar for ``visit`` if it claims a stored customer; hide it otherwise."""
        claimed = visit is not None and visit.claimed_customer_id is not None
        self._visit = visit if claimed else None
        may = allowed(self._ctx.actor, Permission.DESK)
        self.setVisible(claimed and may)
        self._update_text()

    def _update_text(self) -> None:
        visit = self._visit
        if visit is None:
            self.claim_label.setText("")
            return
        self.claim_label.setText(
            self.tr(
                "Possible returning customer — confirm: {visitor} gave the phone number of "
                "{customer}."
            ).format(visitor=visit.customer_name, customer=visit.claimed_customer_name)
        )
        self.claim_label.setAccessibleName(self.claim_label.text())

    def confirm(self) -> None:
        visit = self._visit
        if visit is None:
            return
        try:
            claims.confirm_claim(self._ctx.actor.id, visit.id)
        except DeskError as err:
            self._settled(labels.error_text(err))
            return
        self._settled(
            self.tr("{code}: confirmed as {customer}.").format(
                code=visit.code, customer=visit.claimed_customer_name
            )
        )

    def reject(self) -> None:
        visit = self._visit
        if visit is None:
            return
        try:
            claims.reject_claim(self._ctx.actor.id, visit.id)
        except DeskError as err:
            self._settled(labels.error_text(err))
            return
        self._settled(
            self.tr("{code}: {visitor} is registered as a new customer.").format(
                code=visit.code, visitor=visit.customer_name
            )
        )

    def _settled(self, text: str) -> None:
        self.message.emit(text)
        self._ctx.signals.visits_changed.emit()
