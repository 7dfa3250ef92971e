"""The evacuation list at the desk: one action (Manage → Evacuation list, Ctrl+Shift+E)
reads everyone on site (off the GUI thread), prints the A4 list at once on this
computer's default printer — without one, or when it fails, saves the PDF where the
receptionist says (a dated name in the printouts folder is offered) — and opens the roll
call. Pressed again, it prints the list of that moment and refreshes the roll call,
keeping its ticks. Off while the desk is locked: the list names who is in the building."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from ...domain.roles import Permission
from ...services import evacuation
from ...services.access import allowed
from ...services.evacuation import EvacuationList
from ..common import ask
from ..common.background import Background
from .roll_call import RollCallWindow

if TYPE_CHECKING:
    from ...printing.documents import PrintedDocument
    from ..desk.window import DeskWindow

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+Shift+E"


def _prepare(actor_id: int, lang: str, for_printer: bool) -> tuple[EvacuationList, object]:
    """On the worker thread: the list, its document, and (for a printer) its pages."""
    found, doc = evacuation.evacuation_document(actor_id, lang)
    if for_printer:
        doc.pages_svg  # noqa: B018 - rendered here, not on the GUI thread
    return found, doc


def default_printer() -> str | None:
    from ..printing.support import default_printer as system_default

    return system_default()


def fallback_dir() -> Path:
    from ..printing.support import fallback_dir as printouts

    return printouts()


class DeskEvacuation(QObject):
    """``message(text, folder)``: what became of the print (the desk's print status)."""

    message = Signal(str, str)

    def __init__(self, desk: DeskWindow) -> None:
        super().__init__(desk)
        self._desk = desk
        self._ctx = desk.ctx
        self.window: RollCallWindow | None = None
        self.action = QAction(desk)
        self.action.setObjectName("evacuation_action")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _checked=False: self.start())
        desk.addAction(self.action)  # the shortcut works wherever the desk's focus is
        menu = desk.toolbar.manage_menu
        first = menu.actions()[0]
        menu.insertAction(first, self.action)  # first in Manage: found at once
        self.separator = menu.insertSeparator(first)
        self._background = Background(self)
        self._background.done.connect(self._ready)
        self._background.failed.connect(self._failed)
        self._busy = False
        self._printer: str | None = None
        self.retranslate()
        self._ctx.signals.actor_changed.connect(self.retranslate)
        self._ctx.signals.settings_changed.connect(self.retranslate)
        desk.desk_lock.locked_changed.connect(lambda locked: self.action.setEnabled(not locked))

    def retranslate(self) -> None:
        self.action.setText(self.tr("Evacuation list…"))
        tip = self.tr(
            "Print everyone on site now, by host, and open the roll call to tick them off"
        )
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{tip} ({keys})")
        self.action.setStatusTip(tip)
        may = allowed(self._ctx.actor, Permission.DESK)
        self.action.setVisible(may)
        self.separator.setVisible(may)
        if self.window is not None:
            self.window.retranslate()

    # -- the action -------------------------------------------------------------------
    def start(self) -> None:
        """Read the list and its document off the GUI thread, then print and show it."""
        if self._busy or not allowed(self._ctx.actor, Permission.DESK):
            return
        self._busy = True
        self._printer = default_printer()
        self.message.emit(self.tr("Preparing the evacuation list…"), "")
        self._background.run(
            _prepare, self._ctx.actor.id, self._ctx.language, self._printer is not None
        )

    def _ready(self, result: tuple[EvacuationList, PrintedDocument]) -> None:
        self._busy = False
        found, doc = result
        self.open_roll_call(found)
        self.deliver(found, doc, self._printer)

    def _failed(self) -> None:
        self._busy = False
        self.message.emit(
            self.tr("The evacuation list could not be read; try again (Ctrl+Shift+E)."), ""
        )

    def open_roll_call(self, found: EvacuationList) -> RollCallWindow:
        """Show the roll call with ``found``, ticks kept when it is open already."""
        window = self.window
        if window is not None and window.property("actor") != self._ctx.actor.id:
            window.close()
            window.deleteLater()
            window = None
        if window is None:
            window = self.window = RollCallWindow(self._ctx)
            window.setProperty("actor", self._ctx.actor.id)
            window.addAction(self.action)  # Ctrl+Shift+E there too: print again, read again
            window.resize(1000, 680)
        window.show_list(found)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # -- paper, or a file -------------------------------------------------------------
    def deliver(self, found: EvacuationList, doc: PrintedDocument, printer: str | None) -> None:
        """Print on ``printer``; without one, or when it fails, save the PDF."""
        if printer:
            from ..printing.support import print_document

            outcome = print_document(doc, printer)
            if outcome.ok:
                self.message.emit(
                    self.tr("The evacuation list ({count}) was sent to {printer}.").format(
                        count=self._count(found), printer=outcome.printer
                    ),
                    "",
                )
                return
            reason = outcome.message
        else:
            reason = self.tr("No printer is installed on this computer.")
        self.save(found, doc, reason)

    def _count(self, found: EvacuationList) -> str:
        visitors = self.tr("%n visitor(s)", "", found.visitors)
        people = self.tr("%n person(s)", "", found.head_count)
        return self.tr("{visitors}, {people}").format(visitors=visitors, people=people)

    def save(self, found: EvacuationList, doc: PrintedDocument, reason: str) -> Path | None:
        """Ask where to save the PDF (a dated name in the printouts folder offered),
        write it, say where; None when not saved."""
        stamp = found.made_at.astimezone().strftime("%Y%m%d-%H%M")
        try:
            suggested = str(fallback_dir() / f"evacuation-{stamp}.pdf")
        except OSError:
            suggested = f"evacuation-{stamp}.pdf"
        chosen = ask.save_file(
            self._desk,
            self.tr("Save the evacuation list as a PDF"),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        if chosen is None:
            self.message.emit(
                self.tr("{reason} The evacuation list was not saved.").format(reason=reason), ""
            )
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(doc.pdf())
        except OSError:
            log.exception("saving the evacuation list failed")
            self.message.emit(
                self.tr(
                    "{reason} The evacuation list could not be saved to {file}; "
                    "press Ctrl+Shift+E and choose another folder."
                ).format(reason=reason, file=str(path)),
                "",
            )
            return None
        self.message.emit(
            self.tr("{reason} The evacuation list was saved to {file}.").format(
                reason=reason, file=str(path)
            ),
            str(path.parent),
        )
        return path

    def close(self) -> None:
        """The desk closes: so does the roll call, without asking."""
        if self.window is not None:
            self.window.forget_ticks()
            self.window.close()


def install(desk: DeskWindow) -> DeskEvacuation:
    entry = DeskEvacuation(desk)
    entry.message.connect(desk.show_print_message)
    return entry
