"""The bundled CJK font: shipped with the package, registered once, embedded as a subset."""

from __future__ import annotations

import tomllib
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from receptionist.printing.documents import FONT_FAMILY, build_card, font_path
from receptionist.printing.fonts import register_font

from .conftest import fonts, pdf_text, write

ROOT = Path(__file__).resolve().parents[2]


def test_font_file_and_licence_are_bundled():
    path = font_path()
    assert path.is_file() and path.suffix == ".ttc"
    assert path.read_bytes()[:4] == b"ttcf"
    assert path.parent == ROOT / "receptionist" / "resources" / "fonts"
    licence = (path.parent / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "GPL" in licence


def test_package_data_ships_the_font():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "resources/fonts/*" in config["tool"]["setuptools"]["package-data"]["receptionist"]


def test_family_name_is_the_one_qt_reports():
    assert FONT_FAMILY == "WenQuanYi Micro Hei"
    assert register_font() == FONT_FAMILY
    assert register_font() == FONT_FAMILY  # idempotent
    assert FONT_FAMILY in pdfmetrics.getRegisteredFontNames()
    # The proportional face (subfontIndex 0), not the Mono one: "i" is narrower than "W".
    assert pdfmetrics.stringWidth("i", FONT_FAMILY, 10) < pdfmetrics.stringWidth(
        "W", FONT_FAMILY, 10
    )


def test_only_the_bundled_font_embedded_as_a_subset(tmp_path, zh_card):
    pdf = write(tmp_path, build_card(zh_card, "a6", "zh_CN").pdf())
    rows = fonts(pdf)
    assert [row["emb"] for row in rows] == ["yes"] * len(rows)
    assert all("WenQuanYiMicroHei" in row["name"] for row in rows), rows
    assert all("+" in row["name"] for row in rows), "expected a subset (XXXXXX+Name)"
    assert len(pdf.read_bytes()) < 200_000  # a subset, not the 5 MB font
    assert "反馈意见卡" in pdf_text(pdf)


def test_font_in_svg_is_the_qt_family(zh_card):
    svg = build_card(zh_card, "a6", "zh_CN").pages_svg[0]
    assert f"font-family: {FONT_FAMILY}" in svg
