"""What the done page says about the visitor's host, and only what is true: "We are
telling Li…" while the messages are on their way, "Li has been told" once a channel has
delivered, "The front desk will let Li know" when none could (or Li has none). While the
page shows it asks ``kiosk.host_told`` about once a second, on a worker thread, until the
host has been told."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...services import kiosk
from ...services.kiosk import KioskReceipt
from ...services.outbox import TellState
from ..common.background import Background

ASK_MS = 1_000

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def host_sentence(host: str | None, state: TellState) -> str:
    """The done page's sentence about the host (``host`` None: no host chosen)."""
    if not host:
        return translate("Kiosk", "The front desk has been told you are here. Please take a seat.")
    if state is TellState.TELLING:
        return translate("Kiosk", "We are telling {host} you are here…").format(host=host)
    if state is TellState.TOLD:
        return translate("Kiosk", "{host} has been told you are here. Please take a seat.").format(
            host=host
        )
    return translate(
        "Kiosk", "The front desk will let {host} know you are here. Please take a seat."
    ).format(host=host)


def _ask(receipt: KioskReceipt) -> TellState | None:
    """How far the host has been told (on the worker thread); None when it could not be
    read (logged by type: the page keeps what it says)."""
    try:
        return kiosk.host_told(receipt)
    except Exception as error:  # noqa: BLE001 - the next second asks again
        log.info("reading whether the host was told failed (%s)", type(error).__name__)
        return None


class HostTold(QObject):
    """The state of one receipt's host, asked again while ``watching``."""

    changed = Signal(object)  # TellState

    def __init__(self, parent: QObject | None = None, ask_ms: int = ASK_MS) -> None:
        super().__init__(parent)
        self.receipt: KioskReceipt | None = None
        self.state = TellState.DESK
        self._asking = False
        self._worker = Background(self)
        self._worker.done.connect(self._answered)
        self._worker.failed.connect(self._answered)
        self._timer = QTimer(self, interval=ask_ms)
        self._timer.timeout.connect(self._ask)

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def follow(self, receipt: KioskReceipt | None) -> None:
        """The receipt whose host the page tells about (None: none); not asked yet."""
        self.stop()
        self.receipt = receipt
        self.state = receipt.host_told if receipt else TellState.DESK

    def start(self) -> None:
        """Ask while it can still change: a host chosen, not told yet."""
        if self.receipt is not None and self.receipt.host_name and self.state is not TellState.TOLD:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._worker.cancel()
        self._asking = False

    def _ask(self) -> None:
        if self._asking or self.receipt is None:
            return  # a slow answer is awaited, not dropped by a newer question
        self._asking = True
        self._worker.run(_ask, self.receipt)

    def _answered(self, state: TellState | None = None) -> None:
        self._asking = False
        if state is None or not self.watching:
            return
        if state is TellState.TOLD:
            self._timer.stop()  # nothing changes after that
        if state is not self.state:
            self.state = state
            self.changed.emit(state)
