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

from zorgdesk.store.errors import QT_TRANSLATE_NOOP
from zorgdesk.tables.readers import Sheet

IMPORT_KINDS = ("goals", "organisations", "people", "actions", "roles")


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str  # a Dutch noun, lower case, marked for translation ("streefjaar")
    aliases: tuple[str, ...]


F = QT_TRANSLATE_NOOP
FIELDS: dict[str, tuple[Field, ...]] = {
    "goals": (
        Field("id", F("StoreError", "id"), ("id",)),
        Field("code", F("StoreError", "code"), ("code", "nr", "nummer", "doelcode", "no")),
        Field("title", F("StoreError", "titel"), ("titel", "doel", "naam", "doelstelling")),
        Field("theme", F("StoreError", "thema"), ("thema", "themagroep", "regio-opgave",
                                                  "opgave")),
        Field("level", F("StoreError", "niveau"), ("niveau", "soort doel")),
        Field("parent", F("StoreError", "bovenliggend doel"),
              ("bovenliggend", "bovenliggend doel", "hoort bij", "valt onder")),
        Field("parent_id", F("StoreError", "bovenliggend-id"), ("bovenliggend-id",)),
        Field("target_year", F("StoreError", "streefjaar"),
              ("streefjaar", "jaar", "deadline", "gereed in")),
        Field("trekker", F("StoreError", "trekker"),
              ("trekker", "trekkers", "eigenaar", "verantwoordelijk")),
        Field("light", F("StoreError", "licht"), ("licht", "verkeerslicht", "status")),
    ),
    "milestones": (
        Field("id", F("StoreError", "id"), ("id",)),
        Field("goal_id", F("StoreError", "doel-id"), ("doel-id",)),
        Field("theme", F("StoreError", "thema"), ("thema",)),
        Field("goal", F("StoreError", "doel"), ("doel", "doelcode", "code", "nr")),
        Field("title", F("StoreError", "mijlpaal"), ("mijlpaal", "titel", "resultaat")),
        Field("precision", F("StoreError", "precisie"), ("precisie",)),
        Field("year", F("StoreError", "jaar"), ("jaar",)),
        Field("quarter", F("StoreError", "kwartaal"), ("kwartaal",)),
        Field("month", F("StoreError", "maand"), ("maand",)),
        Field("due_date", F("StoreError", "datum"), ("datum", "deadline")),
        Field("start_date", F("StoreError", "begin"), ("begin", "start", "startdatum")),
        Field("status", F("StoreError", "stand"), ("stand", "status")),
        Field("done_on", F("StoreError", "gereed op"), ("gereed op",)),
        Field("notes", F("StoreError", "notities"), ("notities", "toelichting")),
    ),
    "organisations": (
        Field("id", F("StoreError", "id"), ("id",)),
        Field("name", F("StoreError", "naam"), ("naam", "organisatie", "partner")),
        Field("short_name", F("StoreError", "afkorting"), ("afkorting", "korte naam")),
        Field("kind", F("StoreError", "soort"), ("soort", "type")),
        Field("sector", F("StoreError", "sector"), ("sector",)),
        Field("population", F("StoreError", "inwoners"),
              ("inwoners", "inwoneraantal", "aantal inwoners")),
        Field("coalition", F("StoreError", "coalitie"), ("coalitie",)),
        Field("notes", F("StoreError", "notities"), ("notities", "opmerkingen")),
    ),
    "people": (
        Field("id", F("StoreError", "id"), ("id",)),
        Field("name", F("StoreError", "naam"), ("naam", "persoon", "contactpersoon")),
        Field("organisation", F("StoreError", "organisatie"), ("organisatie",)),
        Field("function", F("StoreError", "functie"), ("functie",)),
        Field("email", F("StoreError", "e-mail"), ("e-mail", "email", "e-mailadres", "mail")),
        Field("publishable", F("StoreError", "publiceerbaar"), ("publiceerbaar", "openbaar")),
        Field("notes", F("StoreError", "notities"), ("notities", "opmerkingen")),
    ),
    "actions": (
        Field("id", F("StoreError", "id"), ("id",)),
        Field("text", F("StoreError", "actie"),
              ("actie", "actiepunt", "wat", "omschrijving", "taak")),
        Field("owner", F("StoreError", "eigenaar"),
              ("eigenaar", "wie", "trekker", "actiehouder", "verantwoordelijke")),
        Field("due", F("StoreError", "deadline"),
              ("deadline", "datum", "wanneer", "uiterlijk", "termijn")),
        Field("status", F("StoreError", "stand"), ("stand", "status")),
        Field("done_on", F("StoreError", "gereed op"), ("gereed op",)),
        Field("body", F("StoreError", "overleg"), ("overleg", "gremium")),
        Field("notes", F("StoreError", "notities"), ("notities", "opmerkingen", "toelichting")),
    ),
    "roles": (
        Field("id", F("StoreError", "id"), ("id",)),
        Field("goal_id", F("StoreError", "doel-id"), ("doel-id",)),
        Field("goal_title", F("StoreError", "doeltitel"), ("titel", "doeltitel")),
        Field("goal", F("StoreError", "doel"), ("doel", "doelcode", "code", "nr")),
        Field("theme", F("StoreError", "thema"), ("thema",)),
        Field("organisation", F("StoreError", "organisatie"), ("organisatie", "partner")),
        Field("person", F("StoreError", "persoon"), ("persoon",)),
        Field("role", F("StoreError", "rol"), ("rol",)),
        Field("capacity", F("StoreError", "hoedanigheid"), ("hoedanigheid",)),
        Field("note", F("StoreError", "notitie"), ("notitie", "notities")),
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


def _hits(row: Sequence[Any], kind: str) -> dict[str, int]:
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
        hits = _hits(row, kind)
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
