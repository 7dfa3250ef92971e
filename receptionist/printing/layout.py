"""Layout helpers shared by the slip and the card: fit text, place it, draw barcodes.

Coordinates are reportlab's: points, origin at the bottom left of the page. A ``Sheet``
flows from the top down and records the box of every named element, so tests can check
that nothing leaves the page.

Long text fits in three steps: shrink (down to a minimum size), then wrap (at most
``max_lines``; Chinese breaks between any two characters, Latin between words), then cut
the last line with an ellipsis. It never overflows its width.
"""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.barcode import createBarcodeDrawing, qrencoder
from reportlab.graphics.shapes import Drawing, Group, Image, Line, Rect, String, UserNode
from reportlab.lib import colors

from .fonts import ascent, descent, register_font, text_width

Anchor = Literal["start", "middle", "end"]  # where a line of text is placed at x

ELLIPSIS = "…"
LEADING = 1.2
# One dot of a 203 dpi thermal head; bar widths are whole dots so bars print crisp.
THERMAL_DOT = 72 / 203

# A token is one CJK character (breakable anywhere) or a Latin word with its trailing spaces.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_TOKEN = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+\s*|\s+")
# Characters that must not start a line (Chinese line-breaking rule, simplified).
_NO_LINE_START = set("，。、；：？！）》」』】,.;:?!)")


@dataclass(frozen=True)
class Box:
    """A placed element: bottom-left corner, width and height, in points."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def inside(self, width: float, height: float) -> bool:
        """True when the box lies within a page of ``width`` × ``height``."""
        eps = 0.01
        return (
            self.x >= -eps
            and self.y >= -eps
            and self.right <= width + eps
            and self.top <= height + eps
        )


@dataclass(frozen=True)
class FittedText:
    """Text fitted to a width: the lines to draw and the font size to draw them at."""

    lines: tuple[str, ...]
    size: float

    @property
    def line_height(self) -> float:
        return self.size * LEADING

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    @property
    def width(self) -> float:
        return max((text_width(line, self.size) for line in self.lines), default=0.0)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy line breaking: CJK between characters, Latin between words; a word longer
    than the width is broken between its letters."""
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        if text_width((line + token).rstrip(), size) <= width:
            line += token
            continue
        if line.strip() and token[0] in _NO_LINE_START and len(line) > 1:
            # Carry the previous character down with the punctuation.
            lines.append(line[:-1].rstrip())
            line = line[-1] + token
            continue
        if line.strip():
            lines.append(line.rstrip())
            line = ""
        token = token.lstrip()
        while text_width(token.rstrip(), size) > width and len(token) > 1:
            cut = len(token) - 1
            while cut > 1 and text_width(token[:cut], size) > width:
                cut -= 1
            lines.append(token[:cut])
            token = token[cut:]
        line = token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def ellipsize(text: str, width: float, size: float, *, force: bool = False) -> str:
    """Cut ``text`` so that it and a trailing ellipsis fit in ``width``; unchanged when it
    already fits, unless ``force`` (the text goes on beyond this line)."""
    if not force and text_width(text, size) <= width:
        return text
    while text and text_width(text.rstrip() + ELLIPSIS, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def fit_text(
    text: str, width: float, size: float, min_size: float | None = None, max_lines: int = 1
) -> FittedText:
    """Shrink from ``size`` to ``min_size`` (half-point steps) until ``text`` fits on one
    line; otherwise wrap at ``min_size`` into ``max_lines`` and ellipsize the last one."""
    text = " ".join(text.split())
    min_size = size if min_size is None else min(min_size, size)
    current = size
    while current >= min_size:
        if text_width(text, current) <= width:
            return FittedText((text,), current)
        current -= 0.5
    lines = wrap(text, width, min_size)
    cut = len(lines) > max_lines
    lines = lines[:max_lines]
    lines[-1] = ellipsize(lines[-1], width, min_size, force=cut)
    return FittedText(tuple(lines), min_size)


def snap(y: float) -> float:
    """Round to a half point (renderSVG writes text positions as whole numbers of 2·y)."""
    return round(y * 2) / 2


def _rect(
    x: float,
    y: float,
    w: float,
    h: float,
    fill: colors.Color | None,
    stroke: colors.Color | None,
    stroke_width: float,
) -> Rect:
    # types-reportlab types each of Rect's **kw as the whole keyword TypedDict (its
    # Unpack is missing); mypy reports this ignore as unused once the stubs are fixed.
    return Rect(x, y, w, h, fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Layout:
    """A laid-out page (slip or card): the drawing, its size and the box of each element."""

    drawing: Drawing
    page_size: tuple[float, float]
    boxes: dict[str, Box]
    barcode_values: dict[str, str]


class Sheet:
    """One page being laid out: a Drawing plus a cursor that moves from the top down."""

    def __init__(self, width: float, height: float, margin: float) -> None:
        register_font()
        self.width = width
        self.height = height
        self.margin = margin
        self.cursor = height - margin
        self.drawing = Drawing(width, height)
        self.boxes: dict[str, Box] = {}
        self.barcode_values: dict[str, str] = {}

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    def gap(self, points: float) -> None:
        self.cursor -= points

    def _record(self, name: str | None, box: Box) -> Box:
        if name:
            self.boxes[name] = box
        return box

    def text(
        self,
        name: str | None,
        text: str,
        size: float,
        *,
        min_size: float | None = None,
        max_lines: int = 1,
        x: float | None = None,
        width: float | None = None,
        anchor: Anchor = "start",
        color: colors.Color = colors.black,
        top: float | None = None,
        advance: bool = True,
    ) -> Box:
        """Fit and draw ``text``; its top edge is at ``top`` (default: the cursor)."""
        x = self.margin if x is None else x
        width = self.inner_width if width is None else width
        fitted = fit_text(text, width, size, min_size, max_lines)
        top = self.cursor if top is None else top
        box = self.draw_fitted(fitted, x, top, width, anchor=anchor, color=color)
        if advance:
            self.cursor = box.y
        return self._record(name, box)

    def draw_fitted(
        self,
        fitted: FittedText,
        x: float,
        top: float,
        width: float,
        *,
        anchor: Anchor = "start",
        color: colors.Color = colors.black,
    ) -> Box:
        size = fitted.size
        baseline = top - ascent(size) - (fitted.line_height - ascent(size) - descent(size)) / 2
        left = x
        for line in fitted.lines:
            if anchor == "middle":
                left = min(left, x + (width - text_width(line, size)) / 2)
                pos = x + width / 2
            elif anchor == "end":
                left = min(left, x + width - text_width(line, size))
                pos = x + width
            else:
                pos = x
            self.drawing.add(
                String(
                    pos,
                    snap(baseline),
                    line,
                    fontName=register_font(),
                    fontSize=size,
                    fillColor=color,
                    textAnchor=anchor,
                )
            )
            baseline -= fitted.line_height
        return Box(left, top - fitted.height, fitted.width, fitted.height)

    def rule(
        self,
        y: float,
        x0: float | None = None,
        x1: float | None = None,
        width: float = 0.5,
        color: colors.Color = colors.black,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        x0 = self.margin if x0 is None else x0
        x1 = self.width - self.margin if x1 is None else x1
        line = Line(x0, y, x1, y, strokeColor=color, strokeWidth=width)
        if dash is not None:
            line.strokeDashArray = dash
        self.drawing.add(line)

    def rect(
        self,
        name: str | None,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: colors.Color | None = None,
        stroke: colors.Color | None = colors.black,
        stroke_width: float = 0.6,
    ) -> Box:
        self.drawing.add(_rect(x, y, w, h, fill, stroke, stroke_width))
        return self._record(name, Box(x, y, w, h))

    def qr(self, name: str, value: str, x: float, top: float, size: float, border: int = 2) -> Box:
        """A QR code of ``value`` whose modules fill ``size`` points square at (x, top);
        its quiet zone of ``border`` modules lies outside that square (blank paper).

        Encoded once and drawn as plain rectangles, one per run of dark modules, exactly
        where reportlab's QR widget puts them: the widget re-encodes its value each time
        it is rendered (to size it, to SVG, to PDF), which was half of a slip's build
        time (docs/performance.md)."""
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.L)
        code.addData(value)
        code.make()
        module = size / code.getModuleCount()
        group = Group()
        for r, row in enumerate(code.modules):
            column = 0
            for dark, run in itertools.groupby(bool(m) for m in row):
                count = len(list(run))
                if dark:
                    group.add(
                        _rect(
                            x + column * module,
                            top - (r + 1) * module,
                            count * module,
                            module,
                            colors.black,
                            None,
                            0,
                        )
                    )
                column += count
        self.drawing.add(group)
        self.barcode_values[name] = value
        return self._record(name, Box(x, top - size, size, size))

    def code128(
        self,
        name: str,
        value: str,
        x: float,
        top: float,
        max_width: float,
        height: float,
        *,
        center: bool = True,
    ) -> Box:
        """A Code 128 barcode of ``value``: bars a whole number of thermal dots wide, as
        wide as fits in ``max_width`` (quiet zones included), horizontally centred."""
        probe = createBarcodeDrawing(
            "Code128", value=value, barWidth=1, barHeight=height, humanReadable=False, quiet=True
        )
        dots = max(1, int(max_width / probe.width / THERMAL_DOT))
        bar = dots * THERMAL_DOT
        if probe.width * bar > max_width:  # not even one dot per module fits: squeeze
            bar = max_width / probe.width
        code = createBarcodeDrawing(
            "Code128", value=value, barWidth=bar, barHeight=height, humanReadable=False, quiet=True
        )
        left = x + (max_width - code.width) / 2 if center else x
        # The widget drawn once into plain shapes: left as a widget, reportlab draws it
        # anew for the SVG and again for the PDF (see ``qr``).
        group = Group(
            *(node.provideNode() if isinstance(node, UserNode) else node for node in code.contents)
        )
        group.translate(left, top - height)
        self.drawing.add(group)
        self.barcode_values[name] = value
        return self._record(name, Box(left, top - height, code.width, height))

    def logo(
        self, name: str, png: bytes, x: float | None, top: float, max_w: float, max_h: float
    ) -> Box | None:
        """The site logo scaled to fit ``max_w`` × ``max_h``, its left edge at ``x`` (None:
        centred across the sheet); None if it is not an image."""
        from PIL import Image as PILImage  # reportlab's own dependency

        try:
            with PILImage.open(io.BytesIO(png)) as raw:
                raw.load()
                image = raw.convert("RGBA")
        except (OSError, ValueError, PILImage.DecompressionBombError):
            return None
        flat = PILImage.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        scale = min(max_w / flat.width, max_h / flat.height)
        w, h = flat.width * scale, flat.height * scale
        if x is None:
            x = (self.width - w) / 2
        self.drawing.add(Image(x, top - h, w, h, flat))
        return self._record(name, Box(x, top - h, w, h))
