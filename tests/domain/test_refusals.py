"""Refusals counted in a sliding window, then a pause."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from receptionist.domain.refusals import RefusalWindow

T0 = datetime(2024, 11, 22, 2, 0, tzinfo=UTC)


def window() -> RefusalWindow:
    return RefusalWindow(3, timedelta(minutes=10), timedelta(minutes=15))


def test_the_limit_within_the_window_starts_a_pause_that_ends():
    w = window()
    assert w.refused(T0) is None and w.refused(T0 + timedelta(minutes=1)) is None
    until = w.refused(T0 + timedelta(minutes=2))
    assert until == T0 + timedelta(minutes=17)
    assert w.paused_until(T0 + timedelta(minutes=16)) == until
    assert w.paused_until(until) is None
    assert w.refused(until) is None  # the count starts again after a pause


def test_refusals_older_than_the_window_are_forgotten():
    w = window()
    w.refused(T0)
    w.refused(T0 + timedelta(minutes=5))
    assert w.refused(T0 + timedelta(minutes=10)) is None  # the first is 10 minutes old
    assert w.paused_until(T0 + timedelta(minutes=10)) is None
