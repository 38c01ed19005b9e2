"""The goal tree as plain rows: themes, goals with parent links, newest light, owner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from zorgdesk.services.codes import code_key
from zorgdesk.services.overview import LATEST_LIGHT_SQL
from zorgdesk.store import Store


@dataclass(frozen=True, slots=True)
class ThemeRow:
    id: str
    code: str | None
    name: str
    kind: str


class GoalRow(NamedTuple):
    """One goal (a tuple: the large sample makes 2,000 of them on every reload)."""

    id: str
    theme_id: str | None
    parent_id: str | None
    level: str
    code: str | None
    title: str
    light: str | None
    owner: str | None
    target_year: int | None
    target_tbd: bool


@dataclass(frozen=True, slots=True)
class GoalTree:
    themes: list[ThemeRow]
    goals: list[GoalRow]  # parents before children, siblings in reading order


OWNER_SQL = """
SELECT r.goal_id, coalesce(o.short_name, o.name)
FROM role r JOIN organisation o ON o.id = r.organisation_id
WHERE r.goal_id IS NOT NULL AND r.role = 'trekker'
ORDER BY o.name
"""


def load_goal_tree(store: Store, *, details: bool = True) -> GoalTree:
    """The tree; without `details` no lights and owners (the timeline reads those per block)."""
    conn = store.raw()
    try:
        themes = [
            ThemeRow(*row)
            for row in conn.execute(
                "SELECT id, code, name, kind FROM theme ORDER BY position, code, name"
            )
        ]
        light_of: dict[str, str] = {}
        owner_of: dict[str, str] = {}
        if details:
            light_of = {goal_id: light for goal_id, light, _ in conn.execute(LATEST_LIGHT_SQL)}
            for goal_id, owner in conn.execute(OWNER_SQL):
                owner_of.setdefault(goal_id, owner)
        raw = conn.execute(
            "SELECT id, theme_id, parent_id, level, code, title, target_year, target_tbd, "
            "position FROM goal"
        ).fetchall()
    finally:
        conn.close()
    raw.sort(key=lambda r: (r[8], code_key(r[4]), r[5]))
    children: dict[str | None, list[tuple[object, ...]]] = {}
    for row in raw:
        children.setdefault(row[2], []).append(row)
    ordered: list[GoalRow] = []

    def walk(parent: str | None) -> None:
        for r in children.get(parent, []):
            gid = str(r[0])
            ordered.append(
                GoalRow(gid, r[1], r[2], str(r[3]), r[4], str(r[5]),  # type: ignore[arg-type]
                        light_of.get(gid), owner_of.get(gid), r[6], bool(r[7]))  # type: ignore[arg-type]
            )
            walk(gid)

    walk(None)
    return GoalTree(themes, ordered)
