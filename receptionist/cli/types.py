"""Argument types shared by the command-line modules: a bad value is an argparse error
(exit 2, the usage and one sentence), before anything is opened."""

from __future__ import annotations

import argparse
from datetime import date, datetime


def day(text: str) -> date:
    """A calendar day, ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def local_time(text: str) -> datetime:
    """A local date and time, ``YYYY-MM-DD HH:MM`` (or with a ``T``), as an aware time."""
    try:
        naive = datetime.strptime(" ".join(text.replace("T", " ").split()), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a local date and time in the form YYYY-MM-DD HH:MM: {text!r}"
        ) from None
    return naive.astimezone()


def count(text: str) -> int:
    """A whole number, zero or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def values(enum_type) -> list[str]:
    """The choices of an enum argument, as typed."""
    return [str(v) for v in enum_type]
