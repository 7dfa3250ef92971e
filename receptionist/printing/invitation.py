"""The invitation (来访邀请): what a planned visitor receives, printed or as a PDF.

``a6`` — an A6 card for office printers (or a PDF sent ahead); ``receipt80`` — an 80 mm
continuous receipt cut to the content. It shows the site, the visitor's name, when they
are expected, their host and the purpose, and the invitation code three ways: large type
(read aloud over the phone), Code 128 and QR (kiosk scanners are keyboard-wedge readers of
either kind), with one line saying what to do with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm

from .data import INVITATION_FORMATS, InvitationData
from .fonts import text_width
from .labels import label, long_date, purpose_label
from .layout import Box, FittedText, Layout, Sheet, fit_text, wrap

GREY = colors.Color(0.4, 0.4, 0.4)
_TALL = 4000.0  # a receipt is measured on a tall sheet, then laid out on its own length


@dataclass(frozen=True)
class _Spec:
    width: float
    height: float | None  # None: fitted to the content (continuous paper)
    margin: float
    logo: tuple[float, float]  # the logo's box, width × height
    site: float
    title: float
    name: tuple[float, float]  # size, minimum size
    row_label: float
    row: tuple[float, float]
    code: float
    qr: float  # QR side
    bar_height: float  # Code 128 bar height
    hint: float


_SPECS = {
    "a6": _Spec(
        105 * mm,
        148 * mm,
        7 * mm,
        (24 * mm, 12 * mm),
        10,
        20,
        (24, 14),
        9,
        (13, 9.5),
        34,
        30 * mm,
        18 * mm,
        10,
    ),
    "receipt80": _Spec(
        80 * mm,
        None,
        4 * mm,
        (24 * mm, 12 * mm),
        9,
        17,
        (22, 13),
        8,
        (11, 8.5),
        26,
        30 * mm,
        13 * mm,
        9,
    ),
}


def layout_invitation(data: InvitationData, fmt: str = "a6", lang: str = "en") -> Layout:
    """Lay out an invitation. Unknown format: ValueError."""
    if fmt not in INVITATION_FORMATS:
        raise ValueError(f"unknown invitation format {fmt!r}; expected one of {INVITATION_FORMATS}")
    spec = _SPECS[fmt]
    if spec.height is not None:
        sheet = _laid_out(Sheet(spec.width, spec.height, spec.margin), spec, data, lang)
    else:
        tall = _laid_out(Sheet(spec.width, _TALL, spec.margin), spec, data, lang)
        height = float(int(_TALL - tall.cursor + spec.margin) + 1)  # whole points
        sheet = _laid_out(Sheet(spec.width, height, spec.margin), spec, data, lang)
    return Layout(sheet.drawing, (sheet.width, sheet.height), sheet.boxes, sheet.barcode_values)


def _laid_out(sheet: Sheet, spec: _Spec, data: InvitationData, lang: str) -> Sheet:
    _header(sheet, spec, data, lang)
    _visitor(sheet, spec, data)
    _rows(sheet, spec, data, lang)
    if spec.height is None:
        _receipt_code(sheet, spec, data, lang)
    else:
        _bottom_code(sheet, spec, data, lang)
    return sheet


def _header(sheet: Sheet, spec: _Spec, data: InvitationData, lang: str) -> None:
    """The logo on the left; the site name and "Invitation" beside it; a rule below."""
    top = sheet.cursor
    x = sheet.margin
    logo = sheet.logo("logo", data.logo_png, x, top, *spec.logo) if data.logo_png else None
    if logo is not None:
        x = logo.right + 3 * mm
    width = sheet.width - sheet.margin - x
    title_top = top
    if data.site_name:
        site = sheet.text(
            "site",
            data.site_name,
            spec.site,
            min_size=spec.site - 2,
            max_lines=2,
            x=x,
            width=width,
            color=GREY,
            advance=False,
        )
        title_top = site.y - 0.5 * mm
    title = sheet.text(
        "title",
        label(lang, "invitation_title"),
        spec.title,
        min_size=spec.title * 0.6,
        x=x,
        width=width,
        top=title_top,
        advance=False,
    )
    sheet.cursor = min(title.y, logo.y if logo else title.y) - 2 * mm
    sheet.rule(sheet.cursor, width=0.8)
    sheet.gap(4 * mm)


def _visitor(sheet: Sheet, spec: _Spec, data: InvitationData) -> None:
    sheet.text(
        "visitor_name",
        data.visitor_name,
        spec.name[0],
        min_size=spec.name[1],
        max_lines=2,
        anchor="middle",
    )
    sheet.gap(3.5 * mm)


def _rows(sheet: Sheet, spec: _Spec, data: InvitationData, lang: str) -> None:
    """Date, time, host and purpose: the label on the left, grey; the value beside it."""
    rows = [
        ("date", label(lang, "date"), long_date(lang, data.expected_at.date())),
        ("time", label(lang, "time"), data.expected_at.strftime("%H:%M")),
    ]
    if data.host_name:
        rows.append(("host", label(lang, "host"), data.host_name))
    rows.append(("purpose", label(lang, "purpose"), purpose_label(lang, data.purpose)))
    value_x = sheet.margin + max(text_width(text, spec.row_label) for _, text, _ in rows) + (3 * mm)
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
        first = spec.row[0] * 1.2 if value_box.height > spec.row[0] * 1.3 else (value_box.height)
        sheet.text(
            f"{name}_label",
            text,
            spec.row_label,
            top=top - (first - spec.row_label * 1.2) / 2,
            color=GREY,
            advance=False,
        )
        sheet.cursor = value_box.y - 1.2 * mm
    sheet.gap(1.5 * mm)
    sheet.rule(sheet.cursor, width=0.4, color=GREY)


def _code_text(sheet: Sheet, spec: _Spec, data: InvitationData, lang: str, top: float) -> Box:
    """ "Invitation code" and, below it, the code in large type, centred from ``top``."""
    caption = sheet.text(
        "code_label",
        label(lang, "invite_code"),
        spec.row_label,
        anchor="middle",
        color=GREY,
        top=top,
        advance=False,
    )
    return sheet.text(
        "code",
        data.code,
        spec.code,
        min_size=spec.code * 0.6,
        anchor="middle",
        top=caption.y - 0.5 * mm,
        advance=False,
    )


def _bottom_code(sheet: Sheet, spec: _Spec, data: InvitationData, lang: str) -> None:
    """At the foot of a card: the hint at the bottom; above it the QR (left) and the
    Code 128 (right); above them the code in large type."""
    bottom = _hint(sheet, spec, lang).top + 3.5 * mm
    qr = sheet.qr("qr", data.code, sheet.margin, bottom + spec.qr, spec.qr)
    bar_x = qr.right + 3 * mm
    sheet.code128(
        "barcode",
        data.code,
        bar_x,
        bottom + (spec.qr + spec.bar_height) / 2,
        sheet.width - sheet.margin - bar_x,
        spec.bar_height,
    )
    code_height = spec.code * 1.2 + 0.5 * mm + spec.row_label * 1.2
    code_top = qr.top + 4 * mm + code_height
    _code_text(sheet, spec, data, lang, code_top)
    sheet.boxes["content_floor"] = Box(sheet.margin, code_top, sheet.inner_width, 0)


def _hint(sheet: Sheet, spec: _Spec, lang: str, top: float | None = None) -> Box:
    """What to do with the code, in at most two even lines from ``top`` (default: on the
    bottom margin)."""
    fitted = _balanced(label(lang, "invite_hint"), sheet.inner_width, spec.hint, spec.hint - 1.5, 2)
    top = sheet.margin + fitted.height if top is None else top
    box = sheet.draw_fitted(fitted, sheet.margin, top, sheet.inner_width, anchor="middle")
    sheet.boxes["hint"] = box
    return box


def _balanced(text: str, width: float, size: float, min_size: float, max_lines: int) -> FittedText:
    """``fit_text``, with wrapped lines of even length: the narrowest width that needs no
    more lines (no single word left alone on the last line)."""
    fitted = fit_text(text, width, size, min_size, max_lines)
    if len(fitted.lines) < 2 or fitted.lines[-1].endswith("…"):
        return fitted
    lines = list(fitted.lines)
    narrower = width - 1
    while narrower > 0 and len(trial := wrap(text, narrower, fitted.size)) == len(lines):
        lines = trial
        narrower -= 1
    return FittedText(tuple(lines), fitted.size)


def _receipt_code(sheet: Sheet, spec: _Spec, data: InvitationData, lang: str) -> None:
    """On a receipt everything flows down: the code, Code 128, QR, the hint."""
    sheet.gap(3 * mm)
    sheet.cursor = _code_text(sheet, spec, data, lang, sheet.cursor).y - 2 * mm
    sheet.code128(
        "barcode", data.code, sheet.margin, sheet.cursor, sheet.inner_width, spec.bar_height
    )
    sheet.gap(spec.bar_height + 4 * mm)
    sheet.qr("qr", data.code, (sheet.width - spec.qr) / 2, sheet.cursor, spec.qr)
    sheet.gap(spec.qr + 4 * mm)
    sheet.cursor = _hint(sheet, spec, lang, top=sheet.cursor).y
