"""Importing customers and purchases from CSV or Excel files (ARCHIVE).

``preview_import`` reads a file's header and first rows for the mapping step;
``import_customers`` and ``import_purchases`` check every row (``domain.importing``),
look up the file's references and phones in bulk, and then either only report (a dry
run), refuse the whole file (a bad row without ``skip_bad``), or write the good rows in
ONE transaction with one audit entry (counts only, no personal data).

Both take ``progress(done, total)`` and ``cancelled() -> bool``: checking the rows is the
first half of ``total``, writing them the second; a cancel rolls everything back and
raises ``DeskError("import_cancelled")``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.importing import (
    Cell,
    CustomerRow,
    ImportKind,
    Problem,
    cell_text,
    check_customer,
    check_purchase,
    map_columns,
    suggest,
)
from ..domain.roles import Permission
from ..store import audit
from ..store import imports as store
from ..store.connection import transaction
from . import clock
from ._import_rows import (
    WRITE_CHUNK,
    Cancelled,
    Progress,
    Steps,
    checked,
    insert_new,
    match_purchases,
    write_purchases,
)
from ._tables import Table, iter_chunks, read_table
from .access import authorize

SAMPLES = 3


@dataclass(frozen=True)
class ImportPreview:
    """A file's columns for the mapping step: headers, a few sample values of each
    column, the suggested field of each (None: not imported), and the rows it holds."""

    headers: tuple[str, ...]
    samples: tuple[tuple[str, ...], ...]
    suggested: tuple[str | None, ...]
    rows: int


@dataclass
class ImportReport:
    """What an import did (or, dry, would do)."""

    kind: str
    rows_read: int
    dry_run: bool
    skip_bad: bool
    imported: int = 0
    customers_created: int = 0
    customers_matched: int = 0
    rejected: list[Problem] = field(default_factory=list)
    written: bool = False

    @property
    def rejected_lines(self) -> int:
        return len({p.line for p in self.rejected})

    @property
    def refused(self) -> bool:
        """The whole file refused because of bad rows (a real run without skip_bad)."""
        return bool(self.rejected) and not self.skip_bad

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "dry_run": self.dry_run,
            "written": self.written,
            "refused": self.refused,
            "rows_read": self.rows_read,
            "imported": self.imported,
            "customers_created": self.customers_created,
            "customers_matched": self.customers_matched,
            "rejected_rows": self.rejected_lines,
            "rejected": [p.to_json() for p in self.rejected],
        }


def preview_import(actor_id: int, path: str | Path, kind: str) -> ImportPreview:
    """The columns of the file at ``path`` as an import of ``kind`` would map them."""
    authorize(actor_id, Permission.ARCHIVE)
    table = read_table(path)
    samples = tuple(_samples(table, column) for column in range(len(table.headers)))
    return ImportPreview(
        table.headers, samples, tuple(suggest(table.headers, ImportKind(kind))), len(table.rows)
    )


def _samples(table: Table, column: int) -> tuple[str, ...]:
    """The first few values of a column that are not empty (from its first 100 rows)."""
    values = (
        cell_text(cells[column]).strip() for _, cells in table.rows[:100] if column < len(cells)
    )
    return tuple(v for v in values if v)[:SAMPLES]


def _rows(table: Table, mapped: Sequence[str | None]) -> list[tuple[int, dict[str, Cell]]]:
    columns = [(i, f) for i, f in enumerate(mapped) if f is not None]
    return [
        (line, {f: cells[i] if i < len(cells) else None for i, f in columns})
        for line, cells in table.rows
    ]


def _finish(report: ImportReport, problems: list[Problem]) -> ImportReport:
    report.rejected = sorted(problems, key=lambda p: p.line)
    if report.refused and not report.dry_run:  # nothing was written
        report.imported = report.customers_created = report.customers_matched = 0
    return report


# -- customers ------------------------------------------------------------------------


def import_customers(
    actor_id: int,
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import the customers in ``path`` (new customers only: a phone or customer
    reference already stored, or repeated in the file, is a rejected row)."""
    authorize(actor_id, Permission.ARCHIVE)
    table = read_table(path)
    mapped = map_columns(table.headers, ImportKind.CUSTOMERS, mapping)
    steps = Steps(len(table.rows), progress, cancelled)
    report = ImportReport("customers", len(table.rows), dry_run, skip_bad)
    good, problems = checked(_rows(table, mapped), check_customer, steps)
    good = _unique_customers(good, problems)
    if dry_run or (problems and not skip_bad):
        report.imported = report.customers_created = len(good)
        return _finish(report, problems)
    with transaction():
        _write_customers(actor_id, good, steps)
        report.imported = report.customers_created = len(good)
        report.written = bool(good)
        audit.record(
            clock.now(),
            actor_id,
            "customer.import",
            "customer",
            0,
            rows=report.rows_read,
            imported=report.imported,
            rejected_rows=len({p.line for p in problems}),
        )
    return _finish(report, problems)


def _unique_customers(rows: list[CustomerRow], problems: list[Problem]) -> list[CustomerRow]:
    """``rows`` without those whose phone or reference is repeated in the file (after
    its first line) or already stored; each of those becomes a problem."""
    stored_phones = store.ids_by_phones(r.phone.e164 for r in rows if r.phone)
    stored_refs = store.ids_by_refs(r.customer_ref for r in rows if r.customer_ref)
    first_phone: dict[str, int] = {}
    first_ref: dict[str, int] = {}
    kept: list[CustomerRow] = []
    for row in rows:
        found: list[Problem] = []
        if row.phone is not None:
            if row.phone.e164 in stored_phones:
                found.append(Problem(row.line, "phone", "import_phone_stored"))
            elif row.phone.e164 in first_phone:
                other = first_phone[row.phone.e164]
                found.append(Problem(row.line, "phone", "import_phone_repeated", {"line": other}))
            else:
                first_phone[row.phone.e164] = row.line
        if row.customer_ref:
            if row.customer_ref in stored_refs:
                found.append(Problem(row.line, "customer_ref", "import_ref_stored"))
            elif row.customer_ref in first_ref:
                other = first_ref[row.customer_ref]
                found.append(
                    Problem(row.line, "customer_ref", "import_ref_repeated", {"line": other})
                )
            else:
                first_ref[row.customer_ref] = row.line
        problems.extend(found)
        if not found:
            kept.append(row)
    return kept


def _customer_fields(row: CustomerRow, now: datetime) -> dict:
    phone = row.phone
    return {
        "name": row.name,
        "phone": phone.e164 if phone else None,
        "phone_search": phone.search if phone else None,
        "phone_last4": phone.last4 if phone else None,
        "company": row.company,
        "title": row.title,
        "email": row.email,
        "kind": str(row.kind),
        "category": str(row.category),
        "customer_ref": row.customer_ref,
        "source": row.source,
        "notes": row.notes,
        "created_at": now,
        "updated_at": now,
    }


def _write_customers(actor_id: int, rows: list[CustomerRow], steps: Steps) -> None:
    now = clock.now()
    half = steps.total // 2
    for done, chunk in enumerate(iter_chunks(rows, WRITE_CHUNK)):
        steps.at(half + done * WRITE_CHUNK * half // max(len(rows), 1))
        ids = insert_new(actor_id, [_customer_fields(r, now) for r in chunk], "imported")
        store.add_special_dates(
            [
                {
                    "customer": cid,
                    "kind": "birthday",
                    "label": "",
                    "month": r.birthday.month,
                    "day": r.birthday.day,
                    "year": r.birthday.year,
                }
                for cid, r in zip(ids, chunk, strict=True)
                if r.birthday is not None
            ]
        )
    steps.at(steps.total)


# -- purchases ------------------------------------------------------------------------


def import_purchases(
    actor_id: int,
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import the purchases in ``path``. A row's customer is the one with its
    ``customer_ref``, else the one with its phone, else a new customer (by its name,
    ref and phone) created once however many rows name it."""
    authorize(actor_id, Permission.ARCHIVE)
    table = read_table(path)
    mapped = map_columns(table.headers, ImportKind.PURCHASES, mapping)
    steps = Steps(len(table.rows), progress, cancelled)
    report = ImportReport("purchases", len(table.rows), dry_run, skip_bad)
    good, problems = checked(_rows(table, mapped), check_purchase, steps)
    owners, new, report.customers_matched = match_purchases(good, problems)
    report.customers_created = len(new)
    kept = [r for r in good if r.line in owners]
    report.imported = len(kept)
    if dry_run or (problems and not skip_bad):
        return _finish(report, problems)
    with transaction():
        write_purchases(actor_id, kept, owners, new, steps)
        report.written = bool(kept)
        audit.record(
            clock.now(),
            actor_id,
            "purchase.import",
            "purchase",
            0,
            rows=report.rows_read,
            imported=report.imported,
            customers_created=report.customers_created,
            customers_matched=report.customers_matched,
            rejected_rows=len({p.line for p in problems}),
        )
    return _finish(report, problems)
