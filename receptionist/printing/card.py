"""The feedback card (反馈意见卡): printed at check-out, filled in and signed by the visitor,
scanned back in by its barcode (Code 128: every desk scanner reads it).

``a6`` and ``a5``; the A5 card is the A6 layout scaled up by √2 with more comment lines.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from .data import CARD_FORMATS, CardData
from .fonts import text_width
from .labels import label, period
from .layout import Box, Layout, Sheet, fit_text

GREY = colors.Color(0.4, 0.4, 0.4)
LIGHT = colors.Color(0.6, 0.6, 0.6)
RATINGS = ("overall", "attitude", "professionalism", "speed", "environment")

_PAGES = {"a6": (105 * mm, 148 * mm, 4), "a5": (148 * mm, 210 * mm, 6)}


def layout_card(data: CardData, fmt: str = "a6", lang: str = "en") -> Layout:
    """Lay out a feedback card. Unknown format: ValueError."""
    if fmt not in CARD_FORMATS:
        raise ValueError(f"unknown card format {fmt!r}; expected one of {CARD_FORMATS}")
    width, height, comment_lines = _PAGES[fmt]
    k = width / (105 * mm)  # every size below is for A6, times k
    sheet = Sheet(width, height, 7 * mm * k)
    _header(sheet, data, lang, k)
    _details(sheet, data, lang, k)
    _ratings(sheet, lang, k)
    _recommend(sheet, lang, k)
    _footer(sheet, data, lang, k)  # first: the comment lines fill the space above it
    _comments(sheet, lang, k, comment_lines)
    return Layout(sheet.drawing, (width, height), sheet.boxes, sheet.barcode_values)


def _header(sheet: Sheet, data: CardData, lang: str, k: float) -> None:
    """The logo on the left, the site name and the title beside it."""
    top = sheet.cursor
    x = sheet.margin
    logo = None
    if data.logo_png:
        logo = sheet.logo("logo", data.logo_png, x, top, 20 * mm * k, 10 * mm * k)
        if logo is not None:
            x = logo.right + 3 * mm * k
    width = sheet.width - sheet.margin - x
    title_top = top
    if data.site_name:
        site = sheet.text(
            "site",
            data.site_name,
            9 * k,
            min_size=7 * k,
            max_lines=2,
            x=x,
            width=width,
            color=GREY,
            advance=False,
        )
        title_top = site.y - 0.5 * mm * k
    title = sheet.text(
        "title",
        label(lang, "card_title"),
        17 * k,
        min_size=11 * k,
        x=x,
        width=width,
        top=title_top,
        advance=False,
    )
    sheet.cursor = min(title.y, logo.y if logo else title.y) - 2 * mm * k
    sheet.rule(sheet.cursor, width=0.8 * k)
    sheet.gap(2.5 * mm * k)


def _details(sheet: Sheet, data: CardData, lang: str, k: float) -> None:
    """Visitor, host and date: label left, value right."""
    rows = [
        ("visitor", label(lang, "guest" if data.hotel_mode else "visitor"), data.visitor_name),
        ("host", label(lang, "host"), data.host_name or "—"),
        ("date", label(lang, "date"), data.visit_date.isoformat()),
    ]
    label_size, value_size = 7.5 * k, 10 * k
    label_w = max(text_width(text, label_size) for _, text, _ in rows) + 2.5 * mm * k
    value_x = sheet.margin + label_w
    value_w = sheet.width - sheet.margin - value_x
    for name, text, value in rows:
        top = sheet.cursor
        box = sheet.text(
            name,
            value,
            value_size,
            min_size=7.5 * k,
            max_lines=2,
            x=value_x,
            width=value_w,
            top=top,
            advance=False,
        )
        sheet.text(
            f"{name}_label",
            text,
            label_size,
            color=GREY,
            top=top - (value_size - label_size) * 0.6,
            advance=False,
        )
        sheet.cursor = box.y - 1 * mm * k
    sheet.gap(1.5 * mm * k)


def _ratings(sheet: Sheet, lang: str, k: float) -> None:
    sheet.text("rate_hint", label(lang, "rate_hint"), 7.5 * k, min_size=6 * k, color=GREY)
    sheet.gap(1.2 * mm * k)
    box = 4.2 * mm * k
    pitch = 7.5 * mm * k
    first_x = sheet.width - sheet.margin - 4 * pitch - box
    for i in range(5):  # column numbers
        sheet.text(
            None,
            str(i + 1),
            7 * k,
            x=first_x + i * pitch,
            width=box,
            anchor="middle",
            color=GREY,
            advance=False,
        )
    sheet.gap(7 * k * 1.2 + 0.5 * mm * k)
    label_w = first_x - sheet.margin - 2 * mm * k
    for key in RATINGS:
        top = sheet.cursor
        sheet.text(
            key,
            label(lang, key),
            9.5 * k,
            min_size=7 * k,
            width=label_w,
            top=top - (box - 9.5 * k * 1.2) / 2,
            advance=False,
        )
        for i in range(5):
            sheet.rect(f"{key}_{i + 1}", first_x + i * pitch, top - box, box, box)
        sheet.cursor = top - box - 1.6 * mm * k
    sheet.gap(0.5 * mm * k)


def _recommend(sheet: Sheet, lang: str, k: float) -> None:
    sheet.text("recommend", label(lang, "recommend"), 9 * k, min_size=7 * k, max_lines=2)
    sheet.gap(1.5 * mm * k)
    box = 5 * mm * k
    pitch = (sheet.inner_width - box) / 10
    top = sheet.cursor
    for i in range(11):
        x = sheet.margin + i * pitch
        sheet.rect(f"recommend_{i}", x, top - box, box, box)
        sheet.text(
            None,
            str(i),
            7 * k,
            x=x - 1 * mm,
            width=box + 2 * mm,
            top=top - box - 0.6 * mm * k,
            anchor="middle",
            color=GREY,
            advance=False,
        )
    sheet.cursor = top - box - 0.6 * mm * k - 7 * k * 1.2 - 2.5 * mm * k


def _comments(sheet: Sheet, lang: str, k: float, most: int) -> None:
    """The comments label and as many writing lines (up to ``most``) as the space above
    the signature holds."""
    sheet.text("comments", label(lang, "comments"), 9 * k)
    step = (7 if k < 1.2 else 8) * mm  # handwriting needs the same room on either card
    floor = sheet.boxes["content_floor"].y + 2 * mm * k
    lines = max(1, min(most, int((sheet.cursor - floor) / step)))
    top = sheet.cursor
    for _ in range(lines):
        sheet.gap(step)
        sheet.rule(sheet.cursor, width=0.4 * k, color=LIGHT)
    sheet.boxes["comment_lines"] = Box(
        sheet.margin, sheet.cursor, sheet.inner_width, top - sheet.cursor
    )


def _footer(sheet: Sheet, data: CardData, lang: str, k: float) -> None:
    """At the bottom: the privacy line; above it, signature and date lines on the left
    and the barcode with the code on the right (its quiet zone reaches into the margin)."""
    privacy_text = label(lang, "privacy").format(period=period(lang, data.retention_months))
    fitted = fit_text(privacy_text, sheet.inner_width, 6.5 * k, 5.5 * k, 2)
    privacy = sheet.draw_fitted(
        fitted, sheet.margin, sheet.margin + fitted.height, sheet.inner_width, color=GREY
    )
    sheet.boxes["privacy"] = privacy
    bottom = privacy.top + 2.5 * mm * k
    code_w = 50 * mm * k  # Code 128 quiet zones included
    code_x = sheet.width - sheet.margin - code_w + 4 * mm * k
    code_size = 10 * k
    code = sheet.text(
        "code",
        data.code,
        code_size,
        x=code_x,
        width=code_w,
        top=bottom + code_size * 1.2,
        anchor="middle",
        advance=False,
    )
    bar = sheet.code128("barcode", data.code, code_x, code.top + 9.6 * mm * k, code_w, 9 * mm * k)
    size = 8.5 * k
    line_end = bar.x - 3 * mm * k
    line_y = bottom + 1 * mm * k
    for key in ("signature_date", "signature"):
        text = label(lang, "date" if key == "signature_date" else "signature")
        box = sheet.text(key, text, size, top=line_y + size * 1.2, advance=False)
        sheet.rule(line_y, box.right + 1.5 * mm * k, line_end, width=0.5 * k)
        line_y += 9 * mm * k
    floor = max(bar.top, line_y - 9 * mm * k + size * 1.2)
    sheet.boxes["content_floor"] = Box(sheet.margin, floor, sheet.inner_width, 0)
