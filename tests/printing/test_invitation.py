"""The invitation: read back from the PDF (text, page size, fonts, both barcodes) and SVG."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from receptionist.domain.enums import Purpose
from receptionist.printing.data import INVITATION_FORMATS, InvitationData
from receptionist.printing.documents import build_invitation
from receptionist.printing.invitation import layout_invitation
from receptionist.printing.labels import long_date

from .conftest import LONG_COMPANY_ZH, fonts, page_size, pdf_text, raw_text, write

SHANGHAI = timezone(timedelta(hours=8))
PAGE_WIDTH = {"a6": 297.64, "receipt80": 226.77}
HINT = {
    "en": "Scan or type this code at the kiosk in the lobby, or show it at the front desk",
    "zh_CN": "请在大堂自助机扫描或输入此邀请码，或出示给前台",
}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def invitation() -> InvitationData:
    return InvitationData(
        site_name="远景科技 上海总部",
        visitor_name="欧阳娜娜 Nana Ouyang",
        host_name="李明 Li Ming",
        purpose=Purpose.RELATIONSHIP,
        expected_at=datetime(2025, 4, 14, 10, 30, tzinfo=SHANGHAI),
        code="I-7KQM-3XPA",
    )


def decode_symbols(tmp_path, pdf) -> list[tuple[str, str]]:
    """(symbology, value) of every barcode zbarimg finds on the page at 300 dpi."""
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", str(pdf), str(png)], check=True)
    done = subprocess.run(["zbarimg", "-q", f"{png}.png"], capture_output=True, text=True)
    return sorted(tuple(line.split(":", 1)) for line in done.stdout.split())


@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_page_size_in_points(tmp_path, invitation, fmt):
    doc = build_invitation(invitation, fmt, "en")
    width, height = page_size(write(tmp_path, doc.pdf()))
    assert width == pytest.approx(PAGE_WIDTH[fmt], abs=0.01)
    if fmt == "a6":
        assert height == pytest.approx(419.53, abs=0.01)
    else:  # fitted to the content
        assert 250 < height < 600 and height == int(height)
    assert doc.page_size_pt == pytest.approx((width, height), abs=0.01)
    assert (doc.kind, doc.fmt) == ("invitation", fmt)


@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_english_text_reads_back(tmp_path, invitation, fmt):
    text = pdf_text(write(tmp_path, build_invitation(invitation, fmt, "en").pdf()))
    for part in (
        "远景科技上海总部",
        "Invitation",
        "欧阳娜娜NanaOuyang",
        "Date",
        "Monday,14April2025",
        "Time",
        "10:30",
        "Host",
        "李明LiMing",
        "Purpose",
        "Relationshipcare",
        "Invitationcode",
        "I-7KQM-3XPA",
        squash(HINT["en"]),
    ):
        assert part in text, part


@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_chinese_text_reads_back(tmp_path, invitation, fmt):
    text = pdf_text(write(tmp_path, build_invitation(invitation, fmt, "zh_CN").pdf()))
    for part in (
        "远景科技上海总部",
        "来访邀请",
        "欧阳娜娜NanaOuyang",
        "日期",
        "2025年4月14日星期一",
        "时间",
        "10:30",
        "接待人",
        "李明LiMing",
        "来访事由",
        "关系维护接待",
        "邀请码",
        "I-7KQM-3XPA",
        HINT["zh_CN"],
    ):
        assert part in text, part
    assert "Invitation" not in text


def test_the_time_is_printed_as_given(tmp_path, invitation):
    """The service passes local time; printing does not move it to another zone."""
    data = dataclasses.replace(invitation, expected_at=datetime(2025, 4, 14, 23, 45, tzinfo=UTC))
    text = pdf_text(write(tmp_path, build_invitation(data, "a6", "en").pdf()))
    assert "23:45" in text and "Monday,14April2025" in text


def test_no_host_leaves_out_the_host_row(tmp_path, invitation):
    data = dataclasses.replace(invitation, host_name="")
    text = pdf_text(write(tmp_path, build_invitation(data, "a6", "en").pdf()))
    assert "Host" not in text and "Purpose" in text


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_both_barcodes_decode_to_the_code(tmp_path, invitation, fmt, lang):
    layout = layout_invitation(invitation, fmt, lang)
    assert layout.barcode_values == {"qr": "I-7KQM-3XPA", "barcode": "I-7KQM-3XPA"}
    pdf = write(tmp_path, build_invitation(invitation, fmt, lang).pdf())
    assert decode_symbols(tmp_path, pdf) == [
        ("CODE-128", "I-7KQM-3XPA"),
        ("QR-Code", "I-7KQM-3XPA"),
    ]


@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_fonts_embedded(tmp_path, invitation, fmt):
    rows = fonts(write(tmp_path, build_invitation(invitation, fmt, "zh_CN").pdf()))
    assert rows and all(row["emb"] == "yes" for row in rows), rows


def test_no_field_for_confidential_data(tmp_path, invitation):
    fields = {f.name for f in dataclasses.fields(InvitationData)}
    assert fields == {
        "site_name",
        "visitor_name",
        "host_name",
        "purpose",
        "expected_at",
        "code",
        "logo_png",
    }
    for fmt in INVITATION_FORMATS:
        for lang in ("en", "zh_CN"):
            pdf = write(tmp_path, build_invitation(invitation, fmt, lang).pdf())
            text = pdf_text(pdf)
            for word in (
                "prospect",
                "VIP",
                "problem",
                "潜在客户",
                "VIP客户",
                "问题客户",
                "Phone",
                "电话",
                "Note",
                "备注",
                "Tier",
                "等级",
            ):
                assert word.lower() not in text.lower(), (fmt, lang, word)
            assert not re.search(r"\d{7,}", raw_text(pdf)), (fmt, lang)


WORST = {
    "visitor_name": "Maximiliana Alexandrovna Konstantinopolskaya-Wolfeschlegelsteinhausen "
    "von Hohenzollern-Sigmaringen",
    "host_name": "欧阳明月 Ouyang Mingyue, Senior Account Manager, Key Accounts East China",
    "site_name": "Harbourview Grand Hotel & Conference Centre, Tower B 北楼 Reception "
    + LONG_COMPANY_ZH,
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_long_text_stays_on_the_page(tmp_path, invitation, fmt, lang, logo_png):
    data = dataclasses.replace(invitation, logo_png=logo_png, **WORST)
    layout = layout_invitation(data, fmt, lang)
    width, height = layout.page_size
    for name, box in layout.boxes.items():
        assert box.inside(width, height), (name, box)
    floor = layout.boxes.get("content_floor")
    if floor is not None:  # the flowing text ends above the code block
        for name in ("visitor_name", "date", "time", "host", "purpose"):
            assert layout.boxes[name].y >= floor.y, name
    assert layout.boxes["code"].y >= max(layout.boxes["qr"].top, layout.boxes["barcode"].top)
    text = pdf_text(write(tmp_path, build_invitation(data, fmt, lang).pdf()))
    assert "…" in text and "Maximiliana" in text and "I-7KQM-3XPA" in text


@pytest.mark.parametrize("fmt", INVITATION_FORMATS)
def test_the_code_is_the_largest_text_after_the_name(invitation, fmt):
    boxes = layout_invitation(invitation, fmt, "en").boxes
    code_height = boxes["code"].height
    assert code_height >= boxes["visitor_name"].height
    for name in ("title", "site", "date", "time", "host", "purpose", "hint"):
        assert code_height > boxes[name].height, name


def test_hint_lines_are_even(invitation):
    """Two lines of about the same length, not a lone word on the second."""
    hint = layout_invitation(invitation, "a6", "en").boxes["hint"]
    assert hint.height > 15  # two lines at about 9.5 pt
    doc = build_invitation(invitation, "a6", "en")
    root = ET.fromstring(doc.pages_svg[0].encode("utf-8"))
    lines = [
        el.text
        for el in root.iter("{http://www.w3.org/2000/svg}text")
        if el.text and (el.text.startswith("Scan") or el.text.endswith("desk."))
    ]
    assert len(lines) == 2 and abs(len(lines[0]) - len(lines[1])) < 12, lines


def test_logo_is_drawn_when_set(invitation, logo_png):
    assert "logo" not in layout_invitation(invitation, "a6", "en").boxes
    data = dataclasses.replace(invitation, logo_png=logo_png)
    boxes = layout_invitation(data, "a6", "en").boxes
    assert boxes["logo"].right < boxes["title"].x


def test_long_date_names_the_weekday():
    assert long_date("en", date(2025, 4, 14)) == "Monday, 14 April 2025"
    assert long_date("zh_CN", date(2025, 4, 20)) == "2025年4月20日 星期日"
    assert long_date("fr", date(2025, 12, 31)) == "Wednesday, 31 December 2025"


def test_svg_page_has_the_page_size_and_code(invitation):
    doc = build_invitation(invitation, "a6", "zh_CN")
    root = ET.fromstring(doc.pages_svg[0].encode("utf-8"))
    width, height = doc.page_size_pt
    assert float(root.get("width")) == pytest.approx(width, abs=0.01)
    assert float(root.get("height")) == pytest.approx(height, abs=0.01)
    texts = "".join(el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "来访邀请" in texts and "I-7KQM-3XPA" in texts


def test_deterministic_pdf(invitation):
    assert build_invitation(invitation, "a6").pdf() == build_invitation(invitation, "a6").pdf()


def test_unknown_format_is_a_value_error(invitation):
    with pytest.raises(ValueError):
        build_invitation(invitation, "label62")
