"""The goal tree as plain rows: themes, goals with parent links, newest light, owner."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from zorgdesk.services.goals.codes import code_key
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


class Placement(NamedTuple):
    theme_id: str | None  # the group the goal is shown in (None: overkoepelend)
    parent_id: str | None  # its parent inside that group; None: a first-level goal there
    under_id: str | None  # its real parent when that one is shown in another group


def place_goals(links: Iterable[tuple[str, str | None, str | None]]) -> dict[str, Placement]:
    """The one grouping rule, for every page and report: a goal belongs to its own theme; a
    goal without one to its nearest ancestor's; a goal whose ancestors have none either is
    overkoepelend. A parent in another group is kept as context (`under_id`), so a theme
    never shows as empty because its goals hang under an ambition above all themes.

    `links` are (id, theme_id, parent_id); a parent that does not exist counts as none.
    """
    own: dict[str, str | None] = {}
    parent_of: dict[str, str | None] = {}
    for goal_id, theme_id, parent_id in links:
        own[goal_id] = theme_id
        parent_of[goal_id] = parent_id
    group = _groups(own, parent_of)
    placed = {}
    for goal_id, theme in group.items():
        parent = parent_of[goal_id]
        if parent is not None and parent in own and group[parent] != theme:
            placed[goal_id] = Placement(theme, None, parent)
        else:
            placed[goal_id] = Placement(theme, parent if parent in own else None, None)
    return placed


def _groups(own: dict[str, str | None],
            parent_of: dict[str, str | None]) -> dict[str, str | None]:
    """The group of every goal (see `place_goals`), in the order of `own`.

    A goal with a theme is its own answer (nearly all of them: one dict pass); only goals
    without one walk up, and every goal on the way shares what was found.
    """
    group: dict[str, str | None] = {}
    for goal_id, theme_id in own.items():
        if theme_id is not None:
            group[goal_id] = theme_id
            continue
        if goal_id in group:
            continue
        chain: list[str] = []
        found: str | None = None
        current: str | None = goal_id
        while current is not None and current in own and current not in chain:
            if current in group:
                found = group[current]
                break
            chain.append(current)
            if own[current] is not None:
                found = own[current]
                break
            current = parent_of[current]
        for visited in chain:
            group.setdefault(visited, found if own[visited] is None else own[visited])
    return {goal_id: group[goal_id] for goal_id in own}


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
    group = _groups(own, parent_of)
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
