"""How many records of each kind a workspace holds (for `zorgdesk info` and the overview)."""

from __future__ import annotations

from zorgdesk.store.reader import Reader

# table -> Dutch label, in the order people think of a work agenda.
KINDS: tuple[tuple[str, str], ...] = (
    ("theme", "thema's"),
    ("goal", "doelen"),
    ("milestone", "mijlpalen"),
    ("year_mark", "jaarmarkeringen"),
    ("status_update", "voortgangsrapportages"),
    ("indicator", "indicatoren"),
    ("measurement", "metingen"),
    ("programme", "transformatieprogramma's"),
    ("tag", "labels"),
    ("organisation", "organisaties"),
    ("person", "personen"),
    ("role", "rollen"),
    ("funding_line", "financieringsregels"),
    ("body", "overleggen"),
    ("body_member", "leden van overleggen"),
    ("meeting", "vergaderingen"),
    ("agenda_item", "agendapunten"),
    ("decision", "besluiten"),
    ("action", "actiepunten"),
    ("attachment", "bijlagen"),
    ("related_initiative", "initiatieven"),
)


def count_records(conn: Reader) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table, _label in KINDS
    }
