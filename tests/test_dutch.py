"""Qt-free Dutch (zorgdesk/dutch.py) spells what QLocale("nl_NL") spells on the screens."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from zorgdesk.dutch import (
    DAYS_LONG,
    MONTH_NAMES,
    MONTHS_LONG,
    MONTHS_SHORT,
    nl_date,
    nl_date_long,
    nl_euro,
    nl_month,
    nl_time,
)


def test_day_and_month_names_agree_with_qlocale() -> None:
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    assert list(MONTHS_LONG) == [dutch.monthName(m, QLocale.FormatType.LongFormat)
                                 for m in range(1, 13)]
    assert list(DAYS_LONG) == [dutch.dayName(d, QLocale.FormatType.LongFormat)
                               for d in range(1, 8)]
    assert [s.rstrip(".") for s in (dutch.monthName(m, QLocale.FormatType.ShortFormat)
                                    for m in range(1, 13))] == list(MONTHS_SHORT)


def test_formats() -> None:
    assert nl_date(date(2022, 2, 3)) == "do 3 feb 2022"
    assert nl_date_long(date(2022, 2, 3)) == "donderdag 3 februari 2022"
    assert nl_date_long(date(2022, 2, 3), weekday=False) == "3 februari 2022"
    assert nl_month(2026, 12) == "december 2026"
    assert nl_time(datetime(2022, 2, 3, 9, 5)) == "09:05"
    assert nl_euro(1_530_000) == "\u20ac 15.300"
    assert nl_euro(1_530_050) == "\u20ac 15.300,50"
    assert MONTH_NAMES["mrt"] == MONTH_NAMES["maart"] == MONTH_NAMES["mar"] == 3
