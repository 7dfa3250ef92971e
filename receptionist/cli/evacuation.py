"""``receptionist onsite --print``: the evacuation list (紧急疏散名单) on A4, now.

``--out FILE.pdf`` writes the PDF there; ``--printer NAME`` sends it to that printer;
neither: the system's default printer, and when this computer has none, a PDF in the
working folder (``evacuation-YYYYMMDD-HHMM.pdf``). The path or the printer is printed.
A printer that fails leaves the PDF in the working folder and exits 2, saying where.
Qt is imported only to reach a printer (``receptionist.ui.printing.support``).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import DeskError
from ..services import evacuation
from . import output as out
from .common import actor, lang, write_pdf_file

if TYPE_CHECKING:
    from ..printing.documents import PrintedDocument
    from ..services.evacuation import EvacuationList

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--print",
        dest="print_list",
        action="store_true",
        help="print the evacuation list (A4, by host, with a count): on the default "
        "printer, else as a PDF in the working folder",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--out", metavar="FILE.pdf", type=Path, help="with --print: write the PDF here"
    )
    where.add_argument("--printer", metavar="NAME", help="with --print: send to this printer")


def wants_print(args: argparse.Namespace) -> bool:
    return bool(args.print_list or args.out or args.printer)


def _default_file(found: EvacuationList) -> Path:
    return Path(f"evacuation-{found.made_at.astimezone():%Y%m%d-%H%M}.pdf")


def _default_printer() -> str | None:
    """The system's default printer; None when there is none or Qt cannot be loaded
    (a server without its libraries: the PDF is written instead)."""
    try:
        from ..ui.printing import support as print_support

        print_support.ensure_gui_application()
        return print_support.default_printer()
    except (ImportError, OSError):
        log.warning("no printer could be looked up; the evacuation list is saved as a PDF")
        return None


def _send(doc: PrintedDocument, printer: str) -> tuple[bool, str, str]:
    """(sent, printer, the reason when not)."""
    from ..ui.printing import support as print_support

    print_support.ensure_gui_application()
    outcome = print_support.print_document(doc, printer)
    return outcome.ok, outcome.printer or printer, outcome.message


def print_list(args: argparse.Namespace) -> str:
    found, doc = evacuation.evacuation_document(actor(args).id, lang(args))
    counts = f"{found.visitors} visitors, {found.head_count} people"
    printer = args.printer or (None if args.out else _default_printer())
    result: dict = {"visitors": found.visitors, "people": found.head_count}
    if printer:
        sent, name, reason = _send(doc, printer)
        if not sent:
            path = write_pdf_file(_default_file(found), doc.pdf())
            raise DeskError("print_failed", reason=reason, path=str(path.resolve()))
        text = f"Printed the evacuation list ({counts}) on {name}."
        result |= {"printer": name, "file": None}
    else:
        path = write_pdf_file(args.out or _default_file(found), doc.pdf()).resolve()
        text = f"Saved the evacuation list ({counts}) to {path}."
        result |= {"printer": None, "file": str(path)}
    return out.to_json(result) if args.json else text
