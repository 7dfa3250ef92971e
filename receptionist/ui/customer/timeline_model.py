"""The customer's timeline as a lazy table: when, what, details. One keyset page at a
time (``services.timeline``) as the view scrolls; each row is formatted when first shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.money import format_money
from ...services import clock, timeline
from ...services.timeline import (
    CategoryEntry,
    EntryKind,
    FeedbackEntry,
    MergeEntry,
    PurchaseEntry,
    TierEntry,
    TimelineEntry,
    VisitEntry,
)
from ..common.labels import category_label, flow_label, purpose_label, tier_label
from .customer_model import CustomerPagedModel

COL_WHEN, COL_KIND, COL_DETAILS = range(3)
KIND_ROLE = Qt.ItemDataRole.UserRole + 31  # the entry's kind ("visit", "purchase", …)

_Index = QModelIndex | QPersistentModelIndex
# Each kind's colour in the "What" column: the eye finds the purchases or the complaints.
_KIND_COLORS = {
    EntryKind.VISIT: QBrush(QColor("#1d4ed8")),
    EntryKind.FEEDBACK: QBrush(QColor("#b45309")),
    EntryKind.PURCHASE: QBrush(QColor("#047857")),
    EntryKind.CATEGORY: QBrush(QColor("#7c3aed")),
    EntryKind.TIER: QBrush(QColor("#a16207")),
    EntryKind.MERGE: QBrush(QColor("#475569")),
}


def kind_label(kind: EntryKind) -> str:
    return {
        EntryKind.VISIT: QCoreApplication.translate("TimelineModel", "Visit"),
        EntryKind.FEEDBACK: QCoreApplication.translate("TimelineModel", "Feedback"),
        EntryKind.PURCHASE: QCoreApplication.translate("TimelineModel", "Purchase"),
        EntryKind.CATEGORY: QCoreApplication.translate("TimelineModel", "Category"),
        EntryKind.TIER: QCoreApplication.translate("TimelineModel", "Tier"),
        EntryKind.MERGE: QCoreApplication.translate("TimelineModel", "Merge"),
    }[kind]


def local_text(at: datetime | None, with_time: bool = True) -> str:
    """``YYYY-MM-DD HH:MM`` in local time (the desk's format), or the date alone."""
    if at is None:
        return ""
    t = clock.local(at)
    day = f"{t.year:04d}-{t.month:02d}-{t.day:02d}"
    return f"{day} {t.hour:02d}:{t.minute:02d}" if with_time else day


def _visit(v: VisitEntry, at: datetime) -> str:
    parts = [purpose_label(v.purpose), flow_label(v.flow)]
    if v.host_name:
        parts.append(
            QCoreApplication.translate("TimelineModel", "host %1").replace("%1", v.host_name)
        )
    if v.station_name:
        parts.append(v.station_name)
    if v.check_out_at is not None:
        out = clock.local(v.check_out_at)
        same_day = out.date() == clock.local(at).date()
        shown = f"{out.hour:02d}:{out.minute:02d}" if same_day else local_text(v.check_out_at)
        parts.append(
            QCoreApplication.translate("TimelineModel", "checked out %1").replace("%1", shown)
        )
    return " · ".join(parts)


def _feedback(f: FeedbackEntry) -> str:
    rating = "★" * f.overall + "☆" * max(0, 5 - f.overall)
    return f"{rating}  {f.comment_line}".rstrip()


def _purchase(p: PurchaseEntry, currency: str) -> str:
    amount = format_money(p.amount_cents, currency) if p.amount_cents is not None else ""
    return " · ".join(text for text in (amount, p.note_line) if text)


def _category(c: CategoryEntry) -> str:
    new = category_label(c.to_category)
    moved = (
        QCoreApplication.translate("TimelineModel", "%1 → %2")
        .replace("%1", category_label(c.from_category))
        .replace("%2", new)
        if c.from_category is not None
        else QCoreApplication.translate("TimelineModel", "registered as %1").replace("%1", new)
    )
    parts = [moved]
    if c.reason and c.from_category is not None:
        parts.append(c.reason)
    if c.staff_name:
        parts.append(
            QCoreApplication.translate("TimelineModel", "by %1").replace("%1", c.staff_name)
        )
    return " · ".join(parts)


def _tier(t: TierEntry) -> str:
    return (
        QCoreApplication.translate("TimelineModel", "%1: %2, %3 stars")
        .replace("%1", t.period)
        .replace("%2", tier_label(t.tier))
        .replace("%3", str(t.stars))
    )


def _merge(m: MergeEntry) -> str:
    text = QCoreApplication.translate("TimelineModel", "merged with %1").replace(
        "%1", m.merged_name
    )
    return text + (
        " · " + QCoreApplication.translate("TimelineModel", "by %1").replace("%1", m.staff_name)
        if m.staff_name
        else ""
    )


class TimelineModel(CustomerPagedModel):
    """One customer's timeline, newest first, fetched in pages as the view scrolls."""

    COLUMN_COUNT = 3

    def _fetch_page(self, after: TimelineEntry | None, size: int) -> list[TimelineEntry]:
        if self._customer_id is None:
            return []
        page = timeline.timeline(
            self._actor_id, self._customer_id, after.cursor if after else None, size
        )
        return list(page.entries)

    def _headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TimelineModel", "When"),
            QCoreApplication.translate("TimelineModel", "What"),
            QCoreApplication.translate("TimelineModel", "Details"),
        )

    def _format(self, e: TimelineEntry) -> tuple[str, ...]:
        d = e.detail
        if isinstance(d, VisitEntry):
            details = _visit(d, e.at)
        elif isinstance(d, FeedbackEntry):
            details = _feedback(d)
        elif isinstance(d, PurchaseEntry):
            details = _purchase(d, self._currency)
        elif isinstance(d, CategoryEntry):
            details = _category(d)
        elif isinstance(d, TierEntry):
            details = _tier(d)
        else:
            details = _merge(d)
        when = local_text(e.at, with_time=e.kind not in (EntryKind.PURCHASE, EntryKind.TIER))
        return (when, kind_label(e.kind), details)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[index.column()]
        if role == KIND_ROLE:
            return str(self._rows[index.row()].kind)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_KIND:
            return _KIND_COLORS[self._rows[index.row()].kind]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DETAILS:
            return self._row_texts(index.row())[COL_DETAILS]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
