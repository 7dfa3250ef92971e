"""What every export of a list does around its rows (``list_exports``): its columns, the
check of the role and the format, the phone rule, the words for codes, writing through
``_tables.write_table`` and the audit entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..domain.errors import DeskError, ValidationError
from ..domain.money import CURRENCIES
from ..domain.roles import Permission
from ..domain.validation import display_phone, mask_phone
from ..store import audit
from . import clock, purchases
from ._tables import DATE, INTEGER, LABEL, MOMENT, MONEY, Column, Progress, write_table
from .access import allowed, authorize
from .exports import EXPORT_FORMATS

PHONES_KEPT = 200_000  # readable phones remembered during one export (bounded memory)
ACTIONS = {  # the audit entry of each list's export
    "visits": "visit.export_list",
    "complaints": "complaint.export_list",
    "followups": "follow_up.export_list",
    "lost": "lost_review.export_list",
    "tiers": "tier_run.export_list",
    "audit": "audit.export_list",
}

Labels = Callable[[str, str], str]
ProgressReport = Callable[[int, int], None]

COLUMNS: dict[str, tuple[Column, ...]] = {
    "visits": (
        Column("code", width=12),
        Column("status", LABEL, 11),
        Column("check_in", MOMENT, 18),
        Column("check_out", MOMENT, 18),
        Column("customer", width=20),
        Column("phone", width=15),
        Column("company", width=22),
        Column("category", LABEL, 12),
        Column("purpose", LABEL, 14),
        Column("flow", LABEL, 14),
        Column("host", width=14),
        Column("party_size", INTEGER, 8),
        Column("room", width=8),
        Column("station", width=14),
    ),
    "complaints": (
        Column("id", INTEGER, 7),
        Column("opened_at", MOMENT, 18),
        Column("customer", width=20),
        Column("subject", width=32),
        Column("severity", LABEL, 10),
        Column("channel", LABEL, 10),
        Column("handler", width=14),
        Column("status", LABEL, 10),
        Column("step", INTEGER, 6),
        Column("overdue", LABEL, 9),
        Column("acknowledge_by", MOMENT, 18),
        Column("resolve_by", MOMENT, 18),
        Column("closed_at", MOMENT, 18),
        Column("resolution", LABEL, 12),
    ),
    "followups": (
        Column("id", INTEGER, 7),
        Column("due", DATE, 12),
        Column("kind", LABEL, 16),
        Column("customer", width=20),
        Column("assignee", width=14),
        Column("status", LABEL, 10),
        Column("overdue", LABEL, 9),
        Column("outcome", width=30),
    ),
    "lost": (
        Column("id", INTEGER, 7),
        Column("detected_at", MOMENT, 18),
        Column("customer", width=20),
        Column("phone", width=15),
        Column("rule", LABEL, 12),
        Column("last_activity", DATE, 12),
        Column("status", LABEL, 11),
        Column("competitor", width=18),
        Column("reason", LABEL, 14),
        Column("can_win_back", LABEL, 10),
        Column("owner", width=14),
        Column("last_purchase", DATE, 12),
        Column("last_purchase_amount", MONEY, 14),
    ),
    "tiers": (
        Column("rank", INTEGER, 7),
        Column("tier", LABEL, 10),
        Column("stars", INTEGER, 7),
        Column("revenue", MONEY, 16),
        Column("purchases", INTEGER, 10),
        Column("last_purchase", DATE, 12),
        Column("customer_ref", width=14),
        Column("customer", width=20),
        Column("phone", width=15),
        Column("category", LABEL, 12),
    ),
    "audit": (
        Column("id", INTEGER, 9),
        Column("at", MOMENT, 18),
        Column("actor", width=16),
        Column("station", width=14),
        Column("action", LABEL, 26),
        Column("record", width=18),
        Column("details", width=50),
    ),
}


def _plain(_key: str, value: str) -> str:
    return value


def yes_no(flag: bool | None) -> str | None:
    return None if flag is None else ("yes" if flag else "no")


class ListExport:
    """What every export does around its rows: check the format, label, write, audit."""

    def __init__(
        self,
        what: str,
        actor_id: int,
        permission: Permission,
        file_format: str,
        labels: Labels | None,
    ) -> None:
        self.actor = authorize(actor_id, permission)
        if file_format not in EXPORT_FORMATS:
            raise ValidationError("export_format", field="format")
        self.what, self.file_format = what, file_format
        self.columns = COLUMNS[what]
        self._label = labels or _plain
        self._labelled = [i for i, c in enumerate(self.columns) if c.kind == LABEL]
        self._full = allowed(self.actor, Permission.PHONE_FULL)
        self._phones: dict[str, str] = {}  # a customer's visits repeat their phone

    def phone(self, e164: str | None) -> str:
        """A stored phone as the actor may see it: whole (readable form, or as stored when
        it no longer parses) with PHONE_FULL, else masked."""
        if not e164:
            return ""
        if not self._full:
            return mask_phone(e164)
        shown = self._phones.get(e164)
        if shown is None:
            try:
                shown = display_phone(e164)
            except ValidationError:
                shown = e164
            if len(self._phones) < PHONES_KEPT:
                self._phones[e164] = shown
        return shown

    def labelled(self, rows: Iterator[list]) -> Iterator[list]:
        keys = [(i, self.columns[i].key) for i in self._labelled]
        for row in rows:
            for i, key in keys:
                if row[i] is not None and row[i] != "":
                    row[i] = self._label(key, str(row[i]))
            yield row

    def write(
        self,
        path: str | Path,
        rows: Iterator[list],
        headers: Sequence[str] | None,
        progress: ProgressReport | None,
        cancelled: Callable[[], bool] | None,
        total: int = 0,
        **filters: object,
    ) -> int:
        if headers is not None and len(headers) != len(self.columns):
            raise ValueError("one header per column")
        try:
            count = write_table(
                path,
                self.file_format,
                self.columns,
                self.labelled(rows),
                headers=headers,
                currency_symbol=CURRENCIES[purchases.currency()],
                progress=Progress(progress, cancelled, total),
            )
        except OSError:
            raise DeskError("export_write_failed", field="file") from None
        audit.record(
            clock.now(),
            self.actor.id,
            ACTIONS[self.what],
            "export",
            0,
            count=count,
            file_format=self.file_format,
            **{k: v for k, v in filters.items() if v not in (None, "")},
        )
        return count
