"""Read a sheet from .xlsx (openpyxl) or CSV into plain rows of cell values.

What other programs make is taken as it comes: formulas give their calculated value, a merged
area gives its value to every cell in it, empty rows are skipped later, and a CSV may use `;`
or `,` and be UTF-8 (with or without BOM) or Windows-1252, as Dutch Excel writes it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zorgdesk.store import StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")


@dataclass
class Sheet:
    """One sheet: `rows[r][c]` is the value of the cell in row r+1, column c+1 (1-based)."""

    name: str
    rows: list[list[Any]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value_row(self, row: int) -> list[Any]:
        return list(self.rows[row]) if 0 <= row < len(self.rows) else []

    def value(self, row: int, column: int) -> Any:
        """Value at 0-based row and column (None beyond the data)."""
        if row >= len(self.rows) or column >= len(self.rows[row]):
            return None
        return self.rows[row][column]


def cell_address(row: int, column: int) -> str:
    """0-based row and column as Excel writes them: (106, 5) -> F107."""
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column + 1)}{row + 1}"


def read_file(path: Path) -> list[Sheet]:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is geen Excel- of CSV-bestand (.xlsx of .csv)."),
            name=path.name)
    if suffix in (".csv", ".txt"):
        return [read_csv(path)]
    return read_xlsx(path)


def read_xlsx(path: Path) -> list[Sheet]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} kan niet als Excel-bestand worden gelezen ({reason})."),
            name=Path(path).name, reason=str(exc) or type(exc).__name__) from exc
    sheets = []
    for ws in book.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        for merged in ws.merged_cells.ranges:
            top = rows[merged.min_row - 1][merged.min_col - 1] \
                if merged.min_row - 1 < len(rows) else None
            for r in range(merged.min_row - 1, min(merged.max_row, len(rows))):
                line = rows[r]
                for c in range(merged.min_col - 1, merged.max_col):
                    while len(line) <= c:
                        line.append(None)
                    line[c] = top
        sheets.append(Sheet(ws.title, rows))
    book.close()
    return sheets


def decode(data: bytes) -> str:
    """UTF-8 (BOM or not) when it decodes, otherwise Windows-1252 (Dutch Excel's "CSV")."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def delimiter_of(text: str) -> str:
    """The separator of the first line, counted outside quotes: `;`, `,` or a tab."""
    first = text.split("\n", 1)[0]
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda c: (counts[c], c == ";"))
    return best if counts[best] else ";"


def read_csv(path: Path) -> Sheet:
    text = decode(Path(path).read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text))
    rows: list[list[Any]] = [[cell if cell.strip() else None for cell in row] for row in reader]
    return Sheet(Path(path).stem, rows)
