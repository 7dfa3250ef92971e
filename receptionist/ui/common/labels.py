"""Translated labels for the vocabulary and for the services' error codes.

Every string here goes through ``QCoreApplication.translate`` so that ``pyside6-lupdate``
extracts it; call the functions at display time (after a language switch they return the
new language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.enums import Category, Flow, Kind, Purpose, Role, VisitStatus
from ...domain.errors import DeskError

_CTX = "Labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def category_label(value: Category) -> str:
    return {
        Category.PROSPECT: QCoreApplication.translate("Labels", "Prospect"),
        Category.EXISTING: QCoreApplication.translate("Labels", "Existing"),
        Category.VIP: QCoreApplication.translate("Labels", "VIP"),
        Category.PROBLEM: QCoreApplication.translate("Labels", "Problem"),
    }[Category(value)]


def purpose_label(value: Purpose) -> str:
    return {
        Purpose.SALES: QCoreApplication.translate("Labels", "Sales"),
        Purpose.AFTER_SALES: QCoreApplication.translate("Labels", "After-sales"),
        Purpose.COMPLAINT: QCoreApplication.translate("Labels", "Complaint"),
        Purpose.RELATIONSHIP: QCoreApplication.translate("Labels", "Relationship care"),
    }[Purpose(value)]


def purpose_hint(value: Purpose) -> str:
    return {
        Purpose.SALES: QCoreApplication.translate("Labels", "To close a sale"),
        Purpose.AFTER_SALES: QCoreApplication.translate(
            "Labels", "Service, repair or support after a purchase"
        ),
        Purpose.COMPLAINT: QCoreApplication.translate("Labels", "To handle a complaint"),
        Purpose.RELATIONSHIP: QCoreApplication.translate(
            "Labels", "Care visit, event, keeping the relationship warm"
        ),
    }[Purpose(value)]


def flow_label(value: Flow) -> str:
    return {
        Flow.INITIAL: QCoreApplication.translate("Labels", "Initial reception"),
        Flow.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up"),
        Flow.MAINTENANCE: QCoreApplication.translate("Labels", "Maintenance"),
        Flow.COMPLAINT: QCoreApplication.translate("Labels", "Complaint handling"),
    }[Flow(value)]


def kind_label(value: Kind) -> str:
    return {
        Kind.CONSUMER: QCoreApplication.translate("Labels", "Consumer"),
        Kind.BUSINESS: QCoreApplication.translate("Labels", "Business"),
        Kind.INTERNAL: QCoreApplication.translate("Labels", "Internal"),
    }[Kind(value)]


def role_label(value: Role) -> str:
    return {
        Role.RECEPTIONIST: QCoreApplication.translate("Labels", "Receptionist"),
        Role.HOST: QCoreApplication.translate("Labels", "Host"),
        Role.MANAGER: QCoreApplication.translate("Labels", "Manager"),
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
    }[Role(value)]


def status_label(value: VisitStatus) -> str:
    return {
        VisitStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        VisitStatus.ON_SITE: QCoreApplication.translate("Labels", "On site"),
        VisitStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        VisitStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        VisitStatus.NO_SHOW: QCoreApplication.translate("Labels", "No-show"),
    }[VisitStatus(value)]


def visitor_word(hotel_mode: bool) -> str:
    """'Visitor' at an office or showroom, 'Guest' at a hotel."""
    if hotel_mode:
        return QCoreApplication.translate("Labels", "Guest")
    return QCoreApplication.translate("Labels", "Visitor")


# Badge colours: background, text. VIP and problem customers must stand out.
CATEGORY_COLORS: dict[Category, tuple[str, str]] = {
    Category.PROSPECT: ("#2563eb", "#ffffff"),
    Category.EXISTING: ("#15803d", "#ffffff"),
    Category.VIP: ("#b45309", "#ffffff"),
    Category.PROBLEM: ("#b91c1c", "#ffffff"),
}


def category_colors(value: Category) -> tuple[QColor, QColor]:
    bg, fg = CATEGORY_COLORS[Category(value)]
    return QColor(bg), QColor(fg)


def error_text(error: DeskError) -> str:
    """The translated sentence for a service error (falls back to its English message)."""
    messages = {
        "actor_unknown": QCoreApplication.translate(
            "Errors", "The acting staff member is unknown or inactive; choose who is at the desk."
        ),
        "already_checked_out": QCoreApplication.translate(
            "Errors", "This visitor has already been checked out."
        ),
        "already_on_site": QCoreApplication.translate(
            "Errors", "This visitor is already on site; check them out first."
        ),
        "category_same": QCoreApplication.translate(
            "Errors", "The customer already has this category."
        ),
        "customer_unknown": QCoreApplication.translate("Errors", "No such customer."),
        "email_invalid": QCoreApplication.translate("Errors", "Email address is not valid."),
        "host_unknown": QCoreApplication.translate(
            "Errors", "The chosen host is unknown or inactive."
        ),
        "not_on_site": QCoreApplication.translate(
            "Errors", "This visit is not on site, so it cannot be checked out."
        ),
        "party_size_invalid": QCoreApplication.translate(
            "Errors", "Party size must be a whole number."
        ),
        "party_size_range": QCoreApplication.translate(
            "Errors", "Party size must be between 1 and 200."
        ),
        "phone_chars": QCoreApplication.translate(
            "Errors",
            "Phone number may contain only digits, spaces, '-', '(', ')' and a leading '+'.",
        ),
        "phone_invalid": QCoreApplication.translate(
            "Errors",
            "Phone number is not valid: check the digits and, for a landline, the area code.",
        ),
        "phone_unparsable": QCoreApplication.translate(
            "Errors", "Phone number is not a number that can be dialled."
        ),
        "phone_too_short": QCoreApplication.translate(
            "Errors",
            "Phone number is too short: a mainland mobile has 11 digits; a landline "
            "needs its area code (for example 010-12345678).",
        ),
        "phone_length": QCoreApplication.translate(
            "Errors",
            "Phone number has the wrong length: a mainland mobile has 11 digits; a "
            "landline needs its area code (for example 010-12345678).",
        ),
        "phone_too_long": QCoreApplication.translate("Errors", "Phone number is too long."),
        "phone_country": QCoreApplication.translate(
            "Errors", "Phone number has an unknown country code."
        ),
        "phone_taken": QCoreApplication.translate(
            "Errors", "This phone number already belongs to a customer; pick that customer instead."
        ),
        "staff_exists": QCoreApplication.translate(
            "Errors", "A staff member with this name already exists."
        ),
        "staff_unknown": QCoreApplication.translate(
            "Errors", "No active staff member has this name."
        ),
        "step_invalid": QCoreApplication.translate(
            "Errors", "This step is not part of the visit's playbook."
        ),
        "visit_unknown": QCoreApplication.translate(
            "Errors", "No visit has this code; check the code on the slip."
        ),
        "name_required": QCoreApplication.translate("Errors", "Name is required."),
        "name_too_long": QCoreApplication.translate(
            "Errors", "Name is longer than 100 characters."
        ),
        "name_control": QCoreApplication.translate(
            "Errors", "Name contains a control character; remove it and try again."
        ),
        "company_too_long": QCoreApplication.translate(
            "Errors", "Company is longer than 120 characters."
        ),
        "company_control": QCoreApplication.translate(
            "Errors", "Company contains a control character; remove it and try again."
        ),
        "note_too_long": QCoreApplication.translate(
            "Errors", "Note is longer than 500 characters."
        ),
        "note_control": QCoreApplication.translate(
            "Errors", "Note contains a control character; remove it and try again."
        ),
        "reason_required": QCoreApplication.translate(
            "Errors", "Please give a reason for the change."
        ),
        "reason_too_long": QCoreApplication.translate(
            "Errors", "Reason is longer than 300 characters."
        ),
        "room_too_long": QCoreApplication.translate("Errors", "Room is longer than 20 characters."),
        "schema_newer": QCoreApplication.translate(
            "Errors",
            "This database was written by a newer version of Receptionist; update "
            "the app to open it.",
        ),
        "site_name_required": QCoreApplication.translate("Errors", "Site name is required."),
        "department_too_long": QCoreApplication.translate(
            "Errors", "Department is longer than 100 characters."
        ),
        "overall_required": QCoreApplication.translate("Errors", "The overall rating is required."),
        "rating_range": QCoreApplication.translate(
            "Errors", "Ratings are whole numbers from 1 to 5."
        ),
        "recommend_range": QCoreApplication.translate(
            "Errors", "The recommend score is a whole number from 0 to 10."
        ),
        "comment_too_long": QCoreApplication.translate(
            "Errors", "Comment is longer than 1000 characters."
        ),
        "comment_control": QCoreApplication.translate(
            "Errors", "Comment contains a control character; remove it and try again."
        ),
        "source_invalid": QCoreApplication.translate(
            "Errors", "Feedback source must be card, kiosk or call."
        ),
        "visit_not_received": QCoreApplication.translate(
            "Errors", "This visit has not taken place, so it cannot have feedback."
        ),
        "feedback_exists": QCoreApplication.translate(
            "Errors", "This visit already has feedback; it is entered only once."
        ),
        "format_invalid": QCoreApplication.translate(
            "Errors", "This paper format is not available for this document; choose another."
        ),
        "document_invalid": QCoreApplication.translate(
            "Errors", "The document is a slip or a card."
        ),
        "outcome_invalid": QCoreApplication.translate(
            "Errors", "The outcome of a print is printed, saved or failed."
        ),
        "printer_too_long": QCoreApplication.translate(
            "Errors", "Printer name is longer than 200 characters."
        ),
        "printer_control": QCoreApplication.translate(
            "Errors", "Printer name contains a control character; remove it and try again."
        ),
        "logo_invalid": QCoreApplication.translate("Errors", "The logo must be a PNG image."),
        "logo_too_large": QCoreApplication.translate(
            "Errors", "The logo is larger than 512 KB; use a smaller image."
        ),
        "expected_at_invalid": QCoreApplication.translate(
            "Errors", "The expected date and time are not valid."
        ),
        "expected_at_past": QCoreApplication.translate(
            "Errors", "The expected day is in the past; choose today or later."
        ),
        "expected_at_far": QCoreApplication.translate(
            "Errors", "Visits can be planned up to a year ahead."
        ),
        "invite_unknown": QCoreApplication.translate(
            "Errors", "No visit has this invitation code; check the code on the invitation."
        ),
        "not_planned": QCoreApplication.translate(
            "Errors", "This invitation has already been used or is no longer valid."
        ),
        "invite_used": QCoreApplication.translate(
            "Errors", "This invitation has already been used or is no longer valid."
        ),
        "invite_other_day": QCoreApplication.translate(
            "Errors", "This invitation is for another day."
        ),
        "idle_seconds_invalid": QCoreApplication.translate(
            "Errors", "The idle time must be 15 to 600 seconds."
        ),
        "retention_months_invalid": QCoreApplication.translate(
            "Errors", "The retention period must be 1 to 120 months."
        ),
        "pin_invalid": QCoreApplication.translate("Errors", "The PIN must be 4 to 8 digits."),
        "undo_nothing": QCoreApplication.translate(
            "Errors", "There is nothing to undo for this visit."
        ),
        "undo_changed": QCoreApplication.translate(
            "Errors", "This visit has changed since, so it can no longer be undone."
        ),
        "undo_too_late": QCoreApplication.translate(
            "Errors", "It is too late to undo this: more than five minutes have passed."
        ),
    }
    return messages.get(error.code, error.message)
