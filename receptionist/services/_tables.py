"""Reading and writing tables as files: CSV and Excel ``.xlsx`` (openpyxl).

Reading (in ``_table_read``, imported from here) gives the header row and the data rows
with their line numbers in the file (the header is line 1; a quoted cell over several
lines counts them all, so a row's number is the line it starts on). Blank rows are
skipped, their lines still counted.

- CSV: UTF-8 with or without a byte-order mark, else GB18030 (what Excel in Chinese
  saves as "CSV"); no question asked. The delimiter is whichever of comma, semicolon and
  tab the header line has most of (comma when it has none): what Excel writes in any
  locale, decided from the header alone so a stray comma in a cell cannot fool it.
- XLSX: the first sheet, read-only; numbers arrive as ``Decimal`` (via ``str``, never
  float arithmetic), dates as ``date`` / ``datetime``.

Writing: CSV in UTF-8 with a byte-order mark (so Excel opens Chinese right); XLSX
streamed (openpyxl's write-only mode) with a bold frozen header row, an autofilter and
typed cells. Both write to a temporary name beside the file and rename it at the end, so
a cancelled or failed export leaves nothing behind; both report progress and check for a
cancel every ``PROGRESS_EVERY`` rows. ``write_workbook`` writes several tables as the
sheets of one workbook and ``write_sections`` as the sections of one CSV file (the
dashboard). ``write_pdf`` prints rows already read as a PDF report
(``printing.list_report``) the same way.
"""

from __future__ import annotations

import csv
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import DeskError
from ..domain.importing import Cell
from ._table_read import Table as Table  # (reading is in ``_table_read``)
from ._table_read import read_table as read_table

if TYPE_CHECKING:
    from ..printing.list_report import ReportHeading

_FORMULA = ("=", "+", "-", "@")


# The kinds of column a written table has: how a value is written to each format.
TEXT = "text"  # as it is (a name, a code)
LABEL = "label"  # a code the desk writes in its language (a status, a purpose): text
INTEGER = "integer"  # a whole number: a number cell
DATE = "date"  # a ``date``: a date cell (yyyy-mm-dd)
MOMENT = "moment"  # an aware ``datetime``: the local wall time, a date-and-time cell
MONEY = "money"  # integer cents: a number of currency units in the site's currency format
NUMBER = "number"  # a float (a mean): a number cell shown with two decimals
PERCENT = "percent"  # a share (0.125): a number cell in a percent format ("12.5%")
_FORMATS = {NUMBER: "0.00", PERCENT: "0.0%"}
PROGRESS_EVERY = 2000  # rows between two progress reports (and cancel checks)


@dataclass(frozen=True)
class Column:
    """One column of a written table: its English header (the CLI's, and the key the
    desk translates), what kind of value it holds, and its width in characters."""

    key: str
    kind: str = TEXT
    width: int = 14


class ExportCancelled(DeskError):
    """The user cancelled an export: nothing was left behind."""

    def __init__(self) -> None:
        super().__init__("export_cancelled")


@dataclass(frozen=True)
class Progress:
    """What a long write reports and asks: ``report(done, total)`` every
    ``PROGRESS_EVERY`` rows (``total`` 0 when unknown) and ``cancelled()`` there too."""

    report: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    total: int = 0

    def check(self) -> None:
        """Stop (``ExportCancelled``) when the user cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()

    def tick(self, done: int) -> None:
        self.check()
        if self.report is not None:
            self.report(done, self.total)


@contextmanager
def _replacing(path: str | Path) -> Iterator[Path]:
    """A temporary name beside ``path`` to write to; renamed to ``path`` when the block
    ends well, removed when it fails or is cancelled (nothing half-written is left)."""
    target = Path(path)
    part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        yield part
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)


def write_csv(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    kinds: Sequence[str] = (),
    progress: Progress | None = None,
) -> int:
    """Write a CSV file in UTF-8 with a byte-order mark; returns the rows written.
    ``kinds`` (per column, ``TEXT`` beyond): ``MONEY`` cents are written as units,
    ``PERCENT`` shares as "12.50%", ``NUMBER`` with two decimals."""
    count = 0
    tick = progress or Progress()
    with _replacing(path) as part, open(part, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(_csv_row(row, kinds))
            count += 1
            if count % PROGRESS_EVERY == 0:
                tick.tick(count)
    return count


def _units(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def _csv(value: Cell) -> object:
    """A cell for a CSV file: local time for a moment; text that a spreadsheet would
    take for a formula (``=``, ``+``, ``-``, ``@`` first) behind an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, str) and value[:1] in _FORMULA:
        return "'" + value
    return value


def money_format(symbol: str) -> str:
    """The number format of an amount in the currency whose symbol is ``symbol``."""
    return f'"{symbol}"#,##0.00;-"{symbol}"#,##0.00'


def write_xlsx(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    kinds: Sequence[str] = (),
    widths: Sequence[int] = (),
    currency_symbol: str = "¥",
    progress: Progress | None = None,
) -> int:
    """Write an Excel file, streamed (openpyxl's write-only mode: rows go to disk as they
    come): one sheet, a bold header row frozen, an autofilter over the data, typed cells
    (numbers; dates and local times with a date format; ``MONEY`` cents as currency
    units in ``money_format``); returns the rows written."""
    sheet = Sheet("", headers, rows, kinds, widths)
    return write_workbook(path, [sheet], currency_symbol=currency_symbol, progress=progress)


@dataclass(frozen=True)
class Sheet:
    """One table of a file of several (``write_workbook``, ``write_sections``): its title
    (a sheet's name; a section's heading row in CSV), headers, rows and column kinds."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    kinds: Sequence[str] = ()
    widths: Sequence[int] = ()


def write_workbook(
    path: str | Path,
    sheets: Sequence[Sheet],
    *,
    currency_symbol: str = "¥",
    progress: Progress | None = None,
) -> int:
    """Write an Excel file of ``sheets`` as ``write_xlsx`` writes its one (each with its
    bold frozen header and autofilter); returns the rows written in all."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    count = 0
    tick = progress or Progress()
    with _replacing(path) as part:
        for table in sheets:
            count = _write_sheet(book, table, currency_symbol, tick, count)
        book.save(part)
    return count


def _write_sheet(book: Any, table: Sheet, currency_symbol: str, tick: Progress, count: int) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title=_sheet_title(table.title) or None)
    sheet.freeze_panes = "A2"
    for i, width in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)
    header_cells = []
    for text in table.headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    formats = {
        i: money_format(currency_symbol) if kind == MONEY else _FORMATS[kind]
        for i, kind in enumerate(table.kinds)
        if kind in _FORMATS or kind == MONEY
    }
    written = 0
    with _discarding(sheet):
        for row in table.rows:
            cells = [_excel(sheet, v) for v in row]
            for i, number_format in formats.items():
                if row[i] is not None:
                    money = table.kinds[i] == MONEY
                    value = _units(row[i]) if money else row[i]  # type: ignore[arg-type]
                    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
                    cell.number_format = number_format
                    cells[i] = cell
            sheet.append(cells)
            written += 1
            if (count + written) % PROGRESS_EVERY == 0:
                tick.tick(count + written)
        if table.headers:
            last = get_column_letter(len(table.headers))
            sheet.auto_filter.ref = f"A1:{last}{written + 1}"
    return count + written


_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(title: str) -> str:
    """A sheet's name Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    return title.translate(_SHEET_FORBIDDEN).strip()[:31]


def write_sections(
    path: str | Path, sheets: Sequence[Sheet], *, progress: Progress | None = None
) -> int:
    """Write ``sheets`` as one CSV file (UTF-8 with a byte-order mark): each a heading row
    (its title), its header row and its rows, a blank row between two; returns the rows
    written (headings, headers and blank rows not counted)."""
    count = 0
    tick = progress or Progress()
    with _replacing(path) as part, open(part, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for n, table in enumerate(sheets):
            if n:
                writer.writerow([])
            writer.writerow([_csv(table.title)])
            writer.writerow([_csv(h) for h in table.headers])
            for row in table.rows:
                writer.writerow(_csv_row(row, table.kinds))
                count += 1
                if count % PROGRESS_EVERY == 0:
                    tick.tick(count)
    return count


def _csv_row(row: Sequence[Cell], kinds: Sequence[str]) -> list[object]:
    cells = [_csv(v) for v in row]
    for i, kind in enumerate(kinds):
        if row[i] is None:
            continue
        if kind == MONEY:
            cells[i] = str(_units(row[i]))  # type: ignore[arg-type]
        elif kind == PERCENT:  # Excel reads "12.5%" back as the number 0.125
            cells[i] = f"{float(row[i]) * 100:.2f}%"  # type: ignore[arg-type]
        elif kind == NUMBER:
            cells[i] = f"{float(row[i]):.2f}"  # type: ignore[arg-type]
    return cells


@contextmanager
def _discarding(sheet: Any) -> Iterator[None]:
    """Remove the rows a write-only sheet has streamed to its temporary file when the
    write fails or is cancelled (openpyxl would keep it until the program ends)."""
    try:
        yield
    except BaseException:
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        with suppress(Exception):
            if rows is not None:  # ends the sheet's XML while its file is still open
                rows.close()
            if writer is not None:
                writer.close()
                writer.cleanup()
        raise


def _excel(sheet: Any, value: Cell) -> object:
    if isinstance(value, datetime):  # Excel has no time zones: the local wall time
        return value.astimezone().replace(tzinfo=None)
    if isinstance(value, str) and value.startswith("="):  # text, never a formula
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def write_table(
    path: str | Path,
    file_format: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    headers: Sequence[str] | None = None,
    currency_symbol: str = "¥",
    progress: Progress | None = None,
) -> int:
    """Write ``rows`` of ``columns`` as ``file_format`` ("csv" or "xlsx") to ``path``
    (through a temporary name: a cancelled or failed write leaves nothing); ``headers``
    replace the columns' English keys (the desk's language). Returns the rows written."""
    names = tuple(headers) if headers is not None else tuple(c.key for c in columns)
    kinds = tuple(c.kind for c in columns)
    if file_format == "xlsx":
        widths = tuple(c.width for c in columns)
        return write_xlsx(
            path,
            names,
            rows,
            kinds=kinds,
            widths=widths,
            currency_symbol=currency_symbol,
            progress=progress,
        )
    return write_csv(path, names, rows, kinds=kinds, progress=progress)


def write_pdf(
    path: str | Path,
    heading: ReportHeading,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    headers: Sequence[str] | None = None,
    currency: str = "CNY",
    progress: Progress | None = None,
) -> int:
    """Write ``rows`` (all read: a report counts its pages) as a PDF report
    (``printing.list_report``) through a temporary name; ``headers`` in the desk's
    language, else the columns' keys in words. Returns the rows written."""
    from ..printing.list_report import write_list_report  # reportlab loads only here

    names = (
        headers if headers is not None else [c.key.replace("_", " ").capitalize() for c in columns]
    )
    tick = progress or Progress()
    with _replacing(path) as part:
        write_list_report(
            part,
            heading,
            names,
            [c.kind for c in columns],
            [c.width for c in columns],
            rows,
            currency=currency,
            tick=tick.tick,
            every=PROGRESS_EVERY,
        )
    return len(rows)


def iter_chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
