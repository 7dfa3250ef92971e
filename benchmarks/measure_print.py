"""Each printed document through ``services.printing``, as the desk builds it at check-in
(slip) and check-out (card): the visit's data and the layout, then either the PDF bytes (a
file, the preview, a print that fell back to a file) or the SVG page Qt draws on a printer
(``…_printer``). Floor: a bare reportlab page with the same text in the same embedded font.
"""

from __future__ import annotations

import dataclasses
import io
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from receptionist.services import printing

from .bare import Bare
from .common import DESK_ACTOR, measurement, timed

if TYPE_CHECKING:  # imported by the first build, which is timed
    from receptionist.printing.documents import PrintedDocument

TARGET = {"p99_ms": 40.0, "ratio_p50": 8.0}
DOCUMENTS = (
    ("slip", "label62"),
    ("slip", "receipt80"),
    ("slip", "a6"),
    ("card", "a6"),
    ("card", "a5"),
)
_SIZES = {
    "label62": (175.75, 283.46),
    "receipt80": (226.77, 400.0),
    "a6": (297.64, 419.53),
    "a5": (419.53, 595.28),
}


def _bare_pdf(lines: list[str], size: tuple[float, float]) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from receptionist.printing.fonts import register_font

    font = register_font()
    buffer = io.BytesIO()
    # types-reportlab: Canvas's initialFontName (a font's name) is typed as a float.
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1, initialFontName=font)  # type: ignore[arg-type]
    canvas.setFont(font, 10)
    y = size[1] - 20
    for line in lines:
        canvas.drawString(10, y, line)
        y -= 14
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# What is timed, once per item of ``timed`` (the item itself is not used).
def _pdf(document: Callable[[], PrintedDocument], _item: object) -> bytes:
    return document().pdf()


def _svg(document: Callable[[], PrintedDocument], _item: object) -> tuple[str, ...]:
    return document().pages_svg


def _bare(lines: list[str], size: tuple[float, float], _item: object) -> bytes:
    return _bare_pdf(lines, size)


def printed_visit(where: str) -> str:
    """A visit to print: the newest one checked out, with a host."""
    bare = Bare(where, read_only=True)
    try:
        row = bare.one(
            "SELECT code FROM visit WHERE status = 'done' AND host_id IS NOT NULL "
            "ORDER BY id DESC LIMIT 1"
        )
    finally:
        bare.close()
    assert row is not None, "no visit checked out with a host"
    return row[0]


def run(report, code: str, runs: int = 50, lang: str = "zh_CN") -> None:
    """``code``: a visit (checked out, so the card has a date) to print."""
    for kind, fmt in DOCUMENTS:
        build = printing.slip_document if kind == "slip" else printing.card_document
        data = (
            printing.slip_data(DESK_ACTOR, code)
            if kind == "slip"
            else printing.card_data(DESK_ACTOR, code)
        )
        started = time.perf_counter()
        build(DESK_ACTOR, code, fmt, lang).pdf()  # the first one loads fonts and modules
        first = (time.perf_counter() - started) * 1000
        document = partial(build, DESK_ACTOR, code, fmt, lang)
        ours = timed(partial(_pdf, document), range(runs))
        printer = timed(partial(_svg, document), range(runs))
        lines = [
            str(v)
            for v in dataclasses.asdict(data).values()
            if v and not isinstance(v, bytes | bool)
        ]
        floor = timed(partial(_bare, lines, _SIZES[fmt]), range(runs))
        report(measurement("print", f"{kind}_{fmt}", ours, floor, TARGET, first_ms=round(first, 2)))
        report(measurement("print", f"{kind}_{fmt}_printer", printer, floor, TARGET))
