"""The one grouping rule of goals under themes, for every page and report.

Its own module, apart from the tree (services/goals/tree.py): the overview counts goals per
theme before the first paint and needs the rule without the tree's rows and sort keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


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
    group = goal_groups(own, parent_of)
    placed = {}
    for goal_id, theme in group.items():
        parent = parent_of[goal_id]
        if parent is not None and parent in own and group[parent] != theme:
            placed[goal_id] = Placement(theme, None, parent)
        else:
            placed[goal_id] = Placement(theme, parent if parent in own else None, None)
    return placed


def goal_groups(own: dict[str, str | None],
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
