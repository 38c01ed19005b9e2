"""The one-pass tree order (services/goals/tree.py) against the plain rule it replaced, on
random goal forests with unthemed chains, missing parents and cycles."""

from __future__ import annotations

import random
from typing import Any

from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.goals.grouping import Placement, place_goals
from zorgdesk.services.goals.tree import in_tree_order


def reference_place(links: list[tuple[str, str | None, str | None]]) -> dict[str, Placement]:
    own = {g: t for g, t, _p in links}
    parent_of = {g: p for g, _t, p in links}
    group: dict[str, str | None] = {}

    def group_of(goal_id: str) -> str | None:
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
        return group[goal_id]

    placed = {}
    for goal_id in own:
        theme = group_of(goal_id)
        parent = parent_of[goal_id] if parent_of[goal_id] in own else None
        if parent is not None and group_of(parent) != theme:
            placed[goal_id] = Placement(theme, None, parent)
        else:
            placed[goal_id] = Placement(theme, parent, None)
    return placed


def reference_order(raw: list[tuple[Any, ...]]) -> list[tuple[tuple[Any, ...], int]]:
    placed = reference_place([(r[0], r[1], r[2]) for r in raw])
    rows = [(r[0], placed[r[0]].theme_id, placed[r[0]].parent_id, *r[3:]) for r in raw]
    rows.sort(key=lambda r: (r[3], code_key(r[5]), r[6]))
    children: dict[str | None, list[tuple[Any, ...]]] = {}
    for row in rows:
        children.setdefault(row[2], []).append(row)
    ordered: list[tuple[tuple[Any, ...], int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for row in children.get(parent, []):
            ordered.append((row, depth))
            walk(row[0], depth + 1)

    walk(None, 1)
    return ordered


def random_goals(rng: random.Random, count: int) -> list[tuple[Any, ...]]:
    ids = [f"g{n}" for n in range(count)]
    goals = []
    for n, goal_id in enumerate(ids):
        parent = rng.choice([None, "weg", *ids[: n + 1]]) if rng.random() < 0.8 else None
        if rng.random() < 0.05:  # now and then a link down the list: cycles
            parent = rng.choice(ids)
        theme = rng.choice([None, None, "t1", "t2", "t3"])
        code = rng.choice([None, "1", "2.1", "2.10", "2.1.A", f"{rng.randint(1, 3)}.{n}"])
        goals.append((goal_id, theme, parent, rng.randint(0, 3), "operationeel", code,
                      rng.choice(["Alpha", "beta", "Gamma"])))
    return goals


def test_same_placement_and_order_as_the_plain_rule() -> None:
    rng = random.Random(21)
    for _ in range(300):
        goals = random_goals(rng, rng.randint(0, 40))
        links = [(g[0], g[1], g[2]) for g in goals]
        assert place_goals(links) == reference_place(links)
        assert list(place_goals(links)) == [g[0] for g in goals]
        mine = list(goals)
        assert in_tree_order(mine) == reference_order(goals)
        placed = reference_place(links)
        assert mine == [(g[0], placed[g[0]].theme_id, placed[g[0]].parent_id, *g[3:])
                        for g in goals]
