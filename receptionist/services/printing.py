"""Printed documents of a visit (the slip and the feedback card; the invitation of a
planned visit) and the record of what was printed, saved or failed, so an accidental
double print is visible.

The documents are built from plain data (``printing.data``) holding only what a visitor
may carry: no category, tier, phone number or internal note. Sending a document to a
printer is the UI's job (Qt); it reports the outcome here with ``record_print``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.enums import Purpose, VisitStatus
from ..domain.errors import Conflict, ValidationError
from ..domain.roles import Permission
from ..domain.validation import clean_text
from ..printing.data import (
    CARD_FORMATS,
    INVITATION_FORMATS,
    SLIP_FORMATS,
    CardData,
    InvitationData,
    SlipData,
)
from ..store import audit
from ..store import prints as store
from ..store.connection import transaction
from ..store.models import PrintRecord, Visit
from . import clock
from ._lookup import visit_row
from .access import authorize
from .checkout_codes import checkout_code
from .planning import planned_row
from .settings import kiosk_settings, site_logo, site_settings
from .views import PrintRecordView

if TYPE_CHECKING:
    from ..printing.documents import PrintedDocument

__all__ = [
    "CARD_FORMATS",
    "DOCUMENTS",
    "INVITATION_FORMATS",
    "OUTCOMES",
    "SLIP_FORMATS",
    "card_data",
    "card_document",
    "invitation_data",
    "invitation_document",
    "print_history",
    "record_print",
    "slip_data",
    "slip_document",
]

DOCUMENTS = ("slip", "card")
OUTCOMES = ("printed", "saved", "failed")
FORMATS = {"slip": SLIP_FORMATS, "card": CARD_FORMATS, "invitation": INVITATION_FORMATS}
PRINTER_MAX = 200


def _format(document: str, fmt: str) -> str:
    if fmt not in FORMATS[document]:
        choices = ", ".join(FORMATS[document])
        raise ValidationError("format_invalid", field="format", choices=choices)
    return fmt


def _language(lang: str) -> str:
    return "zh_CN" if (lang or "").lower().startswith("zh") else "en"


def _host_name(row: Visit) -> str:
    host = row.host if row.host_id else None
    return host.name if host else ""


def slip_data(actor_id: int, code: str) -> SlipData:
    """What the visit slip of ``code`` shows (NotFound for an unknown code)."""
    authorize(actor_id, Permission.DESK)
    return _slip_data(code)


def _slip_data(code: str) -> SlipData:
    row = visit_row(code)
    site = site_settings()
    return SlipData(
        site_name=site.site_name,
        visitor_name=row.customer.name,
        company=row.customer.company,
        host_name=_host_name(row),
        purpose=Purpose(row.purpose),
        check_in_at=row.check_in_at or clock.now(),
        code=checkout_code(row.code),
        room=row.room if site.hotel_mode else "",
        hotel_mode=site.hotel_mode,
        logo_png=site_logo(),
    )


def card_data(actor_id: int, code: str) -> CardData:
    """What the feedback card of ``code`` shows (NotFound for an unknown code)."""
    authorize(actor_id, Permission.DESK)
    return _card_data(code)


def _card_data(code: str) -> CardData:
    row = visit_row(code)
    site = site_settings()
    day = row.check_out_at or row.check_in_at or clock.now()
    return CardData(
        site_name=site.site_name,
        visitor_name=row.customer.name,
        host_name=_host_name(row),
        visit_date=clock.local(day).date(),
        code=row.code,
        retention_months=kiosk_settings().retention_months,
        hotel_mode=site.hotel_mode,
        logo_png=site_logo(),
    )


def slip_document(
    actor_id: int, code: str, fmt: str = "label62", lang: str = "en"
) -> PrintedDocument:
    """The visit slip of ``code`` in a slip format, labels in ``lang`` (zh_CN or en)."""
    authorize(actor_id, Permission.DESK)
    return slip_of(code, fmt, lang)


def slip_of(code: str, fmt: str, lang: str) -> PrintedDocument:
    """``slip_document`` for a caller that has checked who acts (the kiosk: by the slip's
    long code it just handed out)."""
    _format("slip", fmt)
    data = _slip_data(code)
    from ..printing.documents import build_slip  # reportlab loads only when printing

    return build_slip(data, fmt, _language(lang))


def card_document(actor_id: int, code: str, fmt: str = "a6", lang: str = "en") -> PrintedDocument:
    """The feedback card of ``code`` in a card format, labels in ``lang``."""
    authorize(actor_id, Permission.DESK)
    _format("card", fmt)
    data = _card_data(code)
    from ..printing.documents import build_card

    return build_card(data, fmt, _language(lang))


def invitation_data(actor_id: int, invite_code_text: str) -> InvitationData:
    """What the invitation of a planned visit shows, the expected time in local time
    (NotFound for an unknown code; Conflict once the visit is no longer planned)."""
    authorize(actor_id, Permission.DESK)
    return _invitation_data(invite_code_text)


def _invitation_data(invite_code_text: str) -> InvitationData:
    row = planned_row(invite_code_text)
    if row.status != VisitStatus.PLANNED:
        raise Conflict("invitation_not_printable", field="code")
    return InvitationData(
        site_name=site_settings().site_name,
        visitor_name=row.customer.name,
        host_name=_host_name(row),
        purpose=Purpose(row.purpose),
        expected_at=clock.local(row.expected_at),
        code=row.invite_code,
        logo_png=site_logo(),
    )


def invitation_document(
    actor_id: int, invite_code_text: str, fmt: str = "a6", lang: str = "en"
) -> PrintedDocument:
    """The invitation of a planned visit in an invitation format, labels in ``lang``."""
    authorize(actor_id, Permission.DESK)
    _format("invitation", fmt)
    data = _invitation_data(invite_code_text)
    from ..printing.documents import build_invitation

    return build_invitation(data, fmt, _language(lang))


def _view(row: PrintRecord) -> PrintRecordView:
    staff = row.staff if row.staff_id else None
    return PrintRecordView(
        document=row.document,
        fmt=row.fmt,
        printer=row.printer,
        outcome=row.outcome,
        printed_at=row.printed_at,
        staff_name=staff.name if staff else None,
    )


def record_print(
    actor_id: int, code: str, document: str, fmt: str, printer: str | None, outcome: str
) -> PrintRecordView:
    """Record that a visit's ``document`` was printed, saved as a PDF, or failed."""
    authorize(actor_id, Permission.DESK)
    return write_print_record(actor_id, code, document, fmt, printer, outcome)


def write_print_record(
    actor_id: int | None, code: str, document: str, fmt: str, printer: str | None, outcome: str
) -> PrintRecordView:
    """``record_print`` for a caller that has checked who acts (None: the kiosk)."""
    if document not in DOCUMENTS:
        raise ValidationError("document_invalid", field="document")
    _format(document, fmt)
    if outcome not in OUTCOMES:
        raise ValidationError("outcome_invalid", field="outcome")
    name = clean_text(printer, field="printer", maximum=PRINTER_MAX, required=False) or None
    now = clock.now()
    with transaction():
        visit = visit_row(code)
        row = store.insert(
            visit=visit.id,
            document=document,
            fmt=fmt,
            printer=name,
            outcome=outcome,
            staff=actor_id,
            printed_at=now,
        )
        audit.record(
            now,
            actor_id,
            "visit.print",
            "visit",
            visit.id,
            code=visit.code,
            document=document,
            fmt=fmt,
            outcome=outcome,
        )
    return _view(store.existing(row.id))


def print_history(actor_id: int, code: str) -> list[PrintRecordView]:
    """What was printed for the visit, newest first."""
    authorize(actor_id, Permission.DESK)
    visit = visit_row(code)
    return [_view(r) for r in store.for_visit(visit.id)]
