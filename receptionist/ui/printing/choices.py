"""What this computer prints on: the printer and paper format of each document, and
whether the slip and the feedback card print by themselves.

They belong to one computer (the printers are this computer's), so they live in
``QSettings`` (``ui/common/options.py``). An empty printer name means "no printer": the
PDF is saved instead. The paper format is remembered per printer (and document: one
office printer may take both slips and cards). Qt's print support is loaded only to ask
for the system's default printer, when a choice is first read.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..common import options

FORMATS = options.PAPER_FORMATS


def remembered_format(printer: str, kind: str) -> str | None:
    """The paper format last used for ``kind`` on ``printer``, or None."""
    return options.printer_paper_format(printer, kind).get()


@dataclass
class PrintSettings:
    slip_printer: str = ""  # "" = no printer: save the PDF
    slip_format: str = "label62"
    card_printer: str = ""
    card_format: str = "a6"
    auto_slip: bool = False  # print the slip at check-in
    card_at_checkout: bool = False  # print the feedback card at check-out

    def printer(self, kind: str) -> str:
        return self.slip_printer if kind == "slip" else self.card_printer

    def format(self, kind: str) -> str:
        return self.slip_format if kind == "slip" else self.card_format


def load_print_settings() -> PrintSettings:
    """This computer's choices; a printer never chosen is the system default printer."""
    result = PrintSettings()
    for kind in FORMATS:
        printer = options.PRINTER[kind].get()
        if printer is None:
            from .support import default_printer  # QtPrintSupport, on the first read

            printer = default_printer() or ""
        fmt = remembered_format(printer, kind) or options.PAPER_FORMAT[kind].get()
        setattr(result, f"{kind}_printer", printer)
        setattr(result, f"{kind}_format", fmt)
    result.auto_slip = options.AUTO_SLIP.get()
    result.card_at_checkout = options.CARD_AT_CHECKOUT.get()
    return result


def save_print_settings(choice: PrintSettings) -> None:
    for kind in FORMATS:
        options.PRINTER[kind].set(choice.printer(kind))
        options.PAPER_FORMAT[kind].set(choice.format(kind))
        options.printer_paper_format(choice.printer(kind), kind).set(choice.format(kind))
    options.AUTO_SLIP.set(choice.auto_slip)
    options.CARD_AT_CHECKOUT.set(choice.card_at_checkout)


def format_label(fmt: str) -> str:
    """A paper format as the receptionist knows it."""
    translate = QCoreApplication.translate
    return {
        "label62": translate("PrintSettings", "Label 62 × 100 mm"),
        "receipt80": translate("PrintSettings", "Receipt roll 80 mm"),
        "a6": translate("PrintSettings", "A6 card (105 × 148 mm)"),
        "a5": translate("PrintSettings", "A5 sheet (148 × 210 mm)"),
    }.get(fmt, fmt)
