"""Keep the UI translations in step with the sources.

    python scripts/i18n.py update    # refresh i18n/*.ts from every translatable module
    python scripts/i18n.py compile   # i18n/*.ts -> receptionist/resources/i18n/*.qm
    python scripts/i18n.py check     # fail if a message is untranslated or a .qm is stale

English is the source language. ``receptionist_zh_CN.ts`` holds every message;
``receptionist_en.ts`` holds only the messages with plural forms (``%n``), which need an
English translation to read "1 visit" / "2 visits". Translate with Qt Linguist
(``pyside6-linguist``) or by editing the XML; then run ``compile``.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "receptionist"
TS_DIR = ROOT / "i18n"
QM_DIR = PACKAGE / "resources" / "i18n"
SOURCE_LANGUAGE = "en"
# language -> only plural forms (the source language needs nothing else)
LANGUAGES: dict[str, bool] = {"zh_CN": False, "en": True}
PROBLEM_TYPES = ("unfinished", "vanished", "obsolete")


def ts_path(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"receptionist_{lang}.ts"


def qm_path(lang: str, directory: Path = QM_DIR) -> Path:
    return directory / f"receptionist_{lang}.qm"


def tool(name: str) -> str:
    """A Qt tool from the PySide6 install next to this Python, or from PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment.")
    return found


def sources() -> list[Path]:
    """Every module of the package that uses Qt translation, and every module that only
    marks texts for it (``QT_TRANSLATE_NOOP``, as the error catalogue does without Qt)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        uses_qt = "PySide6" in text and ("tr(" in text or "translate(" in text)
        if uses_qt or "QT_TRANSLATE_NOOP(" in text:
            found.append(path)
    return found


def _run(args: list[str]) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{Path(args[0]).name} failed:\n{result.stdout}{result.stderr}")


def lupdate(ts: Path, lang: str, *, drop_obsolete: bool) -> None:
    args = [
        tool("pyside6-lupdate"),
        *(str(p) for p in sources()),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        lang,
        "-locations",
        "none",
    ]
    if LANGUAGES[lang]:
        args.append("-pluralonly")
    if drop_obsolete:
        args.append("-no-obsolete")
    _run([*args, "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    _run([tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm)])


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")


def _markers(text: str) -> tuple[list[str], int]:
    """The placeholders of a text and its number of keyboard mnemonics (``&x``)."""
    return sorted(_PLACEHOLDER.findall(text)), text.replace("&&", "").count("&")


def problems(ts: Path) -> list[str]:
    """Messages of a .ts file that are untranslated, unfinished, no longer in the code, or
    whose translation lost a placeholder (``{name}``, ``%n``) or the mnemonic (``&``)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in PROBLEM_TYPES or kind == "missing":
                found.append(f"{ts.name}: {name}: {source!r} is {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or not all(f.strip() for f in forms):
                found.append(f"{ts.name}: {name}: {source!r} has an empty translation")
            elif any(_markers(f) != _markers(source) for f in forms):
                found.append(
                    f"{ts.name}: {name}: {source!r}: the translation must keep the "
                    "same placeholders and '&' shortcut"
                )
    return found


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        lupdate(ts_path(lang), lang, drop_obsolete=True)
        for problem in problems(ts_path(lang)):
            print(f"to translate: {problem}")


def compile_all(out_dir: Path = QM_DIR) -> list[Path]:
    written = []
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang, out_dir))
        written.append(qm_path(lang, out_dir))
    return written


def check() -> list[str]:
    """Everything that is out of step; empty when the translations are complete."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for lang in LANGUAGES:
            committed = ts_path(lang)
            if not committed.exists():
                found.append(f"{committed.name} is missing; run: python scripts/i18n.py update")
                continue
            current = ts_path(lang, work)
            shutil.copyfile(committed, current)
            lupdate(current, lang, drop_obsolete=False)
            found.extend(problems(current))
        for built in compile_all(work / "qm"):
            shipped = QM_DIR / built.name
            if not shipped.exists() or not filecmp.cmp(built, shipped, shallow=False):
                found.append(
                    f"{shipped.name} is not what compile makes from "
                    f"{built.with_suffix('.ts').name}; run: python scripts/i18n.py "
                    "compile"
                )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    command = parser.parse_args(argv).command
    if command == "update":
        update()
    elif command == "compile":
        for path in compile_all():
            print(f"wrote {path.relative_to(ROOT)}")
    else:
        found = check()
        for problem in found:
            print(problem, file=sys.stderr)
        if found:
            return 1
        print("translations complete and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
