"""The managers' dashboard as a printed report (A4 portrait, the bundled font embedded,
charts as vectors readable in black and white, the site's name and the period at the top
of every page, "Page n of N" at the bottom).

Built from ``Dashboard.to_json()`` (the figures by name, as ``receptionist report dashboard
--json`` prints them) and returns a ``PrintedDocument``: PDF bytes for a file, SVG pages
for a printer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4

from .documents import PrintedDocument, _document
from .layout import Sheet, fit_text, wrap
from .report_charts import PrintChart, PrintSeries, chart
from .report_texts import RATINGS, STEPS, bucket, catalogue, percent, period_text, tier_or_none

MARGIN = 40.0
HEADER = 30.0
FOOTER = 30.0
GAP = 10.0
MOVES = ("up", "down", "same", "new", "dropped")


def _num(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else f"{value:.{decimals}f}"


class _Pages:
    """Pages flowing from the top down; a block that does not fit starts a new page."""

    def __init__(self, site: str, period: str, t: Callable[[str], str]) -> None:
        self.site, self.period, self.t = site, period, t
        self.sheets: list[Sheet] = []
        self.styles: list[str] = []
        self.new_page()

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def new_page(self) -> None:
        sheet = Sheet(A4[0], A4[1], MARGIN)
        top = sheet.height - MARGIN + HEADER / 2
        half = sheet.inner_width / 2
        sheet.text("site", self.site, 10, min_size=7, width=half - 6, top=top, advance=False)
        sheet.text(
            "period",
            self.period,
            9,
            min_size=6,
            x=MARGIN + half,
            width=half,
            anchor="end",
            top=top,
            advance=False,
        )
        sheet.rule(sheet.height - MARGIN + 2, width=0.5)
        sheet.cursor = sheet.height - MARGIN - 6
        self.sheets.append(sheet)

    def need(self, height: float) -> None:
        if self.sheet.cursor - height < MARGIN + FOOTER / 2:
            self.new_page()

    def heading(self, text: str, size: float = 13, keep: float = 190) -> None:
        """A section's title, on a new page unless ``keep`` points (its text and first
        chart) fit below it: never alone at a page's foot."""
        self.need(size * 1.4 + keep)
        self.sheet.gap(4)
        self.sheet.text(None, text, size, min_size=9)
        self.sheet.gap(3)

    def para(self, text: str, size: float = 9) -> None:
        lines = wrap(text, self.sheet.inner_width, size)
        self.need(len(lines) * size * 1.2 + 2)
        for line in lines:
            self.sheet.text(None, line, size)
        self.sheet.gap(GAP / 2)

    def charts(self, specs: list[tuple[str, PrintChart, str]], height: float) -> None:
        """Charts side by side, each under its title: (title, chart, text when empty)."""
        self.need(height + 16)
        sheet = self.sheet
        gap = 18.0
        width = (sheet.inner_width - gap * (len(specs) - 1)) / len(specs)
        top = sheet.cursor
        for i, (title, spec, empty) in enumerate(specs):
            x = MARGIN + i * (width + gap)
            sheet.text(None, title, 9, min_size=7, x=x, width=width, top=top, advance=False)
            group, styles = chart(spec, x, top - 14 - height, width, height, empty)
            sheet.drawing.add(group)
            self.styles += styles
        sheet.cursor = top - 14 - height - GAP

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        """A plain table; cells wrap; a row never splits across pages; the header repeats."""
        size = 8.0
        total = sum(widths)
        widths = [w / total * self.sheet.inner_width for w in widths]

        def draw_row(cells: list[str], bold: bool = False) -> None:
            wrapped = [wrap(c, w - 4, size) for c, w in zip(cells, widths, strict=True)]
            height = max(len(w) for w in wrapped) * size * 1.2 + 3
            if self.sheet.cursor - height < MARGIN + FOOTER / 2:
                self.new_page()
                if not bold:
                    draw_row(header, True)
            sheet, x, top = self.sheet, MARGIN, self.sheet.cursor
            for lines, w in zip(wrapped, widths, strict=True):
                fitted = fit_text(" ", w, size)
                for n, line in enumerate(lines):
                    fitted = fit_text(line, w - 4, size)
                    sheet.draw_fitted(fitted, x + 2, top - 1.5 - n * size * 1.2, w - 4)
                x += w
            sheet.cursor = top - height
            sheet.rule(sheet.cursor, width=0.6 if bold else 0.25)

        draw_row(header, True)
        for row in rows:
            draw_row(row)
        self.sheet.gap(GAP)

    def finish(self, footer: Callable[[int, int], str]) -> tuple[Drawing, ...]:
        total = len(self.sheets)
        for number, sheet in enumerate(self.sheets, start=1):
            sheet.text(
                f"page_{number}",
                footer(number, total),
                8,
                anchor="middle",
                top=MARGIN - FOOTER / 2 + 4,
                advance=False,
            )
        return tuple(s.drawing for s in self.sheets)


def layout_dashboard(
    board: dict[str, Any], site_name: str, lang: str
) -> tuple[tuple[Drawing, ...], list[str]]:
    """The report's pages, and the chart styles used (tests)."""
    t, names = catalogue(lang)
    p = _Pages(site_name, period_text(lang, board["period"]), t)
    p.sheet.text("title", t("title"), 16, min_size=10)
    p.para(t("period_line").format(period=period_text(lang, board["period"], long=True)))
    filters = [
        f"{t('f_' + k)}: {names(k, v)}" for k, v in board["filters"].items() if v is not None
    ]
    p.para(t("filters_line").format(filters="; ".join(filters) if filters else t("no_filters")))
    _visits(p, board, t, names, lang)
    _satisfaction(p, board, t, names, lang)
    _complaints(p, board, t)
    _tiers(p, board, t, names)
    _follow_ups(p, board, t)
    drawings = p.finish(lambda n, total: t("page").format(n=n, total=total))
    return drawings, p.styles


def build_dashboard_report(
    board: dict[str, Any], site_name: str, lang: str = "en"
) -> PrintedDocument:
    drawings, _styles = layout_dashboard(board, site_name, lang)
    return _document("dashboard", "a4", (A4[0], A4[1]), drawings)


def _visits(p: _Pages, board: dict, t, names, lang: str) -> None:
    v = board["visits"]
    cur, last = v["current"], v["last_year"]
    change = "–" if v["change"] is None else f"{v['change'] * 100:+.0f} %"
    p.heading(t("visits"))
    p.para(t("visits_line").format(n=cur["total"], last=last["total"], change=change))
    cats = tuple(bucket(b, board) for b in cur["buckets"])
    length = len(cats)
    last_line = tuple(last["per_bucket"][:length]) + (None,) * max(
        0, length - len(last["per_bucket"])
    )
    by_purpose = PrintChart(
        cats,
        tuple(
            PrintSeries(names("purpose", s["key"]), tuple(s["counts"])) for s in cur["by_purpose"]
        ),
        (PrintSeries(t("last_year_all"), last_line),),
        stacked=True,
    )
    by_category = PrintChart(
        cats,
        tuple(
            PrintSeries(names("category", s["key"]), tuple(s["counts"])) for s in cur["by_category"]
        ),
        stacked=True,
    )
    p.charts([(t("by_purpose"), by_purpose, t("no_visits"))], 190)
    p.charts([(t("by_category"), by_category, t("no_visits"))], 160)


def _satisfaction(p: _Pages, board: dict, t, names, lang: str) -> None:
    s = board["satisfaction"]
    avg, nps = s["averages"], s["nps"]
    p.heading(t("satisfaction"))
    p.para(
        t("satisfaction_line").format(
            n=avg["answers"],
            overall=_num(avg["overall"], 2),
            recommend=_num(avg["recommend"], 2),
            nps=_num(nps["score"], 0),
            promoters=nps["promoters"],
            passives=nps["passives"],
            detractors=nps["detractors"],
        )
    )
    none = t("no_feedback")
    averages = PrintChart(
        tuple(t("r_" + r) for r in RATINGS),
        (PrintSeries(t("average"), tuple(avg[r] for r in RATINGS)),),
        y_range=(0, 5),
    )
    split = PrintChart(
        (t("promoters"), t("passives"), t("detractors")),
        (PrintSeries(t("answers"), (nps["promoters"], nps["passives"], nps["detractors"])),),
    )
    p.charts([(t("averages"), averages, none), (t("nps_split"), split, none)], 130)
    cats = tuple(bucket(pt["bucket"], board) for pt in s["trend"])
    overall = PrintChart(
        cats,
        lines=(PrintSeries(t("r_overall"), tuple(pt["overall"] for pt in s["trend"])),),
        y_range=(0, 5),
    )
    nps_line = PrintChart(
        cats,
        lines=(PrintSeries("NPS", tuple(pt["nps"] for pt in s["trend"])),),
        y_range=(-100, 100),
    )
    p.charts([(t("overall_trend"), overall, none), (t("nps_trend"), nps_line, none)], 130)
    p.para(t("lowest").format(n=s["min_answers"]))
    for key, first, label in (
        ("lowest_hosts", t("host"), lambda k: k),
        ("lowest_purposes", t("purpose"), lambda k: names("purpose", k)),
    ):
        rows = [
            [
                label(low["key"]),
                str(low["answers"]),
                _num(low["overall"], 2),
                " / ".join(
                    f"“{c['text']}” ({c['overall']}/5, {c['at'][:10]})" for c in low["comments"]
                ),
            ]
            for low in s[key]
        ] or [[t("none_enough"), "", "", ""]]
        p.table([first, t("feedback"), t("r_overall"), t("comments")], rows, [3, 1.2, 1.2, 8])


def _complaints(p: _Pages, board: dict, t) -> None:
    c = board["complaints"]
    p.heading(t("complaints"))
    p.para(
        t("complaints_line").format(
            opened=c["opened"],
            closed=c["closed"],
            overdue=c["overdue"],
            share=percent(c["resolved_share"]),
            calls=c["call_backs"],
            resolved=c["call_backs_resolved"],
        )
    )
    counts = PrintChart(
        (t("opened"), t("closed"), t("overdue")),
        (PrintSeries(t("complaints"), (c["opened"], c["closed"], c["overdue"])),),
    )
    steps = PrintChart(
        tuple(t(STEPS[s["step"]]) for s in c["steps"]),
        (
            PrintSeries(
                t("mean_hours"),
                tuple(
                    None if s["mean_seconds"] is None else s["mean_seconds"] / 3600
                    for s in c["steps"]
                ),
            ),
        ),
    )
    p.charts(
        [(t("complaints"), counts, t("no_complaints")), (t("step_times"), steps, t("no_steps"))],
        130,
    )


def _tiers(p: _Pages, board: dict, t, names) -> None:
    tiers = board["tiers"]
    p.heading(t("tiers"))
    if tiers["period"] is None:
        p.para(t("no_tiers"))
        return
    if tiers["previous_period"] is None:
        p.para(t("tiers_only").format(period=tiers["period"]))
    else:
        p.para(t("tiers_line").format(period=tiers["period"], previous=tiers["previous_period"]))
    dist = PrintChart(
        tuple(names("tier", d["tier"]) for d in tiers["distribution"]),
        (PrintSeries(t("customers"), tuple(d["customers"] for d in tiers["distribution"])),),
    )
    moves = PrintChart(
        tuple(t("m_" + m) for m in MOVES) if tiers["moves"] else (),
        (PrintSeries(t("customers"), tuple(tiers["moves"].get(m, 0) for m in MOVES)),),
    )
    p.charts([(t("distribution"), dist, t("no_tiers")), (t("moves"), moves, t("no_previous"))], 120)
    if tiers["matrix"]:
        rows = [
            [
                tier_or_none(names, m["from"], t),
                tier_or_none(names, m["to"], t),
                str(m["customers"]),
            ]
            for m in tiers["matrix"]
        ]
        p.table([t("from"), t("to"), t("customers")], rows, [1, 1, 1])


def _follow_ups(p: _Pages, board: dict, t) -> None:
    f, conv = board["follow_ups"], board["conversion"]
    p.heading(t("follow_ups"))
    p.para(t("follow_ups_line").format(done=f["done"], overdue=f["overdue"]))
    staff = PrintChart(
        tuple(s["name"] or t("unassigned") for s in f["staff"]),
        (
            PrintSeries(t("done"), tuple(s["done"] for s in f["staff"])),
            PrintSeries(t("overdue"), tuple(s["overdue"] for s in f["staff"])),
        ),
    )
    p.charts([(t("per_staff"), staff, t("no_follow_ups"))], 140)
    p.heading(t("conversion"), 11, keep=30)
    p.para(
        t("conversion_line").format(
            prospects=conv["prospects"],
            bought=conv["bought"],
            days=conv["within_days"],
            rate=percent(conv["rate"]),
        )
    )
