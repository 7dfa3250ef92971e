"""The project's mypy plugin (``scripts/mypy_pyside.py``): PySide6 constructors take
``objectName=`` as they do at run time, and mypy still checks everything else."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SNIPPET = """\
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton
QLabel(objectName="title")
QPushButton("Save", objectName="save_button")
QTimer(objectName="poll")
QLabel(objectName=3)
QLabel(objectNme="typo")
QPushButton("Save", objectName="save_button", flatt=True)
"""


def _error_lines(tmp_path: Path, plugin: bool) -> set[int]:
    """mypy's error lines in SNIPPET, with or without the plugin that pyproject.toml names
    (the project's config checks the package and cannot also take a snippet)."""
    config = tmp_path / "mypy.ini"
    plugins = f"plugins = {ROOT / 'scripts' / 'mypy_pyside.py'}" if plugin else ""
    config.write_text(f"[mypy]\n{plugins}\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            "-c",
            SNIPPET,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    return {int(n) for n in re.findall(r"^<string>:(\d+): error:", result.stdout, re.M)}


def test_the_project_uses_the_plugin():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["mypy"]["plugins"] == ["scripts/mypy_pyside.py"]


def test_constructors_take_object_name_and_are_still_checked(tmp_path):
    # Only a number for a name, a misspelt keyword and an unknown one are refused.
    assert _error_lines(tmp_path, plugin=True) == {6, 7, 8}


def test_without_the_plugin_every_object_name_is_refused(tmp_path):
    assert _error_lines(tmp_path, plugin=False) == {3, 4, 5, 6, 7, 8}
