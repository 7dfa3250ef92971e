"""Printing at the desk: the slip at check-in, the card at check-out, deliberate reprints,
the preview, the invitation of a planned visit. Printing never blocks or undoes a visit:
the visit is committed first, a failed print only saves the PDF in a known folder and
says so in the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...domain.errors import DeskError
from ...services import clock, printing
from ...services.views import PrintRecordView, VisitView
from ..common import ask
from ..common.labels import error_text
from .choices import load_print_settings

if TYPE_CHECKING:
    from pathlib import Path

    from ...printing.documents import PrintedDocument
    from .support import PrintOutcome

_log = logging.getLogger(__name__)


def print_document(doc: PrintedDocument, printer: str) -> PrintOutcome:
    """Send ``doc`` to ``printer`` (Qt's print support is loaded on the first print, not
    when the desk opens)."""
    from .support import print_document as send

    return send(doc, printer)


def save_pdf(doc: PrintedDocument, code: str) -> Path:
    """Save ``doc`` as a PDF in the printouts folder; the file."""
    from .support import save_pdf as save

    return save(doc, code)


def last_printed(actor_id: int, code: str, kind: str) -> PrintRecordView | None:
    """The newest record of ``kind`` actually printed for the visit, if any."""
    try:
        history = printing.print_history(actor_id, code)
    except DeskError:
        return None
    return next((r for r in history if r.document == kind and r.outcome == "printed"), None)


class DeskPrinting(QObject):
    """The desk's print actions; ``message`` carries the status sentence and the folder
    of a saved PDF ("" when nothing was saved)."""

    message = Signal(str, str)
    printed = Signal(str)  # visit code whose print history changed

    def __init__(self, ctx, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent

    @property
    def language(self) -> str:
        return self._ctx.language

    @property
    def actor_id(self) -> int:
        return self._ctx.actor.id

    def document_name(self, kind: str) -> str:
        return {
            "slip": self.tr("visit slip"),
            "card": self.tr("feedback card"),
            "invitation": self.tr("invitation"),
        }[kind]

    # -- hooks of the desk ----------------------------------------------------------
    def after_check_in(self, visit: VisitView) -> None:
        if load_print_settings().auto_slip:
            self.print_visit_document("slip", visit.code)

    def after_check_out(self, visit: VisitView) -> None:
        if load_print_settings().card_at_checkout:
            self.print_visit_document("card", visit.code)

    # -- printing -------------------------------------------------------------------
    def confirm_reprint(self, kind: str, code: str) -> bool:
        """A deliberate print: when the document was printed already, ask first."""
        before = last_printed(self.actor_id, code, kind)
        if before is None:
            return True
        question = self.tr("Already printed at {time} by {name} — print again?").format(
            time=clock.local(before.printed_at).strftime("%H:%M"), name=before.staff_name or "—"
        )
        title = (
            self.tr("Print the visit slip again")
            if kind == "slip"
            else self.tr("Print the feedback card again")
        )
        return ask.confirm(self._parent, title, question)

    def print_visit_document(
        self, kind: str, code: str, *, fmt: str | None = None, deliberate: bool = False
    ) -> PrintOutcome | None:
        """Print (or, without a printer, save) the visit's slip or card and record the
        outcome. None when nothing was done (declined, or the visit is unknown)."""
        if deliberate and not self.confirm_reprint(kind, code):
            return None
        choice = load_print_settings()
        fmt = fmt or choice.format(kind)
        build = printing.slip_document if kind == "slip" else printing.card_document
        doc = self._build(kind, lambda: build(self.actor_id, code, fmt, self._ctx.language))
        if doc is None:
            return None
        return self._deliver(
            doc,
            kind,
            code,
            choice.printer(kind),
            lambda printer, outcome: self._record(code, kind, fmt, printer, outcome),
        )

    def print_invitation(self, invite_code: str) -> PrintOutcome | None:
        """Print (or save) the invitation of a planned visit, on the feedback card's
        printer (both are A6 cards). Nothing is recorded: the print record is per visit
        code, and a planned visit has none yet."""
        doc = self._build(
            "invitation",
            lambda: printing.invitation_document(
                self.actor_id, invite_code, fmt="a6", lang=self._ctx.language
            ),
        )
        if doc is None:
            return None
        return self._deliver(
            doc, "invitation", invite_code, load_print_settings().printer("card"), None
        )

    def _build(self, kind: str, build: Callable[[], PrintedDocument]) -> PrintedDocument | None:
        """The document, or None after saying why it could not be built."""
        try:
            return build()
        except DeskError as err:
            self.message.emit(error_text(err), "")
        except Exception:  # noqa: BLE001 - the visit is saved; printing only reports
            _log.exception("building a printed document failed")
            self.message.emit(
                self.tr("The {document} could not be prepared; the visit itself is saved.").format(
                    document=self.document_name(kind)
                ),
                "",
            )
        return None

    def _deliver(
        self,
        doc: PrintedDocument,
        kind: str,
        code: str,
        printer: str,
        record: Callable[[str | None, str], None] | None,
    ) -> PrintOutcome:
        """Send ``doc`` to ``printer``; without one, or when it fails, save the PDF.
        ``record(printer, outcome)`` notes what happened (None: nothing to note)."""
        record = record or (lambda _printer, _outcome: None)
        from .support import PrintOutcome

        if printer:
            outcome = print_document(doc, printer)
        else:
            outcome = PrintOutcome(
                False,
                "",
                self.tr("No printer is chosen for the {document}.").format(
                    document=self.document_name(kind)
                ),
            )
        if outcome.ok:
            record(printer, "printed")
            self.message.emit(
                self.tr("The {document} of {code} was sent to {printer}.").format(
                    document=self.document_name(kind), code=code, printer=printer
                ),
                "",
            )
            return outcome
        try:
            outcome.saved_to = save_pdf(doc, code)
        except Exception:  # noqa: BLE001 - disk full, no permission, ...: say so
            _log.exception("saving the PDF failed")
            record(printer or None, "failed")
            self.message.emit(
                self.tr(
                    "{reason} The PDF could not be saved either; check "
                    "that the Documents folder is writable."
                ).format(reason=outcome.message),
                "",
            )
            return outcome
        record(printer or None, "saved")
        self.message.emit(
            self.tr("{reason} The {document} was saved as {file}.").format(
                reason=outcome.message,
                document=self.document_name(kind),
                file=outcome.saved_to.name,
            ),
            str(outcome.saved_to.parent),
        )
        return outcome

    def _record(self, code: str, kind: str, fmt: str, printer: str | None, outcome: str) -> None:
        try:
            printing.record_print(self._ctx.actor.id, code, kind, fmt, printer, outcome)
        except DeskError as err:  # the paper is out already; say why it is not recorded
            self.message.emit(error_text(err), "")
            return
        self.printed.emit(code)

    def preview(self, code: str, kind: str = "slip") -> QWidget:
        """Open the preview of the visit's documents (non-modal); the dialog."""
        from .preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(self, code, kind, self._parent)
        dialog.show()
        return dialog
