"""Translated names of complaint severities, channels and the five steps, and how the
complaint windows write a time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...services import clock

_CTX = "Complaints"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


SEVERITY = {
    "low": QT_TRANSLATE_NOOP("Complaints", "Low"),
    "normal": QT_TRANSLATE_NOOP("Complaints", "Normal"),
    "high": QT_TRANSLATE_NOOP("Complaints", "High"),
    "urgent": QT_TRANSLATE_NOOP("Complaints", "Urgent"),
}
CHANNEL = {
    "desk": QT_TRANSLATE_NOOP("Complaints", "At the desk"),
    "phone": QT_TRANSLATE_NOOP("Complaints", "By phone"),
    "kiosk": QT_TRANSLATE_NOOP("Complaints", "At the kiosk"),
    "card": QT_TRANSLATE_NOOP("Complaints", "Feedback card"),
}
STEP = {
    1: QT_TRANSLATE_NOOP("Complaints", "Listen"),
    2: QT_TRANSLATE_NOOP("Complaints", "Empathise and confirm"),
    3: QT_TRANSLATE_NOOP("Complaints", "Propose a solution"),
    4: QT_TRANSLATE_NOOP("Complaints", "Carry it out"),
    5: QT_TRANSLATE_NOOP("Complaints", "Call back and confirm"),
}


def severity(value: str) -> str:
    return QCoreApplication.translate(_CTX, SEVERITY.get(value, value))


def channel(value: str) -> str:
    return QCoreApplication.translate(_CTX, CHANNEL.get(value, value))


def step(number: int) -> str:
    return QCoreApplication.translate(_CTX, STEP[number])


def step_title(number: int) -> str:
    return f"{number}. {step(number)}"


def when(at: datetime | None) -> str:
    return clock.local(at).strftime("%Y-%m-%d %H:%M") if at else "—"
