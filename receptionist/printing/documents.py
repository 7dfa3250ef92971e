"""The printing contract: ``build_slip`` / ``build_card`` / ``build_invitation`` return a
``PrintedDocument``.

Each document is laid out once as reportlab Drawings (one per page) and rendered, when
asked, two ways: PDF bytes (font embedded as a subset, byte-for-byte deterministic) for
files and the preview, and SVG strings that Qt prints as vectors (``QSvgRenderer`` on a
``QPrinter``).
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass, field

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.renderbase import renderScaledDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from .card import layout_card
from .data import CardData, InvitationData, SlipData
from .evacuation import layout_evacuation
from .evacuation_data import EvacuationList
from .fonts import FONT_FAMILY, font_path, register_font
from .invitation import layout_invitation
from .slip import layout_slip

__all__ = [
    "FONT_FAMILY",
    "PrintedDocument",
    "build_card",
    "build_evacuation",
    "build_invitation",
    "build_slip",
    "font_path",
]

_TITLES = {
    "slip": "Visit slip",
    "card": "Feedback card",
    "invitation": "Invitation",
    "evacuation": "Evacuation list",
}


@dataclass(frozen=True)
class PrintedDocument:
    """One printed document: its page size and its pages as reportlab drawings, rendered
    when asked for — ``pages_svg`` for a printer (Qt draws the SVG as vectors), ``pdf()`` for
    a file or the preview — each once (cached): a slip printed on a printer is never
    rendered to PDF, one saved as a PDF never to SVG."""

    kind: str  # "slip" | "card" | "invitation"
    fmt: str  # one of the formats
    page_size_pt: tuple[float, float]  # width, height in points (receipt80: fitted)
    drawings: tuple[Drawing, ...] = field(default=(), repr=False, compare=False)
    _cache: dict[str, tuple[str, ...] | bytes] = field(
        default_factory=dict, repr=False, compare=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def pages_svg(self) -> tuple[str, ...]:
        """One SVG document per page."""
        with self._lock:
            svg = self._cache.get("svg")
            if not isinstance(svg, tuple):
                svg = self._cache["svg"] = tuple(
                    _render_svg(d, self.page_size_pt) for d in self.drawings
                )
            return svg

    def pdf(self) -> bytes:
        """The document as PDF bytes (the same bytes for the same input)."""
        with self._lock:
            pdf = self._cache.get("pdf")
            if not isinstance(pdf, bytes):
                pdf = self._cache["pdf"] = _render_pdf(
                    self.drawings, self.page_size_pt, _TITLES.get(self.kind, self.kind)
                )
            return pdf


def build_slip(data: SlipData, fmt: str = "label62", lang: str = "en") -> PrintedDocument:
    """A visit slip in ``fmt`` (``SLIP_FORMATS``), labels in ``lang``. Bad format:
    ValueError."""
    layout = layout_slip(data, fmt, lang)
    return _document("slip", fmt, layout.page_size, (layout.drawing,))


def build_card(data: CardData, fmt: str = "a6", lang: str = "en") -> PrintedDocument:
    """A feedback card in ``fmt`` (``CARD_FORMATS``), labels in ``lang``. Bad format:
    ValueError."""
    layout = layout_card(data, fmt, lang)
    return _document("card", fmt, layout.page_size, (layout.drawing,))


def build_invitation(data: InvitationData, fmt: str = "a6", lang: str = "en") -> PrintedDocument:
    """An invitation in ``fmt`` (``INVITATION_FORMATS``), labels in ``lang``. Bad format:
    ValueError."""
    layout = layout_invitation(data, fmt, lang)
    return _document("invitation", fmt, layout.page_size, (layout.drawing,))


def build_evacuation(data: EvacuationList, lang: str = "en") -> PrintedDocument:
    """The evacuation list on A4 (as many pages as it takes), labels in ``lang``."""
    sheets = layout_evacuation(data, lang)
    return _document(
        "evacuation", "a4", (sheets[0].width, sheets[0].height), tuple(s.drawing for s in sheets)
    )


def _document(
    kind: str, fmt: str, size: tuple[float, float], drawings: tuple[Drawing, ...]
) -> PrintedDocument:
    for drawing in drawings:  # else renderers start each page in Helvetica (not embedded)
        # types-reportlab knows initialFontName as a Drawing keyword, not as its attribute.
        drawing.initialFontName = register_font()  # type: ignore[attr-defined]
    return PrintedDocument(kind, fmt, size, drawings)


def _render_pdf(drawings: tuple[Drawing, ...], size: tuple[float, float], title: str) -> bytes:
    buffer = io.BytesIO()
    # The canvas's initial font would otherwise be Helvetica: a font that is not embedded.
    # types-reportlab: Canvas's initialFontName (a font's name) is typed as a float.
    font = register_font()
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1, initialFontName=font)  # type: ignore[arg-type]
    canvas.setTitle(title)
    canvas.setCreator("Receptionist")
    for drawing in drawings:
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _render_svg(drawing: Drawing, size: tuple[float, float]) -> str:
    """renderSVG, fixed for Qt's SVG renderer:

    - the page box written exactly: reportlab truncates the viewBox and the flip transform
      to whole points ("0 0 175 283" for a 175.75 × 283.46 pt label);
    - no page ``<clipPath>``: QSvgRenderer (SVG Tiny) draws the clip path's rectangle as an
      ordinary shape, black, over the whole page. Nothing is drawn outside the page anyway.
    """
    svg = _svg_string(drawing)
    svg = re.sub(r"\s*<clipPath id=\"clip\">.*?</clipPath>", "", svg, count=1, flags=re.S)
    svg = svg.replace(' style="clip-path: url(#clip)"', "", 1)
    width, height = (_num(v) for v in size)
    svg = re.sub(r'viewBox="0 0 \d+ \d+"', f'viewBox="0 0 {width} {height}"', svg, count=1)
    svg = re.sub(
        r'transform="scale\(1,-1\) translate\(0,-\d+\)"',
        f'transform="scale(1,-1) translate(0,-{height})"',
        svg,
        count=1,
    )
    return svg


def _svg_string(drawing: Drawing) -> str:
    """``renderSVG.drawToString``, then the canvas's XML tree unlinked: left to the cycle
    collector, the ~2,300 DOM nodes of every page made its full collections take 15 ms
    in the middle of a later print (docs/performance.md)."""
    scaled = renderScaledDrawing(drawing)
    canvas = renderSVG.SVGCanvas((scaled.width, scaled.height))
    # types-reportlab: renderSVG.draw takes the SVGCanvas, typed as a PDF Canvas.
    renderSVG.draw(scaled, canvas, 0, 0)  # type: ignore[arg-type]
    out = io.StringIO()
    canvas.save(out)
    canvas.doc.unlink()
    return out.getvalue()


def _num(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")
