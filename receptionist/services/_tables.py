"""Reading and writing tables as files: CSV and Excel ``.xlsx`` (openpyxl).

Reading gives the header row and the data rows with their line numbers in the file (the
header is line 1; a quoted cell over several lines counts them all, so a row's number
is the line it starts on). Blank rows are skipped, their lines still counted.

- CSV: UTF-8 with or without a byte-order mark, else GB18030 (what Excel in Chinese
  saves as "CSV"); no question asked. The delimiter is whichever of comma, semicolon and
  tab the header line has most of (comma when it has none): what Excel writes in any
  locale, decided from the header alone so a stray comma in a cell cannot fool it.
- XLSX: the first sheet, read-only; numbers arrive as ``Decimal`` (via ``str``, never
  float arithmetic), dates as ``date`` / ``datetime``.

Writing: CSV in UTF-8 with a byte-order mark (so Excel opens Chinese right); XLSX with
the header row frozen and typed cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.errors import DeskError, ValidationError
from ..domain.importing import Cell, is_blank_row

_DELIMITERS = (",", ";", "\t")
_FORMULA = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: list[tuple[int, tuple[Cell, ...]]]  # (line in the file, cells)


def read_table(path: str | Path) -> Table:
    """The table in ``path`` (.csv or .xlsx). Refused: another type, a file that cannot
    be read, no header row."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("import_file_type", field="file")
    try:
        table = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(Path(path).read_bytes())
    except DeskError:
        raise
    except Exception:  # a missing, locked or damaged file: its content is not logged
        raise DeskError("import_file_unreadable", field="file") from None
    if not any(h.strip() for h in table.headers):
        raise ValidationError("import_file_empty", field="file")
    return table


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _read_csv(data: bytes) -> Table:
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    start = 1
    for cells in reader:
        if headers is None:
            headers = tuple(c.strip() for c in cells)
        elif not is_blank_row(cells):
            rows.append((start, tuple(cells)))
        start = reader.line_num + 1
    return Table(headers or (), rows)


def _typed(value: object) -> Cell:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, int):
        return Decimal(value)
    if value is None or isinstance(value, str | date):
        return value
    return str(value)


def _read_xlsx(path: str | Path) -> Table:
    from openpyxl import load_workbook  # loaded only when an Excel file is read

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        headers: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_typed(v) for v in values)
            if headers is None:
                headers = tuple("" if c is None else str(c).strip() for c in cells)
            elif not is_blank_row(cells):
                rows.append((line, cells))
        return Table(headers or (), rows)
    finally:
        book.close()


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a CSV file in UTF-8 with a byte-order mark; returns the rows written."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv(v) for v in row])
            count += 1
    return count


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


def write_xlsx(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write an Excel file: one sheet, the header row frozen, typed cells (numbers,
    dates); returns the rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        sheet.append([_excel(sheet, v) for v in row])
        count += 1
    book.save(path)
    return count


def _excel(sheet: Any, value: Cell) -> object:
    if isinstance(value, datetime):  # Excel has no time zones: the local wall time
        return value.astimezone().replace(tzinfo=None)
    if isinstance(value, str) and value.startswith("="):  # text, never a formula
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def iter_chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
