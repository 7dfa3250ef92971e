"""The built wheel carries what the app needs at run time: installed into a fresh virtual
environment and run away from the source tree, it draws the app icon and a toolbar icon
and prints a visit slip with the bundled Chinese font embedded.

Builds the wheel from a copy of the project (the source tree gets no build/ folder), then
installs it without dependencies; the fresh environment finds PySide6, reportlab and the
rest in this test run's environment through a ``.pth`` file placed after its own
site-packages, so ``receptionist`` itself can only come from the wheel. About 30 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import json, sys
from datetime import UTC, datetime
from pathlib import Path

import receptionist
from PySide6.QtWidgets import QApplication

from receptionist.domain.enums import Purpose
from receptionist.printing.data import SlipData
from receptionist.printing.documents import build_slip
from receptionist.ui.common import icons


def drawn(icon, size):
    image = icon.pixmap(size, size).toImage()
    return sum(
        1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 200
    )


app = QApplication([])
slip = SlipData(
    site_name="远景科技",
    visitor_name="欧阳娜娜",
    company="上海远景国际贸易有限公司",
    host_name="李明",
    purpose=Purpose.SALES,
    check_in_at=datetime(2025, 4, 12, 1, 35, tzinfo=UTC),
    code="V-0412-0007",
)
Path(sys.argv[1]).write_bytes(build_slip(slip, "label62", "zh_CN").pdf())
print(json.dumps({
    "package": receptionist.__file__,
    "prefix": sys.prefix,
    "app_icon": drawn(icons.app_icon(), 64),
    "log_in": drawn(icons.icon("log-in"), 24),
    "icon_file": str(icons.icon_path("log-in")),
}))
"""


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)
    assert done.returncode == 0, f"{args[:4]}: {done.stdout[-1500:]} {done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "receptionist",
        source / "receptionist",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(source))
    (built,) = work.glob("receptionist-*.whl")
    return built


def test_the_wheel_lists_the_run_time_assets(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "receptionist/resources/app-icon.svg",
        "receptionist/resources/icons/log-in.svg",
        "receptionist/resources/icons/LICENSE-lucide.txt",
        "receptionist/resources/fonts/wqy-microhei.ttc",
        "receptionist/resources/fonts/LICENSE-wqy-microhei.txt",
        "receptionist/resources/i18n/receptionist_zh_CN.qm",
    }
    assert expected <= names


def test_installed_away_from_the_source_it_draws_icons_and_prints(wheel, tmp_path):
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run(sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", wheel)
    site = run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    here = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    (Path(site.stdout.strip()) / "zz_test_dependencies.pth").write_text(
        "\n".join(sorted(here)) + "\n", encoding="utf-8"
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    pdf = outside / "slip.pdf"
    done = run(str(python), "-c", _PROBE, str(pdf), cwd=outside, env=env)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(report["package"]).is_relative_to(venv), report["package"]
    assert Path(report["icon_file"]).is_relative_to(venv)
    assert report["app_icon"] > 64 * 64 // 2 and report["log_in"] > 20
    fonts = run("pdffonts", str(pdf)).stdout
    assert "WenQuanYiMicroHei" in fonts and " yes " in fonts
    assert "欧阳娜娜" in run("pdftotext", str(pdf), "-").stdout
