"""A list exported as a PDF report: A4 landscape, one table over as many pages as it
takes (``services.list_exports`` with ``file_format="pdf"``).

Every page says the site, the list's title, its period and filters, and when it was
made; the column headers repeat on every page and the foot says "Page n of N". Long
text wraps inside its column (Chinese between characters, Latin between words) up to
``MAX_LINES`` lines. Black on white with light grey bands: it photocopies. The bundled
CJK font is embedded (a subset). Moments are local times ``yyyy-mm-dd hh:mm``, money is
in the site's currency (``¥1,234.50``), numbers are right-aligned.

No Qt, no database: the service passes the rows (at most the limit it enforces), the
column headers in the desk's language and a ``ReportHeading``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.money import format_money
from .fonts import register_font
from .layout import ellipsize, wrap

PAGE = landscape(A4)
MARGIN = 12 * mm
SIZE = 7.5  # the cells' text
LEAD = 9.4  # one line of a cell
PAD = 2.4  # above and below a cell's text, and beside it
MAX_LINES = 6  # of one cell; more is cut with an ellipsis
FOOT = 9 * mm  # the footer's baseline band at the bottom
GREY = colors.Color(0.35, 0.35, 0.35)
HEAD_FILL = colors.Color(0.85, 0.85, 0.85)
RULE = colors.Color(0.6, 0.6, 0.6)
NUMBERS = ("integer", "money")  # right-aligned kinds of ``_tables``

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "visits": "Visit log",
        "complaints": "Complaints",
        "followups": "Open follow-up tasks",
        "lost": "Lost-customer reviews",
        "tiers": "Customer tiers",
        "audit": "Audit trail",
        "period": "Period",
        "from": "from {day}",
        "until": "until {day}",
        "range": "{first} – {last}",
        "purpose": "Purpose",
        "flow": "Flow",
        "category": "Category",
        "host": "Host",
        "station": "Checked in at",
        "visitor": "Visitor",
        "visitor_search": "the visitor searched for",
        "state": "Complaints",
        "open": "open",
        "closed": "closed",
        "overdue": "overdue",
        "status": "Status",
        "tier_period": "Tier period",
        "run": "Calculation",
        "tier": "Tier",
        "actor": "Staff member",
        "action": "Action",
        "filters": "Filters",
        "no_filters": "Filters: none (the whole list)",
        "rows": "{n} rows",
        "row": "1 row",
        "made_at": "Made at {at}",
        "empty": "The list is empty for these filters.",
        "page": "Page {n} of {total}",
    },
    "zh_CN": {
        "visits": "访客记录",
        "complaints": "投诉",
        "followups": "未完成的回访任务",
        "lost": "流失客户审核",
        "tiers": "客户等级",
        "audit": "审计记录",
        "period": "期间",
        "from": "{day} 起",
        "until": "至 {day}",
        "range": "{first} 至 {last}",
        "purpose": "来访目的",
        "flow": "来访类型",
        "category": "类别",
        "host": "接待人",
        "station": "签到处",
        "visitor": "访客",
        "visitor_search": "按访客搜索",
        "state": "投诉",
        "open": "未结案",
        "closed": "已结案",
        "overdue": "已逾期",
        "status": "状态",
        "tier_period": "评级期间",
        "run": "计算批次",
        "tier": "等级",
        "actor": "员工",
        "action": "操作",
        "filters": "筛选",
        "no_filters": "筛选：无（整个列表）",
        "rows": "共 {n} 行",
        "row": "共 1 行",
        "made_at": "生成时间：{at}",
        "empty": "按这些筛选条件，列表为空。",
        "page": "第 {n} 页，共 {total} 页",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    return _LABELS[lang if lang in _LABELS else "en"][key].format(**values)


@dataclass(frozen=True)
class ReportHeading:
    """What every page says above the table: the list (``what``: a key of ``_LABELS``,
    e.g. "visits"), the site, when it was made, the period (first and last day, both
    included, None: open) and the other filters as (name key, value in words)."""

    what: str
    site_name: str
    made_at: datetime
    lang: str = "en"
    period: tuple[date | None, date | None] | None = None
    filters: tuple[tuple[str, str], ...] = ()


def language(lang: str | None) -> str:
    return "zh_CN" if (lang or "").lower().startswith("zh") else "en"


def title(heading: ReportHeading) -> str:
    return _t(heading.lang, heading.what)


def filters_text(heading: ReportHeading) -> str:
    """The period and the filters in words, e.g. "Period: 2026-03-01 – 2026-03-31 ·
    Purpose: Meeting"; "Filters: none (the whole list)" without any."""
    lang, parts = heading.lang, []
    if heading.period is not None and any(heading.period):
        first, last = heading.period
        if first and last:
            when = _t(lang, "range", first=first.isoformat(), last=last.isoformat())
        elif first:
            when = _t(lang, "from", day=first.isoformat())
        else:
            when = _t(lang, "until", day=last.isoformat())  # type: ignore[union-attr]
        parts.append(f"{_t(lang, 'period')}: {when}")
    for key, value in heading.filters:
        shown = _t(lang, value) if key in ("state",) or value == "visitor_search" else value
        parts.append(f"{_t(lang, key)}: {shown}")
    if not parts:
        return _t(lang, "no_filters")
    colon = "：" if lang == "zh_CN" else ": "
    return " · ".join(p.replace(": ", colon, 1) for p in parts)


def cell_text(value: object, kind: str, currency: str) -> str:
    """A cell as people read it: local ``yyyy-mm-dd hh:mm`` for a moment, money with the
    currency's symbol and thousands grouped, the rest as text on one line."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if kind == "money" and isinstance(value, int):
        return format_money(value, currency)
    return " ".join(str(value).split())


class _Report:
    def __init__(
        self,
        heading: ReportHeading,
        headers: Sequence[str],
        kinds: Sequence[str],
        widths: Sequence[float],
    ) -> None:
        self.heading = heading
        self.font = register_font()
        self.kinds = tuple(kinds)
        inner = PAGE[0] - 2 * MARGIN
        self.widths = list(widths)
        self.xs = [MARGIN + sum(self.widths[:i]) for i in range(len(self.widths))]
        self.headers = [self._lines(h, i, 3) for i, h in enumerate(headers)]
        self.head_h = max((len(h) for h in self.headers), default=1) * LEAD + 2 * PAD
        self.filters = self._wrap_line(filters_text(heading), inner, 8.5, 2)

    def _lines(self, text: str, column: int, most: int = MAX_LINES) -> list[str]:
        width = self.widths[column] - 2 * PAD
        if not text or stringWidth(text, self.font, SIZE) <= width:
            return [text]
        lines = wrap(text, width, SIZE)
        if len(lines) > most:
            lines = [*lines[: most - 1], ellipsize(lines[most - 1], width, SIZE, force=True)]
        return lines

    def _wrap_line(self, text: str, width: float, size: float, most: int) -> list[str]:
        lines = wrap(text, width, size)
        if len(lines) > most:
            lines = [*lines[: most - 1], ellipsize(lines[most - 1], width, size, force=True)]
        return lines

    # -- layout ---------------------------------------------------------------------
    @staticmethod
    def column_widths(natural: Sequence[float], weights: Sequence[int]) -> list[float]:
        """Widths in points filling the page: a column whose widest text fits in its
        share (by ``weights``) gets just that; the others share the rest by weight and
        wrap. When everything fits, the room left is shared by the natural widths."""
        inner = PAGE[0] - 2 * MARGIN
        if sum(natural) <= inner:
            extra = (inner - sum(natural)) / max(1.0, sum(natural))
            return [n * (1 + extra) for n in natural]
        fixed: set[int] = set()
        while True:
            loose = [i for i in range(len(natural)) if i not in fixed]
            room = inner - sum(natural[i] for i in fixed)
            share = room / max(1, sum(weights[i] for i in loose))
            newly = {i for i in loose if natural[i] <= weights[i] * share}
            if not newly or len(newly) == len(loose):
                break
            fixed |= newly
        return [natural[i] if i in fixed else weights[i] * share for i in range(len(natural))]

    def heading_bottom(self) -> float:
        """Where the table starts on every page (the heading's height is the same)."""
        return PAGE[1] - MARGIN - 16 - 20 - len(self.filters) * 11 - 6

    def paginate(self, cells: Sequence[Sequence[list[str]]]) -> list[tuple[int, int]]:
        """(first row, end row) of each page; a page holds at least one row."""
        top = self.heading_bottom() - self.head_h
        bottom = FOOT + 5 * mm
        pages: list[tuple[int, int]] = []
        start, y = 0, top
        for i, row in enumerate(cells):
            height = max(len(c) for c in row) * LEAD + 2 * PAD
            if y - height < bottom and i > start:
                pages.append((start, i))
                start, y = i, top
            y -= height
        pages.append((start, len(cells)))
        return pages

    # -- drawing --------------------------------------------------------------------
    def draw_heading(self, c: Canvas, count: int) -> float:
        h, lang = self.heading, self.heading.lang
        inner = PAGE[0] - 2 * MARGIN
        y = PAGE[1] - MARGIN - 10
        c.setFillColor(colors.black)
        c.setFont(self.font, 10)
        c.drawString(MARGIN, y, ellipsize(h.site_name, inner * 0.6, 10))
        c.setFont(self.font, 8.5)
        c.setFillColor(GREY)
        made = _t(lang, "made_at", at=h.made_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        c.drawRightString(PAGE[0] - MARGIN, y, made)
        y -= 20
        c.setFillColor(colors.black)
        c.setFont(self.font, 15)
        c.drawString(MARGIN, y, title(h))
        c.setFont(self.font, 10)
        rows = _t(lang, "row") if count == 1 else _t(lang, "rows", n=f"{count:,}")
        c.drawRightString(PAGE[0] - MARGIN, y, rows)
        y -= 4
        c.setFont(self.font, 8.5)
        for line in self.filters:
            y -= 11
            c.drawString(MARGIN, y, line)
        return self.heading_bottom()

    def draw_header_row(self, c: Canvas, top: float) -> float:
        c.setFillColor(HEAD_FILL)
        c.rect(MARGIN, top - self.head_h, PAGE[0] - 2 * MARGIN, self.head_h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(self.font, SIZE)
        for i, lines in enumerate(self.headers):
            self._draw_cell(c, i, lines, top)
        bottom = top - self.head_h
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.line(MARGIN, bottom, PAGE[0] - MARGIN, bottom)
        return bottom

    def _draw_cell(self, c: Canvas, column: int, lines: list[str], top: float) -> None:
        y = top - PAD - SIZE * 0.95
        right = self.kinds[column] in NUMBERS
        for line in lines:
            if right:
                c.drawRightString(self.xs[column] + self.widths[column] - PAD, y, line)
            else:
                c.drawString(self.xs[column] + PAD, y, line)
            y -= LEAD

    def draw_rows(self, c: Canvas, cells: Sequence[Sequence[list[str]]], top: float) -> None:
        c.setFont(self.font, SIZE)
        c.setLineWidth(0.3)
        c.setStrokeColor(RULE)
        for row in cells:
            height = max(len(cell) for cell in row) * LEAD + 2 * PAD
            c.setFillColor(colors.black)
            for i, lines in enumerate(row):
                self._draw_cell(c, i, lines, top)
            top -= height
            c.line(MARGIN, top, PAGE[0] - MARGIN, top)

    def draw_foot(self, c: Canvas, number: int, total: int) -> None:
        h, lang = self.heading, self.heading.lang
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(MARGIN, FOOT + 4 * mm, PAGE[0] - MARGIN, FOOT + 4 * mm)
        c.setFillColor(GREY)
        c.setFont(self.font, 8)
        left = " · ".join(x for x in (title(h), h.site_name) if x)
        c.drawString(MARGIN, FOOT, ellipsize(left, (PAGE[0] - 2 * MARGIN) * 0.6, 8))
        c.setFillColor(colors.black)
        c.setFont(self.font, 9)
        c.drawRightString(PAGE[0] - MARGIN, FOOT, _t(lang, "page", n=number, total=total))


def write_list_report(
    path: str | Path,
    heading: ReportHeading,
    headers: Sequence[str],
    kinds: Sequence[str],
    widths: Sequence[int],
    rows: Sequence[Sequence[object]],
    *,
    currency: str,
    tick: Callable[[int], None] | None = None,
    every: int = 2000,
) -> int:
    """Write ``rows`` (``kinds``: the ``_tables`` column kinds; ``widths`` in characters,
    scaled to the page) as a PDF report at ``path``; ``tick(done)`` is called every
    ``every`` rows laid out (it may raise to stop). Returns the number of pages."""
    font = register_font()
    texts = [[cell_text(v, k, currency) for v, k in zip(row, kinds, strict=True)] for row in rows]
    natural = [
        max(stringWidth(w, font, SIZE) for w in _words(header)) + 2 * PAD + 1 for header in headers
    ]
    for row in texts:
        for i, text in enumerate(row):
            natural[i] = max(natural[i], stringWidth(text, font, SIZE) + 2 * PAD + 1)
    report = _Report(heading, headers, kinds, _Report.column_widths(natural, widths))
    cells: list[list[list[str]]] = []
    for n, row in enumerate(texts, 1):
        cells.append([report._lines(text, i) for i, text in enumerate(row)])
        if tick is not None and n % every == 0:
            tick(n)
    pages = report.paginate(cells)
    # types-reportlab: Canvas's initialFontName (a font's name) is typed as a float.
    canvas = Canvas(
        str(path),
        pagesize=PAGE,
        invariant=1,
        pageCompression=1,
        initialFontName=report.font,  # type: ignore[arg-type]
    )
    canvas.setTitle(" · ".join(x for x in (title(heading), heading.site_name) if x))
    canvas.setCreator("Receptionist")
    for number, (start, end) in enumerate(pages, 1):
        top = report.draw_heading(canvas, len(rows))
        top = report.draw_header_row(canvas, top)
        if not rows:
            canvas.setFont(report.font, 10)
            canvas.drawString(MARGIN + PAD, top - 18, _t(heading.lang, "empty"))
        report.draw_rows(canvas, cells[start:end], top)
        report.draw_foot(canvas, number, len(pages))
        canvas.showPage()
    canvas.save()
    return len(pages)


def _words(text: str) -> list[str]:
    """A header's words (a Chinese header is one word: it may break anywhere)."""
    return text.split() or [""]
