"""The outbox's rows, newest first, a page at a time as the view scrolls: written at, to,
channel, kind, subject, status (coloured), tries, last error, next try (waiting ones).

``reload`` reads again what is loaded (the window does every few seconds): the same
messages are updated in place, so a selection and the scroll position stay.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.outbox import MessageStatus
from ...services import clock
from ...services.outbox import OutboxEntry
from ..common.delivery_texts import channel_text
from ..common.paged_model import KeysetPagedModel
from . import texts

COLUMNS = (
    "written",
    "to",
    "channel",
    "kind",
    "subject",
    "status",
    "tries",
    "error",
    "next_try",
)
STATUS_COLOURS = {
    MessageStatus.PENDING: QColor("#b45309"),  # amber: on its way
    MessageStatus.SENT: QColor("#15803d"),  # green
    MessageStatus.FAILED: QColor("#b91c1c"),  # red: given up
}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
# (pending_only, limit, before_id) -> entries, newest first
Reader = Callable[[bool, int, int | None], list[OutboxEntry]]


def _header(column: str) -> str:
    return {
        "written": QCoreApplication.translate("Outbox", "Written"),
        "to": QCoreApplication.translate("Outbox", "To"),
        "channel": QCoreApplication.translate("Outbox", "Channel"),
        "kind": QCoreApplication.translate("Outbox", "Kind"),
        "subject": QCoreApplication.translate("Outbox", "Subject"),
        "status": QCoreApplication.translate("Outbox", "Status"),
        "tries": QCoreApplication.translate("Outbox", "Tries"),
        "error": QCoreApplication.translate("Outbox", "Last error"),
        "next_try": QCoreApplication.translate("Outbox", "Next try"),
    }[column]


def entry_texts(entry: OutboxEntry, now: datetime) -> tuple[str, ...]:
    waiting = entry.status is MessageStatus.PENDING
    return (
        texts.when(entry.created_at),
        texts.recipient_text(entry.recipient),
        channel_text(entry.channel),
        texts.kind_text(entry.kind),
        entry.subject,
        texts.status_text(entry.status),
        str(entry.attempts),
        texts.error_text(entry.error, entry.error_detail),
        texts.next_try_text(entry.next_try_at, now) if waiting else "",
    )


class OutboxModel(KeysetPagedModel):
    COLUMN_COUNT = len(COLUMNS)

    def __init__(self, read: Reader, parent=None, page_size: int = 100) -> None:
        super().__init__(parent, page_size)
        self._read = read
        self.pending_only = False
        self._now = clock.now()

    def _fetch_page(self, after: OutboxEntry | None, size: int) -> list[OutboxEntry]:
        self._now = clock.now()
        return self._read(self.pending_only, size, after.id if after else None)

    def _format(self, row: OutboxEntry) -> tuple[str, ...]:
        return entry_texts(row, self._now)

    def _headers(self) -> tuple[str, ...]:
        return tuple(_header(c) for c in COLUMNS)

    def entry(self, row: int) -> OutboxEntry:
        return self.row_at(row)

    def row_of(self, message_id: int) -> int:
        """The row of a message (-1: not loaded)."""
        return next((i for i, e in enumerate(self._rows) if e.id == message_id), -1)

    def reload(self) -> bool:
        """Read the loaded messages again; whether the same messages came back (updated
        in place) rather than a new list (reset)."""
        self._now = clock.now()
        size = max(len(self._rows), self._page_size)
        fresh = self._read(self.pending_only, size, None)
        if [e.id for e in fresh] != [e.id for e in self._rows]:
            self.beginResetModel()
            self._rows = list(fresh)
            self._texts = [None] * len(fresh)
            self._more = len(fresh) == size
            self.endResetModel()
            return False
        self._rows = list(fresh)
        self._texts = [None] * len(fresh)
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1))
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = COLUMNS[index.column()]
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("subject", "error"):
            return self._row_texts(index.row())[index.column()] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(STATUS_COLOURS[entry.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "tries":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return entry
        return None
