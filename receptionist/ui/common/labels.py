"""Translated labels for the vocabulary, and the translated sentence of an error's code.

Every string here goes through ``QCoreApplication.translate`` so that ``pyside6-lupdate``
extracts it; call the functions at display time (after a language switch they return the
new language).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain import messages
from ...domain.enums import (
    Category,
    Flow,
    Kind,
    Purpose,
    Role,
    SiteKind,
    Station,
    Tier,
    VisitStatus,
)
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


def tier_label(value: Tier | str) -> str:
    return {
        Tier.PLATINUM: QCoreApplication.translate("Labels", "Platinum"),
        Tier.GOLD: QCoreApplication.translate("Labels", "Gold"),
        Tier.IRON: QCoreApplication.translate("Labels", "Iron"),
        Tier.LEAD: QCoreApplication.translate("Labels", "Lead"),
    }[Tier(value)]


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


def station_kind_label(value: Station) -> str:
    """What kind of station a named station is (a desk or a kiosk)."""
    if Station(value) is Station.KIOSK:
        return QCoreApplication.translate("Labels", "Self-service kiosk")
    return QCoreApplication.translate("Labels", "Reception desk")


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
    """The translated sentence of a refusal: its code's text from the catalogue
    (``domain/messages.py``), placeholders filled from the error's ``params``."""
    return message_text(error.code, error.params)


def message_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """The translated sentence of the catalogue's ``code`` with ``params`` filled in."""
    text = QCoreApplication.translate(messages.CONTEXT, messages.MESSAGES[code])
    return messages.fill(text, params, _field_label)


def _field_label(text: str) -> str:
    return QCoreApplication.translate(messages.FIELDS_CONTEXT, text)
