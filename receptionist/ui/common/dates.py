"""Qt's dates and times to Python's and back, typed (PySide6's own ``toPython()`` is
typed as returning ``object``)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_time(at: QTime) -> time:
    return time(at.hour(), at.minute(), at.second(), at.msec() * 1000)
