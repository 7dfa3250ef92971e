"""The feedback card: read back from the PDF (text, page size, fonts, barcode) and SVG."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest

from receptionist.printing.card import RATINGS, layout_card
from receptionist.printing.data import CARD_FORMATS
from receptionist.printing.documents import build_card

from .conftest import LONG_COMPANY_ZH, decode_barcodes, fonts, page_size, pdf_text, raw_text, write

PAGE = {"a6": (297.64, 419.53), "a5": (419.53, 595.28)}
LABELS = {
    "en": (
        "Feedback card",
        "Overall satisfaction",
        "Service attitude",
        "Professionalism",
        "Speed",
        "Environment",
        "recommend",
        "Comments",
        "Signature",
        "kept for 2 years",
    ),
    "zh_CN": (
        "反馈意见卡",
        "总体满意度",
        "服务态度",
        "专业程度",
        "办理速度",
        "环境",
        "推荐",
        "意见和建议",
        "签名",
        "保存2年",
    ),
}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_page_size_in_points(tmp_path, en_card, fmt):
    doc = build_card(en_card, fmt, "en")
    assert page_size(write(tmp_path, doc.pdf())) == pytest.approx(PAGE[fmt], abs=0.01)
    assert doc.page_size_pt == pytest.approx(PAGE[fmt], abs=0.01)
    assert (doc.kind, doc.fmt) == ("card", fmt)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_text_reads_back(tmp_path, zh_card, en_card, fmt, lang):
    for data in (zh_card, en_card):
        text = pdf_text(write(tmp_path, build_card(data, fmt, lang).pdf()))
        for part in (data.visitor_name, data.host_name, data.code, "2025-04-12", *LABELS[lang]):
            assert squash(part) in text, (fmt, lang, part)


@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_tick_boxes(fmt, en_card):
    boxes = layout_card(en_card, fmt).boxes
    for key in RATINGS:
        assert [f"{key}_{n}" in boxes for n in range(1, 6)] == [True] * 5
        assert f"{key}_6" not in boxes and f"{key}_0" not in boxes
    assert all(f"recommend_{n}" in boxes for n in range(11))
    assert "recommend_11" not in boxes
    assert boxes["comment_lines"].height >= 2 * 7 * 72 / 25.4 - 0.01  # two lines at least


@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_fonts_embedded(tmp_path, zh_card, fmt):
    rows = fonts(write(tmp_path, build_card(zh_card, fmt, "zh_CN").pdf()))
    assert rows and all(row["emb"] == "yes" for row in rows), rows


@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_barcode_encodes_the_code(tmp_path, zh_card, fmt):
    assert layout_card(zh_card, fmt).barcode_values == {"barcode": "V-0412-0007"}
    decoded = decode_barcodes(tmp_path, write(tmp_path, build_card(zh_card, fmt).pdf()))
    if decoded is not None:
        assert decoded == ["V-0412-0007"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_long_text_stays_on_the_page(en_card, fmt, lang, logo_png):
    data = dataclasses.replace(
        en_card,
        site_name=LONG_COMPANY_ZH,
        visitor_name="Maximiliana Konstantinopolskaya-"
        "Wolfeschlegelsteinhausen 欧阳明月 Ouyang Mingyue",
        host_name=LONG_COMPANY_ZH,
        logo_png=logo_png,
        hotel_mode=True,
    )
    layout = layout_card(data, fmt, lang)
    width, height = layout.page_size
    for name, box in layout.boxes.items():
        assert box.inside(width, height), (name, box)
    floor = layout.boxes["content_floor"].y
    assert layout.boxes["comment_lines"].y >= floor


def test_hotel_mode_says_guest(tmp_path, en_card):
    data = dataclasses.replace(en_card, hotel_mode=True)
    assert "Guest" in pdf_text(write(tmp_path, build_card(data, "a6", "en").pdf()))
    assert "宾客" in pdf_text(write(tmp_path, build_card(data, "a6", "zh_CN").pdf()))


@pytest.mark.parametrize("fmt", CARD_FORMATS)
def test_svg_page_has_the_page_size(zh_card, fmt):
    doc = build_card(zh_card, fmt, "zh_CN")
    root = ET.fromstring(doc.pages_svg[0].encode("utf-8"))
    assert float(root.get("width")) == pytest.approx(PAGE[fmt][0], abs=0.01)
    assert float(root.get("height")) == pytest.approx(PAGE[fmt][1], abs=0.01)
    box = [float(v) for v in root.get("viewBox").split()]
    assert box == pytest.approx([0, 0, *PAGE[fmt]], abs=0.01)


def test_unknown_format_is_a_value_error(zh_card):
    with pytest.raises(ValueError):
        build_card(zh_card, "label62")


def test_deterministic_pdf(zh_card):
    assert build_card(zh_card, "a5", "zh_CN").pdf() == build_card(zh_card, "a5", "zh_CN").pdf()


def test_discretion_no_category_or_phone(tmp_path, zh_card, en_card):
    for data in (zh_card, en_card):
        for fmt in CARD_FORMATS:
            for lang in ("en", "zh_CN"):
                text = pdf_text(write(tmp_path, build_card(data, fmt, lang).pdf()))
                for word in ("prospect", "VIP", "problem", "潜在客户", "VIP客户", "问题客户"):
                    assert word.lower() not in text.lower(), (fmt, lang, word)
                raw = raw_text(write(tmp_path, build_card(data, fmt, lang).pdf()))
                assert not re.search(r"\d{7,}", raw), (fmt, lang)  # no phone number
