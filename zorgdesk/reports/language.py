"""The language a report is printed in: Dutch (the source) or English.

A report is built on a worker thread without a QApplication, so the app's installed translator
is not there and the UI language need not be the report's: `build_report` sets
`REPORT_LANGUAGE` for the build, and every fixed text goes through `translate("Report", "…")`
(written out literally, so pyside6-lupdate collects it into zorgdesk_en.ts). English comes
from the compiled zorgdesk_en.qm, read once by `read_qm` below: the reports package does not
import Qt, and the table read agrees with QTranslator (tests/test_report_language.py). Dutch
returns the source text untouched, so Dutch reports stay byte-for-byte what they were.
Dates, numbers and euros follow the same switch: Dutch from zorgdesk/dutch.py, English as
QLocale("en_GB") writes them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Protocol

from zorgdesk.dutch import nl_date, nl_date_long, nl_euro, nl_month, nl_number, nl_time
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

LANGUAGES = ("nl", "en")
REPORT_LANGUAGE: ContextVar[str] = ContextVar("report_language", default="nl")

# What the PDF's /Lang and the XMP dc:language say.
PDF_LANGUAGE = {"nl": "nl-NL", "en": "en-GB"}

DAYS_SHORT_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAYS_LONG_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_SHORT_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov",
                   "Dec")
MONTHS_LONG_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


def language() -> str:
    return REPORT_LANGUAGE.get()


def is_english() -> bool:
    return REPORT_LANGUAGE.get() == "en"


@contextmanager
def report_language(lang: str) -> Iterator[None]:
    """Print in `lang` inside the block (unknown languages print Dutch)."""
    token = REPORT_LANGUAGE.set(lang if lang in LANGUAGES else "nl")
    try:
        yield
    finally:
        REPORT_LANGUAGE.reset(token)


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES, _END, _TRANSLATION, _SOURCE, _CONTEXT = 0x69, 1, 3, 6, 7
_TAGS_WITH_DATA = (2, 3, 4, 5, 6, 7, 8, 9)  # every message tag but End carries length + data


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The (context, source) -> translation table of a compiled .qm (the format
    zorgdesk/qm_compile.py writes and lrelease writes), without Qt: the reports package
    never imports Qt (tests/test_reports_structure.py)."""
    if not data.startswith(QM_MAGIC):
        return {}
    table: dict[tuple[str, str], str] = {}
    pos = len(QM_MAGIC)
    while pos + 5 <= len(data):
        tag = data[pos]
        size = int.from_bytes(data[pos + 1:pos + 5], "big")
        pos += 5
        if tag == _QM_MESSAGES:
            _read_messages(data[pos:pos + size], table)
        pos += size
    return table


def _read_messages(block: bytes, table: dict[tuple[str, str], str]) -> None:
    pos = 0
    found: dict[int, bytes] = {}
    translations: list[bytes] = []
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if translations and _SOURCE in found:
                key = (found.get(_CONTEXT, b"").decode("utf-8"), found[_SOURCE].decode("utf-8"))
                table.setdefault(key, translations[0].decode("utf-16-be"))
            found, translations = {}, []
            continue
        if tag not in _TAGS_WITH_DATA:
            return  # a format this reader does not know: keep what was read
        size = int.from_bytes(block[pos:pos + 4], "big")
        pos += 4
        if size == 0xFFFFFFFF:  # a null string
            size = 0
        value = block[pos:pos + size]
        pos += size
        if tag == _TRANSLATION:
            translations.append(value)
        else:
            found[tag] = value


@functools.cache
def _translations(lang: str) -> dict[tuple[str, str], str]:
    from zorgdesk.paths import resources_dir

    try:
        data = (resources_dir() / "translations" / f"zorgdesk_{lang}.qm").read_bytes()
    except OSError:
        return {}
    return read_qm(data)


def translate(context: str, text: str) -> str:
    """`text` in the report's language; the Dutch source when no translation is known."""
    lang = REPORT_LANGUAGE.get()
    if lang == "nl":
        return text
    return _translations(lang).get((context, text)) or text


# Words that come from the services (stored values and fixed Dutch terms) and are printed
# as they are: marked here so lupdate collects them; `word()` looks them up.
SERVICE_WORDS = (
    # traffic lights and milestone states
    QT_TRANSLATE_NOOP("Report", "groen"), QT_TRANSLATE_NOOP("Report", "oranje"),
    QT_TRANSLATE_NOOP("Report", "rood"), QT_TRANSLATE_NOOP("Report", "geen"),
    QT_TRANSLATE_NOOP("Report", "gereed"), QT_TRANSLATE_NOOP("Report", "loopt"),
    QT_TRANSLATE_NOOP("Report", "gepland"), QT_TRANSLATE_NOOP("Report", "vertraagd"),
    QT_TRANSLATE_NOOP("Report", "vervallen"), QT_TRANSLATE_NOOP("Report", "te laat"),
    QT_TRANSLATE_NOOP("Report", "open"), QT_TRANSLATE_NOOP("Report", "afgerond"),
    QT_TRANSLATE_NOOP("Report", "lopend"), QT_TRANSLATE_NOOP("Report", "nieuw"),
    # partner roles
    QT_TRANSLATE_NOOP("Report", "trekker"), QT_TRANSLATE_NOOP("Report", "initiatiefnemer"),
    QT_TRANSLATE_NOOP("Report", "betrokken"), QT_TRANSLATE_NOOP("Report", "financier"),
    QT_TRANSLATE_NOOP("Report", "geïnformeerd"),
    # meeting roles and agenda item kinds
    QT_TRANSLATE_NOOP("Report", "voorzitter"), QT_TRANSLATE_NOOP("Report", "secretaris"),
    QT_TRANSLATE_NOOP("Report", "lid"), QT_TRANSLATE_NOOP("Report", "agendalid"),
    QT_TRANSLATE_NOOP("Report", "ter informatie"),
    QT_TRANSLATE_NOOP("Report", "ter bespreking"),
    QT_TRANSLATE_NOOP("Report", "ter besluitvorming"),
    QT_TRANSLATE_NOOP("Report", "hamerstuk"), QT_TRANSLATE_NOOP("Report", "informatie"),
    QT_TRANSLATE_NOOP("Report", "bespreking"), QT_TRANSLATE_NOOP("Report", "besluitvorming"),
    # goal levels, funding, minutes, initiatives, precision
    QT_TRANSLATE_NOOP("Report", "ambitie"), QT_TRANSLATE_NOOP("Report", "project"),
    QT_TRANSLATE_NOOP("Report", "strategisch"), QT_TRANSLATE_NOOP("Report", "operationeel"),
    QT_TRANSLATE_NOOP("Report", "toegezegd"), QT_TRANSLATE_NOOP("Report", "beoogd"),
    QT_TRANSLATE_NOOP("Report", "concept"), QT_TRANSLATE_NOOP("Report", "vastgesteld"),
    QT_TRANSLATE_NOOP("Report", "inspirerend initiatief"),
    QT_TRANSLATE_NOOP("Report", "omgevingsbeeld"),
    QT_TRANSLATE_NOOP("Report", "aanwezig"), QT_TRANSLATE_NOOP("Report", "afgemeld"),
    QT_TRANSLATE_NOOP("Report", "afwezig"),
    # project card labels (services/goals/plan.py CARD_LABELS)
    QT_TRANSLATE_NOOP("Report", "Omschrijving"),
    QT_TRANSLATE_NOOP("Report", "Doelstelling en beoogd effect"),
    QT_TRANSLATE_NOOP("Report", "Scope"), QT_TRANSLATE_NOOP("Report", "Budget en capaciteit"),
    QT_TRANSLATE_NOOP("Report", "Planning en mijlpalen"),
    QT_TRANSLATE_NOOP("Report", "Projectgovernance"), QT_TRANSLATE_NOOP("Report", "Naslag"),
    # the change report's sections and fields (services/workspace/versions.py)
    QT_TRANSLATE_NOOP("Report", "Doelen"), QT_TRANSLATE_NOOP("Report", "Mijlpalen"),
    QT_TRANSLATE_NOOP("Report", "Rollen van partners"),
    QT_TRANSLATE_NOOP("Report", "Financiering"), QT_TRANSLATE_NOOP("Report", "Code"),
    QT_TRANSLATE_NOOP("Report", "Titel"), QT_TRANSLATE_NOOP("Report", "Tekst"),
    QT_TRANSLATE_NOOP("Report", "Thema"), QT_TRANSLATE_NOOP("Report", "Valt onder"),
    QT_TRANSLATE_NOOP("Report", "Streefjaar"), QT_TRANSLATE_NOOP("Report", "Doelstelling"),
    QT_TRANSLATE_NOOP("Report", "Planning"), QT_TRANSLATE_NOOP("Report", "Gereed"),
    QT_TRANSLATE_NOOP("Report", "Status"), QT_TRANSLATE_NOOP("Report", "Doel"),
    QT_TRANSLATE_NOOP("Report", "Rol"), QT_TRANSLATE_NOOP("Report", "Bedrag"),
    QT_TRANSLATE_NOOP("Report", "Jaar"),
    # organisation kinds
    QT_TRANSLATE_NOOP("Report", "gemeente"), QT_TRANSLATE_NOOP("Report", "zorgverzekeraar"),
    QT_TRANSLATE_NOOP("Report", "zorgkantoor"), QT_TRANSLATE_NOOP("Report", "provincie"),
    QT_TRANSLATE_NOOP("Report", "ziekenhuis"), QT_TRANSLATE_NOOP("Report", "huisartsen"),
    QT_TRANSLATE_NOOP("Report", "gehandicaptenzorg"), QT_TRANSLATE_NOOP("Report", "welzijn"),
    QT_TRANSLATE_NOOP("Report", "onderwijs"),
    QT_TRANSLATE_NOOP("Report", "inwonersorganisatie"), QT_TRANSLATE_NOOP("Report", "overig"),
    # report kinds (zorgdesk/reports/__init__.py REPORTS titles)
    QT_TRANSLATE_NOOP("Report", "Agenda"), QT_TRANSLATE_NOOP("Report", "Vergaderset"),
    QT_TRANSLATE_NOOP("Report", "Verslag"), QT_TRANSLATE_NOOP("Report", "Werkagenda"),
    QT_TRANSLATE_NOOP("Report", "Voortgangsrapportage"),
    QT_TRANSLATE_NOOP("Report", "Partnermatrix"), QT_TRANSLATE_NOOP("Report", "Tijdlijn"),
    QT_TRANSLATE_NOOP("Report", "Wijzigingen sinds vaststelling"),
)


def word(text: str) -> str:
    """A Dutch term from the services (status, role, kind) in the report's language."""
    return translate("Report", text) if text else text


# --- dates, numbers, euros --------------------------------------------------------------


def report_date(value: date | None, *, weekday: bool = True) -> str:
    """`ma 3 feb 2025` / `Mon 3 Feb 2025`."""
    if not is_english():
        return nl_date(value, weekday=weekday)
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_SHORT_EN[value.month - 1]} {value.year}"
    return f"{DAYS_SHORT_EN[value.weekday()]} {text}" if weekday else text


def report_date_long(value: date | None, *, weekday: bool = True) -> str:
    """`maandag 3 februari 2025` / `Monday 3 February 2025`."""
    if not is_english():
        return nl_date_long(value, weekday=weekday)
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_LONG_EN[value.month - 1]} {value.year}"
    return f"{DAYS_LONG_EN[value.weekday()]} {text}" if weekday else text


def report_month(year: int, month: int) -> str:
    """`februari 2025` / `February 2025`."""
    if not is_english():
        return nl_month(year, month)
    return f"{MONTHS_LONG_EN[month - 1]} {year}"


def month_short(month: int) -> str:
    """`feb` / `Feb`."""
    from zorgdesk.dutch import MONTHS_SHORT

    return MONTHS_SHORT_EN[month - 1] if is_english() else MONTHS_SHORT[month - 1]


class _Due(Protocol):
    @property
    def due_date(self) -> date | None: ...
    @property
    def year(self) -> int: ...
    @property
    def quarter(self) -> int | None: ...
    @property
    def month(self) -> int | None: ...


def due_label(milestone: _Due) -> str:
    """A milestone's due moment at its precision: `3 feb 2025`, `februari 2025`, `Q1 2025`,
    `2025` (services/goals/plan.py `due_label`, in the report's language)."""
    if milestone.due_date is not None:
        return report_date(milestone.due_date, weekday=False)
    if milestone.month:
        return report_month(milestone.year, milestone.month)
    if milestone.quarter:
        return f"Q{milestone.quarter} {milestone.year}"
    return str(milestone.year)


def report_time(value: datetime) -> str:
    """`09:05` in both languages (en_GB writes the 24-hour clock too)."""
    return nl_time(value)


def report_number(value: float, decimals: int = 0) -> str:
    """`2.176.993` / `2,176,993`."""
    if not is_english():
        return nl_number(value, decimals)
    return f"{value:,.{decimals}f}"


def report_euro(cents: int) -> str:
    """`€ 7.300,50` / `€7,300.50`; whole euros without cents."""
    if not is_english():
        return nl_euro(cents)
    if cents % 100 == 0:
        return f"\u20ac{report_number(cents // 100)}"
    return f"\u20ac{report_number(cents / 100, 2)}"
