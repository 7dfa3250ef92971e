"""The whole test run's log, written as the app writes its log file, scanned at the end for
the personal data the tests used (issue 11: logs never hold names, phones or free text).

``tests/conftest.py`` installs ``RunLog`` on the root logger at INFO for the session and
fails the run when ``leaks`` finds anything."""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path

from receptionist.services.logs import PrivateFormatter

TESTS = Path(__file__).resolve().parent
# A Chinese mobile number (with or without +86), or any E.164 number of 8+ digits.
PHONE = re.compile(r"(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)|\+\d{8,15}(?!\d)")
_NAME_KEYWORDS = {"name", "customer_name"}
# Passwords the tests type (PINs are too short to tell from ordinary numbers in a log).
_SECRET_KEYWORDS = {"secret", "password", "admin_password", "passphrase", "smtp_password"}
SECRET_MIN = 8
_SECRET_LAST = {"sign_in", "prove", "set_secret", "create_first_admin"}


def _secret_of(node: ast.AST) -> ast.expr | None:
    """The expression a secret is given as in ``node``, if it gives one."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
        return node.args[-1] if node.func.attr in _SECRET_LAST else None  # the secret: last
    if isinstance(node, ast.keyword):
        return node.value if node.arg in _SECRET_KEYWORDS else None
    if isinstance(node, ast.Assign):
        named = any(
            isinstance(t, ast.Name) and ("PASSWORD" in t.id or "SECRETS" in t.id)
            for t in node.targets
        )
        return node.value if named else None
    return None


def secrets_used() -> set[str]:
    """Every password of 8+ characters a test passes as ``secret=`` / ``password=`` (and
    the like) or keeps in a constant named ``...PASSWORD...``: never in a log either."""
    found: set[str] = set()
    for path in TESTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = _secret_of(node)
            # a constant, or a dict of them (SECRETS = {"dingtalk": "...", ...})
            values = value.values if isinstance(value, ast.Dict) else [value]
            for one in values:
                text = one.value if isinstance(one, ast.Constant) else None
                if isinstance(text, str) and len(text) >= SECRET_MIN:
                    found.add(text)
    return found


def names_used() -> set[str]:
    """Every customer or visitor name a test passes as ``name=`` (or ``--name``), 2+
    characters: what must never reach a log."""
    found: set[str] = set()
    for path in TESTS.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg in _NAME_KEYWORDS:
                value = node.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
            elif isinstance(node, ast.List | ast.Tuple):
                items = node.elts
                for flag, value in zip(items, items[1:], strict=False):
                    if (
                        isinstance(flag, ast.Constant)
                        and flag.value == "--name"
                        and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)
                    ):
                        found.add(value.value)
    # Names made of common words would match ordinary log text.
    return {n.strip() for n in found if len(n.strip()) >= 2 and not n.strip().isascii()} | {
        n.strip() for n in found if n.strip().isascii() and " " in n.strip()
    }


class RunLog(logging.Handler):
    """Every record of the run, formatted by the log file's formatter."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(PrivateFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # noqa: BLE001 - a record that cannot be formatted is its own bug
            self.lines.append(f"<unformattable record from {record.name}>")


def leaks(lines: list[str], names: set[str]) -> list[str]:
    """The log lines that hold a phone number or a name: at most 10, shortened."""
    found = []
    for line in lines:
        if PHONE.search(line) or any(name in line for name in names):
            found.append(line[:300])
            if len(found) == 10:
                break
    return found
