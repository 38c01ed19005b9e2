"""The language a report is printed in: its fixed words, the services' Dutch words, dates.

Dutch is the source and the default. A report's fixed strings are marked with
`translate("Report", "…")` so lupdate collects them into zorgdesk_en.ts; the English comes
from the compiled .qm through a QTranslator of our own (no QApplication needed, so the CLI and
the report worker can use it; zorgdesk/translations.py). Words the services hand over in
Dutch (traffic lights, roles, states, item kinds, card labels) are looked up with `word()`;
they are listed in WORDS below so that lupdate sees them too. `build_report` sets the
language for the thread it runs on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zorgdesk import dutch, english
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zorgdesk.services.goals.plan import MilestoneData

# The Dutch vocabulary the services pass on as data, printed as a word in a report.
WORDS = (
    QT_TRANSLATE_NOOP("ReportWord", "groen"), QT_TRANSLATE_NOOP("ReportWord", "oranje"),
    QT_TRANSLATE_NOOP("ReportWord", "rood"), QT_TRANSLATE_NOOP("ReportWord", "geen"),
    QT_TRANSLATE_NOOP("ReportWord", "gepland"), QT_TRANSLATE_NOOP("ReportWord", "loopt"),
    QT_TRANSLATE_NOOP("ReportWord", "gereed"), QT_TRANSLATE_NOOP("ReportWord", "vertraagd"),
    QT_TRANSLATE_NOOP("ReportWord", "vervallen"), QT_TRANSLATE_NOOP("ReportWord", "open"),
    QT_TRANSLATE_NOOP("ReportWord", "trekker"), QT_TRANSLATE_NOOP("ReportWord", "initiatiefnemer"),
    QT_TRANSLATE_NOOP("ReportWord", "betrokken"), QT_TRANSLATE_NOOP("ReportWord", "financier"),
    QT_TRANSLATE_NOOP("ReportWord", "geïnformeerd"), QT_TRANSLATE_NOOP("ReportWord", "deelnemer"),
    QT_TRANSLATE_NOOP("ReportWord", "bestuurlijk trekker"),
    QT_TRANSLATE_NOOP("ReportWord", "schrijfteam"), QT_TRANSLATE_NOOP("ReportWord", "facilitator"),
    QT_TRANSLATE_NOOP("ReportWord", "toegezegd"), QT_TRANSLATE_NOOP("ReportWord", "beoogd"),
    QT_TRANSLATE_NOOP("ReportWord", "voorzitter"), QT_TRANSLATE_NOOP("ReportWord", "secretaris"),
    QT_TRANSLATE_NOOP("ReportWord", "lid"), QT_TRANSLATE_NOOP("ReportWord", "agendalid"),
    QT_TRANSLATE_NOOP("ReportWord", "concept"), QT_TRANSLATE_NOOP("ReportWord", "vastgesteld"),
    QT_TRANSLATE_NOOP("ReportWord", "ter informatie"),
    QT_TRANSLATE_NOOP("ReportWord", "ter bespreking"),
    QT_TRANSLATE_NOOP("ReportWord", "ter besluitvorming"),
    QT_TRANSLATE_NOOP("ReportWord", "hamerstuk"), QT_TRANSLATE_NOOP("ReportWord", "informatie"),
    QT_TRANSLATE_NOOP("ReportWord", "bespreking"),
    QT_TRANSLATE_NOOP("ReportWord", "besluitvorming"),
    QT_TRANSLATE_NOOP("ReportWord", "aanwezig"), QT_TRANSLATE_NOOP("ReportWord", "afgemeld"),
    QT_TRANSLATE_NOOP("ReportWord", "afwezig"),
    QT_TRANSLATE_NOOP("ReportWord", "ambitie"), QT_TRANSLATE_NOOP("ReportWord", "strategisch"),
    QT_TRANSLATE_NOOP("ReportWord", "operationeel"), QT_TRANSLATE_NOOP("ReportWord", "project"),
    QT_TRANSLATE_NOOP("ReportWord", "Omschrijving"),
    QT_TRANSLATE_NOOP("ReportWord", "Doelstelling en beoogd effect"),
    QT_TRANSLATE_NOOP("ReportWord", "Scope"),
    QT_TRANSLATE_NOOP("ReportWord", "Budget en capaciteit"),
    QT_TRANSLATE_NOOP("ReportWord", "Planning en mijlpalen"),
    QT_TRANSLATE_NOOP("ReportWord", "Projectgovernance"), QT_TRANSLATE_NOOP("ReportWord", "Naslag"),
)

# The report kinds' titles (reports.REPORTS keeps the Dutch), for the PDF's subject.
TITLES = (
    QT_TRANSLATE_NOOP("Report", "Agenda"), QT_TRANSLATE_NOOP("Report", "Vergaderset"),
    QT_TRANSLATE_NOOP("Report", "Verslag"), QT_TRANSLATE_NOOP("Report", "Werkagenda"),
    QT_TRANSLATE_NOOP("Report", "Voortgangsrapportage"),
    QT_TRANSLATE_NOOP("Report", "Partnermatrix"), QT_TRANSLATE_NOOP("Report", "Tijdlijn"),
    QT_TRANSLATE_NOOP("Report", "Wijzigingen sinds vaststelling"),
)


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # "nl" or "en", as --lang and the settings spell it
    tag: str  # BCP 47, for the PDF's /Lang and dc:language

    def translate(self, context: str, text: str) -> str:
        if self.code == "nl":
            return text
        from zorgdesk.translations import translate as translated

        return translated(self.code, context, text)

    def word(self, text: str | None) -> str:
        """A Dutch word from the services (a light, role, state), in this language."""
        if not text:
            return ""
        return self.translate("ReportWord", text)

    def date(self, value: dt.date | None, *, weekday: bool = True) -> str:
        return (english.en_date if self.code == "en" else dutch.nl_date)(value, weekday=weekday)

    def date_long(self, value: dt.date | None, *, weekday: bool = True) -> str:
        return (english.en_date_long if self.code == "en" else dutch.nl_date_long)(
            value, weekday=weekday)

    def month(self, year: int, month: int) -> str:
        return (english.en_month if self.code == "en" else dutch.nl_month)(year, month)

    def month_name(self, month: int) -> str:
        return (english.MONTHS_LONG if self.code == "en" else dutch.MONTHS_LONG)[month - 1]

    def month_short(self, month: int) -> str:
        return (english.MONTHS_SHORT if self.code == "en" else dutch.MONTHS_SHORT)[month - 1]

    def due_label(self, milestone: MilestoneData) -> str:
        """When a milestone is due, as precise as it was planned (MilestoneData.due_label)."""
        if milestone.due_date is not None:
            return self.date(milestone.due_date, weekday=False)
        if milestone.month:
            return self.month(milestone.year, milestone.month)
        if milestone.quarter:
            return f"Q{milestone.quarter} {milestone.year}"
        return str(milestone.year)

    def time(self, value: dt.datetime) -> str:
        return dutch.nl_time(value)

    def number(self, value: float, decimals: int = 0) -> str:
        return (english.en_number if self.code == "en" else dutch.nl_number)(value, decimals)

    def euro(self, cents: int) -> str:
        return (english.en_euro if self.code == "en" else dutch.nl_euro)(cents)


DUTCH = Language("nl", "nl-NL")
ENGLISH = Language("en", "en-GB")
LANGUAGES = {"nl": DUTCH, "en": ENGLISH}

_current: ContextVar[Language] = ContextVar("report_language", default=DUTCH)


def language(code: str) -> Language:
    return LANGUAGES.get(code, DUTCH)


def current() -> Language:
    """The language of the report being made on this thread (Dutch outside build_report)."""
    return _current.get()


@contextmanager
def speaking(lang: Language) -> Iterator[Language]:
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


def translate(context: str, text: str) -> str:
    """`text` (Dutch) in the current report's language; lupdate collects the call."""
    return current().translate(context, text)


def word(text: str | None) -> str:
    return current().word(text)
