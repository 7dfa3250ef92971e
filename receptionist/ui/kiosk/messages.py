"""What the kiosk says when something is refused: the catalogue's sentences, translated
like the desk's (``labels.error_text``), except where a visitor reads other words than
staff (the kiosk sends them on instead), and for a fault of the database both what the
visitor should do and, for staff, what happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import DeskError
from ...domain.faults import DatabaseFault
from ..common.labels import error_text, message_text

translate = QCoreApplication.translate

# The desk's sentence -> the visitor's: the same refusal, saying where to go next.
FOR_VISITORS = {
    "invite_unknown": "kiosk_invite_unknown",
    "invite_used": "kiosk_invite_used",
    "invite_other_day": "kiosk_invite_other_day",
}


def kiosk_error_text(err: DeskError) -> str:
    if isinstance(err, DatabaseFault):
        return database_fault_text(err)
    return message_text(FOR_VISITORS.get(err.code, err.code), err.params)


def database_fault_text(fault: DatabaseFault) -> str:
    """For the visitor what to do, then for staff what happened (the desk's sentence).
    A server gone away may take a while: the visitor is sent to the desk, as by the
    window's banner."""
    if fault.temporary and not fault.server_gone:
        visitor = translate("Kiosk", "The system is busy. Please try again in a moment.")
    else:
        visitor = translate(
            "Kiosk", "Sorry, check-in here is out of service. Please see the front desk."
        )
    staff = translate("Kiosk", "For staff: {reason}").format(reason=error_text(fault))
    return f"{visitor}\n{staff}"
