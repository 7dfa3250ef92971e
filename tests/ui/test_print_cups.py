"""Printing through a real print queue (CUPS with the cups-pdf backend in CI).

Skipped unless ``RECEPTIONIST_TEST_PRINTER`` names the queue (``.ci/run`` sets it up). The
slip goes through the app's own print path (``print_document``); cups-pdf writes the job
as a PDF into its output folder, and the test reads the text back from it.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from receptionist.services import customers, printing, visits
from receptionist.ui.printing.support import available_printers, print_document

PRINTER = os.environ.get("RECEPTIONIST_TEST_PRINTER", "")
WAIT_S = 30

pytestmark = pytest.mark.skipif(not PRINTER, reason="RECEPTIONIST_TEST_PRINTER is not set")


def cups_pdf_folders() -> list[Path]:
    """Where cups-pdf may write: the ``Out`` folder of its configuration (``${HOME}`` is
    the job owner's home), and the spool folder of anonymous jobs."""
    folders = [Path.home() / "PDF", Path("/root/PDF"), Path("/var/spool/cups-pdf/ANONYMOUS")]
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                folders.insert(0, Path(match.group(1).replace("${HOME}", str(Path.home()))))
    return folders


def pdfs() -> dict[Path, float]:
    found = {}
    for folder in cups_pdf_folders():
        if folder.is_dir():
            for path in folder.glob("*.pdf"):
                found[path] = path.stat().st_mtime
    return found


def test_a_slip_printed_on_the_queue_reads_back(qapp, actor, host):
    assert PRINTER in available_printers()
    customer = customers.register_customer(actor.id, name="Emily Chen", company="Acme Trading")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)
    doc = printing.slip_document(actor.id, visit.code, "a6", "en")
    before = pdfs()
    outcome = print_document(doc, PRINTER)
    assert outcome.ok, outcome.message

    deadline = time.monotonic() + WAIT_S
    new: list[Path] = []
    while time.monotonic() < deadline and not new:
        time.sleep(0.5)
        new = [p for p, mtime in pdfs().items() if before.get(p) != mtime]
    assert new, f"no PDF from {PRINTER} within {WAIT_S} s in {cups_pdf_folders()}"
    time.sleep(1)  # let cups-pdf finish writing the file
    text = subprocess.run(
        ["pdftotext", str(new[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Emily Chen" in text
    assert visit.code in text
