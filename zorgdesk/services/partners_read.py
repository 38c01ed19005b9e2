"""Organisations and the goal x organisation role matrix, read as plain rows."""

from __future__ import annotations

from dataclasses import dataclass

from zorgdesk.services.goal_tree import load_goal_tree
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


@dataclass(frozen=True, slots=True)
class RoleMatrix:
    goal_ids: list[str]
    goal_labels: list[str]
    organisations: list[OrganisationRow]
    cells: dict[tuple[int, int], str]  # (goal row, organisation column) -> role


def load_organisations(store: Store) -> list[OrganisationRow]:
    conn = store.raw()
    try:
        role_count = dict(
            conn.execute(
                "SELECT organisation_id, count(*) FROM role WHERE organisation_id IS NOT NULL "
                "GROUP BY organisation_id"
            ).fetchall()
        )
        rows = conn.execute(
            "SELECT id, name, short_name, kind, sector, population, coalition FROM organisation "
            "ORDER BY kind, name"
        ).fetchall()
    finally:
        conn.close()
    return [
        OrganisationRow(oid, name, short, kind, sector, population, coalition,
                        role_count.get(oid, 0))
        for oid, name, short, kind, sector, population, coalition in rows
    ]


def load_role_matrix(store: Store) -> RoleMatrix:
    tree = load_goal_tree(store)
    organisations = load_organisations(store)
    conn = store.raw()
    try:
        roles = conn.execute(
            "SELECT goal_id, organisation_id, role FROM role "
            "WHERE goal_id IS NOT NULL AND organisation_id IS NOT NULL"
        ).fetchall()
    finally:
        conn.close()
    goal_row = {g.id: i for i, g in enumerate(tree.goals)}
    org_col = {o.id: i for i, o in enumerate(organisations)}
    cells: dict[tuple[int, int], str] = {}
    for goal_id, org_id, role in roles:
        if goal_id in goal_row and org_id in org_col:
            cells[(goal_row[goal_id], org_col[org_id])] = role
    labels = [f"{g.code} {g.title}" if g.code else g.title for g in tree.goals]
    return RoleMatrix([g.id for g in tree.goals], labels, organisations, cells)
