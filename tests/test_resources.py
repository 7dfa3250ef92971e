"""Source assets in resources/, their run-time copies in the package, the installers'
icons: in step, licensed, and all used.

A changed icon without ``python scripts/resources.py sync`` makes this fail.
"""

from __future__ import annotations

import importlib.util
import shutil
import struct
import tomllib
from pathlib import Path

from receptionist.ui.common import icons

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "resources_script", ROOT / "scripts" / "resources.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load_script()


def test_the_package_carries_an_up_to_date_copy_of_the_run_time_assets():
    assert script.stale() == []
    copies = {copy.relative_to(script.PACKAGED).as_posix() for _s, copy in script.runtime_pairs()}
    assert {"app-icon.svg", "fonts/wqy-microhei.ttc", "icons/LICENSE-lucide.txt"} <= copies


def test_the_check_notices_a_changed_missing_or_orphaned_copy(tmp_path):
    source, packaged = tmp_path / "resources", tmp_path / "package"
    shutil.copytree(script.SOURCE, source)
    shutil.copytree(script.SOURCE, packaged, ignore=shutil.ignore_patterns("README.md"))
    assert script.stale(source, packaged) == []
    (source / "icons" / "search.svg").write_text("<svg/>", encoding="utf-8")
    (packaged / "icons" / "bell.svg").unlink()
    (packaged / "icons" / "old.svg").write_text("<svg/>", encoding="utf-8")
    assert sorted(script.stale(source, packaged)) == [
        "bell.svg differs from its source in resources/",
        "icons/old.svg has no source in resources/",
        "search.svg differs from its source in resources/",
    ]


def test_package_data_ships_icons_app_icon_and_font():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]["receptionist"]
    assert {"resources/icons/*", "resources/app-icon.svg", "resources/fonts/*"} <= set(data)


def test_every_icon_comes_from_one_licensed_set_and_is_used():
    folder = script.SOURCE / "icons"
    licence = (folder / "LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert licence.startswith("ISC License") and "Lucide" in licence
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "lucide-static" in readme and "1.62.0" in readme and "ISC" in readme
    shipped = {path.stem for path in folder.glob("*.svg")}
    used = {look.name for table in (icons.DESK_ICONS, icons.KIOSK_ICONS) for look in table.values()}
    assert used == shipped  # none missing, none shipped for nothing
    for name in shipped:
        svg = (folder / f"{name}.svg").read_text(encoding="utf-8")
        assert "lucide-static v1.62.0 - ISC" in svg and 'stroke="currentColor"' in svg


def test_windows_ico_holds_16_to_256_px():
    data = script.ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # width byte; 0 means 256
    assert {16, 24, 32, 48, 256} <= sizes


def test_macos_icns_holds_16_to_1024_px():
    data = script.ICNS.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    types, offset = set(), 8
    while offset < len(data):
        kind, length = struct.unpack_from(">4sI", data, offset)
        types.add(kind.decode("ascii"))
        offset += length
    # 16, 32, 48, 128 px (with masks), 256, 512, 1024 px
    assert {"is32", "il32", "ih32", "it32", "ic08", "ic09", "ic10"} <= types
