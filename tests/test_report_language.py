"""English report dates, numbers and euros spell what QLocale("en_GB") spells; Dutch ones
stay zorgdesk/dutch.py's; the report language is per build and falls back to Dutch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale

from zorgdesk.dutch import nl_date, nl_date_long, nl_euro, nl_month
from zorgdesk.reports.language import (
    DAYS_LONG_EN,
    DAYS_SHORT_EN,
    MONTHS_LONG_EN,
    MONTHS_SHORT_EN,
    language,
    report_date,
    report_date_long,
    report_euro,
    report_language,
    report_month,
    report_number,
    translate,
    word,
)

EN_GB = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_english_names_agree_with_qlocale() -> None:
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    assert list(MONTHS_LONG_EN) == [EN_GB.monthName(m, long) for m in range(1, 13)]
    assert list(MONTHS_SHORT_EN) == [EN_GB.monthName(m, short) for m in range(1, 13)]
    assert list(DAYS_LONG_EN) == [EN_GB.dayName(d, long) for d in range(1, 8)]
    assert list(DAYS_SHORT_EN) == [EN_GB.dayName(d, short) for d in range(1, 8)]


def test_english_formats() -> None:
    day = date(2025, 2, 3)
    with report_language("en"):
        assert report_date(day) == "Mon 3 Feb 2025"
        assert report_date(day, weekday=False) == "3 Feb 2025"
        assert report_date_long(day) == "Monday 3 February 2025"
        assert report_date_long(day) == EN_GB.toString(QDate(2025, 2, 3), "dddd d MMMM yyyy")
        assert report_month(2025, 2) == "February 2025"
        assert report_number(2_176_993) == EN_GB.toString(2_176_993.0, "f", 0) == "2,176,993"
        assert report_euro(217_699_300) == "\u20ac2,176,993"
        assert report_euro(730_050) == "\u20ac7,300.50"
        assert report_euro(730_050)[1:] == EN_GB.toString(7300.5, "f", 2)


def test_dutch_is_the_default_and_unchanged() -> None:
    day = date(2025, 2, 3)
    assert language() == "nl"
    assert report_date(day) == nl_date(day)
    assert report_date_long(day, weekday=False) == nl_date_long(day, weekday=False)
    assert report_month(2025, 2) == nl_month(2025, 2)
    assert report_euro(730_050) == nl_euro(730_050)
    assert translate("Report", "te laat") == "te laat"


def test_english_words_come_from_the_translation() -> None:
    with report_language("en"):
        assert translate("Report", "te laat") == "overdue"
        assert word("trekker") == "lead"
        assert translate("Report", "geen bestaande tekst") == "geen bestaande tekst"
    assert language() == "nl"
    with report_language("xx"):
        assert language() == "nl"


def test_qm_reader_agrees_with_qtranslator() -> None:
    """The reports read zorgdesk_en.qm without Qt; QTranslator finds the same texts."""
    from PySide6.QtCore import QTranslator

    from zorgdesk.paths import resources_dir
    from zorgdesk.reports.language import read_qm

    path = resources_dir() / "translations" / "zorgdesk_en.qm"
    table = read_qm(path.read_bytes())
    assert len(table) > 1000
    assert table[("Report", "Datum en tijd")] == "Date and time"
    translator = QTranslator()
    assert translator.load(str(path))
    for (context, source), english in table.items():
        assert translator.translate(context, source) == english, (context, source)
    assert read_qm(b"not a qm file") == {}


def test_qm_reader_reads_what_qm_compile_writes(tmp_path: Path) -> None:
    from zorgdesk.paths import resources_dir
    from zorgdesk.qm_compile import compile_ts
    from zorgdesk.reports.language import read_qm

    ts = resources_dir() / "translations" / "zorgdesk_en.ts"
    table = read_qm(compile_ts(ts))
    assert table[("Report", "te laat")] == "overdue"
