"""Bar and line charts for printed reports, as reportlab vector shapes.

Made to be read on a black-and-white printer: each bar series has its own hatching on a
grey of its own (the first is solid), each line its own dash and marker; every chart has
a legend. ``chart()`` returns the group to place and the styles it used (tests check that
no two series look alike without colour).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, TypeVar

from reportlab.graphics.shapes import Circle, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from ..domain.reports import nice_ticks
from .fonts import register_font, text_width
from .layout import Anchor, ellipsize

# (grey of the fill, hatching): hatching is "" (solid), "/", "\\", "-", "|" or "x".
BAR_STYLES = (
    (0.30, ""),
    (0.92, "/"),
    (0.75, "-"),
    (0.92, "x"),
    (0.60, "|"),
    (0.92, "\\"),
)
LINE_DASHES: tuple[list[float], ...] = ([], [4, 2], [1, 2])  # solid, dashed, dotted
MARKERS = ("circle", "square", "triangle", "diamond")
FONT_SIZE = 7.0
_S = TypeVar("_S", bound=Any)
HATCH_GAP = 3.0


@dataclass(frozen=True)
class PrintSeries:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class PrintChart:
    categories: tuple[str, ...]
    bars: tuple[PrintSeries, ...] = ()
    lines: tuple[PrintSeries, ...] = ()
    stacked: bool = False
    y_range: tuple[float, float] | None = None

    @property
    def empty(self) -> bool:
        return not self.categories or not any(
            v for s in self.bars + self.lines for v in s.values if v is not None
        )


def _hatch(group: Group, x: float, y: float, w: float, h: float, kind: str) -> None:
    """Hatching lines clipped to the rectangle (computed, not clipped by the renderer)."""
    width = 0.4
    if kind in ("-",):
        for i in range(1, int(h / HATCH_GAP) + 1):
            yy = y + i * HATCH_GAP
            group.add(Line(x, yy, x + w, yy, strokeWidth=width))
    if kind in ("|",):
        for i in range(1, int(w / HATCH_GAP) + 1):
            xx = x + i * HATCH_GAP
            group.add(Line(xx, y, xx, y + h, strokeWidth=width))
    if kind in ("/", "x"):  # y - x = c
        c = y - (x + w)
        while c < y + h - x:
            start, end = max(x, y - c), min(x + w, y + h - c)
            if end > start:
                group.add(Line(start, start + c, end, end + c, strokeWidth=width))
            c += HATCH_GAP * 1.4
    if kind in ("\\", "x"):  # y + x = c
        c = y + x
        while c < y + h + x + w:
            start, end = max(x, c - (y + h)), min(x + w, c - y)
            if end > start:
                group.add(Line(start, c - start, end, c - end, strokeWidth=width))
            c += HATCH_GAP * 1.4


def _styled(shape: _S, fill: colors.Color | None, stroke: colors.Color | None, width: float) -> _S:
    """``shape`` with its fill and stroke set (types-reportlab mistypes them as keywords)."""
    if fill is not None or not isinstance(shape, Line | PolyLine):
        shape.fillColor = fill
    shape.strokeColor = stroke
    shape.strokeWidth = width
    return shape


def bar(group: Group, x: float, y: float, w: float, h: float, k: int) -> None:
    grey, hatching = BAR_STYLES[k % len(BAR_STYLES)]
    if h <= 0 or w <= 0:
        return
    group.add(_styled(Rect(x, y, w, h), colors.Color(grey, grey, grey), None, 0))
    if hatching:
        _hatch(group, x, y, w, h, hatching)
    group.add(_styled(Rect(x, y, w, h), None, colors.black, 0.6))


def marker(group: Group, x: float, y: float, k: int) -> None:
    r = 2.2
    shape = MARKERS[k % len(MARKERS)]
    fill = colors.black if k % 2 == 0 else colors.white
    if shape == "circle":
        group.add(_styled(Circle(x, y, r), fill, colors.black, 0.6))
    elif shape == "square":
        group.add(_styled(Rect(x - r, y - r, 2 * r, 2 * r), fill, colors.black, 0.6))
    elif shape == "triangle":
        points = [x, y + r + 0.5, x - r, y - r, x + r, y - r]
        group.add(_styled(Polygon(points), fill, colors.black, 0.6))
    else:
        points = [x, y + r + 0.8, x + r + 0.8, y, x, y - r - 0.8, x - r - 0.8, y]
        group.add(_styled(Polygon(points), fill, colors.black, 0.6))


def _text(group: Group, x: float, y: float, text: str, anchor: Anchor = "start") -> None:
    group.add(String(x, y, text, fontName=register_font(), fontSize=FONT_SIZE, textAnchor=anchor))


def _legend(group: Group, chart: PrintChart, x: float, top: float, width: float) -> float:
    """Legend rows from ``top`` down; returns the y below them."""
    cx, y = x, top - FONT_SIZE - 2
    for i, series in enumerate(chart.bars + chart.lines):
        need = 22 + text_width(series.name, FONT_SIZE) + 10
        if cx + need > x + width and cx > x:
            cx, y = x, y - FONT_SIZE - 5
        if i < len(chart.bars):
            bar(group, cx, y - 1, 16, FONT_SIZE, i)
        else:
            k = i - len(chart.bars)
            sample = _styled(Line(cx, y + 2.5, cx + 16, y + 2.5), None, colors.black, 1.2)
            sample.strokeDashArray = LINE_DASHES[k % len(LINE_DASHES)]
            group.add(sample)
            marker(group, cx + 8, y + 2.5, k)
        _text(group, cx + 20, y, series.name)
        cx += need
    return y - 6


def chart(
    spec: PrintChart, x: float, y: float, width: float, height: float, empty_text: str
) -> tuple[Group, list[str]]:
    """``spec`` drawn in the box (``x``, ``y`` bottom left); the styles used, one per
    series ("bar:<grey>:<hatching>" or "line:<dash>:<marker>")."""
    group = Group()
    styles: list[str] = []
    if spec.empty:
        group.add(_styled(Rect(x, y, width, height), None, colors.grey, 0.5))
        _text(group, x + width / 2, y + height / 2 - FONT_SIZE / 2, empty_text, "middle")
        return group, styles
    top = _legend(group, spec, x, y + height, width)
    if spec.y_range is not None:
        low, high = spec.y_range
    else:
        values = [v for s in spec.lines for v in s.values if v is not None]
        n = len(spec.categories)
        if spec.stacked:
            values += [sum(s.values[i] or 0 for s in spec.bars) for i in range(n)]
        else:
            values += [v for s in spec.bars for v in s.values if v is not None]
        low, high = min(0.0, min(values, default=0)), max(0.0, max(values, default=1))
    counts = spec.y_range is None and all(
        isinstance(v, int) for s in spec.bars + spec.lines for v in s.values if v is not None
    )
    ticks = nice_ticks(low, high, integers=counts)
    low, high = min(low, ticks[0]), max(high, ticks[-1])
    labels = [f"{t:g}" for t in ticks]
    left = x + max(text_width(t, FONT_SIZE) for t in labels) + 4
    bottom = y + FONT_SIZE + 5
    plot_w, plot_h = x + width - left, top - bottom

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * plot_h

    for tick, text in zip(ticks, labels, strict=True):
        line = Line(
            left,
            y_of(tick),
            left + plot_w,
            y_of(tick),
            strokeColor=colors.lightgrey,
            strokeWidth=0.4,
        )
        group.add(line)
        _text(group, left - 3, y_of(tick) - FONT_SIZE / 3, text, "end")
    n = len(spec.categories)
    slot = plot_w / n
    base = y_of(max(low, 0.0))
    for i in range(n):
        sx = left + i * slot + slot * 0.1
        if spec.stacked:
            level = 0.0
            for k, s in enumerate(spec.bars):
                value = s.values[i] or 0
                bar(group, sx, y_of(level), slot * 0.8, y_of(level + value) - y_of(level), k)
                level += value
        elif spec.bars:
            each = slot * 0.8 / len(spec.bars)
            for k, s in enumerate(spec.bars):
                value = s.values[i] or 0
                top_y = y_of(value)
                bar(group, sx + k * each, min(base, top_y), each, abs(top_y - base), k)
    styles += [f"bar:{BAR_STYLES[k % 6][0]}:{BAR_STYLES[k % 6][1]}" for k in range(len(spec.bars))]
    for k, s in enumerate(spec.lines):
        points = [
            (left + (i + 0.5) * slot, y_of(v)) for i, v in enumerate(s.values) if v is not None
        ]
        runs: list[list[tuple[float, float]]] = [[]]
        for i, v in enumerate(s.values):
            if v is None:
                runs.append([])
            else:
                runs[-1].append((left + (i + 0.5) * slot, y_of(v)))
        for run in runs:
            if len(run) > 1:
                path = _styled(PolyLine([c for p in run for c in p]), None, colors.black, 1.2)
                path.strokeDashArray = LINE_DASHES[k % len(LINE_DASHES)]
                group.add(path)
        for px, py in points:
            marker(group, px, py, k)
        styles.append(f"line:{LINE_DASHES[k % 3]}:{MARKERS[k % 4]}")
    group.add(Line(left, base, left + plot_w, base, strokeWidth=0.6))
    group.add(Line(left, bottom, left, top, strokeWidth=0.6))
    widest = max(text_width(c, FONT_SIZE) for c in spec.categories) + 4
    every = 1 if n <= 8 else max(1, math.ceil(widest / slot))
    for i, category in enumerate(spec.categories):
        if i % every == 0:
            text = ellipsize(category, slot * every - 2, FONT_SIZE)
            _text(group, left + (i + 0.5) * slot, y, text, "middle")
    return group, styles
