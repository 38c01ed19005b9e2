"""Cell values to typed values, whatever a sheet holds: numbers typed as text with a decimal
comma, dates as real dates, as Excel serial numbers or typed as `15-12-2026`.

Each parser returns the value or raises `BadValueError` with a Dutch reason (a `Phrase`), which
the importer turns into "Blad Doelen, cel F107: streefjaar 'twintig' is geen jaar".
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from zorgdesk.dutch import MONTH_NAMES
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase

FIRST_YEAR, LAST_YEAR = 1990, 2100
_TBD = {"n.t.b.", "ntb", "n.t.b", "nader te bepalen", "nnb", "n.n.b."}
_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "%d/%m/%y",
                 "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d-%m-%Y %H:%M", "%Y-%m-%d %H:%M")
_EXCEL_EPOCH = date(1899, 12, 30)
_YES = {"ja", "j", "yes", "y", "waar", "true", "1", "x", "✓"}
_NO = {"nee", "n", "no", "onwaar", "false", "0", ""}


class BadValueError(Exception):
    def __init__(self, reason: Phrase) -> None:
        super().__init__(str(reason))
        self.reason = reason


def shown(value: Any) -> str:
    """A cell value as the user typed or sees it, for a message."""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M") if value.time() else value.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value).strip()


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str | None:
    if is_empty(value):
        return None
    if isinstance(value, str) and value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
        value = value[1:]  # our CSV's guard against formulas (export.guarded)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, datetime)):
        return shown(value)
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def number(value: Any, field: Phrase) -> float:
    """A number: 12, 12.5, "12,5", "1.234,56", "€ 1.234,56"."""
    if isinstance(value, bool):
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "{field} '{value}' is geen getal"), field=field, value=shown(value)))
    if isinstance(value, (int, float)):
        return float(value)
    raw = str(value).strip().replace("€", "").replace("EUR", "").replace(" ", "")
    raw = raw.replace("\u00a0", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", raw):
        raw = raw.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d+,\d+", raw):
        raw = raw.replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", raw):
        raw = raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "{field} '{value}' is geen getal"), field=field,
            value=shown(value))) from None


def whole(value: Any, field: Phrase) -> int:
    try:
        result = number(value, field)
    except BadValueError:
        result = None
    if result is None or not result.is_integer():
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "{field} '{value}' is geen geheel getal"), field=field,
            value=shown(value)))
    return int(result)


def year(value: Any, field: Phrase) -> int:
    """A year: 2026, "2026", "2027 >" (2027 and later), or the year of a date."""
    if isinstance(value, (date, datetime)):
        found = value.year
    else:
        raw = str(value).strip().rstrip(">").rstrip("+").strip()
        if isinstance(value, float) and value.is_integer():
            raw = str(int(value))
        if not re.fullmatch(r"\d{4}", raw):
            try:
                found = calendar_date(value, field).year
            except BadValueError:
                raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "{field} '{value}' is geen jaar"), field=field,
                    value=shown(value))) from None
        else:
            found = int(raw)
    if not FIRST_YEAR <= found <= LAST_YEAR:
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "{field} {value} ligt niet tussen 1990 en 2100"), field=field,
            value=found))
    return found


def is_tbd(value: Any) -> bool:
    return isinstance(value, str) and value.strip().casefold() in _TBD


def _parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel serial number in a CSV
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    raw = " ".join(str(value).split())
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, form).date()
        except ValueError:
            continue
    match = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", raw.casefold())
    if match and match.group(2) in MONTH_NAMES:
        try:
            return date(int(match.group(3)), MONTH_NAMES[match.group(2)], int(match.group(1)))
        except ValueError:
            return None
    return None


def calendar_date(value: Any, field: Phrase) -> date:
    day = _parse_date(value)
    if day is None:
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "{field} '{value}' is geen datum"), field=field, value=shown(value)))
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "{field} {value} ligt niet tussen 1990 en 2100"), field=field,
            value=shown(day)))
    return day


def yes_no(value: Any, field: Phrase) -> bool:
    if isinstance(value, bool):
        return value
    raw = shown(value).casefold()
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
        "StoreError", "{field} '{value}' is geen ja of nee"), field=field, value=shown(value)))


def choice(value: Any, field: Phrase, choices: tuple[str, ...]) -> str:
    raw = shown(value).casefold()
    for option in choices:
        if raw == option.casefold():
            return option
    raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
        "StoreError", "{field} '{value}' is onbekend; kies uit {choices}"), field=field,
        value=shown(value), choices=", ".join(choices)))
