"""Sending a printed document to a real printer through Qt's print support.

The thin Qt piece of printing: ``receptionist.printing`` builds each page once as a
drawing and hands over SVG pages; Qt draws them as vectors on a ``QPrinter`` (a CUPS
queue on Linux and macOS, the Windows spooler), so the printer receives real text in the
bundled font. Nothing here raises to the caller: every failure is a ``PrintOutcome``
with a sentence, and the caller saves the PDF instead (``save_pdf``).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, QSizeF, QStandardPaths
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtSvg import QSvgRenderer

if TYPE_CHECKING:
    from ...printing.documents import PrintedDocument

_log = logging.getLogger(__name__)
_font_registered = False


@dataclass
class PrintOutcome:
    """What became of a print: ``ok`` when the job was handed to the printer."""

    ok: bool
    printer: str
    message: str
    saved_to: Path | None = None


_gui_app: QGuiApplication | None = None  # kept alive while a command-line print runs


def ensure_gui_application() -> None:
    """A QGuiApplication for printing from the command line (offscreen when Linux has no
    display); nothing when one exists already."""
    global _gui_app
    if QGuiApplication.instance() is None:
        if (
            sys.platform.startswith("linux")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui_app = QGuiApplication(["receptionist"])


def available_printers() -> list[str]:
    """The names of the printers this computer can print to (may be empty)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def default_printer() -> str | None:
    """The system's default printer, or None when there is none."""
    name = QPrinterInfo.defaultPrinterName()
    return name or None


def register_font() -> None:
    """Make the bundled CJK font known to Qt once, so the SVG's font-family resolves on
    every computer (even one with no Chinese font installed)."""
    global _font_registered
    if _font_registered:
        return
    _font_registered = True
    try:
        from ...printing.documents import font_path

        registered = QFontDatabase.addApplicationFont(str(font_path())) >= 0
    except (ImportError, OSError):
        registered = False
    if not registered:
        _log.warning("the bundled print font could not be registered with Qt")


def _page_size(doc: PrintedDocument) -> QPageSize:
    width, height = doc.page_size_pt
    return QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch
    )


def setup_page(device: QPagedPaintDevice, doc: PrintedDocument) -> None:
    """The document's own paper size, portrait as given, no margins."""
    layout = QPageLayout(
        _page_size(doc),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    device.setPageLayout(layout)
    if isinstance(device, QPrinter):
        device.setFullPage(True)


def paint_pages(
    painter: QPainter,
    device: QPagedPaintDevice,
    doc: PrintedDocument,
    first_page_started: bool = True,
) -> None:
    """Draw every page of ``doc`` into the whole page of ``device`` (newPage between
    pages). The SVG's viewBox is set to the exact page size in points, because renderSVG
    truncates it to whole points and the drawing would otherwise be scaled a little."""
    register_font()
    width, height = doc.page_size_pt
    target = QRectF(painter.viewport())
    for number, svg in enumerate(doc.pages_svg):
        if number or not first_page_started:
            device.newPage()
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        renderer.setViewBox(QRectF(0, 0, width, height))
        renderer.render(painter, target)


def print_document(
    doc: PrintedDocument, printer_name: str | None, copies: int = 1, output_file: Path | None = None
) -> PrintOutcome:
    """Print ``doc`` on ``printer_name`` (None: the system default). With ``output_file``
    the pages go to that PDF file instead of a printer (tests, "print to file")."""
    if output_file is not None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output_file))
        name = str(output_file)
    else:
        name = printer_name or default_printer() or ""
        if not name:
            return PrintOutcome(
                False,
                "",
                QCoreApplication.translate("Printing", "No printer is installed on this computer."),
            )
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            return PrintOutcome(
                False,
                name,
                QCoreApplication.translate(
                    "Printing", "The printer “{printer}” is not available on this computer."
                ).format(printer=name),
            )
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{doc.kind} {doc.fmt}")
    printer.setCopyCount(max(1, copies))
    setup_page(printer, doc)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return PrintOutcome(
                False,
                name,
                QCoreApplication.translate(
                    "Printing", "The printer “{printer}” reported an error."
                ).format(printer=name),
            )
        try:
            paint_pages(painter, printer, doc)
        finally:
            painter.end()
    except Exception:  # noqa: BLE001 - a print never breaks the desk; the log has it
        _log.exception("printing failed")
        return PrintOutcome(
            False,
            name,
            QCoreApplication.translate(
                "Printing", "The printer “{printer}” reported an error."
            ).format(printer=name),
        )
    if printer.printerState() == QPrinter.PrinterState.Error:
        return PrintOutcome(
            False,
            name,
            QCoreApplication.translate(
                "Printing", "The printer “{printer}” reported an error."
            ).format(printer=name),
        )
    return PrintOutcome(
        True,
        name,
        QCoreApplication.translate("Printing", "Sent to {printer}.").format(printer=name),
    )


def fallback_dir() -> Path:
    """The known folder where PDFs are saved when printing is off or fails (created)."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    folder = Path(documents) / "Receptionist" / "Printouts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_pdf(doc: PrintedDocument, code: str) -> Path:
    """Write ``doc`` as a PDF into ``fallback_dir()``; the file's path."""
    path = fallback_dir() / f"{code}-{doc.kind}-{doc.fmt}.pdf"
    path.write_bytes(doc.pdf())
    return path
