"""Reading a table file (``_tables``'s first half): CSV in UTF-8 (with or without a
byte-order mark) or GB18030, its delimiter from the header line; XLSX's first sheet,
read-only, numbers as ``Decimal``, dates as ``date`` / ``datetime``."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..domain.errors import DeskError, ValidationError
from ..domain.importing import Cell, is_blank_row

_DELIMITERS = (",", ";", "\t")


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
