"""The fields of a list's filter bar (the visit log, the audit trail): a day with a
calendar and a combo box as wide as its longest entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit

from .dates import to_qdate


def day_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def filter_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo
