"""The visit slip (来访单 / badge): one page, laid out for a stock format.

``label62`` — a 62 × 100 mm die-cut label; ``receipt80`` — an 80 mm continuous receipt
cut to the content; ``a6`` — an A6 card for office printers. The visitor's name is the
biggest thing on it; the visit code is printed as text and as a barcode (QR on labels and
cards, Code 128 on receipts, where 1-D is what thermal printers do best).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib import colors
from reportlab.lib.units import mm

from .data import SLIP_FORMATS, SlipData
from .fonts import text_width
from .labels import label, purpose_label
from .layout import Box, Layout, Sheet

GREY = colors.Color(0.4, 0.4, 0.4)
_TALL = 4000.0  # a receipt is laid out on a tall sheet, then cut to its content


@dataclass(frozen=True)
class _Spec:
    width: float
    height: float | None  # None: fitted to the content (continuous paper)
    margin: float
    logo: tuple[float, float]  # the logo's box, width × height
    site: float
    band: float
    name: tuple[float, float]  # size, minimum size
    company: tuple[float, float]
    row_label: float
    row: tuple[float, float]
    code: float
    barcode: str  # "qr" | "code128"
    barcode_size: float  # QR side, or Code 128 bar height
    footer: bool = True  # "please wear this slip" (no room on a 62 mm label)


_SPECS = {
    "label62": _Spec(
        62 * mm,
        100 * mm,
        3 * mm,
        (16 * mm, 9 * mm),
        9,
        12,
        (24, 13),
        (12, 8),
        7,
        (10, 7.5),
        15,
        "qr",
        23 * mm,
        footer=False,
    ),
    "receipt80": _Spec(
        80 * mm,
        None,
        4 * mm,
        (30 * mm, 14 * mm),
        12,
        14,
        (26, 14),
        (13, 9),
        8,
        (11, 8.5),
        20,
        "code128",
        13 * mm,
    ),
    "a6": _Spec(
        105 * mm,
        148 * mm,
        7 * mm,
        (26 * mm, 13 * mm),
        12,
        16,
        (32, 16),
        (16, 10),
        9,
        (13, 9.5),
        20,
        "qr",
        34 * mm,
    ),
}


def layout_slip(data: SlipData, fmt: str = "label62", lang: str = "en") -> Layout:
    """Lay out a visit slip. Unknown format: ValueError."""
    if fmt not in SLIP_FORMATS:
        raise ValueError(f"unknown slip format {fmt!r}; expected one of {SLIP_FORMATS}")
    spec = _SPECS[fmt]
    sheet = Sheet(spec.width, spec.height or _TALL, spec.margin)
    _header(sheet, spec, data)
    _band(sheet, spec, data, lang)
    _person(sheet, spec, data)
    _rows(sheet, spec, data, lang)
    if spec.height is None:
        _receipt_code(sheet, spec, data, lang)
        return _cut(sheet, spec)
    _bottom_code(sheet, spec, data, lang)
    return Layout(sheet.drawing, (sheet.width, sheet.height), sheet.boxes, sheet.barcode_values)


def _header(sheet: Sheet, spec: _Spec, data: SlipData) -> None:
    top = sheet.cursor
    x = sheet.margin
    logo_w, logo_h = spec.logo
    receipt = spec.height is None  # the logo centred above the site name
    logo_x = None if receipt else x
    box = sheet.logo("logo", data.logo_png, logo_x, top, logo_w, logo_h) if data.logo_png else None
    if receipt:
        if box is not None:
            sheet.cursor = box.y - 2 * mm
        if data.site_name:
            sheet.text(
                "site",
                data.site_name,
                spec.site,
                min_size=spec.site - 3,
                max_lines=2,
                anchor="middle",
            )
        sheet.gap(2 * mm)
        return
    text_x = x + (box.width + 2 * mm if box else 0)
    width = sheet.width - sheet.margin - text_x
    lowest = box.y if box else top
    if data.site_name:
        site = sheet.text(
            "site",
            data.site_name,
            spec.site,
            min_size=spec.site - 2.5,
            max_lines=2,
            x=text_x,
            width=width,
            advance=False,
        )
        lowest = min(site.y, lowest)
    sheet.cursor = lowest - 1.5 * mm


def _band(sheet: Sheet, spec: _Spec, data: SlipData, lang: str) -> None:
    title = label(lang, "slip_title_guest" if data.hotel_mode else "slip_title")
    height = spec.band * 1.7
    top = sheet.cursor
    sheet.rect(
        "band",
        sheet.margin,
        top - height,
        sheet.inner_width,
        height,
        fill=colors.black,
        stroke=None,
    )
    sheet.text(
        "band_title",
        title,
        spec.band,
        top=top - (height - spec.band * 1.2) / 2,
        anchor="middle",
        color=colors.white,
        advance=False,
    )
    sheet.cursor = top - height - 2.5 * mm


def _person(sheet: Sheet, spec: _Spec, data: SlipData) -> None:
    sheet.text(
        "visitor_name",
        data.visitor_name,
        spec.name[0],
        min_size=spec.name[1],
        max_lines=2,
        anchor="middle",
    )
    if data.company:
        sheet.gap(0.8 * mm)
        sheet.text(
            "company",
            data.company,
            spec.company[0],
            min_size=spec.company[1],
            max_lines=2,
            anchor="middle",
            color=GREY,
        )
    sheet.gap(2 * mm)
    sheet.rule(sheet.cursor, width=0.4, color=GREY)
    sheet.gap(1.8 * mm)


def _rows(sheet: Sheet, spec: _Spec, data: SlipData, lang: str) -> None:
    rows = []
    if data.room:
        rows.append(("room", label(lang, "room"), data.room))
    if data.host_name:
        rows.append(("host", label(lang, "host"), data.host_name))
    rows.append(("purpose", label(lang, "purpose"), purpose_label(lang, data.purpose)))
    local = data.check_in_at.astimezone()
    rows.append(("checked_in", label(lang, "checked_in"), local.strftime("%Y-%m-%d %H:%M")))
    label_w = max(text_width(text, spec.row_label) for _, text, _ in rows) + 2 * mm
    value_x = sheet.margin + label_w
    value_w = sheet.width - sheet.margin - value_x
    for name, text, value in rows:
        top = sheet.cursor
        value_box = sheet.text(
            name,
            value,
            spec.row[0],
            min_size=spec.row[1],
            max_lines=2,
            x=value_x,
            width=value_w,
            advance=False,
        )
        # The label sits on the first line of the value, aligned by its centre.
        first_line = (
            spec.row[0] * 1.2 if value_box.height > spec.row[0] * 1.3 else (value_box.height)
        )
        sheet.text(
            f"{name}_label",
            text,
            spec.row_label,
            top=top - (first_line - spec.row_label * 1.2) / 2,
            color=GREY,
            advance=False,
        )
        sheet.cursor = value_box.y - 0.8 * mm


def _bottom_code(sheet: Sheet, spec: _Spec, data: SlipData, lang: str) -> None:
    """QR bottom left, the code in big type beside it (fixed-height formats)."""
    side = spec.barcode_size
    bottom = sheet.margin
    if spec.footer:
        footer = sheet.text(
            "footer",
            label(lang, "slip_footer"),
            spec.row_label,
            min_size=spec.row_label - 1,
            anchor="middle",
            color=GREY,
            top=bottom + spec.row_label * 1.2,
            advance=False,
        )
        bottom = footer.top + 2 * mm
    sheet.qr("barcode", data.code, sheet.margin, bottom + side, side)
    text_x = sheet.margin + side + 3 * mm
    width = sheet.width - sheet.margin - text_x
    middle = bottom + side / 2
    sheet.text(
        "code_label",
        label(lang, "code"),
        spec.row_label,
        x=text_x,
        width=width,
        top=middle + spec.code * 0.6 + spec.row_label * 1.3,
        color=GREY,
        advance=False,
    )
    sheet.text(
        "code",
        data.code,
        spec.code,
        min_size=_whole_code_size(data.code, spec.code * 0.6, width),
        x=text_x,
        width=width,
        top=middle + spec.code * 0.6,
        advance=False,
    )
    sheet.boxes["content_floor"] = Box(sheet.margin, bottom + side, sheet.inner_width, 0)


def _whole_code_size(code: str, smallest: float, width: float) -> float:
    """The smallest type size the code may shrink to: ``smallest``, or less when even that
    is too wide (a long code of wide letters on a narrow label). The kiosk needs every
    character, so the code is never cut with an ellipsis."""
    needed = smallest * width / text_width(code, smallest)
    return smallest if needed >= smallest else math.floor(needed * 2) / 2


def _receipt_code(sheet: Sheet, spec: _Spec, data: SlipData, lang: str) -> None:
    sheet.gap(2 * mm)
    sheet.code128(
        "barcode", data.code, sheet.margin, sheet.cursor, sheet.inner_width, spec.barcode_size
    )
    sheet.cursor -= spec.barcode_size + 1 * mm
    smallest = _whole_code_size(data.code, spec.code, sheet.inner_width)
    sheet.text("code", data.code, spec.code, min_size=smallest, anchor="middle")
    sheet.gap(2 * mm)
    sheet.text(
        "footer",
        label(lang, "slip_footer"),
        spec.row_label,
        max_lines=2,
        min_size=spec.row_label,
        anchor="middle",
        color=GREY,
    )


def _cut(sheet: Sheet, spec: _Spec) -> Layout:
    """Cut a receipt to its content: a whole number of points, the margin below."""
    height = float(int(sheet.height - sheet.cursor + spec.margin) + 1)
    shift = height - sheet.height
    drawing = Drawing(sheet.width, height)
    group = Group(*sheet.drawing.contents)
    group.translate(0, shift)
    drawing.add(group)
    boxes = {k: Box(b.x, b.y + shift, b.width, b.height) for k, b in sheet.boxes.items()}
    return Layout(drawing, (sheet.width, height), boxes, sheet.barcode_values)
