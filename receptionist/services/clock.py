"""The one place services read the time, so tests can set it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """The current time, aware, in UTC."""
    return _now()


def get_clock() -> Callable[[], datetime]:
    """The clock in use, to put back after replacing it for a while."""
    return _now


def set_clock(func: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); ``None`` restores the real one."""
    global _now
    _now = func or (lambda: datetime.now(UTC))


def local_day_start(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware UTC time."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def local(at: datetime) -> datetime:
    """An aware time in the computer's local zone, for showing and for visit-code dates."""
    return at.astimezone()
