"""The visit slip: read back from the PDF (text, page size, fonts, barcode) and SVG."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from receptionist.domain.enums import Purpose
from receptionist.printing.data import SLIP_FORMATS, SlipData
from receptionist.printing.documents import PrintedDocument, build_slip
from receptionist.printing.slip import layout_slip

from .conftest import (
    LONG_COMPANY,
    LONG_COMPANY_ZH,
    decode_barcodes,
    fonts,
    page_size,
    pdf_text,
    raw_text,
    write,
)

PAGE_WIDTH = {"label62": 175.75, "receipt80": 226.77, "a6": 297.64}
PAGE_HEIGHT = {"label62": 283.46, "a6": 419.53}
PURPOSE = {"en": "Relationship care", "zh_CN": "关系维护接待"}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_page_size_in_points(tmp_path, en_slip, fmt):
    doc = build_slip(en_slip, fmt, "en")
    width, height = page_size(write(tmp_path, doc.pdf()))
    assert width == pytest.approx(PAGE_WIDTH[fmt], abs=0.01)
    if fmt in PAGE_HEIGHT:
        assert height == pytest.approx(PAGE_HEIGHT[fmt], abs=0.01)
    else:  # fitted to the content: longer than wide, shorter than a metre of paper
        assert 200 < height < 600
    assert doc.page_size_pt == pytest.approx((width, height), abs=0.01)
    assert (doc.kind, doc.fmt) == ("slip", fmt)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_text_reads_back(tmp_path, zh_slip, en_slip, fmt, lang):
    for data in (en_slip, zh_slip):
        data = dataclasses.replace(data, purpose=Purpose.RELATIONSHIP)
        text = pdf_text(write(tmp_path, build_slip(data, fmt, lang).pdf()))
        for part in (
            data.visitor_name,
            data.company,
            data.host_name,
            data.code,
            PURPOSE[lang],
            data.site_name,
            "2025-04-12",
        ):
            assert squash(part) in text, (fmt, lang, part)


def test_purpose_labels_translated(tmp_path, en_slip):
    expected = {
        Purpose.SALES: ("Sales", "销售接待"),
        Purpose.AFTER_SALES: ("After-sales", "售后接待"),
        Purpose.COMPLAINT: ("Complaint", "投诉接待"),
        Purpose.RELATIONSHIP: ("Relationship care", "关系维护接待"),
    }
    for purpose, (en, zh) in expected.items():
        data = dataclasses.replace(en_slip, purpose=purpose)
        assert squash(en) in pdf_text(write(tmp_path, build_slip(data, "a6", "en").pdf()))
        assert zh in pdf_text(write(tmp_path, build_slip(data, "a6", "zh_CN").pdf()))


def test_hotel_mode_prints_guest_and_room(tmp_path, en_slip):
    data = dataclasses.replace(en_slip, hotel_mode=True, room="1208")
    text = pdf_text(write(tmp_path, build_slip(data, "label62", "en").pdf()))
    assert "GUEST" in text and "Room" in text and "1208" in text
    text = pdf_text(write(tmp_path, build_slip(data, "label62", "zh_CN").pdf()))
    assert "宾客" in text and "房间" in text and "1208" in text
    plain = pdf_text(write(tmp_path, build_slip(en_slip, "label62", "en").pdf()))
    assert "VISITOR" in plain and "Room" not in plain


@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_fonts_embedded(tmp_path, zh_slip, fmt):
    rows = fonts(write(tmp_path, build_slip(zh_slip, fmt, "zh_CN").pdf()))
    assert rows, "no fonts listed"
    assert all(row["emb"] == "yes" for row in rows), rows


@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_barcode_encodes_the_code(tmp_path, zh_slip, fmt):
    layout = layout_slip(zh_slip, fmt, "zh_CN")
    assert layout.barcode_values == {"barcode": "V-0412-0007-XH4N2"}
    decoded = decode_barcodes(tmp_path, write(tmp_path, build_slip(zh_slip, fmt).pdf()))
    if decoded is not None:
        assert decoded == ["V-0412-0007-XH4N2"]  # one scan gives the kiosk the whole code


WORST = {
    "visitor_name": "Maximiliana Alexandrovna Konstantinopolskaya-Wolfeschlegelsteinhausen",
    "company": LONG_COMPANY_ZH + LONG_COMPANY,
    "host_name": "欧阳明月 Ouyang Mingyue, Senior Account Manager, Key Accounts East China",
    "site_name": "Harbourview Grand Hotel & Conference Centre, Tower B 北楼 Reception",
    "room": "1208-1210 Executive Suite",
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_long_text_stays_on_the_page(tmp_path, en_slip, fmt, lang, logo_png):
    data = dataclasses.replace(en_slip, hotel_mode=True, logo_png=logo_png, **WORST)
    layout = layout_slip(data, fmt, lang)
    width, height = layout.page_size
    for name, box in layout.boxes.items():
        assert box.inside(width, height), (name, box)
        assert box.width <= width - 2 * 8.5 + 0.01 or name == "band", (name, box)
    floor = layout.boxes.get("content_floor")
    if floor is not None:  # the flowing text ends above the barcode block
        for name in ("visitor_name", "company", "room", "host", "purpose", "checked_in"):
            assert layout.boxes[name].y >= floor.y, name
    text = pdf_text(write(tmp_path, build_slip(data, fmt, lang).pdf()))
    assert "…" in text  # the company was cut, not spilled
    assert squash(LONG_COMPANY_ZH[:20]) in text


def test_cjk_wraps_per_character(en_slip):
    data = dataclasses.replace(en_slip, company=LONG_COMPANY_ZH)
    layout = layout_slip(data, "receipt80", "zh_CN")
    assert layout.boxes["company"].height > 1.5 * 9  # two lines


def test_deterministic_pdf(zh_slip):
    assert build_slip(zh_slip, "label62").pdf() == build_slip(zh_slip, "label62").pdf()


def test_pdf_is_cached(zh_slip):
    doc = build_slip(zh_slip, "a6", "zh_CN")
    assert doc.pdf() is doc.pdf()


@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_svg_page_has_the_page_size(zh_slip, fmt):
    doc = build_slip(zh_slip, fmt, "zh_CN")
    assert isinstance(doc, PrintedDocument) and len(doc.pages_svg) == 1
    root = ET.fromstring(doc.pages_svg[0].encode("utf-8"))
    width, height = doc.page_size_pt
    assert float(root.get("width")) == pytest.approx(width, abs=0.01)
    assert float(root.get("height")) == pytest.approx(height, abs=0.01)
    box = [float(v) for v in root.get("viewBox").split()]
    assert box == pytest.approx([0, 0, width, height], abs=0.01)
    texts = "".join(el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "欧阳娜娜" in texts and "V-0412-0007-XH4N2" in texts


def test_unknown_format_is_a_value_error(zh_slip):
    with pytest.raises(ValueError):
        build_slip(zh_slip, "a4")


def test_discretion_no_category_or_phone(tmp_path):
    data = SlipData(
        site_name="Desk",
        visitor_name="Wang Fang",
        company="ACME",
        host_name="Li",
        purpose=Purpose.COMPLAINT,
        check_in_at=datetime(2025, 4, 12, 1, 35, tzinfo=UTC),
        code="V-0412-0001",
    )
    fields = {f.name for f in dataclasses.fields(SlipData)}
    assert not fields & {"category", "phone", "notes", "note", "tier", "stars"}
    for fmt in SLIP_FORMATS:
        for lang in ("en", "zh_CN"):
            text = pdf_text(write(tmp_path, build_slip(data, fmt, lang).pdf()))
            for word in ("prospect", "VIP", "problem", "潜在客户", "VIP客户", "问题客户"):
                assert word.lower() not in text.lower(), (fmt, lang, word)
            raw = raw_text(write(tmp_path, build_slip(data, fmt, lang).pdf()))
            assert not re.search(r"\d{7,}", raw), (fmt, lang)  # no phone number


@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_svg_renders_in_qt(qapp, zh_slip, fmt):
    """Qt prints the SVG pages: white paper, black band, nothing clipped to black."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    doc = build_slip(zh_slip, fmt, "zh_CN")
    renderer = QSvgRenderer(QByteArray(doc.pages_svg[0].encode("utf-8")))
    assert renderer.isValid()
    width, height = doc.page_size_pt
    assert renderer.viewBoxF().width() == pytest.approx(width, abs=0.01)
    assert renderer.viewBoxF().height() == pytest.approx(height, abs=0.01)
    scale = 2  # pixels per point
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    assert image.pixelColor(2, 2).name() == "#ffffff"  # the margin stays paper-white
    band = layout_slip(zh_slip, fmt, "zh_CN").boxes["band"]
    x, y = (band.x + 2) * scale, (height - band.top + 2) * scale  # the band's top left
    assert image.pixelColor(round(x), round(y)).name() == "#000000"


@pytest.mark.parametrize("fmt", SLIP_FORMATS)
def test_the_widest_long_code_is_printed_whole(tmp_path, en_slip, fmt):
    """The kiosk requires every character of the long code: a code of the widest check
    letters shrinks to fit a 62 mm label, never ends in an ellipsis."""
    for code in ("V-1228-9999-WWWWW", "V-1228-999999-MWMWM"):
        data = dataclasses.replace(en_slip, code=code)
        text = pdf_text(write(tmp_path, build_slip(data, fmt, "en").pdf()))
        assert code in text and "…" not in text, (fmt, code)
