"""Keep the run-time copies of the source assets, and the installers' icons, in step.

    python scripts/resources.py sync    # resources/ -> receptionist/resources/ (run-time copies)
    python scripts/resources.py check   # fail if a run-time copy differs from its source
    python scripts/resources.py icons   # resources/app-icon.svg -> packaging/{windows,macos}/

The source assets (the app icon, the Lucide icons, the CJK font, each licence beside them)
live in the top-level ``resources/``. The package carries a copy of the ones the app needs
at run time under ``receptionist/resources/`` (package data, so an installed wheel finds
them without the source tree); ``sync`` makes that copy, ``tests/test_resources.py`` fails
when it is out of step. Git stores identical files once, so the copy costs no space.

``icons`` needs ``rsvg-convert`` (librsvg2-bin), ImageMagick's ``convert`` and
``png2icns`` (icnsutils); it renders the SVG at each size and packs
``packaging/windows/receptionist.ico`` (16-256 px) and
``packaging/macos/receptionist.icns`` (16-1024 px). Commit what it writes.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources"
PACKAGED = ROOT / "receptionist" / "resources"
APP_ICON = SOURCE / "app-icon.svg"
ICO = ROOT / "packaging" / "windows" / "receptionist.ico"
ICNS = ROOT / "packaging" / "macos" / "receptionist.icns"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 48, 128, 256, 512, 1024)
# Folders copied whole (every file: the assets and their licences), and single files.
RUNTIME_FOLDERS = ("icons", "fonts")
RUNTIME_FILES = ("app-icon.svg",)


def runtime_pairs(source: Path = SOURCE, packaged: Path = PACKAGED) -> list[tuple[Path, Path]]:
    """(source, packaged copy) of every run-time asset."""
    pairs = [(source / name, packaged / name) for name in RUNTIME_FILES]
    for folder in RUNTIME_FOLDERS:
        for path in sorted((source / folder).iterdir()):
            if path.is_file() and path.name != "README.md":
                pairs.append((path, packaged / folder / path.name))
    return pairs


def stale(source: Path = SOURCE, packaged: Path = PACKAGED) -> list[str]:
    """What differs between the sources and the packaged copies (empty when in step)."""
    pairs = runtime_pairs(source, packaged)
    problems = [
        f"{copy.name} differs from its source in resources/"
        for original, copy in pairs
        if not copy.is_file() or not filecmp.cmp(original, copy, shallow=False)
    ]
    expected = {copy for _original, copy in pairs}
    for folder in RUNTIME_FOLDERS:
        for path in sorted((packaged / folder).glob("*")):
            if path not in expected:
                problems.append(f"{folder}/{path.name} has no source in resources/")
    return problems


def sync() -> None:
    pairs = runtime_pairs()
    for source, copy in pairs:
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not copy.is_file() or not filecmp.cmp(source, copy, shallow=False):
            shutil.copyfile(source, copy)
            print("copied", copy.relative_to(ROOT))
    expected = {copy for _source, copy in pairs}
    for folder in RUNTIME_FOLDERS:
        for path in sorted((PACKAGED / folder).glob("*")):
            if path not in expected:
                path.unlink()
                print("removed", path.relative_to(ROOT))


def _render(size: int, folder: Path) -> Path:
    png = folder / f"icon_{size}.png"
    subprocess.run(
        ["rsvg-convert", "-w", str(size), "-h", str(size), str(APP_ICON), "-o", str(png)],
        check=True,
    )
    return png


def build_icons() -> None:
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pngs = {size: _render(size, folder) for size in sorted({*ICO_SIZES, *ICNS_SIZES})}
        subprocess.run(["convert", *(str(pngs[s]) for s in ICO_SIZES), str(ICO)], check=True)
        subprocess.run(["png2icns", str(ICNS), *(str(pngs[s]) for s in ICNS_SIZES)], check=True)
    print("wrote", ICO.relative_to(ROOT), "and", ICNS.relative_to(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("sync", "check", "icons"))
    args = parser.parse_args(argv)
    if args.command == "sync":
        sync()
    elif args.command == "icons":
        build_icons()
    else:
        problems = stale()
        for line in problems:
            print(line)
        if problems:
            print("Run: python scripts/resources.py sync")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
