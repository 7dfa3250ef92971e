"""The layers stay clean: ``domain`` (pure rules) <- ``store`` <- ``services`` <- ``ui`` and
``cli``. Checked on the source: every import of every module, resolved to its absolute
name."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "receptionist"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def modules(subpackage: str) -> list[Path]:
    return sorted((PACKAGE / subpackage).rglob("*.py"))


def offending(subpackage: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in modules(subpackage)
        for name in sorted(imports_of(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


@pytest.mark.parametrize("subpackage", ["ui", "cli"])
def test_ui_and_cli_never_import_the_store(subpackage):
    assert offending(subpackage, ("receptionist.store",)) == []


@pytest.mark.parametrize(
    "subpackage", ["domain", "store", "services", "printing", "delivery", "cli"]
)
def test_nothing_below_the_ui_imports_qt(subpackage):
    # cli/printing.py reaches a printer through ui/printing/support.py, imported lazily
    # inside the one function that prints; it never imports PySide6 itself.
    assert offending(subpackage, ("PySide6",)) == []


def test_the_domain_imports_nothing_of_ours_but_itself():
    assert (
        offending(
            "domain",
            (
                "receptionist.store",
                "receptionist.services",
                "receptionist.ui",
                "receptionist.cli",
                "receptionist.printing",
                "receptionist.delivery",
            ),
        )
        == []
    )


def test_delivery_knows_only_the_domain():
    """Sending a message (SMTP, webhooks) sits beside printing: no database, no services,
    no widgets."""
    forbidden = ("receptionist.store", "receptionist.services", "receptionist.ui")
    assert offending("delivery", (*forbidden, "receptionist.cli", "receptionist.printing")) == []


def test_services_import_no_widgets_and_the_store_no_services():
    assert offending("services", ("receptionist.ui", "receptionist.cli")) == []
    assert (
        offending(
            "store",
            (
                "receptionist.services",
                "receptionist.ui",
                "receptionist.cli",
                "receptionist.printing",
                "receptionist.delivery",
            ),
        )
        == []
    )


def test_the_check_finds_an_offending_import(tmp_path):
    """The check can fail: a module that imports the store is reported."""
    bad = PACKAGE / "ui" / "_layer_probe.py"
    bad.write_text("from ..store import models\n", encoding="utf-8")
    try:
        assert offending("ui", ("receptionist.store",)) == [
            "receptionist/ui/_layer_probe.py imports receptionist.store",
            "receptionist/ui/_layer_probe.py imports receptionist.store.models",
        ]
    finally:
        bad.unlink()
