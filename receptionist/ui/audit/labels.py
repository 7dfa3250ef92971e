"""The audit trail's words: a translated name for each action and kind of record the
services write, the code itself for any other (an entry written by a newer version)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _actions() -> dict[str, str]:
    return {
        "customer.category": QCoreApplication.translate("AuditLabels", "Category changed"),
        "customer.consent": QCoreApplication.translate("AuditLabels", "Consent recorded"),
        "customer.edit": QCoreApplication.translate("AuditLabels", "Customer edited"),
        "customer.register": QCoreApplication.translate("AuditLabels", "Customer registered"),
        "kiosk.checkout_paused": QCoreApplication.translate(
            "AuditLabels", "Kiosk check-out paused"
        ),
        "kiosk.checkout_refused": QCoreApplication.translate(
            "AuditLabels", "Kiosk check-out refused"
        ),
        "kiosk.exit": QCoreApplication.translate("AuditLabels", "Kiosk closed by staff"),
        "kiosk.pin_wrong": QCoreApplication.translate("AuditLabels", "Wrong kiosk PIN"),
        "notification.seen": QCoreApplication.translate("AuditLabels", "Notification seen"),
        "settings.kiosk": QCoreApplication.translate("AuditLabels", "Kiosk settings saved"),
        "settings.logo": QCoreApplication.translate("AuditLabels", "Site logo changed"),
        "settings.save": QCoreApplication.translate("AuditLabels", "Site settings saved"),
        "settings.setup": QCoreApplication.translate("AuditLabels", "Site set up"),
        "settings.backups": QCoreApplication.translate("AuditLabels", "Backup settings saved"),
        "backup.made": QCoreApplication.translate("AuditLabels", "Backup made"),
        "backup.restore": QCoreApplication.translate("AuditLabels", "Backup restored"),
        "staff.active": QCoreApplication.translate(
            "AuditLabels", "Staff member activated or deactivated"
        ),
        "staff.add": QCoreApplication.translate("AuditLabels", "Staff member added"),
        "staff.first_admin": QCoreApplication.translate(
            "AuditLabels", "First administrator created"
        ),
        "staff.locked": QCoreApplication.translate("AuditLabels", "Account locked"),
        "staff.secret": QCoreApplication.translate("AuditLabels", "Password or PIN set"),
        "staff.sign_in": QCoreApplication.translate("AuditLabels", "Signed in"),
        "staff.sign_in_failed": QCoreApplication.translate("AuditLabels", "Sign-in failed"),
        "station.add": QCoreApplication.translate("AuditLabels", "Station added"),
        "station.pin": QCoreApplication.translate("AuditLabels", "Station PIN set"),
        "station.update": QCoreApplication.translate("AuditLabels", "Station changed"),
        "visit.cancel": QCoreApplication.translate("AuditLabels", "Visit cancelled"),
        "visit.check_in": QCoreApplication.translate("AuditLabels", "Checked in"),
        "visit.check_out": QCoreApplication.translate("AuditLabels", "Checked out"),
        "visit.customer_id": QCoreApplication.translate(
            "AuditLabels", "Visit moved to another customer"
        ),
        "visit.feedback": QCoreApplication.translate("AuditLabels", "Feedback recorded"),
        "visit.no_show": QCoreApplication.translate("AuditLabels", "Marked as no-show"),
        "visit.plan": QCoreApplication.translate("AuditLabels", "Visit planned"),
        "visit.playbook": QCoreApplication.translate("AuditLabels", "Playbook step ticked"),
        "visit.print": QCoreApplication.translate("AuditLabels", "Document printed"),
        "visit.undo_check_in": QCoreApplication.translate("AuditLabels", "Check-in undone"),
        "visit.undo_check_out": QCoreApplication.translate("AuditLabels", "Check-out undone"),
        "customer.export_list": QCoreApplication.translate("AuditLabels", "Customers exported"),
        "visit.export_list": QCoreApplication.translate("AuditLabels", "Visit log exported"),
        "complaint.export_list": QCoreApplication.translate("AuditLabels", "Complaints exported"),
        "follow_up.export_list": QCoreApplication.translate(
            "AuditLabels", "Follow-up tasks exported"
        ),
        "lost_review.export_list": QCoreApplication.translate(
            "AuditLabels", "Lost-customer reviews exported"
        ),
        "tier_run.export_list": QCoreApplication.translate("AuditLabels", "Tiers exported"),
        "audit.export_list": QCoreApplication.translate("AuditLabels", "Audit trail exported"),
        "report.export_dashboard": QCoreApplication.translate("AuditLabels", "Dashboard exported"),
    }


def _records() -> dict[str, str]:
    return {
        "customer": QCoreApplication.translate("AuditLabels", "Customer"),
        "visit": QCoreApplication.translate("AuditLabels", "Visit"),
        "staff": QCoreApplication.translate("AuditLabels", "Staff member"),
        "station": QCoreApplication.translate("AuditLabels", "Station"),
        "setting": QCoreApplication.translate("AuditLabels", "Settings"),
        "notification": QCoreApplication.translate("AuditLabels", "Notification"),
        "export": QCoreApplication.translate("AuditLabels", "Export"),
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
        return QCoreApplication.translate("AuditLabels", "Settings")
    name = _records().get(record_type, record_type)
    return QCoreApplication.translate("AuditLabels", "{record} {id}").format(
        record=name, id=record_id
    )
