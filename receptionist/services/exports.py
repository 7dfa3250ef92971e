"""Exporting the customer archive (or a filtered list of it) to CSV or Excel (EXPORT).

The columns are the import's canonical customer fields first (so an exported file
imports again as it is), then what the desk counted: visits, last visit, registered.
Erased customers are left out. One audit entry per export: the filters and the count.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..domain.errors import DeskError, ValidationError
from ..domain.importing import CUSTOMER_FIELDS
from ..domain.roles import Permission
from ..domain.validation import display_phone
from ..store import audit
from ..store import imports as store
from . import clock
from ._tables import write_csv, write_xlsx
from .access import authorize
from .customers import parse_category, parse_kind

EXPORT_FORMATS = ("csv", "xlsx")
EXPORT_HEADERS = (*CUSTOMER_FIELDS, "visit_count", "last_visit_at", "created_at")
_PAGE = 2000


def export_customers(
    actor_id: int,
    path: str | Path,
    *,
    file_format: str = "csv",
    category: str | None = None,
    kind: str | None = None,
) -> int:
    """Write the customers (of ``category`` / ``kind`` when given) to ``path``; returns
    how many were written."""
    authorize(actor_id, Permission.EXPORT)
    if file_format not in EXPORT_FORMATS:
        raise ValidationError("export_format", field="format")
    if category:
        parse_category(category)
    if kind:
        parse_kind(kind)
    writer = write_xlsx if file_format == "xlsx" else write_csv
    try:
        count = writer(path, EXPORT_HEADERS, _rows(category, kind))
    except OSError:
        raise DeskError("export_write_failed", field="file") from None
    audit.record(
        clock.now(),
        actor_id,
        "customer.export_list",
        "customer",
        0,
        count=count,
        file_format=file_format,
        category=category or "",
        kind=kind or "",
    )
    return count


def _phone(e164: str | None) -> str:
    """A phone as a spreadsheet keeps it and an import reads it back: the national form
    for a mainland number (``138 0013 8000``), else the international call prefix
    ``00`` and the digits (a leading ``+`` would make Excel read a number)."""
    if not e164:
        return ""
    if e164.startswith("+86"):
        return display_phone(e164)
    return "00" + e164[1:]


def _birthday(found: tuple[int, int, int | None] | None) -> str | date | None:
    if found is None:
        return None
    month, day, year = found
    return date(year, month, day) if year else f"{month:02d}-{day:02d}"


def _rows(category: str | None, kind: str | None) -> Iterator[list]:
    page: list[tuple] = []
    for row in store.customers_for_export(category, kind, _PAGE):
        page.append(row)
        if len(page) == _PAGE:
            yield from _with_birthdays(page)
            page = []
    yield from _with_birthdays(page)


def _with_birthdays(page: list[tuple]) -> Iterator[list]:
    days = store.birthdays([r[0] for r in page])
    for cid, ref, name, phone, company, title, kind, category, email, source, notes, *rest in page:
        visits, last_visit, created = rest
        yield [
            name,
            _phone(phone),
            company,
            title,
            kind,
            category,
            email,
            ref,
            source,
            notes,
            _birthday(days.get(cid)),
            visits,
            last_visit,
            created,
        ]
