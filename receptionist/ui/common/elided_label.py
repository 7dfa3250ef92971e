"""A label for text people typed (names, companies, a site's name) or sentences that hold
it: whatever its length, it never widens the window.

A 100-character name without a space widened a word-wrapped ``QLabel`` (and with it the
desk) past the screen: Qt wraps only between words. ``ElidedLabel`` wraps anywhere when
it must, shows at most ``max_lines`` lines of each paragraph, ends a cut line with "…"
and then puts the whole text in its tooltip. Its size hint is at most ``max_chars``
average characters wide and its minimum a few characters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"
MIN_CHARS = 6


def line_starts(text: str, font: QFont, width: int) -> list[int]:
    """Where each line of ``text`` (one paragraph) starts when it is broken into lines of
    at most ``width`` pixels: between words where it can, anywhere where it must."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        starts.append(line.textStart())
    layout.endLayout()
    return starts or [0]


def fit_text(text: str, font: QFont, width: int, max_lines: int) -> tuple[str, bool]:
    """What to show of ``text`` in ``width`` pixels: each paragraph on at most
    ``max_lines`` lines, the last one elided. The lines, and whether anything was cut."""
    metrics = QFontMetrics(font)
    shown: list[str] = []
    cut = False
    for paragraph in text.split("\n"):
        starts = line_starts(paragraph, font, width)
        ends = [*starts[1:], len(paragraph)]
        lines = [paragraph[a:b].strip() for a, b in zip(starts, ends, strict=True)]
        if len(lines) > max_lines or metrics.horizontalAdvance(lines[-1]) > width:
            rest = paragraph[starts[min(max_lines, len(starts)) - 1] :].strip()
            lines = lines[: max_lines - 1]
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(width, 1)))
            cut = True
        shown.extend(lines)
    return "\n".join(shown), cut


class ElidedLabel(QLabel):
    """Plain text on at most ``max_lines`` lines per paragraph, "…" where it is cut, the
    whole text in the tooltip then. ``text()`` is the whole text."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        max_lines: int = 1,
        max_chars: int = 40,
        objectName: str = "",  # noqa: N803 (Qt's keyword, as the other widgets take it)
    ) -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._full = ""
        self._cut = False
        self._max_lines = max(1, max_lines)
        self._max_chars = max_chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setIndent(0)  # else a framed (style-sheeted) label indents and clips the text
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(self._max_lines > 1)
        self.setSizePolicy(policy)
        self.setText(text)

    # -- the text ---------------------------------------------------------------------
    def text(self) -> str:  # the whole text, not what fits
        return self._full

    def shown_text(self) -> str:
        """What is on screen now (elided)."""
        return super().text()

    def is_elided(self) -> bool:
        return self._cut

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._refit()
        self.updateGeometry()

    def clear(self) -> None:
        self.setText("")

    def _width(self) -> int:
        margins = self.contentsMargins()
        width = self.width() - margins.left() - margins.right() - 2 * self.margin()
        return width if width > 0 else self._max_width()

    def _refit(self) -> None:
        shown, self._cut = fit_text(self._full, self.font(), self._width(), self._max_lines)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if self._cut else "")

    # -- size -------------------------------------------------------------------------
    def _max_width(self) -> int:
        return self._max_chars * self.fontMetrics().averageCharWidth()

    def _extra(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(
            margins.left() + margins.right() + 2 * self.margin(),
            margins.top() + margins.bottom() + 2 * self.margin(),
        )

    def _height_for(self, width: int) -> int:
        shown, _cut = fit_text(self._full, self.font(), width, self._max_lines)
        return self.fontMetrics().lineSpacing() * (shown.count("\n") + 1)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        natural = max((metrics.horizontalAdvance(p) for p in self._full.split("\n")), default=0)
        width = min(natural + 1, self._max_width())
        return QSize(width, self._height_for(width)) + self._extra()

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = min(metrics.averageCharWidth() * MIN_CHARS, self.sizeHint().width())
        return QSize(width, metrics.lineSpacing()) + self._extra()

    def hasHeightForWidth(self) -> bool:
        return self._max_lines > 1

    def heightForWidth(self, width: int) -> int:
        extra = self._extra()
        return self._height_for(max(width - extra.width(), 1)) + extra.height()

    # -- events -----------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()
            self.updateGeometry()
