"""The lists as PDF reports (issue 15), on both backends: the text read back with
pdftotext page by page (the site, the title, the filters and the column headers on every
page, "Page n of N", Chinese names, money in the site's currency), the row limit refused
before anything is written, a cancel that leaves nothing, and the audit entry."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from receptionist.domain.errors import DeskError
from receptionist.services import (
    _list_export_job,
    _tables,
    audit,
    list_exports,
    settings,
    tiers,
    visit_log,
    visits,
)
from receptionist.services.visit_log import LogFilter
from receptionist.store.audit import TrailFilter
from tests import staffing
from tests.tiering import buy

AT = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
VISITORS = 70  # more than two pages
COMPANY = (
    "上海星光汽车销售服务有限公司浦东新区第二分公司（东方明珠广场展厅与售后服务中心）" * 2
)  # wraps

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


def pages(path: Path) -> list[str]:
    """The text of each page (pdftotext keeps the reading order with -layout)."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [p for p in out.split("\f") if p.strip()]


@pytest.fixture
def manager(db):
    return staffing.add("Mia Manager", "Sales", "manager")


@pytest.fixture
def many_visits(db, actor, admin, fixed_clock):
    """``VISITORS`` visits on 2 March 2026: 张三 first (a long company name), then
    Visitor 1..n; the site is called 星光汽车 Star Motors."""
    settings.save_site_settings(admin.id, "星光汽车 Star Motors", "showroom")
    fixed_clock.set(AT)
    visits.check_in_walk_in(
        actor.id,
        name="张三",
        purpose="sales",
        phone="13800138000",
        company=COMPANY,
        party_size=3,
    )
    for n in range(1, VISITORS):
        fixed_clock.set(AT + timedelta(minutes=n))
        visits.check_in_walk_in(actor.id, name=f"Visitor {n}", purpose="after_sales")


def test_the_visit_log_prints_with_its_heading_on_every_page(many_visits, manager, tmp_path):
    path = tmp_path / "visits.pdf"
    flt = visit_log.log_filter_for_days(
        manager.id, AT.date(), AT.date() + timedelta(days=1), purpose="after_sales"
    )
    headers = [f"Col{i}" for i in range(len(list_exports.COLUMNS["visits"]))]
    headers[0], headers[4] = "Visit code", "Visitor"
    count = list_exports.export_visits(
        manager.id,
        path,
        flt,
        file_format="pdf",
        headers=headers,
        labels=lambda key, value: "After-sales" if value == "after_sales" else value,
    )
    assert count == VISITORS - 1
    assert path.read_bytes().startswith(b"%PDF")
    text = pages(path)
    assert len(text) >= 2
    for n, page in enumerate(text, 1):
        assert "星光汽车 Star Motors" in page
        assert "Visit log" in page and f"{count} rows" in page
        assert "Period: 2026-03-02 – 2026-03-03" in page and "Purpose: After-sales" in page
        assert "Visit code" in page and "Visitor" in page and "Col13" in page
        assert f"Page {n} of {len(text)}" in page
    assert "Visitor 69" in text[0]  # newest first
    assert "Visitor 1 " in text[-1] or text[-1].rstrip().endswith("Visitor 1")
    [entry] = audit.audit_page(manager.id, TrailFilter(action="visit.export_list"))
    assert entry.details["file_format"] == "pdf" and entry.details["count"] == count


def test_chinese_heading_wraps_long_text_and_keeps_every_row(many_visits, manager, tmp_path):
    path = tmp_path / "访客.pdf"
    list_exports.export_visits(manager.id, path, LogFilter(), file_format="pdf", lang="zh_CN")
    text = pages(path)
    whole = "".join(text)
    assert "访客记录" in text[0] and "筛选：无（整个列表）" in text[0]
    assert f"第 1 页，共 {len(text)} 页" in text[0]
    assert f"第 {len(text)} 页，共 {len(text)} 页" in text[-1]
    assert "张三" in text[-1]  # the oldest: last
    assert "138 0013 8000" in whole  # a manager sees phones whole
    # The long company wraps inside its column rather than running over the next one.
    assert COMPANY not in whole.replace("\n", "")
    assert COMPANY[:4] in whole and COMPANY[-4:] in whole
    for n in range(1, VISITORS):
        assert f"Visitor {n} " in whole or f"Visitor {n}\n" in whole


def test_money_prints_in_the_site_currency(db, admin, fixed_clock, tmp_path):
    from receptionist.services import customers

    fixed_clock.set(datetime(2026, 6, 1, 9, tzinfo=UTC))
    ann = customers.register_customer(admin.id, name="王小明", phone="13900139000").id
    buy(ann, "2025-02-01", 123_456)
    tiers.recompute(admin.id, "2025")
    path = tmp_path / "tiers.pdf"
    assert list_exports.export_tiers(admin.id, path, period="2025", file_format="pdf") == 1
    [page] = pages(path)
    assert "¥1,234.56" in page and "王小明" in page and "2025-02-01" in page
    assert "Customer tiers" in page and "Tier period: 2025" in page and "Page 1 of 1" in page


@pytest.mark.parametrize("what", ["visits", "audit"])
def test_a_list_longer_than_the_limit_is_refused_and_nothing_written(
    many_visits, manager, admin, tmp_path, monkeypatch, what
):
    monkeypatch.setattr(_list_export_job, "PDF_ROWS_MAX", 5)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(DeskError) as err:
        if what == "visits":  # counted first
            list_exports.export_visits(manager.id, folder / "v.pdf", LogFilter(), file_format="pdf")
        else:  # read until one row too many
            list_exports.export_audit(admin.id, folder / "a.pdf", TrailFilter(), file_format="pdf")
    assert err.value.code == "export_pdf_too_long" and err.value.field == "format"
    assert "narrow the filters" in err.value.message and "5" in err.value.message
    assert not list(folder.iterdir())
    assert not audit.audit_page(admin.id, TrailFilter(action=f"{what}.export_list"))
    assert not audit.audit_page(admin.id, TrailFilter(action="visit.export_list"))


def test_a_cancelled_pdf_leaves_nothing_and_keeps_the_old_file(
    many_visits, manager, tmp_path, monkeypatch
):
    monkeypatch.setattr(_tables, "PROGRESS_EVERY", 10)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "visits.pdf"
    path.write_text("last week's report")
    seen: list[tuple[int, int]] = []
    with pytest.raises(DeskError) as err:
        list_exports.export_visits(
            manager.id,
            path,
            LogFilter(),
            file_format="pdf",
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert err.value.code == "export_cancelled"
    assert seen == [(10, VISITORS), (20, VISITORS)]
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert path.read_text() == "last week's report"


def test_an_unknown_format_is_refused(db, manager, tmp_path):
    with pytest.raises(DeskError) as err:
        list_exports.export_complaints(manager.id, tmp_path / "c.doc", file_format="doc")
    assert err.value.code == "export_list_format"
    assert not (tmp_path / "c.doc").exists()
