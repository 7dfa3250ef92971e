"""The tiers window's "About" tab: the rule and the star formula in plain words, with
the worked example (the same content as docs/tiers.md), in the desk's language."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..common.retranslate import Retranslating
from .texts import tier_text

_EXAMPLE = (
    ("A", "9,000.00", 12, "2026-12-20", 11, 1, "platinum", 5, 5, 5, 5),
    ("B", "5,000.00", 3, "2026-06-01", 213, 2, "lead", 2, 3, 4, 3),
    ("C", "5,000.00", 8, "2026-11-30", 31, 2, "lead", 3, 4, 4, 4),
    ("D", "1,200.00", 1, "2026-12-20", 11, 4, "lead", 5, 2, 2, 3),
    ("E", "30.00", 1, "2026-02-14", 320, 5, "lead", 1, 2, 1, 1),
)


class AboutTab(Retranslating, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tiers_about_tab")
        self.text = QTextBrowser(objectName="tiers_about_text")
        self.text.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("How tiers and stars are computed"))
        self.text.setHtml(self.html())

    def html(self) -> str:
        head = (
            self.tr("Customer"),
            self.tr("Revenue"),
            self.tr("Purchases"),
            self.tr("Last purchase"),
            self.tr("Days to the end"),
            self.tr("Rank"),
            self.tr("Tier"),
            "R",
            "F",
            "M",
            self.tr("Stars"),
        )
        rows = "".join(
            "<tr>"
            + "".join(f"<td>{tier_text(str(c)) if i == 6 else c}</td>" for i, c in enumerate(r))
            + "</tr>"
            for r in _EXAMPLE
        )
        table = (
            '<table border="1" cellpadding="4" cellspacing="0"><tr>'
            + "".join(f"<th>{h}</th>" for h in head)
            + f"</tr>{rows}</table>"
        )
        return "".join(
            (
                self.tr(
                    "<h2>Value tiers and stars</h2>"
                    "<p>The data decides, not anyone's opinion: a customer's tier and stars "
                    "for a period follow from the purchases recorded for that period, and "
                    "nothing else.</p>"
                    "<h3>The period</h3>"
                    "<p>A calendar year (2026: 1 January to 31 December), or a quarter "
                    "(2026-Q1 … 2026-Q4) when the site counts in quarters. A period's purchases "
                    "are those dated from its first day to its last day.</p>"
                    "<h3>Who is ranked</h3>"
                    "<p>Revenue is the sum of the period's purchases, refunds included. Only "
                    "customers whose revenue is above zero are ranked; the others have no tier "
                    "for the period.</p>"
                ),
                self.tr(
                    "<h3>The tier</h3>"
                    "<p>Customers are ordered by revenue, highest first; equal revenue shares "
                    "the better rank (1, 2, 2, 4). With N ranked customers and the site's shares "
                    "(default 1 % / 4 % / 15 % / 80 %): <b>platinum</b> if the rank is at most "
                    "⌈1 % of N⌉, <b>gold</b> if at most ⌈5 % of N⌉, <b>iron</b> if at most "
                    "⌈20 % of N⌉, else <b>lead</b>. With 100 customers that is ranks 1 / 2–5 / "
                    "6–20 / 21–100; with one customer, that customer is platinum. A tie across a "
                    "cut-off puts everyone in it in the better tier.</p>"
                ),
                self.tr(
                    "<h3>The stars (1–5)</h3>"
                    "<p>Three measures of the period are each scored 1–5 among the N ranked "
                    "customers: <b>R</b>, recency (days from the last purchase to the period's "
                    "end, fewer is better), <b>F</b>, frequency (the number of purchases), and "
                    "<b>M</b>, monetary (the revenue). On each measure a customer's place r is "
                    "their rank (ties share the better one) and the score is "
                    "5 − ⌊5 · (r − 1) / N⌋: 5 for the best fifth, 1 for the last fifth. The "
                    "stars are the mean of R, F and M rounded half up.</p>"
                    "<h3>A worked example</h3>"
                    "<p>Five customers in 2026. N = 5, so only rank 1 is platinum and everyone "
                    "else is lead.</p>"
                ),
                table,
                self.tr(
                    "<p>B and C tie at rank 2 on revenue, so both score M = 5 − ⌊5·1/5⌋ = 4. "
                    "B: (2 + 3 + 4) / 3 = 3 stars; C: (3 + 4 + 4) / 3 = 3.67, rounded to 4; "
                    "E: 4 / 3 = 1.33, rounded to 1.</p>"
                    "<h3>Runs, movements and suggestions</h3>"
                    "<p>Every recompute is kept; the latest of a period is its result in force, "
                    "and older ones can be re-opened. Movements compare two periods' results: "
                    "up, down, dropped out (a tier before, none after) and new. Platinum or gold "
                    "customers who are not VIP are suggested as VIP; a VIP at lead or without a "
                    "tier is suggested for review; a prospect who has bought is suggested as "
                    "existing. Staff confirm each suggestion; nothing changes by itself.</p>"
                ),
            )
        )
