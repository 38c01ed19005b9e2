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
_MONTHS = MONTH_NAMES
_MONTHS_EN = {"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
              "august": 8, "october": 10}
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


def typed_date(typed: str, reference: date) -> date:
    """A date as a person types it into a date field: `15-12-2026`, `15-12`, `15 dec`,
    `15 december 2026`, `1-2-27`, `15122026`, `2026-12-15`, `15`, or the field's own display
    `di 15 dec 2026`. What is left out comes from `reference`, the date the field showed: typing
    `15` in a field showing "za 12 dec 2026" gives 15 December 2026, and a day and month
    without a year is the one nearest that date ("15 jan" there is 15 January 2027).
    """
    raw = " ".join(typed.casefold().replace(",", " ").split())
    raw = re.sub(r"^[^\W\d_]{2,10}\.?\s+(?=\d)", "", raw)  # a weekday before the date
    raw = re.sub(r"(?<=[^\W\d_])\.", "", raw)  # "dec." -> "dec"
    day = month = year_ = None
    if match := re.fullmatch(r"(\d{1,2})", raw):
        day = int(match.group(1))
    elif match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):
        year_, month, day = (int(g) for g in match.groups())
    elif match := re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?", raw):
        day, month = int(match.group(1)), int(match.group(2))
        year_ = _full_year(match.group(3))
    elif match := re.fullmatch(r"(\d{2})(\d{2})(\d{2}|\d{4})", raw):
        day, month, year_ = int(match.group(1)), int(match.group(2)), _full_year(match.group(3))
    elif match := re.fullmatch(r"(\d{1,2})[- ]?([^\W\d_]+)(?:[- ]?(\d{2}|\d{4}))?", raw):
        name = match.group(2)
        month = _MONTHS.get(name) or _MONTHS_EN.get(name)
        if month is None:
            found = [m for n, m in (*_MONTHS.items(), *_MONTHS_EN.items())
                     if len(name) >= 3 and n.startswith(name)]
            month = found[0] if found and len(set(found)) == 1 else None
        day, year_ = int(match.group(1)), _full_year(match.group(3))
    result: date | None = None
    if day is not None and (month is not None or re.fullmatch(r"\d{1,2}", raw)):
        years = [year_] if year_ else [reference.year - 1, reference.year, reference.year + 1]
        dates = [_date_or_none(y, month or reference.month, day) for y in years]
        if month is None or year_ or dates[1] is None:
            result = dates[1 if len(dates) == 3 else 0]
        else:  # day and month only: the one nearest the date shown ("15 jan" after December)
            result = min((d for d in dates if d), key=lambda d: abs((d - reference).days))
    if result is None:
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "'{value}' is geen datum; typ bijvoorbeeld 15-12-2026 of 15 dec"),
            value=typed.strip()))
    if not FIRST_YEAR <= result.year <= LAST_YEAR:
        raise BadValueError(Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "{value} ligt niet tussen 1990 en 2100"), value=shown(result)))
    return result


def _date_or_none(year_: int, month: int, day: int) -> date | None:
    try:
        return date(year_, month, day)
    except ValueError:
        return None


def _full_year(digits: str | None) -> int | None:
    if digits is None:
        return None
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


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
