"""The goal tree as plain rows: themes, goals with parent links, newest light, owner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.workspace.overview import LATEST_LIGHT_SQL
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


THEMES_SQL = "SELECT id, code, name, kind FROM theme ORDER BY position, code, name"
# Every goal read starts with these columns, in this order, for `in_tree_order`.
GOAL_COLUMNS = "id, theme_id, parent_id, position, level, code, title"
GoalRecord = tuple[Any, ...]


def in_tree_order(raw: list[GoalRecord]) -> list[tuple[GoalRecord, int]]:
    """Goal records (GOAL_COLUMNS first) with their depth: parents before children, siblings
    by position and then by code as people read it. Goals under a missing parent are left out.
    """
    raw.sort(key=lambda r: (r[3], code_key(r[5]), r[6]))
    children: dict[str | None, list[GoalRecord]] = {}
    for row in raw:
        children.setdefault(row[2], []).append(row)
    ordered: list[tuple[GoalRecord, int]] = []
    stack = [(row, 1) for row in reversed(children.get(None, []))]
    while stack:
        row, depth = stack.pop()
        ordered.append((row, depth))
        below = children.get(row[0])
        if below:
            stack.extend((child, depth + 1) for child in reversed(below))
    return ordered


def load_goal_tree(store: Store, *, details: bool = True) -> GoalTree:
    """The tree; without `details` no lights and owners (for callers that need the order only)."""
    conn = store.raw()
    try:
        themes = [ThemeRow(*row) for row in conn.execute(THEMES_SQL)]
        light_of: dict[str, str] = {}
        owner_of: dict[str, str] = {}
        if details:
            light_of = {goal_id: light for goal_id, light, _ in conn.execute(LATEST_LIGHT_SQL)}
            for goal_id, owner in conn.execute(OWNER_SQL):
                owner_of.setdefault(goal_id, owner)
        raw = conn.execute(f"SELECT {GOAL_COLUMNS}, target_year, target_tbd FROM goal").fetchall()
    finally:
        conn.close()
    goals = [GoalRow(str(r[0]), r[1], r[2], str(r[4]), r[5], str(r[6]), light_of.get(r[0]),
                     owner_of.get(r[0]), r[7], bool(r[8]))
             for r, _depth in in_tree_order(raw)]
    return GoalTree(themes, goals)
