"""What every export of a list does around its rows (``list_exports``): its columns, the
check of the role and the format, the phone rule, the words for codes, writing through
``_tables.write_table`` (CSV, XLSX) or ``_tables.write_pdf`` (a PDF report of at most
``PDF_ROWS_MAX`` rows, refused before anything is written) and the audit entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from ..domain.errors import DeskError, ValidationError
from ..domain.money import CURRENCIES
from ..domain.roles import Permission
from ..domain.validation import display_phone, mask_phone
from ..store import audit
from . import clock, purchases
from ._tables import (
    DATE,
    INTEGER,
    LABEL,
    MOMENT,
    MONEY,
    Column,
    Progress,
    write_pdf,
    write_table,
)
from .access import allowed, authorize
from .exports import EXPORT_FORMATS
from .settings import site_settings

LIST_FORMATS = (*EXPORT_FORMATS, "pdf")  # a list also prints as a PDF report
PDF_ROWS_MAX = 20_000  # a longer PDF is no use to anyone: narrow the filters or use .xlsx

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
Period = tuple[date | None, date | None]
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
        lang: str = "en",
    ) -> None:
        self.actor = authorize(actor_id, permission)
        if file_format not in LIST_FORMATS:
            raise ValidationError("export_list_format", field="format")
        self.what, self.file_format, self.lang = what, file_format, lang
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

    def label(self, key: str, value: str) -> str:
        """A code in the desk's words (a filter's value in a report's heading)."""
        return self._label(key, value)

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
        *,
        report_period: Period | None = None,
        report_filters: Sequence[tuple[str, str]] = (),
        **filters: object,
    ) -> int:
        """Write ``rows`` (``total`` of them when known: a PDF of more is refused before
        anything is read); ``report_period`` and ``report_filters`` (name key, value in
        words) head every page of a PDF report."""
        if headers is not None and len(headers) != len(self.columns):
            raise ValueError("one header per column")
        ticker = Progress(progress, cancelled, total)
        try:
            if self.file_format == "pdf":
                count = self._write_pdf(
                    path, rows, headers, ticker, report_period, tuple(report_filters)
                )
            else:
                count = write_table(
                    path,
                    self.file_format,
                    self.columns,
                    self.labelled(rows),
                    headers=headers,
                    currency_symbol=CURRENCIES[purchases.currency()],
                    progress=ticker,
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

    def _write_pdf(
        self,
        path: str | Path,
        rows: Iterator[list],
        headers: Sequence[str] | None,
        ticker: Progress,
        period: Period | None,
        shown: tuple[tuple[str, str], ...],
    ) -> int:
        from ..printing.list_report import ReportHeading, language

        if ticker.total > PDF_ROWS_MAX:
            raise ValidationError(
                "export_pdf_too_long", field="format", maximum=f"{PDF_ROWS_MAX:,}"
            )
        found: list[list] = []
        for row in self.labelled(rows):
            found.append(row)
            if len(found) > PDF_ROWS_MAX:  # a list that was not counted first
                raise ValidationError(
                    "export_pdf_too_long", field="format", maximum=f"{PDF_ROWS_MAX:,}"
                )
            if len(found) % 1000 == 0:
                ticker.check()
        heading = ReportHeading(
            what=self.what,
            site_name=site_settings().site_name,
            made_at=clock.now(),
            lang=language(self.lang),
            period=period,
            filters=shown,
        )
        return write_pdf(
            path,
            heading,
            self.columns,
            found,
            headers=headers,
            currency=purchases.currency(),
            progress=Progress(ticker.report, ticker.cancelled, len(found)),
        )
