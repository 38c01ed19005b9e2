"""The goal tree as plain rows: themes, goals with parent links, newest light, owner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.goals.grouping import goal_groups, place_goals
from zorgdesk.services.goals.lights import latest_lights
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
    under: str | None = None  # "code title" of its parent shown in another theme (context)


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


def context_label(code: str | None, title: str | None, limit: int = 90) -> str:
    """How a parent in another theme is named as context: "code title", a long title cut."""
    title = " ".join((title or "").split())
    if len(title) > limit:
        title = title[:limit].rsplit(" ", 1)[0] + " \u2026"
    return " ".join(x for x in (code, title) if x)


def in_tree_order(raw: list[GoalRecord]) -> list[tuple[GoalRecord, int]]:
    """Goal records (GOAL_COLUMNS first) with their depth: parents before children, siblings
    by position and then by code as people read it. Goals under a missing parent are left out.

    The records come back placed by `place_goals`: theme_id is the group a goal is shown in,
    parent_id its parent inside that group. One pass to place, siblings sorted among
    themselves (a sort per parent, not one of all 2,000 goals of the large sample).
    """
    own: dict[str, str | None] = {}
    parent_of: dict[str, str | None] = {}
    for r in raw:
        own[r[0]] = r[1]
        parent_of[r[0]] = r[2]
    group = goal_groups(own, parent_of)
    children: dict[str | None, list[tuple[tuple[Any, ...], GoalRecord]]] = {}
    placed_rows: list[GoalRecord] = []
    for r in raw:
        goal_id = r[0]
        theme = group[goal_id]
        parent = r[2]
        if parent is not None and (parent not in own or group[parent] != theme):
            parent = None
        row = (goal_id, theme, parent, *r[3:])
        placed_rows.append(row)
        below = children.get(parent)
        if below is None:
            below = children[parent] = []
        below.append(((r[3], code_key(r[5]), r[6]), row))
    raw[:] = placed_rows
    ordered_children = {parent: [row for _key, row in sorted(rows, key=_first)]
                        for parent, rows in children.items()}
    ordered: list[tuple[GoalRecord, int]] = []
    stack = [(row, 1) for row in reversed(ordered_children.get(None, []))]
    while stack:
        row, depth = stack.pop()
        ordered.append((row, depth))
        below_rows = ordered_children.get(row[0])
        if below_rows:
            stack.extend((child, depth + 1) for child in reversed(below_rows))
    return ordered


def _first(pair: tuple[Any, ...]) -> Any:
    return pair[0]


def load_goal_tree(store: Store, *, details: bool = True) -> GoalTree:
    """The tree; without `details` no lights and owners (for callers that need the order only)."""
    conn = store.reader()
    try:
        themes = [ThemeRow(*row) for row in conn.execute(THEMES_SQL)]
        light_of: dict[str, str] = {}
        owner_of: dict[str, str] = {}
        if details:
            light_of = latest_lights(conn)
            for goal_id, owner in conn.execute(OWNER_SQL):
                owner_of.setdefault(goal_id, owner)
        raw = conn.execute(f"SELECT {GOAL_COLUMNS}, target_year, target_tbd FROM goal").fetchall()
    finally:
        conn.close()
    label = {r[0]: context_label(r[5], r[6]) for r in raw}
    under = {goal_id: label.get(p.under_id) for goal_id, p in
             place_goals((r[0], r[1], r[2]) for r in raw).items() if p.under_id}
    goals = [GoalRow(str(r[0]), r[1], r[2], str(r[4]), r[5], str(r[6]), light_of.get(r[0]),
                     owner_of.get(r[0]), r[7], bool(r[8]), under.get(r[0]))
             for r, _depth in in_tree_order(raw)]
    return GoalTree(themes, goals)
