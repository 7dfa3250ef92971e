"""Printing the visitor's slip at the kiosk: the printer chosen for slips on this computer
(or the system default). The visit is saved before; a missing or failing printer only
means the code is shown large instead."""

from __future__ import annotations

import logging

from ...domain.errors import DeskError
from ...services import kiosk
from ..printing.choices import load_print_settings
from ..printing.support import print_document

_log = logging.getLogger(__name__)


def print_slip(code: str, checkout_code: str, lang: str) -> bool:
    """Print the slip of visit ``code`` (``checkout_code``: its long form on the receipt);
    whether it reached a printer."""
    choice = load_print_settings()
    printer, fmt = choice.printer("slip"), choice.format("slip")
    if not printer:
        return False
    try:
        doc = kiosk.slip_document(checkout_code, fmt, lang)
    except DeskError:
        _log.exception("the kiosk slip could not be built")
        return False
    printed = print_document(doc, printer).ok
    try:
        kiosk.record_slip_print(code, fmt, printer, printed)
    except DeskError:  # the paper is out already; only the history misses it
        _log.exception("the kiosk slip print could not be recorded")
    return printed
