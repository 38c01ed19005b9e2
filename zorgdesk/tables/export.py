"""Lists out as .xlsx (openpyxl) or as CSV the way Dutch Excel opens it without a wizard.

.xlsx: frozen header, autofilter, column widths from the data, real dates, euros as numbers
with a euro format, lights as coloured cells. CSV: `;`-separated, UTF-8 with BOM, decimal
comma, dates as dd-mm-jjjj, so a double-click in Excel (Dutch settings) shows the columns.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zorgdesk.store import Store, StoreError
from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import QT_TRANSLATE_NOOP
from zorgdesk.tables.lists import (
    DATE,
    DATETIME,
    EURO,
    ID,
    INT,
    LIGHT,
    LISTS,
    YEAR,
    TableData,
    load,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EXPORT_KINDS = (*LISTS, "all")
LIGHT_FILLS = {"groen": "FF3E9B4F", "oranje": "FFF0A030", "rood": "FFD64541"}
EURO_FORMAT = '"€" #,##0.00;-"€" #,##0.00'
DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
MIN_WIDTH, MAX_WIDTH = 6, 60


def kinds_for(what: str) -> list[str]:
    if what == "all":
        return list(LISTS)
    if what not in LISTS:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Onbekende lijst: {what}."), what=what)
    return [what]


def export_tables(store: Store, what: str, out: Path) -> list[TableData]:
    """Write the list `what` (or all lists) to `out`; the suffix chooses .xlsx or .csv."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Kies een bestandsnaam die eindigt op .xlsx of .csv."))
    keys = kinds_for(what)
    if suffix == ".csv" and len(keys) > 1:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Een CSV-bestand bevat één lijst; kies .xlsx voor alle lijsten."))
    tables = load(store, keys)
    if suffix == ".csv":
        data = csv_bytes(tables[0])
        with atomic_path(out) as tmp:
            tmp.write_bytes(data)
    else:
        write_xlsx(tables, out)
    return tables


# --- .xlsx ------------------------------------------------------------------------------

def _text_width(kind: str, value: Any) -> int:
    if value is None:
        return 0
    if kind == DATE:
        return 10
    if kind == DATETIME:
        return 16
    if kind == EURO:
        return len(f"€ {value:,.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def column_widths(table: TableData) -> list[float]:
    """Widths in Excel character units from header and data (not from a screen)."""
    widths = []
    for i, column in enumerate(table.columns):
        if column.kind == ID:  # for the importer, not for reading: keep it out of the way
            widths.append(14.0)
            continue
        longest = max((_text_width(column.kind, row[i]) for row in table.rows), default=0)
        longest = max(longest, len(column.header) + 3)  # room for the filter button
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))))
    return widths


def _excel_value(kind: str, value: Any) -> Any:
    if kind == DATETIME and isinstance(value, datetime):
        return value
    if kind == DATE and isinstance(value, datetime):
        return value.date()
    return value


def fill_sheet(sheet: Worksheet, table: TableData) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.append([c.header for c in table.columns])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    formats = {DATE: DATE_FORMAT, DATETIME: DATETIME_FORMAT, EURO: EURO_FORMAT, INT: "0",
               YEAR: "0"}
    fills = {name: PatternFill("solid", start_color=argb, end_color=argb)
             for name, argb in LIGHT_FILLS.items()}
    white = Font(color="FFFFFFFF", bold=True)
    grey = Font(color="FF808080")
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        sheet.append([_excel_value(k, v) for k, v in zip(kinds, row, strict=True)])
        if any(isinstance(v, str) and v.startswith("=") for v in row):
            for cell in sheet[sheet.max_row]:  # text, never a formula (openpyxl guesses)
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    for index, kind in enumerate(kinds, start=1):
        number_format = formats.get(kind)
        if number_format is not None:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                if cell.value is not None and not isinstance(cell.value, str):
                    cell.number_format = number_format
        if kind == ID:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.font = grey
        if kind == LIGHT:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                fill = fills.get(str(cell.value))
                if fill is not None:
                    cell.fill = fill
                    cell.font = white
                    cell.alignment = Alignment(horizontal="center")
    for index, width in enumerate(column_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    # Printed: landscape, as wide as the page, the header on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    last = get_column_letter(len(table.columns))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(table.rows) + 1)}"


def write_xlsx(tables: Sequence[TableData], out: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = True
    for table in tables:
        if first:
            sheet = book.active
            assert sheet is not None
            sheet.title = table.sheet
            first = False
        else:
            sheet = book.create_sheet(table.sheet)
        fill_sheet(sheet, table)
    buffer = io.BytesIO()
    book.save(buffer)
    with atomic_path(Path(out)) as tmp:
        tmp.write_bytes(buffer.getvalue())


# --- CSV --------------------------------------------------------------------------------

def dutch_number(value: float, decimals: int = 2) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",")


def csv_text(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == DATETIME and isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if kind == EURO:
        return dutch_number(float(value))
    if isinstance(value, float):
        return dutch_number(value, 6).rstrip("0").rstrip(",")
    return guarded(str(value))


def guarded(text: str) -> str:
    """Text Excel would run as a formula (=, +, @, or - before words) gets a leading quote.

    A title such as "=HYPERLINK(...)" stays text when the CSV is opened; the importer takes
    the quote off again (values.text), so a round trip keeps the text as it was.
    """
    first = text[:1]
    if first in ("=", "+", "@") or (first == "-" and not _is_number(text)):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def csv_bytes(table: TableData) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        writer.writerow([csv_text(k, v) for k, v in zip(kinds, row, strict=True)])
    return buffer.getvalue().encode("utf-8-sig")
