"""One filter for the goal tree and the timeline: theme, organisation, tag, light and text.

Matching happens on plain rows read once through sqlite3, so typing in the search box stays
instant on 2,000 goals. Ancestors of a match are kept, so the tree keeps its shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from zorgdesk.services.goals.tree import GoalTree
from zorgdesk.store import Store

NO_LIGHT = "geen"


@dataclass(frozen=True, slots=True)
class GoalFilter:
    theme_id: str | None = None
    organisation_id: str | None = None
    tag_id: str | None = None
    light: str | None = None  # groen / oranje / rood, or NO_LIGHT
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.theme_id or self.organisation_id or self.tag_id or self.light
                    or self.text.strip())


@dataclass(frozen=True, slots=True)
class FilterChoices:
    themes: list[tuple[str, str]]
    organisations: list[tuple[str, str]]  # those with a role on a goal
    tags: list[tuple[str, str]]


def filter_choices(store: Store) -> FilterChoices:
    conn = store.reader()
    try:
        themes = [(str(i), f"{c} {n}" if c else str(n)) for i, c, n in conn.execute(
            "SELECT id, code, name FROM theme ORDER BY position, code, name")]
        organisations = [(str(i), str(n)) for i, n in conn.execute(
            "SELECT id, name FROM organisation o WHERE EXISTS (SELECT 1 FROM role r "
            "WHERE r.organisation_id = o.id AND r.goal_id IS NOT NULL) ORDER BY name")]
        tags = [(str(i), str(n)) for i, n in conn.execute("SELECT id, name FROM tag ORDER BY name")]
    finally:
        conn.close()
    return FilterChoices(themes, organisations, tags)


def matching_goal_ids(store: Store, tree: GoalTree, f: GoalFilter) -> set[str] | None:
    """The goals that match (and their ancestors); None when the filter is empty."""
    if f.is_empty:
        return None
    keep = {g.id for g in tree.goals}
    if f.theme_id:
        keep &= {g.id for g in tree.goals if g.theme_id == f.theme_id}
    if f.light:
        wanted = None if f.light == NO_LIGHT else f.light
        keep &= {g.id for g in tree.goals if g.light == wanted}
    words = f.text.lower().split()
    if words:
        keep &= {g.id for g in tree.goals
                 if all(w in f"{g.code or ''} {g.title} {g.owner or ''}".lower() for w in words)}
    if f.organisation_id or f.tag_id:
        conn = store.reader()
        try:
            if f.organisation_id:
                keep &= {str(i) for (i,) in conn.execute(
                    "SELECT goal_id FROM role WHERE organisation_id = ? AND goal_id IS NOT NULL",
                    (f.organisation_id,))}
            if f.tag_id:
                keep &= {str(i) for (i,) in conn.execute(
                    "SELECT goal_id FROM goal_tag WHERE tag_id = ?", (f.tag_id,))}
        finally:
            conn.close()
    parent_of = {g.id: g.parent_id for g in tree.goals}
    shown = set(keep)
    for goal_id in keep:
        parent = parent_of.get(goal_id)
        while parent and parent not in shown:
            shown.add(parent)
            parent = parent_of.get(parent)
    return shown
