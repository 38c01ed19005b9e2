"""Dates, numbers and money through the default QLocale: nl_NL for the Dutch UI, English's
own for the English UI (zorgdesk.app.apply_locale sets it with the language)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def locale() -> QLocale:
    return QLocale()  # the default, set with the language at start-up


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def date_time(value: datetime) -> str:
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return locale().toString(qdt, "ddd d MMM yyyy HH:mm")


def number(value: int | float, decimals: int = 0) -> str:
    return locale().toString(float(value), "f", decimals)


def euros(cents: int) -> str:
    """`€ 15.300,00`: the euro sign, never "EUR", before the number of the app's language."""
    return "€ " + locale().toString(cents / 100, "f", 2)
