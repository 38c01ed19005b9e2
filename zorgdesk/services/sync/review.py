"""Conflicts of a merge as a person reads them: which record, which field, both values.

The merge engine (store/merge.py) speaks in tables, JSON keys and columns; the review dialog
shows "doelen · 2.1.1.A Netwerk dementie · titel", with each side's value as text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from zorgdesk.store import Store
from zorgdesk.store.errors import QT_TRANSLATE_NOOP
from zorgdesk.store.merge import Conflict

KIND_LABELS = {
    "theme": QT_TRANSLATE_NOOP("MergeReview", "thema's"),
    "goal": QT_TRANSLATE_NOOP("MergeReview", "doelen"),
    "milestone": QT_TRANSLATE_NOOP("MergeReview", "mijlpalen"),
    "year_mark": QT_TRANSLATE_NOOP("MergeReview", "jaarmarkeringen"),
    "status_update": QT_TRANSLATE_NOOP("MergeReview", "voortgangsrapportages"),
    "indicator": QT_TRANSLATE_NOOP("MergeReview", "indicatoren"),
    "measurement": QT_TRANSLATE_NOOP("MergeReview", "metingen"),
    "programme": QT_TRANSLATE_NOOP("MergeReview", "transformatieprogramma's"),
    "tag": QT_TRANSLATE_NOOP("MergeReview", "labels"),
    "organisation": QT_TRANSLATE_NOOP("MergeReview", "organisaties"),
    "person": QT_TRANSLATE_NOOP("MergeReview", "personen"),
    "role": QT_TRANSLATE_NOOP("MergeReview", "rollen"),
    "funding_line": QT_TRANSLATE_NOOP("MergeReview", "financieringsregels"),
    "body": QT_TRANSLATE_NOOP("MergeReview", "overleggen"),
    "body_member": QT_TRANSLATE_NOOP("MergeReview", "leden van overleggen"),
    "meeting": QT_TRANSLATE_NOOP("MergeReview", "vergaderingen"),
    "agenda_item": QT_TRANSLATE_NOOP("MergeReview", "agendapunten"),
    "decision": QT_TRANSLATE_NOOP("MergeReview", "besluiten"),
    "action": QT_TRANSLATE_NOOP("MergeReview", "actiepunten"),
    "attachment": QT_TRANSLATE_NOOP("MergeReview", "bijlagen"),
    "related_initiative": QT_TRANSLATE_NOOP("MergeReview", "initiatieven"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("MergeReview", "titel"),
    "text": QT_TRANSLATE_NOOP("MergeReview", "tekst"),
    "name": QT_TRANSLATE_NOOP("MergeReview", "naam"),
    "code": QT_TRANSLATE_NOOP("MergeReview", "code"),
    "status": QT_TRANSLATE_NOOP("MergeReview", "status"),
    "due": QT_TRANSLATE_NOOP("MergeReview", "deadline"),
    "due_date": QT_TRANSLATE_NOOP("MergeReview", "datum"),
    "notes": QT_TRANSLATE_NOOP("MergeReview", "toelichting"),
    "minutes_text": QT_TRANSLATE_NOOP("MergeReview", "verslag"),
    "results": QT_TRANSLATE_NOOP("MergeReview", "resultaten"),
    "attention_points": QT_TRANSLATE_NOOP("MergeReview", "aandachtspunten"),
    "light": QT_TRANSLATE_NOOP("MergeReview", "verkeerslicht"),
    "role": QT_TRANSLATE_NOOP("MergeReview", "rol"),
    "amount_cents": QT_TRANSLATE_NOOP("MergeReview", "bedrag"),
    "number": QT_TRANSLATE_NOOP("MergeReview", "nummer"),
    "position": QT_TRANSLATE_NOOP("MergeReview", "volgorde"),
    "parent_id": QT_TRANSLATE_NOOP("MergeReview", "plaats in de boom"),
    "theme_id": QT_TRANSLATE_NOOP("MergeReview", "thema"),
    "starts_at": QT_TRANSLATE_NOOP("MergeReview", "begin"),
    "location": QT_TRANSLATE_NOOP("MergeReview", "plaats"),
    "internal_notes": QT_TRANSLATE_NOOP("MergeReview", "interne notitie"),
    "year": QT_TRANSLATE_NOOP("MergeReview", "jaar"),
    "quarter": QT_TRANSLATE_NOOP("MergeReview", "kwartaal"),
    "month": QT_TRANSLATE_NOOP("MergeReview", "maand"),
    "precision": QT_TRANSLATE_NOOP("MergeReview", "precisie"),
}
LABEL_COLUMNS = (("code", "title"), ("number", "text"), ("name",), ("title",), ("text",))


@dataclass(frozen=True, slots=True)
class ConflictLine:
    ident: str
    kind: str  # "doelen", "mijlpalen", ...
    record: str  # "2.1.1.A Netwerk dementie"
    field: str  # "titel", or "gewijzigd tegenover verwijderd" (labels: tr in context
    # "MergeReview" before showing; the values are as stored)
    mine: str
    theirs: str
    text: bool  # both sides text: "beide" is a choice


def _shown(value: Any) -> str:
    if value is None:
        return QT_TRANSLATE_NOOP("MergeReview", "(leeg)")
    return str(value)


def _record_label(row: dict[str, Any] | None) -> str:
    if not row:
        return ""
    for columns in LABEL_COLUMNS:
        parts = [str(row[c]) for c in columns if row.get(c)]
        if parts:
            label = " ".join(parts)
            return label if len(label) <= 80 else label[:78].rsplit(" ", 1)[0] + " …"
    return ""


def _row(store: Store, table: str, key: str) -> dict[str, Any] | None:
    values = json.loads(key)
    conn = store.reader()
    try:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (values[0],)) \
            if len(values) == 1 else None
        if cursor is None:
            return None
        row = cursor.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cursor.description]  # type: ignore[attr-defined]
    finally:
        conn.close()
    return dict(zip(names, row, strict=True))


def review_lines(store: Store, conflicts: list[Conflict]) -> list[ConflictLine]:
    lines = []
    for c in conflicts:
        row = _row(store, c.table, c.key)
        if row is None and isinstance(c.theirs, dict):
            row = c.theirs
        record = _record_label(row) or c.key
        if c.kind == "field":
            field = FIELD_LABELS.get(c.column or "", c.column or "")
            mine, theirs = _shown(c.mine), _shown(c.theirs)
            text = isinstance(c.mine, str) and isinstance(c.theirs, str)
        else:
            field = QT_TRANSLATE_NOOP("MergeReview", "gewijzigd tegenover verwijderd")
            edited = QT_TRANSLATE_NOOP("MergeReview", "gewijzigd")
            deleted = QT_TRANSLATE_NOOP("MergeReview", "verwijderd")
            mine, theirs = (edited, deleted) if c.kind == "edit_delete" else (deleted, edited)
            text = False
        lines.append(ConflictLine(c.ident, KIND_LABELS.get(c.table, c.table), record, field,
                                  mine, theirs, text))
    return lines
