"""Bar and line charts drawn with QPainter (no charting library: pyproject.toml says why).

A ``ChartData`` holds categories (the x axis), bar series (grouped or stacked) and line
series. Every series differs by more than its colour, so a chart printed in black and
white still reads: each bar series has its own fill pattern, each line its own dash and
marker. A chart with nothing to show says so instead of drawing empty axes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.reports import nice_ticks

# Bar series: a colour for the screen and a pattern for paper (first one solid).
COLOURS = ("#2b5d9b", "#d9822b", "#3b8f5a", "#8a4f9e", "#b03a2e", "#6b6b6b")
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
)
# Line series: black-and-white distinct by dash and marker.
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
MARKERS = ("circle", "square", "triangle", "diamond")
LINE_COLOURS = ("#222222", "#7a1f1f", "#1f4f7a")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class ChartData:
    """What one chart shows; ``table_only`` series are columns of its table, not drawn."""

    categories: tuple[str, ...]
    bars: tuple[Series, ...] = ()
    lines: tuple[Series, ...] = ()
    stacked: bool = False
    y_range: tuple[float, float] | None = None  # a fixed axis (ratings: 1..5)
    decimals: int = 0
    table_only: tuple[Series, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing to draw: no value other than none or zero."""
        return not any(v for s in self.bars + self.lines for v in s.values if v is not None)


def format_value(value: float | None, decimals: int) -> str:
    """A number as the chart's table shows it (counts whole, none as a dash)."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{decimals}f}"


class BarLineChart(QWidget):
    """One chart; ``set_data(data, empty_text)``."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data: ChartData | None = None
        self.empty_text = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(560, 260)

    def set_data(self, data: ChartData | None, empty_text: str) -> None:
        self.data = data
        self.empty_text = empty_text
        self.update()

    def shows_data(self) -> bool:
        return self.data is not None and not self.data.empty and bool(self.data.categories)

    def styles(self) -> list[tuple[str, object, object]]:
        """How each drawn series is told apart without colour: (name, pattern or dash,
        marker)."""
        if self.data is None:
            return []
        return [
            (s.name, PATTERNS[i % len(PATTERNS)], None) for i, s in enumerate(self.data.bars)
        ] + [
            (s.name, DASHES[i % len(DASHES)], MARKERS[i % len(MARKERS)])
            for i, s in enumerate(self.data.lines)
        ]

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.shows_data():
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            return
        assert self.data is not None
        legend_bottom = self._legend(painter, self.data)
        self._plot(painter, self.data, legend_bottom)
        painter.end()

    def _legend(self, painter: QPainter, data: ChartData) -> float:
        metrics = painter.fontMetrics()
        x, y, row = 8.0, 6.0, metrics.height() + 4
        for i, series in enumerate(data.bars + data.lines):
            width = 26 + metrics.horizontalAdvance(series.name) + 14
            if x + width > self.width() - 8 and x > 8:
                x, y = 8.0, y + row
            swatch = QRectF(x, y + 2, 20, row - 8)
            if i < len(data.bars):
                self._bar(painter, swatch, i)
            else:
                k = i - len(data.bars)
                mid = swatch.center().y()
                painter.setPen(self._line_pen(k))
                painter.drawLine(QPointF(swatch.left(), mid), QPointF(swatch.right(), mid))
                self._marker(painter, QPointF(swatch.center().x(), mid), k)
            painter.setPen(QColor("black"))
            painter.drawText(QPointF(x + 26, y + metrics.ascent() + 2), series.name)
            x += width
        return y + row + 4

    def _range(self, data: ChartData) -> tuple[float, float]:
        if data.y_range is not None:
            return data.y_range
        values = [v for s in data.lines for v in s.values if v is not None]
        if data.stacked:
            n = len(data.categories)
            values += [sum(s.values[i] or 0 for s in data.bars) for i in range(n)]
        else:
            values += [v for s in data.bars for v in s.values if v is not None]
        return min(0.0, min(values, default=0.0)), max(0.0, max(values, default=1.0))

    def _plot(self, painter: QPainter, data: ChartData, top: float) -> None:
        metrics = painter.fontMetrics()
        low, high = self._range(data)
        counts = data.y_range is None and all(
            isinstance(v, int) for s in data.bars + data.lines for v in s.values if v is not None
        )
        ticks = nice_ticks(low, high, integers=counts)
        low, high = min(ticks[0], low), max(ticks[-1], high)
        labels = [
            format_value(t, 0 if all(float(t).is_integer() for t in ticks) else 1) for t in ticks
        ]
        left = 10 + max(metrics.horizontalAdvance(t) for t in labels)
        area = QRectF(
            left, top + 4, self.width() - left - 12, self.height() - top - 10 - 2 * metrics.height()
        )
        if area.width() < 20 or area.height() < 20:
            return

        def y_of(value: float) -> float:
            return area.bottom() - (value - low) / (high - low) * area.height()

        for tick, text in zip(ticks, labels, strict=True):
            y = y_of(tick)
            painter.setPen(QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 5, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        n = len(data.categories)
        slot = area.width() / n
        base = y_of(max(low, 0.0))
        for i in range(n):
            self._bars_at(painter, data, i, area.left() + i * slot, slot, y_of, base)
        for k, series in enumerate(data.lines):
            points = [
                None if v is None else QPointF(area.left() + (i + 0.5) * slot, y_of(v))
                for i, v in enumerate(series.values)
            ]
            painter.setPen(self._line_pen(k))
            for a, b in zip(points, points[1:], strict=False):
                if a is not None and b is not None:
                    painter.drawLine(a, b)
            for point in points:
                if point is not None:
                    self._marker(painter, point, k)
        painter.setPen(QPen(QColor("black"), 1))
        painter.drawLine(QPointF(area.left(), base), QPointF(area.right(), base))
        painter.drawLine(area.bottomLeft(), area.topLeft())
        self._x_labels(painter, data.categories, area, slot)

    def _bars_at(self, painter, data: ChartData, i: int, x: float, slot: float, y_of, base) -> None:
        if not data.bars:
            return
        width = slot * 0.8
        if data.stacked:
            bottom = 0.0
            for k, series in enumerate(data.bars):
                value = series.values[i] or 0.0
                if value:
                    rect = QRectF(
                        x + slot * 0.1,
                        y_of(bottom + value),
                        width,
                        y_of(bottom) - y_of(bottom + value),
                    )
                    self._bar(painter, rect, k)
                    bottom += value
            return
        each = width / len(data.bars)
        for k, series in enumerate(data.bars):
            shown = series.values[i]
            if shown:
                y = y_of(shown)
                rect = QRectF(x + slot * 0.1 + k * each, min(y, base), each, abs(base - y))
                self._bar(painter, rect, k)

    def _bar(self, painter: QPainter, rect: QRectF, k: int) -> None:
        colour = QColor(COLOURS[k % len(COLOURS)])
        pattern = PATTERNS[k % len(PATTERNS)]
        painter.setPen(QPen(QColor("black"), 0.8))
        if pattern == Qt.BrushStyle.SolidPattern:
            painter.setBrush(QBrush(colour))
            painter.drawRect(rect)
        else:
            painter.setBrush(QBrush(colour.lighter(170)))
            painter.drawRect(rect)
            painter.setBrush(QBrush(colour.darker(150), pattern))
            painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _line_pen(self, k: int) -> QPen:
        pen = QPen(QColor(LINE_COLOURS[k % len(LINE_COLOURS)]), 2, DASHES[k % len(DASHES)])
        return pen

    def _marker(self, painter: QPainter, at: QPointF, k: int) -> None:
        painter.setPen(QPen(QColor("black"), 1))
        painter.setBrush(QColor("white") if k % 2 else QColor(LINE_COLOURS[k % len(LINE_COLOURS)]))
        r = 3.5
        shape = MARKERS[k % len(MARKERS)]
        if shape == "circle":
            painter.drawEllipse(at, r, r)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r - 1),
                        QPointF(at.x() - r, at.y() + r),
                        QPointF(at.x() + r, at.y() + r),
                    ]
                )
            )
        else:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r - 1),
                        QPointF(at.x() + r + 1, at.y()),
                        QPointF(at.x(), at.y() + r + 1),
                        QPointF(at.x() - r - 1, at.y()),
                    ]
                )
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _x_labels(self, painter: QPainter, categories, area: QRectF, slot: float) -> None:
        """Few categories: each labelled (elided to its slot); many (days, weeks): every
        so many, as far apart as the widest label needs."""
        metrics = painter.fontMetrics()
        widest = max(metrics.horizontalAdvance(c) for c in categories) + 8
        every = 1 if len(categories) <= 8 else max(1, math.ceil(widest / slot))
        width = min(widest, slot * every)
        painter.setPen(QColor("black"))
        for i, text in enumerate(categories):
            if i % every:
                continue
            box = QRectF(
                area.left() + (i + 0.5) * slot - width / 2,
                area.bottom() + 3,
                width,
                metrics.height(),
            )
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)
