"""Organisations with their number of roles, read as plain rows (the Organisaties tab)."""

from __future__ import annotations

from dataclasses import dataclass

from zorgdesk.services.text_order import text_key
from zorgdesk.store import Store


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: str
    name: str
    short_name: str | None
    kind: str
    sector: str | None
    population: int | None
    coalition: str | None
    roles: int


def load_organisations(store: Store) -> list[OrganisationRow]:
    conn = store.reader()
    try:
        role_count = dict(
            conn.execute(
                "SELECT organisation_id, count(*) FROM role WHERE organisation_id IS NOT NULL "
                "GROUP BY organisation_id"
            ).fetchall()
        )
        rows = conn.execute(
            "SELECT id, name, short_name, kind, sector, population, coalition FROM organisation "
        ).fetchall()
        rows.sort(key=lambda r: (r[3], text_key(r[1])))
    finally:
        conn.close()
    return [
        OrganisationRow(oid, name, short, kind, sector, population, coalition,
                        role_count.get(oid, 0))
        for oid, name, short, kind, sector, population, coalition in rows
    ]
