"""The words of an exported file in the desk's language: each column's header (by its
key in ``services.list_exports.COLUMNS``) and the words for the codes the lists share
(category, purpose, flow, tier, yes / no). A window adds its own codes' words (a visit's
status, a complaint's severity) in its ``ExportRequest.labels``."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from .labels import category_label, flow_label, purpose_label, tier_label

_CTX = "ExportColumns"


def _headers() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "code": t(_CTX, "Visit code"),
        "status": t(_CTX, "Status"),
        "check_in": t(_CTX, "Check-in"),
        "check_out": t(_CTX, "Check-out"),
        "customer": t(_CTX, "Customer"),
        "phone": t(_CTX, "Phone"),
        "company": t(_CTX, "Company"),
        "category": t(_CTX, "Category"),
        "purpose": t(_CTX, "Purpose"),
        "flow": t(_CTX, "Flow"),
        "host": t(_CTX, "Host"),
        "party_size": t(_CTX, "Party"),
        "room": t(_CTX, "Room"),
        "station": t(_CTX, "Station"),
        "id": t(_CTX, "No."),
        "opened_at": t(_CTX, "Opened"),
        "subject": t(_CTX, "Subject"),
        "severity": t(_CTX, "Severity"),
        "channel": t(_CTX, "Channel"),
        "handler": t(_CTX, "Handler"),
        "step": t(_CTX, "Step done"),
        "overdue": t(_CTX, "Overdue"),
        "acknowledge_by": t(_CTX, "Acknowledge by"),
        "resolve_by": t(_CTX, "Resolve by"),
        "closed_at": t(_CTX, "Closed"),
        "resolution": t(_CTX, "Resolution"),
        "due": t(_CTX, "Due"),
        "kind": t(_CTX, "Kind"),
        "assignee": t(_CTX, "Assignee"),
        "outcome": t(_CTX, "Outcome"),
        "detected_at": t(_CTX, "Detected"),
        "rule": t(_CTX, "Rule"),
        "last_activity": t(_CTX, "Last activity"),
        "competitor": t(_CTX, "Competitor"),
        "reason": t(_CTX, "Reason"),
        "can_win_back": t(_CTX, "Can win back"),
        "owner": t(_CTX, "Win-back by"),
        "last_purchase": t(_CTX, "Last purchase"),
        "last_purchase_amount": t(_CTX, "Last purchase amount"),
        "rank": t(_CTX, "Rank"),
        "tier": t(_CTX, "Tier"),
        "stars": t(_CTX, "Stars"),
        "revenue": t(_CTX, "Revenue"),
        "purchases": t(_CTX, "Purchases"),
        "customer_ref": t(_CTX, "Customer ref"),
        "at": t(_CTX, "Time"),
        "actor": t(_CTX, "Staff member"),
        "action": t(_CTX, "Action"),
        "record": t(_CTX, "Record"),
        "details": t(_CTX, "Details"),
    }


def column_header(what: str, key: str) -> str:
    """The header of the column ``key`` of the list ``what`` in the desk's language (the
    key itself for a column this version does not know)."""
    if what == "visits" and key == "customer":
        return QCoreApplication.translate(_CTX, "Visitor")
    return _headers().get(key, key)


def _yes_no(value: str) -> str:
    if value == "yes":
        return QCoreApplication.translate(_CTX, "Yes")
    if value == "no":
        return QCoreApplication.translate(_CTX, "No")
    return value


SHARED: dict[str, Callable[[str], str]] = {
    "category": category_label,  # type: ignore[dict-item]
    "purpose": purpose_label,  # type: ignore[dict-item]
    "flow": flow_label,  # type: ignore[dict-item]
    "tier": tier_label,
    "overdue": _yes_no,
    "can_win_back": _yes_no,
}


def value_labels(extra: Mapping[str, Callable[[str], str]]) -> Callable[[str, str], str]:
    """``labels(key, code)`` for the export: the window's words (``extra``), else the
    shared ones, else the code as it is (also for a code this version does not know)."""
    words = {**SHARED, **extra}

    def label(key: str, value: str) -> str:
        func = words.get(key)
        if func is None:
            return value
        try:
            return func(value)
        except (KeyError, ValueError):
            return value

    return label
