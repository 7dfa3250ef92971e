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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain import search as search_rules
from ..domain.enums import Category
from ..domain.errors import DeskError
from ..domain.importing import (
    Cell,
    CustomerRow,
    ImportKind,
    PhoneReader,
    Problem,
    PurchaseRow,
    cell_text,
    check_customer,
    check_purchase,
    map_columns,
    suggest,
)
from ..domain.roles import Permission
from ..domain.validation import Phone
from ..store import audit
from ..store import imports as store
from ..store.connection import transaction
from . import clock
from ._tables import Table, iter_chunks, read_table
from .access import authorize

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
WRITE_CHUNK = 1000
SAMPLES = 3


def _no_progress(done: int, total: int) -> None:
    return None


def _never() -> bool:
    return False


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


class _Steps:
    """Progress over checking (first half) and writing (second half), and the cancel."""

    def __init__(self, rows: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(rows, 1) * 2
        self.progress = progress or _no_progress
        self.cancelled = cancelled or _never

    def at(self, done: int) -> None:
        if self.cancelled():
            raise DeskError("import_cancelled")
        self.progress(min(done, self.total), self.total)


def _checked(rows, check, steps: _Steps) -> tuple[list, list[Problem]]:
    phones = PhoneReader()
    good: list = []
    problems: list[Problem] = []
    for n, (line, values) in enumerate(rows):
        if n % WRITE_CHUNK == 0:
            steps.at(n)
        result = check(line, values, phones)
        if isinstance(result, list):
            problems.extend(result)
        else:
            good.append(result)
    return good, problems


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
    steps = _Steps(len(table.rows), progress, cancelled)
    report = ImportReport("customers", len(table.rows), dry_run, skip_bad)
    good, problems = _checked(_rows(table, mapped), check_customer, steps)
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


def _insert_new(actor_id: int, fields: list[dict], reason: str) -> list[int]:
    """New customers with their search terms and first category, as registration
    writes them; their ids in order."""
    ids = store.insert_customers(fields)
    store.add_search_terms(
        (term, cid)
        for cid, f in zip(ids, fields, strict=True)
        for term in search_rules.name_terms(f["name"])
    )
    companies = {f["company"] for f in fields if f["company"]}
    store.add_company_terms(
        (term, company) for company in companies for term in search_rules.text_terms(company)
    )
    store.add_category_changes(
        [
            {
                "customer": cid,
                "from_category": None,
                "to_category": f["category"],
                "reason": reason,
                "staff": actor_id,
                "changed_at": f["created_at"],
            }
            for cid, f in zip(ids, fields, strict=True)
        ]
    )
    return ids


def _write_customers(actor_id: int, rows: list[CustomerRow], steps: _Steps) -> None:
    now = clock.now()
    half = steps.total // 2
    for done, chunk in enumerate(iter_chunks(rows, WRITE_CHUNK)):
        steps.at(half + done * WRITE_CHUNK * half // max(len(rows), 1))
        ids = _insert_new(actor_id, [_customer_fields(r, now) for r in chunk], "imported")
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


@dataclass
class _NewCustomer:
    line: int
    name: str
    ref: str
    phone: Phone | None
    id: int = 0


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
    steps = _Steps(len(table.rows), progress, cancelled)
    report = ImportReport("purchases", len(table.rows), dry_run, skip_bad)
    good, problems = _checked(_rows(table, mapped), check_purchase, steps)
    owners, new = _match(good, problems, report)
    kept = [r for r in good if r.line in owners]
    report.imported = len(kept)
    if dry_run or (problems and not skip_bad):
        return _finish(report, problems)
    with transaction():
        _write_purchases(actor_id, kept, owners, new, steps)
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


def _match(
    rows: list[PurchaseRow], problems: list[Problem], report: ImportReport
) -> tuple[dict[int, int | _NewCustomer], list[_NewCustomer]]:
    """Each good row's customer (line -> stored id or a new customer), the new
    customers; a row that can name nobody becomes a problem."""
    by_ref = store.ids_by_refs(r.customer_ref for r in rows if r.customer_ref)
    by_phone = store.ids_by_phones(r.phone.e164 for r in rows if r.phone)
    new_by_ref: dict[str, _NewCustomer] = {}
    new_by_phone: dict[str, _NewCustomer] = {}
    new: list[_NewCustomer] = []
    owners: dict[int, int | _NewCustomer] = {}
    matched: set[int] = set()
    for row in rows:
        phone = row.phone.e164 if row.phone else None
        if row.customer_ref in by_ref:
            owners[row.line] = by_ref[row.customer_ref]
        elif phone in by_phone:
            owners[row.line] = by_phone[phone]
        elif row.customer_ref in new_by_ref:
            owners[row.line] = new_by_ref[row.customer_ref]
        elif phone is not None and phone in new_by_phone:
            other = new_by_phone[phone]
            if row.customer_ref and other.ref != row.customer_ref:
                problems.append(
                    Problem(row.line, "phone", "import_phone_other_customer", {"line": other.line})
                )
                continue
            owners[row.line] = other
        elif not row.name:
            problems.append(Problem(row.line, "name", "import_name_missing"))
            continue
        else:
            person = _NewCustomer(row.line, row.name, row.customer_ref, row.phone)
            new.append(person)
            if person.ref:
                new_by_ref[person.ref] = person
            if phone is not None:
                new_by_phone[phone] = person
            owners[row.line] = person
        owner = owners[row.line]
        if isinstance(owner, int):
            matched.add(owner)
    report.customers_created = len(new)
    report.customers_matched = len(matched)
    return owners, new


def _write_purchases(
    actor_id: int,
    rows: list[PurchaseRow],
    owners: dict[int, int | _NewCustomer],
    new: list[_NewCustomer],
    steps: _Steps,
) -> None:
    now = clock.now()
    for chunk in iter_chunks(new, WRITE_CHUNK):
        fields = [
            {
                "name": p.name,
                "phone": p.phone.e164 if p.phone else None,
                "phone_search": p.phone.search if p.phone else None,
                "phone_last4": p.phone.last4 if p.phone else None,
                "company": "",
                "kind": "consumer",
                "category": str(Category.PROSPECT),
                "customer_ref": p.ref,
                "created_at": now,
                "updated_at": now,
            }
            for p in chunk
        ]
        for person, cid in zip(chunk, _insert_new(actor_id, fields, "imported"), strict=True):
            person.id = cid
    half = steps.total // 2
    for done, chunk in enumerate(iter_chunks(rows, WRITE_CHUNK)):
        steps.at(half + done * WRITE_CHUNK * half // max(len(rows), 1))
        store.add_purchases(
            [
                {
                    "customer": _id(owners[r.line]),
                    "purchased_on": r.purchased_on,
                    "amount_cents": r.amount_cents,
                    "note": r.note,
                    "reference": r.reference,
                    "source": "import",
                    "created_at": now,
                    "created_by": actor_id,
                }
                for r in chunk
            ]
        )
    steps.at(steps.total)


def _id(owner: int | _NewCustomer) -> int:
    return owner if isinstance(owner, int) else owner.id
