"""Settings' "Send a test" (issue 14): the send runs on a worker thread, and its answer
is one sentence next to the button that asked — delivered, or not delivered and why, in
the desk's language (the reason's words in the context "DeliveryReasons")."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...domain.errors import DeskError
from ...services.channels import TestNotDelivered
from ..common.background import Background
from ..common.delivery_texts import reason_text
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from ..common.style import COLORS

SENDING, DELIVERED, BROKEN = "sending", "delivered", "broken"


def _attempt(send: Callable[[], None]) -> DeskError | None:
    """On the worker thread: ``send()``; its refusal is returned, to be said."""
    try:
        send()
    except DeskError as error:
        return error
    return None


def answer_text(outcome: DeskError | str) -> str:
    """The sentence that answers a test: ``outcome`` is the refusal, or one of
    ``SENDING`` / ``DELIVERED`` / ``BROKEN``."""
    if isinstance(outcome, TestNotDelivered):
        return QCoreApplication.translate("DeliveryCheck", "Not delivered: {reason}.").format(
            reason=reason_text(outcome.reason_code)
        )
    if isinstance(outcome, DeskError):
        return error_text(outcome)
    return {
        SENDING: QCoreApplication.translate("DeliveryCheck", "Sending a test…"),
        DELIVERED: QCoreApplication.translate(
            "DeliveryCheck", "Delivered: check that the test message arrived."
        ),
        BROKEN: QCoreApplication.translate(
            "DeliveryCheck", "Not delivered: something went wrong; the log file has the details."
        ),
    }[outcome]


class DeliveryCheck(Retranslating, QLabel):
    """The answer of one "Send a test" button; ``send(func, ...)`` calls
    ``func(...)`` off the GUI thread with the button disabled meanwhile."""

    def __init__(self, name: str, button: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()
        self._button = button
        self._outcome: DeskError | str | None = None
        self._worker = Background(self)
        self._worker.done.connect(self._answer)
        self._worker.failed.connect(lambda: self._answer(BROKEN))

    @property
    def outcome(self) -> DeskError | str | None:
        """What the last test came to (None: none sent yet)."""
        return self._outcome

    def send(self, func: Callable[..., None], *args: object, **kwargs: object) -> None:
        self._button.setEnabled(False)
        self._show(SENDING)
        self._worker.run(_attempt, partial(func, *args, **kwargs))

    def clear(self) -> None:
        """Forget the answer shown (what it tested has changed)."""
        self._outcome = None
        self.hide()

    def _answer(self, result: object) -> None:
        self._button.setEnabled(True)
        self._show(result if isinstance(result, DeskError | str) else DELIVERED)

    def _show(self, outcome: DeskError | str) -> None:
        self._outcome = outcome
        colour = {SENDING: COLORS["muted"], DELIVERED: COLORS["go"]}.get(
            outcome if isinstance(outcome, str) else "", COLORS["danger"]
        )
        self.setStyleSheet(f"color: {colour};")
        detail = outcome.params.get("detail") if isinstance(outcome, TestNotDelivered) else ""
        self.setToolTip(str(detail or ""))
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        if self._outcome is not None:
            self.setText(answer_text(self._outcome))
            self.setAccessibleName(self.text())
