"""Printing from the desk: Qt's print path to a PDF file, failures that save the PDF, the
slip at check-in, the card at check-out, deliberate reprints, the preview and the
printing settings."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose, VisitStatus
from receptionist.services import customers, printing, visits
from receptionist.ui.common import ask
from receptionist.ui.printing import desk_printing
from receptionist.ui.printing import support as print_support
from receptionist.ui.printing.choices import PrintSettings, load_print_settings, save_print_settings
from receptionist.ui.printing.support import PrintOutcome, print_document
from receptionist.ui.settings import print_page as print_settings
from receptionist.ui.settings.print_page import PrintSettingsPage
from tests import staffing

pytestmark = pytest.mark.usefixtures("source_language")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@pytest.fixture
def actor(db):
    """At the desk: an administrator (these tests save settings and manage staff)."""
    return staffing.add("Front desk", "Reception", "admin")


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_page_size(path) -> tuple[float, float]:
    info = subprocess.run(
        ["pdfinfo", "-box", str(path)], capture_output=True, text=True, check=True
    ).stdout
    line = next(x for x in info.splitlines() if x.startswith("MediaBox:"))
    x0, y0, x1, y1 = (float(v) for v in line.split()[1:5])
    return x1 - x0, y1 - y0


@pytest.fixture
def visit(actor, host):
    customer = customers.register_customer(actor.id, name="Emily Chen", company="Acme Trading")
    return visits.check_in(actor.id, customer_id=customer.id, purpose="sales", host_id=host.id)


@pytest.fixture
def printouts(tmp_path, monkeypatch):
    """The fallback folder of saved PDFs, in a temporary folder."""
    folder = tmp_path / "Printouts"
    folder.mkdir()
    monkeypatch.setattr(print_support, "fallback_dir", lambda: folder)
    return folder


@pytest.fixture
def no_printers(monkeypatch):
    """This computer has no printer, whatever the test machine has."""
    monkeypatch.setattr(print_support, "available_printers", lambda: [])
    monkeypatch.setattr(print_support, "default_printer", lambda: None)
    monkeypatch.setattr(print_settings, "available_printers", lambda: [])


# -- Qt's print path -------------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("fmt", ["label62", "a6"])
def test_a_slip_prints_to_a_pdf_with_real_text_and_its_paper_size(
    qapp, actor, visit, tmp_path, fmt
):
    doc = printing.slip_document(actor.id, visit.code, fmt, "en")
    out = tmp_path / "slip.pdf"
    outcome = print_document(doc, None, output_file=out)
    assert outcome.ok, outcome.message
    text = pdf_text(out)
    assert "Emily Chen" in text
    assert visit.code in text
    width, height = pdf_page_size(out)
    assert width == pytest.approx(doc.page_size_pt[0], abs=0.5)
    assert height == pytest.approx(doc.page_size_pt[1], abs=0.5)


@needs_poppler
def test_chinese_prints_as_text(qapp, actor, tmp_path):
    customer = customers.register_customer(actor.id, name="张伟", company="北京远景科技有限公司")
    visit = visits.check_in(actor.id, customer_id=customer.id, purpose="sales")
    out = tmp_path / "card.pdf"
    doc = printing.card_document(actor.id, visit.code, "a5", "zh_CN")
    assert print_document(doc, None, output_file=out).ok
    text = pdf_text(out)
    assert "张伟" in text and visit.code in text
    assert pdf_text(out).count("\f") == len(doc.pages_svg)


def test_an_unknown_printer_is_a_sentence_not_an_exception(qapp, actor, visit):
    doc = printing.slip_document(actor.id, visit.code)
    outcome = print_document(doc, "No Such Printer 42")
    assert outcome == PrintOutcome(False, "No Such Printer 42", outcome.message)
    assert "No Such Printer 42" in outcome.message and "not available" in outcome.message


def test_no_printer_installed_is_a_sentence(qapp, actor, visit, no_printers):
    outcome = print_document(printing.slip_document(actor.id, visit.code), None)
    assert not outcome.ok
    assert outcome.message == "No printer is installed on this computer."


def test_a_printer_that_cannot_start_is_a_printer_error(qapp, actor, visit, tmp_path):
    out = tmp_path / "missing-folder" / "slip.pdf"  # the device cannot open
    outcome = print_document(printing.slip_document(actor.id, visit.code), None, output_file=out)
    assert not outcome.ok
    assert "reported an error" in outcome.message


def test_save_pdf_writes_into_the_fallback_folder(qapp, actor, visit, printouts):
    path = print_support.save_pdf(printing.slip_document(actor.id, visit.code), visit.code)
    assert path.parent == printouts
    assert path.read_bytes().startswith(b"%PDF")


# -- the desk ----------------------------------------------------------------------------
def test_check_in_with_auto_print_and_no_printer_saves_the_pdf(
    desk, actor, host, qtbot, printouts, no_printers
):
    save_print_settings(PrintSettings(slip_printer="", auto_slip=True))
    customer = customers.register_customer(actor.id, name="Emily Chen")
    panel = desk.checkin_panel
    panel.set_customer(customer.id)
    panel.purpose_buttons[Purpose.SALES].click()
    panel.checkin_button.click()

    [visit] = visits.on_site_board(actor.id)  # the visit is there, unchanged
    assert visit.customer_id == customer.id and visit.status is VisitStatus.ON_SITE
    [saved] = printouts.iterdir()
    assert saved.name == f"{visit.code}-slip-label62.pdf"
    assert desk.print_status.isVisible()
    assert "saved" in desk.print_status.text() and saved.name in desk.print_status.text()
    assert desk.open_printouts_button.isVisible()
    assert desk.statusBar().currentMessage() == f"Checked in Emily Chen — {visit.code}"
    [record] = printing.print_history(actor.id, visit.code)
    assert (record.document, record.outcome, record.printer) == ("slip", "saved", None)


def test_check_in_without_auto_print_prints_nothing(desk, actor, printouts, no_printers):
    save_print_settings(PrintSettings(auto_slip=False))
    customer = customers.register_customer(actor.id, name="Emily Chen")
    desk.checkin_panel.set_customer(customer.id)
    desk.checkin_panel.purpose_buttons[Purpose.SALES].click()
    desk.checkin_panel.checkin_button.click()
    [visit] = visits.on_site_board(actor.id)
    assert printing.print_history(actor.id, visit.code) == []
    assert list(printouts.iterdir()) == []


def test_a_failing_printer_saves_the_pdf_and_says_why(desk, visit, printouts, monkeypatch):
    save_print_settings(PrintSettings(slip_printer="Front Desk Label"))
    monkeypatch.setattr(
        desk_printing,
        "print_document",
        lambda doc, name: PrintOutcome(False, name, f"The printer “{name}” reported an error."),
    )
    desk.board.refresh()
    desk.board.select_code(visit.code)
    desk.board.reprint_slip_button.click()
    assert "reported an error" in desk.print_status.text()
    [record] = printing.print_history(desk.ctx.actor.id, visit.code)
    assert (record.outcome, record.printer) == ("saved", "Front Desk Label")
    assert (printouts / f"{visit.code}-slip-label62.pdf").exists()


def test_reprint_asks_when_the_slip_was_printed_already(desk, actor, visit, monkeypatch):
    save_print_settings(PrintSettings(slip_printer="Front Desk Label"))
    sent: list[str] = []
    monkeypatch.setattr(
        desk_printing,
        "print_document",
        lambda doc, name: sent.append(name) or PrintOutcome(True, name, ""),
    )
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: asked.append(text) or False)
    desk.board.refresh()
    desk.board.select_code(visit.code)
    board = desk.board
    assert board.reprint_slip_button.text() == "Print slip"
    board.reprint_slip_button.click()  # first print: no question
    assert asked == [] and sent == ["Front Desk Label"]
    assert board.reprint_slip_button.text() == "Reprint slip"

    board.reprint_slip_button.click()  # again: asked, and declined
    [question] = asked
    assert question.startswith("Already printed at ") and "by Front desk" in question
    assert question.endswith("— print again?")
    assert sent == ["Front Desk Label"]
    assert [r.outcome for r in printing.print_history(actor.id, visit.code)] == ["printed"]

    monkeypatch.setattr(ask, "confirm", lambda *_args: True)
    board.reprint_slip_button.click()  # confirmed: printed twice
    assert len(sent) == 2 and len(printing.print_history(actor.id, visit.code)) == 2


def test_check_out_prints_the_card_when_asked_to(desk, visit, printouts, no_printers, confirm_yes):
    save_print_settings(PrintSettings(card_format="a5", card_at_checkout=True))
    desk.board.refresh()
    desk.board.select_code(visit.code)
    desk.board.checkout_button.click()
    assert visits.visit_by_code(desk.ctx.actor.id, visit.code).status is VisitStatus.DONE
    assert (printouts / f"{visit.code}-card-a5.pdf").exists()
    [record] = printing.print_history(desk.ctx.actor.id, visit.code)
    assert (record.document, record.fmt, record.outcome) == ("card", "a5", "saved")


def test_print_card_button(desk, visit, printouts, no_printers):
    desk.board.refresh()
    desk.board.select_code(visit.code)
    desk.board.print_card_button.click()
    assert (printouts / f"{visit.code}-card-a6.pdf").exists()


def test_preview_shows_the_pages_and_prints_through_the_desk(
    desk, visit, qtbot, printouts, no_printers
):
    from receptionist.ui.printing.preview import PrintPreviewDialog

    desk.board.refresh()
    desk.board.select_code(visit.code)
    desk.board.print_preview_button.click()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PrintPreviewDialog) and w.isVisible()
    )
    try:
        assert dialog.objectName() == "print_preview_dialog"
        assert dialog.page_count() == 1
        dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("card"))
        assert dialog.format_combo.currentData() == "a6"
        assert dialog.page_count() >= 1
        dialog.print_button.click()
        assert (printouts / f"{visit.code}-card-a6.pdf").exists()
    finally:
        dialog.close()


# -- settings -----------------------------------------------------------------------------
def test_print_settings_persist(ctx, qtbot, monkeypatch):
    from receptionist.ui.settings.dialog import SettingsDialog

    monkeypatch.setattr(print_settings, "available_printers", lambda: ["Office", "Label QL"])
    monkeypatch.setattr(print_support, "default_printer", lambda: "Office")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.page(PrintSettingsPage)
    assert page.printer_combos["slip"].currentData() == "Office"  # system default
    assert page.printer_combos["slip"].itemData(0) == ""  # "no printer"
    page.printer_combos["slip"].setCurrentIndex(page.printer_combos["slip"].findData("Label QL"))
    page.format_combos["slip"].setCurrentIndex(page.format_combos["slip"].findData("receipt80"))
    page.printer_combos["card"].setCurrentIndex(0)
    page.format_combos["card"].setCurrentIndex(page.format_combos["card"].findData("a5"))
    page.auto_slip_check.setChecked(True)
    page.card_at_checkout_check.setChecked(True)
    dialog.accept()
    assert load_print_settings() == PrintSettings("Label QL", "receipt80", "", "a5", True, True)

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.page(PrintSettingsPage).printer_combos["slip"].currentData() == "Label QL"
    assert again.page(PrintSettingsPage).format_combos["card"].currentData() == "a5"
    assert again.page(PrintSettingsPage).auto_slip_check.isChecked()


def test_a_remembered_printer_that_is_gone_stays_visible(ctx, qtbot, monkeypatch):
    from receptionist.ui.settings.dialog import SettingsDialog

    monkeypatch.setattr(print_settings, "available_printers", lambda: ["Office"])
    save_print_settings(PrintSettings(slip_printer="Unplugged QL"))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.page(PrintSettingsPage).printer_combos["slip"]
    assert combo.currentData() == "Unplugged QL"
    assert "not available" in combo.currentText()


def test_a_broken_document_never_breaks_the_check_in(
    desk, actor, printouts, no_printers, monkeypatch
):
    save_print_settings(PrintSettings(auto_slip=True))

    def broken(*_args):
        raise RuntimeError("layout bug")

    monkeypatch.setattr(printing, "slip_document", broken)
    customer = customers.register_customer(actor.id, name="Emily Chen")
    desk.checkin_panel.set_customer(customer.id)
    desk.checkin_panel.purpose_buttons[Purpose.SALES].click()
    desk.checkin_panel.checkin_button.click()
    [visit] = visits.on_site_board(actor.id)
    assert visit.customer_id == customer.id
    assert "could not be prepared" in desk.print_status.text()


def test_print_buttons_follow_the_language(desk, visit, qapp):
    from receptionist.ui.common import i18n

    desk.board.refresh()
    desk.board.select_code(visit.code)
    i18n.switch_language(qapp, "zh_CN")
    qapp.processEvents()  # LanguageChange is delivered as an event
    try:
        assert desk.board.reprint_slip_button.text() == "打印来访单"
        assert desk.board.print_card_button.text() == "打印反馈意见卡"
        assert desk.board.print_preview_button.accessibleName()
    finally:
        i18n.switch_language(qapp, "en")
        qapp.processEvents()
    assert desk.board.reprint_slip_button.text() == "Print slip"


def slip_combos(dialog):
    page = dialog.page(PrintSettingsPage)
    return page.printer_combos["slip"], page.format_combos["slip"]


def test_the_paper_format_is_remembered_per_printer(ctx, qtbot, monkeypatch):
    from receptionist.ui.settings.dialog import SettingsDialog

    monkeypatch.setattr(print_settings, "available_printers", lambda: ["Label QL", "Office"])
    monkeypatch.setattr(print_support, "default_printer", lambda: "Office")
    first = SettingsDialog(ctx)
    qtbot.addWidget(first)
    printer, paper = slip_combos(first)
    printer.setCurrentIndex(printer.findData("Label QL"))
    paper.setCurrentIndex(paper.findData("label62"))
    first.accept()
    second = SettingsDialog(ctx)
    qtbot.addWidget(second)
    printer, paper = slip_combos(second)
    printer.setCurrentIndex(printer.findData("Office"))
    paper.setCurrentIndex(paper.findData("a6"))
    second.accept()
    assert load_print_settings().slip_format == "a6"

    third = SettingsDialog(ctx)
    qtbot.addWidget(third)
    printer, paper = slip_combos(third)
    assert paper.currentData() == "a6"  # the office printer's paper
    printer.setCurrentIndex(printer.findData("Label QL"))  # back to the label printer
    assert paper.currentData() == "label62"  # ... brings back its labels
    third.accept()
    assert load_print_settings() == PrintSettings("Label QL", "label62", "Office", "a6")
