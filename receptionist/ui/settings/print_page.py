"""Printing settings of this computer: which printer each document goes to, the paper
format of each printer, and whether the slip and the feedback card print by themselves.

They belong to one computer (the printers are this computer's), so they live in
``QSettings``. An empty printer name means "no printer": the PDF is saved instead. The
paper format is remembered per printer (and document: one office printer may take both
slips and cards): choosing a printer brings back the format last used on it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..common.context import DeskContext
from ..printing.choices import (
    FORMATS,
    PrintSettings,
    format_label,
    load_print_settings,
    remembered_format,
    save_print_settings,
)
from ..printing.support import available_printers
from .page import SettingsPage, register_page


@register_page
class PrintSettingsPage(SettingsPage):
    """The "Printing" tab: this computer's printer and paper for each document, and what
    prints by itself. Nothing here can be refused."""

    NAME = "print_settings_page"
    ORDER = 10

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._printers = available_printers()
        self._settings = PrintSettings()
        self.boxes: dict[str, QGroupBox] = {}
        self.printer_combos: dict[str, QComboBox] = {}
        self.format_combos: dict[str, QComboBox] = {}
        self.printer_labels: dict[str, QLabel] = {}
        self.format_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        for kind in ("slip", "card"):
            box = QGroupBox(objectName=f"{kind}_print_box")
            printer = QComboBox(objectName=f"{kind}_printer_combo")
            fmt = QComboBox(objectName=f"{kind}_format_combo")
            printer_label, format_label_ = QLabel(), QLabel()
            printer_label.setBuddy(printer)
            format_label_.setBuddy(fmt)
            form = QFormLayout(box)
            form.addRow(printer_label, printer)
            form.addRow(format_label_, fmt)
            printer.currentIndexChanged.connect(
                lambda _index, kind=kind: self._printer_chosen(kind)
            )
            self.boxes[kind], self.printer_combos[kind] = box, printer
            self.format_combos[kind] = fmt
            self.printer_labels[kind], self.format_labels[kind] = printer_label, format_label_
            layout.addWidget(box)
        self.auto_slip_check = QCheckBox(objectName="auto_slip_check")
        self.card_at_checkout_check = QCheckBox(objectName="card_at_checkout_check")
        self.printing_hint = QLabel(objectName="printing_hint")
        self.printing_hint.setWordWrap(True)
        self.printing_hint.setProperty("role", "hint")
        layout.addWidget(self.auto_slip_check)
        layout.addWidget(self.card_at_checkout_check)
        layout.addWidget(self.printing_hint)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Printing")

    def load(self) -> None:
        self._settings = load_print_settings()
        for kind in ("slip", "card"):
            self.printer_combos[kind].clear()
            self.format_combos[kind].clear()
        self.retranslate()  # fills the combos with the loaded choices
        self.auto_slip_check.setChecked(self._settings.auto_slip)
        self.card_at_checkout_check.setChecked(self._settings.card_at_checkout)

    def _fill(self, kind: str) -> None:
        """(Re)fill a document's combos in the current language, keeping the choice."""
        combo = self.printer_combos[kind]
        current = combo.currentData() if combo.count() else self._settings.printer(kind)
        combo.clear()
        combo.addItem(self.tr("No printer — save a PDF"), "")
        for name in self._printers:
            combo.addItem(name, name)
        if current and current not in self._printers:
            combo.addItem(self.tr("{printer} (not available now)").format(printer=current), current)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        fmt_combo = self.format_combos[kind]
        fmt = fmt_combo.currentData() if fmt_combo.count() else self._settings.format(kind)
        fmt_combo.clear()
        for each in FORMATS[kind]:
            fmt_combo.addItem(format_label(each), each)
        fmt_combo.setCurrentIndex(max(fmt_combo.findData(fmt), 0))

    def _printer_chosen(self, kind: str) -> None:
        """Show the paper format last used on the chosen printer (if any)."""
        fmt = remembered_format(self.printer_combos[kind].currentData() or "", kind)
        combo = self.format_combos[kind]
        if fmt is not None and combo.count():
            combo.setCurrentIndex(max(combo.findData(fmt), 0))

    def choice(self) -> PrintSettings:
        return PrintSettings(
            slip_printer=self.printer_combos["slip"].currentData(),
            slip_format=self.format_combos["slip"].currentData(),
            card_printer=self.printer_combos["card"].currentData(),
            card_format=self.format_combos["card"].currentData(),
            auto_slip=self.auto_slip_check.isChecked(),
            card_at_checkout=self.card_at_checkout_check.isChecked(),
        )

    def save(self, actor_id: int) -> None:
        """This computer's choices (``actor_id`` unused: they are not the site's)."""
        save_print_settings(self.choice())

    def retranslate(self) -> None:
        titles = {"slip": self.tr("Visit slip"), "card": self.tr("Feedback card")}
        for kind in ("slip", "card"):
            self.boxes[kind].setTitle(titles[kind])
            self.printer_labels[kind].setText(
                self.tr("&Printer") if kind == "slip" else self.tr("P&rinter")
            )
            self.format_labels[kind].setText(
                self.tr("Paper &format") if kind == "slip" else self.tr("Paper f&ormat")
            )
            self.printer_combos[kind].setAccessibleName(
                self.tr("Printer for the {document}").format(document=titles[kind].lower())
            )
            self.format_combos[kind].setAccessibleName(
                self.tr("Paper format for the {document}").format(document=titles[kind].lower())
            )
            self._fill(kind)
        self.auto_slip_check.setText(self.tr("Print the visit slip automatically at check-in"))
        self.auto_slip_check.setAccessibleName(self.auto_slip_check.text())
        self.card_at_checkout_check.setText(self.tr("Print the feedback card at check-out"))
        self.card_at_checkout_check.setAccessibleName(self.card_at_checkout_check.text())
        if self._printers:
            hint = self.tr("When a print fails, the PDF is saved instead and the desk shows where.")
        else:
            hint = self.tr(
                "No printer is installed on this computer: documents are saved "
                "as PDF files you can print later."
            )
        self.printing_hint.setText(hint)
