"""The dashboard's printed report on the hand-computed dataset (tests/reports_data.py), read
back with poppler: the site's name, the period and "Page n of N" on every page, the
figures, Chinese, the font embedded; its charts tell series apart without colour; only
REPORTS roles may print it."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import date

import pytest

from receptionist.domain.enums import SiteKind
from receptionist.domain.errors import Refused
from receptionist.domain.reports import custom_period
from receptionist.printing.dashboard_report import layout_dashboard
from receptionist.printing.report_charts import PrintChart, PrintSeries, chart
from receptionist.services import clock, settings
from receptionist.services.report_print import dashboard_document
from receptionist.services.reports import dashboard
from receptionist.store.connection import transaction
from tests import reports_data

MARCH = custom_period(date(2026, 3, 1), date(2026, 3, 31))
SITE = "Harbourview Sales Centre 海景销售中心"
poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@pytest.fixture
def shanghai(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data(db, shanghai):
    day, hour = reports_data.NOW
    now = reports_data.at(day, hour)
    clock.set_clock(lambda: now)
    with transaction():
        settings.put_site(SITE, SiteKind.OFFICE)
    yield reports_data.build()
    clock.set_clock(None)


def pages_text(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in out.split("\f") if page.strip()]


@poppler
def test_every_page_names_the_site_the_period_and_its_number(data, tmp_path):
    board = dashboard(data.manager.id, MARCH)
    pages = pages_text(dashboard_document(data.manager.id, board, "en").pdf(), tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert SITE in page
        assert "2026-03-01 – 2026-03-31" in page
        assert f"Page {number} of {len(pages)}" in page
    text = "\n".join(pages)
    assert "Visits: 6. Same period last year: 2. Change: +200 %." in text
    assert "Recommend score (NPS): 25" in text
    assert "Opened: 3. Closed: 2. Overdue now: 1." in text
    assert "Of 2 prospects whose first visit is in the period, 1 bought within 90 days" in text


@poppler
def test_the_report_in_chinese_with_the_font_embedded(data, tmp_path):
    board = dashboard(data.manager.id, MARCH)
    pdf = dashboard_document(data.manager.id, board, "zh_CN").pdf()
    pages = pages_text(pdf, tmp_path)
    for number, page in enumerate(pages, start=1):
        assert "海景销售中心" in page
        assert f"第 {number} 页，共 {len(pages)} 页" in page
    text = "\n".join(pages)
    assert "经营看板" in text and "接待 6 次" in text and "销售接待" in text
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "report.pdf")], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # emb column


def test_an_empty_period_prints_its_no_data_sentences(data, tmp_path):
    board = dashboard(data.manager.id, custom_period(date(2020, 1, 1), date(2020, 1, 31)))
    drawings, styles = layout_dashboard(board.to_json(), SITE, "en")
    assert drawings
    assert not any(s.startswith("bar:0.3:") for s in styles[:1]) or styles  # drawn or not
    texts = [node.text for d in drawings for node in d.getContents() if hasattr(node, "text")]
    assert "Visits: 0. Same period last year: 0. Change: –." in " ".join(texts)


def test_series_differ_without_colour(data):
    board = dashboard(data.manager.id, MARCH)
    _drawings, styles = layout_dashboard(board.to_json(), SITE, "en")
    purposes = styles[:4]  # the first chart: visits by purpose, then last year's line
    assert len(set(purposes)) == 4 and all(s.startswith("bar:") for s in purposes)
    assert {s.split(":")[2] for s in purposes} == {"", "/", "-", "x"}  # solid and 3 hatchings
    assert styles[4].startswith("line:")


def test_a_chart_of_many_series_draws_each_its_own_way():
    spec = PrintChart(
        ("a", "b"),
        tuple(PrintSeries(f"s{i}", (1, 2)) for i in range(6)),
        tuple(PrintSeries(f"l{i}", (1, 2)) for i in range(3)),
    )
    _group, styles = chart(spec, 0, 0, 400, 150, "none")
    assert len(styles) == 9 and len(set(styles)) == 9


def test_only_reports_roles_print_it(data):
    board = dashboard(data.manager.id, MARCH)
    with pytest.raises(Refused):
        dashboard_document(data.desk.id, board, "en")
