"""Qt-free English (zorgdesk/english.py) spells what QLocale("en_GB") spells."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from zorgdesk.english import (
    DAYS_LONG,
    DAYS_SHORT,
    MONTHS_LONG,
    MONTHS_SHORT,
    en_date,
    en_date_long,
    en_euro,
    en_month,
    en_time,
)

BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_day_and_month_names_agree_with_qlocale() -> None:
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    assert list(MONTHS_LONG) == [BRITISH.monthName(m, long) for m in range(1, 13)]
    assert list(MONTHS_SHORT) == [BRITISH.monthName(m, short) for m in range(1, 13)]
    assert list(DAYS_LONG) == [BRITISH.dayName(d, long) for d in range(1, 8)]
    assert list(DAYS_SHORT) == [BRITISH.dayName(d, short) for d in range(1, 8)]


def test_dates_and_euros_as_qlocale_writes_them() -> None:
    day = date(2022, 2, 3)
    assert en_date_long(day, weekday=False) == "3 February 2022"
    assert en_date_long(day, weekday=False) == BRITISH.toString(QDate(2022, 2, 3), "d MMMM yyyy")
    assert en_date_long(day) == BRITISH.toString(QDate(2022, 2, 3), "dddd d MMMM yyyy")
    assert en_date(day) == BRITISH.toString(QDate(2022, 2, 3), "ddd d MMM yyyy") == "Thu 3 Feb 2022"
    assert en_month(2026, 12) == "December 2026"
    assert en_time(datetime(2022, 2, 3, 9, 5)) == "09:05"
    assert en_euro(1_530_000) == BRITISH.toCurrencyString(15300.0, "\u20ac", 0) == "\u20ac15,300"
    assert en_euro(1_530_050) == BRITISH.toCurrencyString(15300.5, "\u20ac", 2) \
        == "\u20ac15,300.50"
