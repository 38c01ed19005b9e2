"""Dutch dates, times, numbers and euros for everything that runs without Qt.

The reports, the e-mail invitation, the CLI and the Excel import write and read Dutch where
QLocale is not at hand (no QApplication, or a worker that must not start one). One list of
day and month names lives here; the screens use QLocale("nl_NL") (ui/kit/formatting.py)
and tests/test_dutch.py holds the two to the same spelling.
"""

from __future__ import annotations

from datetime import date, datetime

DAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
DAYS_LONG = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_LONG = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")
# What people type for a month: the short and long names, and the English-looking shorthands.
MONTH_NAMES: dict[str, int] = {
    name: number
    for number, names in enumerate(zip(MONTHS_SHORT, MONTHS_LONG, strict=True), start=1)
    for name in names
} | {"mar": 3, "sept": 9, "oct": 10, "okt.": 10}


def nl_date(value: date | None, *, weekday: bool = True) -> str:
    """`ma 3 feb 2025`."""
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_SHORT[value.month - 1]} {value.year}"
    return f"{DAYS_SHORT[value.weekday()]} {text}" if weekday else text


def nl_date_long(value: date | None, *, weekday: bool = True) -> str:
    """`maandag 3 februari 2025`; without weekday `3 februari 2025` (as a letter writes it)."""
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_LONG[value.month - 1]} {value.year}"
    return f"{DAYS_LONG[value.weekday()]} {text}" if weekday else text


def nl_month(year: int, month: int) -> str:
    """`februari 2025`."""
    return f"{MONTHS_LONG[month - 1]} {year}"


def nl_time(value: datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def nl_number(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def nl_euro(cents: int) -> str:
    """`€ 7.300,00`; whole euros without cents: `€ 2.176.993`."""
    if cents % 100 == 0:
        return f"\u20ac {nl_number(cents // 100)}"
    return f"\u20ac {nl_number(cents / 100, 2)}"
