"""Print preview: the visit's slip or card drawn exactly as it will print, with the paper
format to print on; Print goes through the desk's print path (so it is recorded)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DeskError
from ...services import printing
from ..common.labels import error_text
from ..common.retranslate import Retranslating
from .choices import FORMATS, format_label, load_print_settings
from .support import register_font

PREVIEW_SCALE = 1.6  # screen pixels per point


def page_pixmaps(doc, scale: float = PREVIEW_SCALE) -> list[QPixmap]:
    """Each page of ``doc`` drawn on white paper, ``scale`` pixels per point."""
    register_font()
    width, height = doc.page_size_pt
    pixmaps = []
    for svg in doc.pages_svg:
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        renderer.setViewBox(QRectF(0, 0, width, height))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        pixmaps.append(QPixmap.fromImage(image))
    return pixmaps


class PrintPreviewDialog(Retranslating, QDialog):
    """Pages of one document of one visit; the document and the paper can be changed."""

    def __init__(
        self, desk_printing, code: str, kind: str = "slip", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._printing = desk_printing
        self._code = code
        self.setObjectName("print_preview_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document_combo = QComboBox(objectName="preview_document_combo")
        self.format_combo = QComboBox(objectName="preview_format_combo")
        self.document_label, self.format_label = QLabel(), QLabel()
        self.document_label.setBuddy(self.document_combo)
        self.format_label.setBuddy(self.format_combo)
        form = QFormLayout()
        form.addRow(self.document_label, self.document_combo)
        form.addRow(self.format_label, self.format_combo)

        self.pages = QWidget(objectName="preview_pages")
        self.pages.setStyleSheet("background: #6b7280;")
        self.pages_layout = QHBoxLayout(self.pages)
        self.pages_layout.setSpacing(16)
        self.scroll_area = QScrollArea(objectName="preview_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages)
        self.preview_error = QLabel(objectName="preview_error")
        self.preview_error.setProperty("role", "error")
        self.preview_error.setWordWrap(True)
        self.preview_error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("preview_print_button")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("preview_close_button")
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_now)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.preview_error)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

        self.document_combo.addItem("", "slip")
        self.document_combo.addItem("", "card")
        self.document_combo.setCurrentIndex(self.document_combo.findData(kind))
        self._fill_formats()
        self.document_combo.currentIndexChanged.connect(self._document_changed)
        self.format_combo.currentIndexChanged.connect(lambda _i: self.render_pages())
        self.retranslate()
        self.render_pages()

    def kind(self) -> str:
        return self.document_combo.currentData()

    def _fill_formats(self) -> None:
        self.format_combo.blockSignals(True)
        current = self.format_combo.currentData() or load_print_settings().format(self.kind())
        self.format_combo.clear()
        for fmt in FORMATS[self.kind()]:
            self.format_combo.addItem(format_label(fmt), fmt)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(current), 0))
        self.format_combo.blockSignals(False)

    def _document_changed(self, _index: int) -> None:
        self.format_combo.clear()
        self._fill_formats()
        self.render_pages()

    def render_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            page = item.widget() if item is not None else None
            if page is not None:
                page.deleteLater()
        build = printing.slip_document if self.kind() == "slip" else printing.card_document
        try:
            doc = build(
                self._printing.actor_id,
                self._code,
                self.format_combo.currentData(),
                self._printing.language,
            )
        except DeskError as err:
            self.preview_error.setText(error_text(err))
            self.preview_error.show()
            self.print_button.setEnabled(False)
            return
        self.preview_error.hide()
        self.print_button.setEnabled(True)
        self.pages_layout.addStretch(1)
        for number, pixmap in enumerate(page_pixmaps(doc), start=1):
            page = QLabel(objectName=f"preview_page_{number}")
            page.setPixmap(pixmap)
            page.setAccessibleName(self.tr("Page {number}").format(number=number))
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignTop)
        self.pages_layout.addStretch(1)

    def page_count(self) -> int:
        items = (self.pages_layout.itemAt(i) for i in range(self.pages_layout.count()))
        return sum(1 for item in items if item is not None and item.widget() is not None)

    def print_now(self) -> None:
        outcome = self._printing.print_visit_document(
            self.kind(), self._code, fmt=self.format_combo.currentData(), deliberate=True
        )
        if outcome is not None:
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview — {code}").format(code=self._code))
        self.document_label.setText(self.tr("&Document"))
        self.format_label.setText(self.tr("Paper &format"))
        self.document_combo.setItemText(0, self.tr("Visit slip"))
        self.document_combo.setItemText(1, self.tr("Feedback card"))
        self.document_combo.setAccessibleName(self.tr("Document to preview"))
        self.format_combo.setAccessibleName(self.tr("Paper format"))
        for i in range(self.format_combo.count()):
            self.format_combo.setItemText(i, format_label(self.format_combo.itemData(i)))
        self.print_button.setText(self.tr("&Print"))
        self.print_button.setAccessibleName(self.tr("Print this document"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.scroll_area.setAccessibleName(self.tr("Pages as they will print"))
