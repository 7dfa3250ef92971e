"""The evacuation list on A4 (printing.evacuation): read back with pdftotext in both
languages — title, site, count, every name once, grouped by host in the list's order —
page numbers "n of N" on a long list, a host's heading never alone at a page's foot,
nothing off the page, the font embedded, and no colour (it is photocopied)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image, ImageChops

from receptionist.domain.enums import Station
from receptionist.printing.documents import build_evacuation
from receptionist.printing.evacuation import FOOTER, layout_evacuation
from receptionist.printing.evacuation_data import EvacuationList, Evacuee

from .conftest import fonts, page_size, pdf_text, raw_text, run, write

MADE = datetime(2024, 11, 22, 6, 0, tzinfo=UTC)


def person(n: int, name: str, host: tuple[int | None, str], party: int = 1, **kw) -> Evacuee:
    return Evacuee(
        visit_id=n,
        code=f"V-1122-{n:04d}",
        name=name,
        company=kw.get("company", ""),
        host_id=host[0],
        host_name=host[1],
        since=MADE - timedelta(minutes=30 + n),
        station=kw.get("station", Station.DESK),
        station_name=kw.get("station_name", ""),
        party_size=party,
    )


ANNA, LI, NONE = (1, "Anna Berg"), (2, "李经理"), (None, "")


@pytest.fixture
def small() -> EvacuationList:
    return EvacuationList(
        "Star Motors 星辰",
        MADE,
        (
            person(1, "Bea Adams", ANNA, 2, company="Acme Trading", station_name="Front desk A"),
            person(2, "Zed Young", ANNA),
            person(3, "张三", LI, 3, company="华为技术有限公司", station=Station.KIOSK),
            person(4, "Aaron Walker", NONE),
        ),
    )


def test_english_reads_back_grouped_by_host_with_the_count(tmp_path, small):
    path = write(tmp_path, build_evacuation(small, "en").pdf())
    assert page_size(path) == pytest.approx((595.28, 841.89), abs=0.1)
    text = raw_text(path)
    for expected in (
        "Evacuation list",
        "Star Motors 星辰",
        "4 visitors · 7 people on site",
        "Acme Trading",
        "华为技术有限公司",
        "Front desk A",
        "Kiosk",
        "Page 1 of 1",
    ):
        assert expected in text
    order = [
        text.index(s)
        for s in (
            "Host: Anna Berg",
            "Bea Adams",
            "Zed Young",
            "Host: 李经理",
            "张三",
            "No host",
            "Aaron Walker",
        )
    ]
    assert order == sorted(order)
    assert "2 visitors, 3 people" in text  # Anna's group


def test_chinese_reads_back_and_the_font_is_embedded(tmp_path, small):
    path = write(tmp_path, build_evacuation(small, "zh_CN").pdf())
    text = pdf_text(path)
    for expected in ("紧急疏散名单", "在场4位访客，共7人", "接待人：李经理", "张三", "无接待人"):
        assert expected in text
    assert "第1页，共1页" in text
    assert [f["emb"] for f in fonts(path)] == ["yes"]


def test_a_long_list_runs_on_numbered_pages_each_name_once(tmp_path):
    hosts = [(h, f"Host {h:02d}") for h in range(1, 7)]
    people = tuple(person(n, f"Guest {n:03d}", hosts[n // 25]) for n in range(150))
    data = EvacuationList("Big site", MADE, people)
    path = write(tmp_path, build_evacuation(data, "en").pdf())
    text = raw_text(path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 5
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Company" in page and "Since" in page  # the columns head every page
    for n in range(150):
        assert len(re.findall(rf"\bGuest {n:03d}\b", text)) == 1
    assert "(continued)" in text  # a host's visitors ran on to the next page


def test_a_host_heading_keeps_a_visitor_and_nothing_leaves_the_page():
    hosts = [(h, f"Host {h}") for h in range(1, 40)]
    # Groups of 1-4 visitors: some heading falls near a page's foot.
    people, n = [], 0
    for index, host in enumerate(hosts):
        for _ in range(index % 4 + 1):
            people.append(person(n, f"Guest {n}", host))
            n += 1
    sheets = layout_evacuation(EvacuationList("Site", MADE, tuple(people)), "en")
    assert len(sheets) > 2
    for sheet in sheets:
        names = [b for key, b in sheet.boxes.items() if key.startswith("name:")]
        for key, box in sheet.boxes.items():
            assert box.inside(sheet.width, sheet.height), key
            if key.startswith("host:"):
                assert any(name.top <= box.y for name in names), key
            if key.startswith(("name:", "box:")):
                assert box.y >= FOOTER, key  # above the page number


def test_nobody_on_site_says_so(tmp_path):
    path = write(tmp_path, build_evacuation(EvacuationList("", MADE, ()), "en").pdf())
    text = raw_text(path)
    assert "Nobody is on site." in text and "0 visitors · 0 people on site" in text


def test_black_and_white_only(tmp_path, small):
    """Grey bands and black text: a page photocopies without losing anything."""
    path = write(tmp_path, build_evacuation(small, "zh_CN").pdf())
    run("pdftoppm", "-png", "-r", "40", "-singlefile", path, tmp_path / "page")
    image = Image.open(tmp_path / "page.png").convert("RGB")
    red, green, blue = image.split()
    for a, b in ((red, green), (green, blue), (red, blue)):
        assert ImageChops.difference(a, b).getextrema()[1] <= 8
