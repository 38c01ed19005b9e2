"""How many records of each kind a workspace holds (for `zorgdesk info` and the overview)."""

from __future__ import annotations

from collections.abc import Iterable

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


def count_records(conn: Reader, tables: Iterable[str] | None = None) -> dict[str, int]:
    """table -> its number of rows, for every kind of KINDS or only `tables` (of KINDS)."""
    known = [table for table, _label in KINDS]
    wanted = known if tables is None else [table for table in tables if table in known]
    return {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in wanted}
