"""Fixtures and PDF readers (poppler-utils: pdftotext, pdfinfo, pdffonts; zbarimg from
zbar-tools to decode barcodes when it is installed)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from receptionist.domain.enums import Purpose
from receptionist.printing.data import CardData, SlipData

LONG_COMPANY = "Northwind International Trading and Logistics Holding Co Ltd"  # 60 chars
LONG_COMPANY_ZH = (
    "北京市海淀区中关村软件园国际科技创新发展有限公司"
    "华北大区销售与售后服务中心第二分部华东华南西南区域联络处"
)


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def write(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text with all whitespace removed (wrapped lines join up again)."""
    return re.sub(r"\s+", "", run("pdftotext", "-enc", "UTF-8", path, "-"))


def raw_text(path: Path) -> str:
    """The PDF's text as pdftotext lays it out (words keep their spaces)."""
    return run("pdftotext", "-enc", "UTF-8", path, "-")


def page_size(path: Path) -> tuple[float, float]:
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", path))
    assert match, "pdfinfo printed no page size"
    return float(match.group(1)), float(match.group(2))


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts rows as dicts: name, emb."""
    lines = run("pdffonts", path).splitlines()[2:]
    return [{"name": line.split()[0], "emb": line.split()[-5]} for line in lines if line]


def decode_barcodes(tmp_path: Path, pdf: Path) -> list[str] | None:
    """Every barcode zbarimg finds on the page at 300 dpi; None without zbarimg."""
    if shutil.which("zbarimg") is None:
        return None
    png = tmp_path / "page"
    run("pdftoppm", "-png", "-r", "300", "-singlefile", pdf, png)
    result = subprocess.run(
        ["zbarimg", "-q", "--raw", f"{png}.png"], capture_output=True, text=True
    )
    return result.stdout.split()


@pytest.fixture(autouse=True)
def _needs_poppler() -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("poppler-utils (pdftotext, pdfinfo, pdffonts) must be installed")


@pytest.fixture
def en_slip() -> SlipData:
    return SlipData(
        site_name="Harbourview Office",
        visitor_name="Alexandra Montgomery",
        company=LONG_COMPANY,
        host_name="Chen Jie",
        purpose=Purpose.AFTER_SALES,
        check_in_at=datetime(2025, 4, 12, 1, 35, tzinfo=UTC),
        code="V-0412-0012-K7QM3",  # the long form the kiosk takes
    )


@pytest.fixture
def zh_slip() -> SlipData:
    return SlipData(
        site_name="远景科技 上海总部",
        visitor_name="欧阳娜娜 Nana Ouyang",
        company="上海远景国际贸易 Vision Trading 有限公司",
        host_name="李明 Li Ming",
        purpose=Purpose.RELATIONSHIP,
        check_in_at=datetime(2025, 4, 12, 1, 35, tzinfo=UTC),
        code="V-0412-0007-XH4N2",  # the long form the kiosk takes
    )


@pytest.fixture
def zh_card() -> CardData:
    return CardData(
        site_name="远景科技",
        visitor_name="欧阳娜娜 Nana Ouyang",
        host_name="李明",
        visit_date=date(2025, 4, 12),
        code="V-0412-0007",
        retention_months=24,
    )


@pytest.fixture
def en_card() -> CardData:
    return CardData(
        site_name="Harbourview Office",
        visitor_name="Alexandra Montgomery",
        host_name="Chen Jie",
        visit_date=date(2025, 4, 12),
        code="V-0412-0012",
        retention_months=24,
    )


@pytest.fixture
def logo_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", (300, 100), (20, 90, 160, 255)).save(out, "PNG")
    return out.getvalue()
