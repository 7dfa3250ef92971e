"""The audit trail's words: a translated name for each action and kind of record the
services write, the code itself for any other (an entry written by a newer version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "AuditLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _actions() -> dict[str, str]:
    return {
        "customer.category": _t("Category changed"),
        "customer.consent": _t("Consent recorded"),
        "customer.edit": _t("Customer edited"),
        "customer.register": _t("Customer registered"),
        "kiosk.checkout_paused": _t("Kiosk check-out paused"),
        "kiosk.checkout_refused": _t("Kiosk check-out refused"),
        "kiosk.exit": _t("Kiosk closed by staff"),
        "kiosk.pin_wrong": _t("Wrong kiosk PIN"),
        "notification.seen": _t("Notification seen"),
        "settings.kiosk": _t("Kiosk settings saved"),
        "settings.logo": _t("Site logo changed"),
        "settings.save": _t("Site settings saved"),
        "settings.setup": _t("Site set up"),
        "settings.backups": _t("Backup settings saved"),
        "backup.made": _t("Backup made"),
        "backup.restore": _t("Backup restored"),
        "staff.active": _t("Staff member activated or deactivated"),
        "staff.add": _t("Staff member added"),
        "staff.first_admin": _t("First administrator created"),
        "staff.locked": _t("Account locked"),
        "staff.secret": _t("Password or PIN set"),
        "staff.sign_in": _t("Signed in"),
        "staff.sign_in_failed": _t("Sign-in failed"),
        "station.add": _t("Station added"),
        "station.pin": _t("Station PIN set"),
        "station.update": _t("Station changed"),
        "visit.cancel": _t("Visit cancelled"),
        "visit.check_in": _t("Checked in"),
        "visit.check_out": _t("Checked out"),
        "visit.customer_id": _t("Visit moved to another customer"),
        "visit.feedback": _t("Feedback recorded"),
        "visit.no_show": _t("Marked as no-show"),
        "visit.plan": _t("Visit planned"),
        "visit.playbook": _t("Playbook step ticked"),
        "visit.print": _t("Document printed"),
        "visit.undo_check_in": _t("Check-in undone"),
        "visit.undo_check_out": _t("Check-out undone"),
    }


def _records() -> dict[str, str]:
    return {
        "customer": _t("Customer"),
        "visit": _t("Visit"),
        "staff": _t("Staff member"),
        "station": _t("Station"),
        "setting": _t("Settings"),
        "notification": _t("Notification"),
    }


def known_actions() -> list[tuple[str, str]]:
    """``(code, translated name)`` of every known action, by name."""
    return sorted(_actions().items(), key=lambda item: item[1])


def known_records() -> list[tuple[str, str]]:
    """``(code, translated name)`` of every known kind of record, by name."""
    return sorted(_records().items(), key=lambda item: item[1])


def action_label(code: str) -> str:
    return _actions().get(code, code)


def record_label(record_type: str, record_id: int) -> str:
    """``Visit 42``; a setting (one per site) without its id."""
    if record_type == "setting":
        return _t("Settings")
    name = _records().get(record_type, record_type)
    return _t("{record} {id}").format(record=name, id=record_id)
