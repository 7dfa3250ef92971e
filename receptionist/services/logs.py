"""The app's log lines hold no personal data: what the log file's formatter lets through.

A traceback is for whoever maintains the app: it keeps every frame, but the *message* of
an exception is written only when it cannot carry what a visitor typed or what is stored
about a customer. Our own refusals (``DeskError``) carry catalogue sentences whose
placeholders are never personal data (``tests/domain/test_messages.py``); programming
errors (a wrong attribute, a wrong type, an import) describe code. Everything else — the
database drivers' errors (PostgreSQL's ``DETAIL: Key (phone)=(…) already exists``), a
``ValueError`` or ``KeyError`` built from a value — is written as its class alone, with
SQLSTATE or SQLite's error name when it has one.

``tests/conftest.py`` writes the whole test run's log through this formatter and fails the
run when a phone number or a name the tests used appears in it.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

from ..domain.errors import DeskError

WITHHELD = "(message withheld: it may hold personal data)"
_CODE_ERRORS = (
    AttributeError,
    TypeError,
    NameError,
    ImportError,
    NotImplementedError,
    AssertionError,
    ZeroDivisionError,
    RecursionError,
    MemoryError,
)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def safe_message(error: BaseException) -> str:
    """What the log may say of ``error`` beside its class."""
    if isinstance(error, (DeskError, *_CODE_ERRORS)):
        return str(error)
    code = getattr(error, "sqlstate", None) or getattr(error, "sqlite_errorname", None)
    return f"{code} {WITHHELD}" if code else WITHHELD


def _lines(error: BaseException, seen: set[int]) -> list[str]:
    seen.add(id(error))
    lines: list[str] = []
    cause = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    if cause is not None and id(cause) not in seen:
        lines += _lines(cause, seen)
        lines.append(
            "\nThe above exception was the direct cause of the following exception:\n\n"
            if error.__cause__ is not None
            else "\nDuring handling of the above exception, another exception occurred:\n\n"
        )
    lines.append("Traceback (most recent call last):\n")
    lines += traceback.format_tb(error.__traceback__)
    name = f"{type(error).__module__}.{type(error).__qualname__}"
    lines.append(f"{name}: {safe_message(error)}\n")
    return lines


def format_exception(
    info: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None],
) -> str:
    """A traceback whose exception messages are ``safe_message``'s."""
    error = info[1]
    if error is None:
        return ""
    return "".join(_lines(error, set())).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    """The log file's formatter: tracebacks through ``format_exception``."""

    def __init__(self) -> None:
        super().__init__(LOG_FORMAT)

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return format_exception(ei)
