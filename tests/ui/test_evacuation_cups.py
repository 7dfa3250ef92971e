"""The evacuation list printed from the desk on a real print queue (CUPS with cups-pdf;
skipped unless ``RECEPTIONIST_TEST_PRINTER`` names it): Ctrl+Shift+E sends it to the
default printer at once, nothing is asked, and the job reads back."""

from __future__ import annotations

import subprocess
import time

import pytest
from PySide6.QtCore import Qt

from receptionist.services import customers, visits
from receptionist.ui.common import ask
from receptionist.ui.evacuation import desk as evacuation_desk

from .conftest import WAIT_MS
from .test_print_cups import PRINTER, WAIT_S, cups_pdf_folders, pdfs

pytestmark = [
    pytest.mark.skipif(not PRINTER, reason="RECEPTIONIST_TEST_PRINTER is not set"),
    pytest.mark.usefixtures("source_language"),
]


def test_the_list_goes_to_the_default_printer_at_once(qtbot, desk, actor, host, monkeypatch):
    person = customers.register_customer(actor.id, name="Emily Chen", phone="13900000001")
    visits.check_in(actor.id, customer_id=person.id, purpose="sales", host_id=host.id)
    monkeypatch.setattr(evacuation_desk, "default_printer", lambda: PRINTER)
    monkeypatch.setattr(ask, "save_file", lambda *_a: pytest.fail("asked where to save"))
    before = pdfs()
    qtbot.keyClick(
        desk, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: f"was sent to {PRINTER}" in desk.print_status.text(), timeout=WAIT_MS)
    deadline = time.monotonic() + WAIT_S
    new: list = []
    while time.monotonic() < deadline and not new:
        time.sleep(0.5)
        new = [p for p, mtime in pdfs().items() if before.get(p) != mtime]
    assert new, f"no PDF from {PRINTER} within {WAIT_S} s in {cups_pdf_folders()}"
    time.sleep(1)
    text = subprocess.run(
        ["pdftotext", str(new[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Evacuation list" in text and "Emily Chen" in text and "1 visitor" in text
