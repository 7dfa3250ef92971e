"""The dashboard's "Print / Save PDF…": the report (A4, the figures shown, charts as
vectors) saved where the manager chooses, or printed on this computer's default printer
(saved in the printouts folder when there is none or it fails, as other documents are)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from ...domain.errors import DeskError
from ...services import report_print
from ..common import ask
from ..common.context import DeskContext
from ..common.labels import error_text

if TYPE_CHECKING:
    from ...printing.documents import PrintedDocument
    from .window import DashboardWindow

_log = logging.getLogger(__name__)


class DashboardPrinting(QObject):
    def __init__(self, window: DashboardWindow, ctx: DeskContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.menu = QMenu(window)
        self.menu.setObjectName("dashboard_print_menu")
        self.save_action = QAction(self.menu, objectName="dashboard_save_pdf_action")
        self.print_action = QAction(self.menu, objectName="dashboard_print_action")
        self.save_action.triggered.connect(lambda _c=False: self.save())
        self.print_action.triggered.connect(lambda _c=False: self.print_report())
        self.menu.addAction(self.save_action)
        self.menu.addAction(self.print_action)

    def install(self, button: QPushButton) -> None:
        self.button = button
        button.setMenu(self.menu)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Print / Save PDF…"))
        self.button.setAccessibleName(self.tr("Print or save the dashboard as a PDF"))
        self.save_action.setText(self.tr("Save as PDF…"))
        self.print_action.setText(self.tr("Print on the default printer"))

    def document(self) -> PrintedDocument | None:
        """The report of the figures on screen, or None after saying why not."""
        board = self._window.board
        if board is None:
            return None
        try:
            return report_print.dashboard_document(self._ctx.actor.id, board, self._ctx.language)
        except DeskError as err:
            self._window.status.setText(error_text(err))
        except Exception:  # noqa: BLE001 - the window stays; the log has it
            _log.exception("building the dashboard report failed")
            self._window.status.setText(self.tr("The report could not be prepared."))
        return None

    def file_name(self) -> str:
        board = self._window.board
        assert board is not None
        return f"dashboard-{board.period.start.isoformat()}-{board.period.end.isoformat()}.pdf"

    def save(self) -> None:
        doc = self.document()
        if doc is None:
            return
        path = ask.save_file(
            self._window,
            self.tr("Save the dashboard as a PDF"),
            self.file_name(),
            self.tr("PDF document (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            with open(path, "wb") as out:
                out.write(doc.pdf())
        except OSError:
            self._window.status.setText(
                self.tr("The PDF could not be written there. Choose another folder.")
            )
            return
        self._window.status.setText(self.tr("Saved to {path}.").format(path=path))

    def print_report(self) -> None:
        from ..printing.support import fallback_dir, print_document

        doc = self.document()
        if doc is None:
            return
        outcome = print_document(doc, None)
        if outcome.ok:
            self._window.status.setText(outcome.message)
            return
        path = fallback_dir() / self.file_name()
        path.write_bytes(doc.pdf())
        self._window.status.setText(
            self.tr("{reason} The report was saved to {path}.").format(
                reason=outcome.message, path=path
            )
        )
