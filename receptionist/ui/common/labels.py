"""Translated labels for the vocabulary and for the services' error codes.

Every string here goes through ``QCoreApplication.translate`` so that ``pyside6-lupdate``
extracts it; call the functions at display time (after a language switch they return the
new language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.enums import Category, Flow, Kind, Purpose, Role, SiteKind, VisitStatus
from ...domain.errors import DeskError
from ...domain.pin import PIN_LENGTHS
from ...services import settings

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


def site_kind_label(value: SiteKind) -> str:
    return {
        SiteKind.OFFICE: QCoreApplication.translate("Labels", "Office"),
        SiteKind.SHOWROOM: QCoreApplication.translate("Labels", "Showroom or sales centre"),
        SiteKind.HOTEL: QCoreApplication.translate("Labels", "Hotel"),
    }[SiteKind(value)]


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
    """The translated sentence for a service error (falls back to its English message).
    Numbers in the sentences come from the rules' constants, never from the text."""
    idle, retention = settings.IDLE_SECONDS_RANGE, settings.RETENTION_MONTHS_RANGE
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
        "site_name_required": QCoreApplication.translate("Errors", "Site name is required."),
        "site_name_too_long": QCoreApplication.translate(
            "Errors", "Site name is longer than {maximum} characters."
        ).format(maximum=settings.SITE_NAME_MAX),
        "site_name_control": QCoreApplication.translate(
            "Errors", "Site name contains a control character; remove it and try again."
        ),
        "site_kind_invalid": QCoreApplication.translate(
            "Errors", "The kind of site must be office, showroom or hotel."
        ),
        "site_set_up": QCoreApplication.translate(
            "Errors", "This site is already set up; change its name in Settings."
        ),
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
            "Errors", "The logo is larger than {size} KB; use a smaller image."
        ).format(size=settings.LOGO_MAX_BYTES // 1024),
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
            "Errors", "The idle time must be {shortest} to {longest} seconds."
        ).format(shortest=idle[0], longest=idle[1]),
        "retention_months_invalid": QCoreApplication.translate(
            "Errors", "The retention period must be {shortest} to {longest} months."
        ).format(shortest=retention[0], longest=retention[1]),
        "undo_nothing": QCoreApplication.translate(
            "Errors", "There is nothing to undo for this visit."
        ),
        "undo_changed": QCoreApplication.translate(
            "Errors", "This visit has changed since, so it can no longer be undone."
        ),
        "undo_too_late": QCoreApplication.translate(
            "Errors", "It is too late to undo this: more than five minutes have passed."
        ),
        "pin_invalid": QCoreApplication.translate(
            "Errors", "The PIN must be {shortest} to {longest} digits."
        ).format(shortest=PIN_LENGTHS[0], longest=PIN_LENGTHS[1]),
    }
    return messages.get(error.code) or fault_text(error)


def fault_text(error: DeskError) -> str:
    """The translated sentence for a fault of the database file or of the text typed
    (``domain/faults.py``, ``domain/validation.py``); falls back to the English message."""
    messages = {
        "db_read_only": QCoreApplication.translate(
            "Errors",
            "The database file is read-only, so nothing can be saved in it; ask your "
            "administrator to make it writable, then try again.",
        ),
        "db_folder_read_only": QCoreApplication.translate(
            "Errors",
            "The folder or disk holding the database is read-only, so nothing can be saved; "
            "ask your administrator to make it writable or to move the database, then try "
            "again.",
        ),
        "db_disk_full": QCoreApplication.translate(
            "Errors",
            "The disk holding the database is full, so nothing was saved; free some space "
            "on it (or ask your administrator), then try again.",
        ),
        "db_busy": QCoreApplication.translate(
            "Errors",
            "Another desk, kiosk or program is writing to the database right now, so "
            "nothing was saved; try again in a moment.",
        ),
        "db_io_error": QCoreApplication.translate(
            "Errors",
            "The disk holding the database reported an error, so nothing was saved; check "
            "the disk or network drive, then try again.",
        ),
        "db_damaged": QCoreApplication.translate(
            "Errors",
            "The database file is damaged, so nothing more will be saved in it; ask your "
            "administrator to restore it from a backup copy.",
        ),
        "db_not_a_database": QCoreApplication.translate(
            "Errors",
            "This file is not a Receptionist database; check the path given with --db or "
            "RECEPTIONIST_DB.",
        ),
        "db_empty_file": QCoreApplication.translate(
            "Errors",
            "The database file is empty (0 bytes), perhaps from a copy that did not "
            "finish; restore it from a backup copy, or delete it to start a new, empty "
            "database.",
        ),
        "db_not_ours": QCoreApplication.translate(
            "Errors",
            "This database file belongs to another program, so it was left unchanged; "
            "check the path given with --db or RECEPTIONIST_DB.",
        ),
        "db_cannot_open": QCoreApplication.translate(
            "Errors",
            "The database file cannot be opened: a folder on the way is missing or not "
            "accessible; check the path given with --db or RECEPTIONIST_DB.",
        ),
        "schema_newer": QCoreApplication.translate(
            "Errors",
            "This database was written by a newer version of Receptionist; update "
            "the app to open it.",
        ),
        "text_invalid": QCoreApplication.translate(
            "Errors", "This text contains characters that are not valid text; type it again."
        ),
        "text_bidi": QCoreApplication.translate(
            "Errors",
            "This text contains hidden characters that change the direction of text, so it "
            "could read differently on the board and on slips; type it again without them.",
        ),
    }
    return messages.get(error.code, error.message)
