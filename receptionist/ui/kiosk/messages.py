"""What the kiosk says when something is refused: visitor-facing words (the desk's are for
staff), and for a fault of the database both what the visitor should do and, for staff,
what happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import DeskError
from ...domain.faults import DatabaseFault
from ..common.labels import error_text

translate = QCoreApplication.translate


# Visitor-facing words for the errors the kiosk can meet (the desk's wording is for staff).
def kiosk_error_text(err: DeskError) -> str:
    texts = {
        "invite_unknown": translate(
            "Kiosk",
            "We do not know this invitation code. Check it, or choose “I have no appointment”.",
        ),
        "invite_used": translate(
            "Kiosk", "This invitation has already been used. Please see the front desk."
        ),
        "invite_other_day": translate(
            "Kiosk", "This invitation is for another day. Please see the front desk."
        ),
        "kiosk_checkout_refused": translate(
            "Kiosk", "This code cannot be checked out here. Please see the front desk."
        ),
        "kiosk_refused": translate(
            "Kiosk", "We could not check you in here. Please see the front desk."
        ),
        "phone_required": translate("Kiosk", "Please enter your mobile number."),
        "consent_required": translate(
            "Kiosk", "Please tick the box to agree, or go to the front desk."
        ),
        "pin_wrong": translate("Kiosk", "Wrong PIN."),
        "pin_locked": translate(
            "Kiosk", "Too many wrong PINs. The exit is locked for a few minutes."
        ),
        "pin_not_set": translate("Kiosk", "No staff PIN is set; set one on the desk (Settings)."),
    }
    if err.code in texts:
        return texts[err.code]
    if isinstance(err, DatabaseFault):
        return database_fault_text(err)
    return error_text(err)


def database_fault_text(fault: DatabaseFault) -> str:
    """For the visitor what to do, then for staff what happened (the desk's sentence)."""
    if fault.temporary:
        visitor = translate("Kiosk", "The system is busy. Please try again in a moment.")
    else:
        visitor = translate(
            "Kiosk", "Sorry, check-in here is out of service. Please see the front desk."
        )
    staff = translate("Kiosk", "For staff: {reason}").format(reason=error_text(fault))
    return f"{visitor}\n{staff}"
