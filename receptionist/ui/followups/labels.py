"""The names of the kinds of follow-up task, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.followups import TaskKind


def kind_label(kind: str) -> str:
    names = {
        TaskKind.COMPLAINT_CALLBACK: QCoreApplication.translate("FollowUps", "Complaint call-back"),
        TaskKind.PROSPECT_FOLLOW_UP: QCoreApplication.translate("FollowUps", "Prospect follow-up"),
        TaskKind.VIP_CARE: QCoreApplication.translate("FollowUps", "VIP care"),
        TaskKind.SATISFACTION_SURVEY: QCoreApplication.translate(
            "FollowUps", "Satisfaction call-back"
        ),
        TaskKind.BIRTHDAY: QCoreApplication.translate("FollowUps", "Birthday greeting"),
        TaskKind.ANNIVERSARY: QCoreApplication.translate("FollowUps", "Anniversary greeting"),
        TaskKind.HOLIDAY: QCoreApplication.translate("FollowUps", "Holiday greeting"),
        TaskKind.WIN_BACK: QCoreApplication.translate("FollowUps", "Win-back"),
    }
    try:
        return names[TaskKind(kind)]
    except ValueError:
        return kind
