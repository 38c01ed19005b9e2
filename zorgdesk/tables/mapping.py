"""Which column holds what: the fields of each import and the headers that name them.

Our own export's headers are recognised, and the ones Dutch werkagenda's and action lists
use ("Nr", "Doel", "Trekker", "Deadline", "Eigenaar"). The header row need not be the
first: a title or an empty row above it is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase
from zorgdesk.tables.readers import Sheet

IMPORT_KINDS = ("goals", "organisations", "people", "actions", "roles")


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: Phrase  # a Dutch noun, lower case, translated on its own ("streefjaar")
    aliases: tuple[str, ...]


FIELDS: dict[str, tuple[Field, ...]] = {
    "goals": (
        Field("id", Phrase(QT_TRANSLATE_NOOP("StoreError", "id")), ("id",)),
        Field("code", Phrase(QT_TRANSLATE_NOOP("StoreError", "code")),
              ("code", "nr", "nummer", "doelcode", "no")),
        Field("title", Phrase(QT_TRANSLATE_NOOP("StoreError", "titel")),
              ("titel", "doel", "naam", "doelstelling")),
        Field("theme", Phrase(QT_TRANSLATE_NOOP("StoreError", "thema")),
              ("thema", "themagroep", "regio-opgave",
                                                  "opgave")),
        Field("level", Phrase(QT_TRANSLATE_NOOP("StoreError", "niveau")), ("niveau", "soort doel")),
        Field("parent", Phrase(QT_TRANSLATE_NOOP("StoreError", "bovenliggend doel")),
              ("bovenliggend", "bovenliggend doel", "hoort bij", "valt onder")),
        Field("parent_id", Phrase(QT_TRANSLATE_NOOP("StoreError", "bovenliggend-id")),
              ("bovenliggend-id",)),
        Field("target_year", Phrase(QT_TRANSLATE_NOOP("StoreError", "streefjaar")),
              ("streefjaar", "jaar", "deadline", "gereed in")),
        Field("trekker", Phrase(QT_TRANSLATE_NOOP("StoreError", "trekker")),
              ("trekker", "trekkers", "eigenaar", "verantwoordelijk")),
        Field("light", Phrase(QT_TRANSLATE_NOOP("StoreError", "licht")),
              ("licht", "verkeerslicht", "status")),
    ),
    "milestones": (
        Field("id", Phrase(QT_TRANSLATE_NOOP("StoreError", "id")), ("id",)),
        Field("goal_id", Phrase(QT_TRANSLATE_NOOP("StoreError", "doel-id")), ("doel-id",)),
        Field("theme", Phrase(QT_TRANSLATE_NOOP("StoreError", "thema")), ("thema",)),
        Field("goal", Phrase(QT_TRANSLATE_NOOP("StoreError", "doel")),
              ("doel", "doelcode", "code", "nr")),
        Field("title", Phrase(QT_TRANSLATE_NOOP("StoreError", "mijlpaal")),
              ("mijlpaal", "titel", "resultaat")),
        Field("precision", Phrase(QT_TRANSLATE_NOOP("StoreError", "precisie")), ("precisie",)),
        Field("year", Phrase(QT_TRANSLATE_NOOP("StoreError", "jaar")), ("jaar",)),
        Field("quarter", Phrase(QT_TRANSLATE_NOOP("StoreError", "kwartaal")), ("kwartaal",)),
        Field("month", Phrase(QT_TRANSLATE_NOOP("StoreError", "maand")), ("maand",)),
        Field("due_date", Phrase(QT_TRANSLATE_NOOP("StoreError", "datum")), ("datum", "deadline")),
        Field("start_date", Phrase(QT_TRANSLATE_NOOP("StoreError", "begin")),
              ("begin", "start", "startdatum")),
        Field("status", Phrase(QT_TRANSLATE_NOOP("StoreError", "stand")), ("stand", "status")),
        Field("done_on", Phrase(QT_TRANSLATE_NOOP("StoreError", "gereed op")), ("gereed op",)),
        Field("notes", Phrase(QT_TRANSLATE_NOOP("StoreError", "notities")),
              ("notities", "toelichting")),
    ),
    "organisations": (
        Field("id", Phrase(QT_TRANSLATE_NOOP("StoreError", "id")), ("id",)),
        Field("name", Phrase(QT_TRANSLATE_NOOP("StoreError", "naam")),
              ("naam", "organisatie", "partner")),
        Field("short_name", Phrase(QT_TRANSLATE_NOOP("StoreError", "afkorting")),
              ("afkorting", "korte naam")),
        Field("kind", Phrase(QT_TRANSLATE_NOOP("StoreError", "soort")), ("soort", "type")),
        Field("sector", Phrase(QT_TRANSLATE_NOOP("StoreError", "sector")), ("sector",)),
        Field("population", Phrase(QT_TRANSLATE_NOOP("StoreError", "inwoners")),
              ("inwoners", "inwoneraantal", "aantal inwoners")),
        Field("coalition", Phrase(QT_TRANSLATE_NOOP("StoreError", "coalitie")), ("coalitie",)),
        Field("notes", Phrase(QT_TRANSLATE_NOOP("StoreError", "notities")),
              ("notities", "opmerkingen")),
    ),
    "people": (
        Field("id", Phrase(QT_TRANSLATE_NOOP("StoreError", "id")), ("id",)),
        Field("name", Phrase(QT_TRANSLATE_NOOP("StoreError", "naam")),
              ("naam", "persoon", "contactpersoon")),
        Field("organisation", Phrase(QT_TRANSLATE_NOOP("StoreError", "organisatie")),
              ("organisatie",)),
        Field("function", Phrase(QT_TRANSLATE_NOOP("StoreError", "functie")), ("functie",)),
        Field("email", Phrase(QT_TRANSLATE_NOOP("StoreError", "e-mail")),
              ("e-mail", "email", "e-mailadres", "mail")),
        Field("publishable", Phrase(QT_TRANSLATE_NOOP("StoreError", "publiceerbaar")),
              ("publiceerbaar", "openbaar")),
        Field("notes", Phrase(QT_TRANSLATE_NOOP("StoreError", "notities")),
              ("notities", "opmerkingen")),
    ),
    "actions": (
        Field("id", Phrase(QT_TRANSLATE_NOOP("StoreError", "id")), ("id",)),
        Field("text", Phrase(QT_TRANSLATE_NOOP("StoreError", "actie")),
              ("actie", "actiepunt", "wat", "omschrijving", "taak")),
        Field("owner", Phrase(QT_TRANSLATE_NOOP("StoreError", "eigenaar")),
              ("eigenaar", "wie", "trekker", "actiehouder", "verantwoordelijke")),
        Field("due", Phrase(QT_TRANSLATE_NOOP("StoreError", "deadline")),
              ("deadline", "datum", "wanneer", "uiterlijk", "termijn")),
        Field("status", Phrase(QT_TRANSLATE_NOOP("StoreError", "stand")), ("stand", "status")),
        Field("done_on", Phrase(QT_TRANSLATE_NOOP("StoreError", "gereed op")), ("gereed op",)),
        Field("body", Phrase(QT_TRANSLATE_NOOP("StoreError", "overleg")), ("overleg", "gremium")),
        Field("notes", Phrase(QT_TRANSLATE_NOOP("StoreError", "notities")),
              ("notities", "opmerkingen", "toelichting")),
    ),
    "roles": (
        Field("id", Phrase(QT_TRANSLATE_NOOP("StoreError", "id")), ("id",)),
        Field("goal_id", Phrase(QT_TRANSLATE_NOOP("StoreError", "doel-id")), ("doel-id",)),
        Field("goal_title", Phrase(QT_TRANSLATE_NOOP("StoreError", "doeltitel")),
              ("titel", "doeltitel")),
        Field("goal", Phrase(QT_TRANSLATE_NOOP("StoreError", "doel")),
              ("doel", "doelcode", "code", "nr")),
        Field("theme", Phrase(QT_TRANSLATE_NOOP("StoreError", "thema")), ("thema",)),
        Field("organisation", Phrase(QT_TRANSLATE_NOOP("StoreError", "organisatie")),
              ("organisatie", "partner")),
        Field("person", Phrase(QT_TRANSLATE_NOOP("StoreError", "persoon")), ("persoon",)),
        Field("role", Phrase(QT_TRANSLATE_NOOP("StoreError", "rol")), ("rol",)),
        Field("capacity", Phrase(QT_TRANSLATE_NOOP("StoreError", "hoedanigheid")),
              ("hoedanigheid",)),
        Field("note", Phrase(QT_TRANSLATE_NOOP("StoreError", "notitie")), ("notitie", "notities")),
    ),
}
# Sheets of our own export, per import.
SHEET_NAMES = {"goals": "Doelen", "milestones": "Mijlpalen", "organisations": "Organisaties",
               "people": "Personen", "actions": "Actielijst", "roles": "Rollen"}
MAX_HEADER_ROW = 10


def normal(header: Any) -> str:
    text = " ".join(str(header or "").split()).casefold()
    return re.sub(r"[\s.:*]+$", "", text)


@dataclass
class Mapping:
    """The header row (0-based) and the column (0-based) of each mapped field."""

    header_row: int
    columns: dict[str, int]


def header_hits(row: Sequence[Any], kind: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for field in FIELDS[kind]:
        for index, header in enumerate(row):
            if normal(header) in field.aliases and index not in found.values():
                found.setdefault(field.key, index)
                break
    return found


def guess_mapping(sheet: Sheet, kind: str) -> Mapping:
    """The row among the first ten that names the most fields, and what it names."""
    best = Mapping(0, {})
    for index, row in enumerate(sheet.rows[:MAX_HEADER_ROW]):
        hits = header_hits(row, kind)
        if len(hits) > len(best.columns):
            best = Mapping(index, hits)
    if not best.columns:
        for index, row in enumerate(sheet.rows[:MAX_HEADER_ROW]):
            if sum(1 for v in row if v is not None and str(v).strip()) >= 2:
                return Mapping(index, {})
    return best


def choose_sheet(sheets: Sequence[Sheet], kind: str) -> Sheet:
    """Our export's sheet for this list, else the sheet whose headers fit best."""
    for sheet in sheets:
        if sheet.name == SHEET_NAMES.get(kind):
            return sheet
    return max(sheets, key=lambda s: len(guess_mapping(s, kind).columns))


def milestone_sheet(sheets: Sequence[Sheet], goals: Sheet) -> Sheet | None:
    """The milestones that come along with a goals import: a sheet named Mijlpalen."""
    for sheet in sheets:
        if sheet is not goals and normal(sheet.name) == "mijlpalen":
            return sheet
    return None
