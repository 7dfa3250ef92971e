"""The words of an exported file in the desk's language: each column's header (by its
key in ``services.list_exports.COLUMNS``) and the words for the codes the lists share
(category, purpose, flow, tier, yes / no). A window adds its own codes' words (a visit's
status, a complaint's severity) in its ``ExportRequest.labels``."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from .labels import category_label, flow_label, purpose_label, status_label, tier_label


def _headers() -> dict[str, str]:
    return {
        "code": QCoreApplication.translate("ExportColumns", "Visit code"),
        "status": QCoreApplication.translate("ExportColumns", "Status"),
        "check_in": QCoreApplication.translate("ExportColumns", "Check-in"),
        "check_out": QCoreApplication.translate("ExportColumns", "Check-out"),
        "customer": QCoreApplication.translate("ExportColumns", "Customer"),
        "phone": QCoreApplication.translate("ExportColumns", "Phone"),
        "company": QCoreApplication.translate("ExportColumns", "Company"),
        "category": QCoreApplication.translate("ExportColumns", "Category"),
        "purpose": QCoreApplication.translate("ExportColumns", "Purpose"),
        "flow": QCoreApplication.translate("ExportColumns", "Flow"),
        "host": QCoreApplication.translate("ExportColumns", "Host"),
        "party_size": QCoreApplication.translate("ExportColumns", "Party"),
        "room": QCoreApplication.translate("ExportColumns", "Room"),
        "station": QCoreApplication.translate("ExportColumns", "Station"),
        "id": QCoreApplication.translate("ExportColumns", "No."),
        "opened_at": QCoreApplication.translate("ExportColumns", "Opened"),
        "subject": QCoreApplication.translate("ExportColumns", "Subject"),
        "severity": QCoreApplication.translate("ExportColumns", "Severity"),
        "channel": QCoreApplication.translate("ExportColumns", "Channel"),
        "handler": QCoreApplication.translate("ExportColumns", "Handler"),
        "step": QCoreApplication.translate("ExportColumns", "Step done"),
        "overdue": QCoreApplication.translate("ExportColumns", "Overdue"),
        "acknowledge_by": QCoreApplication.translate("ExportColumns", "Acknowledge by"),
        "resolve_by": QCoreApplication.translate("ExportColumns", "Resolve by"),
        "closed_at": QCoreApplication.translate("ExportColumns", "Closed"),
        "resolution": QCoreApplication.translate("ExportColumns", "Resolution"),
        "due": QCoreApplication.translate("ExportColumns", "Due"),
        "kind": QCoreApplication.translate("ExportColumns", "Kind"),
        "assignee": QCoreApplication.translate("ExportColumns", "Assignee"),
        "outcome": QCoreApplication.translate("ExportColumns", "Outcome"),
        "detected_at": QCoreApplication.translate("ExportColumns", "Detected"),
        "rule": QCoreApplication.translate("ExportColumns", "Rule"),
        "last_activity": QCoreApplication.translate("ExportColumns", "Last activity"),
        "competitor": QCoreApplication.translate("ExportColumns", "Competitor"),
        "reason": QCoreApplication.translate("ExportColumns", "Reason"),
        "can_win_back": QCoreApplication.translate("ExportColumns", "Can win back"),
        "owner": QCoreApplication.translate("ExportColumns", "Win-back by"),
        "last_purchase": QCoreApplication.translate("ExportColumns", "Last purchase"),
        "last_purchase_amount": QCoreApplication.translate("ExportColumns", "Last purchase amount"),
        "rank": QCoreApplication.translate("ExportColumns", "Rank"),
        "tier": QCoreApplication.translate("ExportColumns", "Tier"),
        "stars": QCoreApplication.translate("ExportColumns", "Stars"),
        "revenue": QCoreApplication.translate("ExportColumns", "Revenue"),
        "purchases": QCoreApplication.translate("ExportColumns", "Purchases"),
        "customer_ref": QCoreApplication.translate("ExportColumns", "Customer ref"),
        "at": QCoreApplication.translate("ExportColumns", "Time"),
        "actor": QCoreApplication.translate("ExportColumns", "Staff member"),
        "action": QCoreApplication.translate("ExportColumns", "Action"),
        "record": QCoreApplication.translate("ExportColumns", "Record"),
        "details": QCoreApplication.translate("ExportColumns", "Details"),
    }


def column_header(what: str, key: str) -> str:
    """The header of the column ``key`` of the list ``what`` in the desk's language (the
    key itself for a column this version does not know)."""
    if what == "visits" and key == "customer":
        return QCoreApplication.translate("ExportColumns", "Visitor")
    return _headers().get(key, key)


def _yes_no(value: str) -> str:
    if value == "yes":
        return QCoreApplication.translate("ExportColumns", "Yes")
    if value == "no":
        return QCoreApplication.translate("ExportColumns", "No")
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


# What the command line's report can say in words beyond the shared ones (a window's own
# words, such as a complaint's severity, are its own translations: they stay codes there).
_COMMAND_LINE: dict[str, Mapping[str, Callable[[str], str]]] = {
    "visits": {"status": status_label},  # type: ignore[dict-item]
}


@contextmanager
def command_line_words(what: str, keys: Sequence[str], lang: str) -> Iterator[dict]:
    """For ``receptionist --lang L export … --format pdf``: the ``headers`` and ``labels``
    of the list ``what`` in ``lang``, as the desk's Export… dialog gives them. ``lang``'s
    translations are installed in the process's QCoreApplication (one is made when there
    is none) while the report is written, then removed, and the default locale put back."""
    from . import i18n

    app = QCoreApplication.instance() or QCoreApplication([])
    locale = QLocale()
    i18n.install_translators(app, lang)
    try:
        yield {
            "headers": [column_header(what, key) for key in keys],
            "labels": value_labels(_COMMAND_LINE.get(what, {})),
        }
    finally:
        i18n.remove_translators(app)
        QLocale.setDefault(locale)
