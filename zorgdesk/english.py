"""English dates, times, numbers and euros for the English reports, without Qt.

The counterpart of zorgdesk/dutch.py: a report made in English runs on a worker (or the CLI)
without a QApplication, so it cannot ask QLocale. The spelling is QLocale("en_GB")'s, and
tests/test_english.py holds the two together.
"""

from __future__ import annotations

from datetime import date, datetime

DAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov",
                "Dec")
MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def en_date(value: date | None, *, weekday: bool = True) -> str:
    """`Mon 3 Feb 2025`."""
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_SHORT[value.month - 1]} {value.year}"
    return f"{DAYS_SHORT[value.weekday()]} {text}" if weekday else text


def en_date_long(value: date | None, *, weekday: bool = True) -> str:
    """`Monday 3 February 2025`; without weekday `3 February 2025`."""
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_LONG[value.month - 1]} {value.year}"
    return f"{DAYS_LONG[value.weekday()]} {text}" if weekday else text


def en_month(year: int, month: int) -> str:
    """`February 2025`."""
    return f"{MONTHS_LONG[month - 1]} {year}"


def en_time(value: datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def en_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def en_euro(cents: int) -> str:
    """`€15,300.50`; whole euros without cents, as the Dutch reports print them: `€15,300`."""
    if cents % 100 == 0:
        return f"\u20ac{en_number(cents // 100)}"
    return f"\u20ac{en_number(cents / 100, 2)}"
