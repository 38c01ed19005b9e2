"""Changing the goal tree: create, edit, delete, move, renumber, tags and programmes.

Each function is one transaction. Codes follow the plan's own style: a child's code is its
parent's code plus a number (2.1 -> 2.1.1) or a letter where the siblings use letters
(2.1.1 -> 2.1.1.A), so renumbering keeps a plan looking like the document it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from zorgdesk.services.goals.card import CARD_FIELDS
from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.undo import State, capture_dependents, capture_rows
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zorgdesk.models import Goal

# SQLAlchemy and the models are imported inside the functions: the Doelen page shows the tree
# through raw sqlite3 reads and loads the ORM only when a user edits.

TEXT_FIELDS = ("code", "title", "text", "internal_notes", *CARD_FIELDS)
FIELDS = (*TEXT_FIELDS, "target_year", "target_tbd", "level")
NEXT_LEVEL = {None: "strategisch", "ambitie": "strategisch", "strategisch": "operationeel",
              "operationeel": "project", "project": "project"}
_LETTER = re.compile(r"^[A-Z]$")


# --- captures for undo -------------------------------------------------------------------

def capture_goal_rows(store: Store, goal_ids: Iterable[str]) -> State:
    return capture_rows(store, "goal", goal_ids)


def capture_tree(store: Store) -> State:
    """Every goal row (a move or renumbering may touch any sibling; ~2,000 rows read fast)."""
    with store.transaction() as session:
        ids = [row[0] for row in session.execute(_goal_ids())]
    return capture_rows(store, "goal", ids)


def capture_goal_with_all(store: Store, goal_id: str) -> State:
    """A goal, its sub-goals, and all that hangs on them: what a delete takes along."""
    return capture_dependents(store, "goal", [goal_id])


def _goal_ids() -> Any:
    from sqlalchemy import select

    from zorgdesk.models import Goal

    return select(Goal.id)


# --- reading helpers ---------------------------------------------------------------------

def _siblings(session: Session, parent_id: str | None, theme_id: str | None) -> list[Goal]:
    from sqlalchemy import select

    from zorgdesk.models import Goal

    query = select(Goal).where(
        Goal.parent_id == parent_id if parent_id else Goal.parent_id.is_(None))
    if parent_id is None:
        query = query.where(Goal.theme_id == theme_id if theme_id else Goal.theme_id.is_(None))
    goals = list(session.scalars(query))
    goals.sort(key=lambda g: (g.position, code_key(g.code), g.title))
    return goals


def _prefix(session: Session, parent_id: str | None, theme_id: str | None) -> str | None:
    from zorgdesk.models import Goal, Theme

    if parent_id:
        parent = session.get(Goal, parent_id)
        return parent.code if parent else None
    if theme_id:
        theme = session.get(Theme, theme_id)
        return theme.code if theme else None
    return None


def _uses_letters(codes: Sequence[str | None]) -> bool:
    lasts = [c.rsplit(".", 1)[-1] for c in codes if c]
    return bool(lasts) and all(_LETTER.match(last) for last in lasts)


def _segment(n: int, letters: bool) -> str:
    if not letters:
        return str(n)
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _code(prefix: str | None, segment: str) -> str:
    return f"{prefix}.{segment}" if prefix else segment


def next_code(session: Session, parent_id: str | None, theme_id: str | None) -> str:
    siblings = _siblings(session, parent_id, theme_id)
    codes = [g.code for g in siblings]
    letters = _uses_letters(codes)
    taken = {c for c in codes if c}
    prefix = _prefix(session, parent_id, theme_id)
    n = len(siblings) + 1
    while _code(prefix, _segment(n, letters)) in taken:
        n += 1
    return _code(prefix, _segment(n, letters))


# --- edits -------------------------------------------------------------------------------

def create_goal(store: Store, *, title: str, parent_id: str | None = None,
                theme_id: str | None = None, after_id: str | None = None) -> str:
    """A new goal under `parent_id` (or directly under the theme), after `after_id` or last."""
    from zorgdesk.models import Goal, GoalLevel

    title = title.strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Geef het doel een titel."))
    with store.transaction() as session:
        parent = session.get(Goal, parent_id) if parent_id else None
        if parent_id and parent is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "Het bovenliggende doel bestaat niet meer."))
        if parent is not None:
            theme_id = parent.theme_id
        siblings = _siblings(session, parent_id, theme_id)
        level = siblings[0].level if siblings else GoalLevel(
            NEXT_LEVEL[str(parent.level) if parent else None])
        goal = Goal(parent_id=parent_id, theme_id=theme_id, level=level, title=title,
                    code=next_code(session, parent_id, theme_id))
        at = len(siblings)
        if after_id is not None:
            at = next((i + 1 for i, g in enumerate(siblings) if g.id == after_id), at)
        siblings.insert(at, goal)
        session.add(goal)
        for position, sibling in enumerate(siblings):
            if sibling.position != position:
                sibling.position = position
        session.flush()
        return goal.id


def _check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Onbekend veld: {fields}."), fields=', '.join(sorted(unknown)))
    clean = dict(fields)
    for name in TEXT_FIELDS:
        if name in clean and isinstance(clean[name], str):
            clean[name] = clean[name].strip() or None
    if "title" in clean and not clean["title"]:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Een doel heeft een titel nodig."))
    year = clean.get("target_year")
    if year is not None and not 1990 <= int(year) <= 2100:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Het streefjaar moet tussen 1990 en 2100 liggen."))
    if "level" in clean:
        from zorgdesk.models import GoalLevel

        clean["level"] = GoalLevel(clean["level"])
    return clean


def update_goal(store: Store, goal_id: str, **fields: Any) -> None:
    """Change fields of one goal; a code must stay unique among its siblings."""
    from zorgdesk.models import Goal

    clean = _check_fields(fields)
    with store.transaction() as session:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        code = clean.get("code")
        if code and code != goal.code:
            clash = [g for g in _siblings(session, goal.parent_id, goal.theme_id)
                     if g.id != goal.id and g.code == code]
            if clash:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "De code {code} is al in gebruik bij {title}."),
                    code=code, title=clash[0].title)
        if clean.get("target_tbd"):
            clean["target_year"] = None
        elif clean.get("target_year") is not None:
            clean["target_tbd"] = False
        for name, value in clean.items():
            setattr(goal, name, value)


def delete_summary(store: Store, goal_id: str) -> dict[str, int]:
    """How much goes along when a goal is deleted, for the confirmation question."""
    conn = store.reader()
    try:
        tree = ("WITH RECURSIVE sub(id) AS (SELECT CAST(? AS VARCHAR(36)) UNION ALL "
                "SELECT g.id FROM goal g JOIN sub ON g.parent_id = sub.id) ")
        counts = {"goals": conn.execute(tree + "SELECT count(*) - 1 FROM sub",
                                        (goal_id,)).fetchone()[0]}
        for key, table in (("milestones", "milestone"), ("updates", "status_update"),
                           ("indicators", "indicator"), ("roles", "role"),
                           ("funding", "funding_line")):
            counts[key] = conn.execute(
                tree + f"SELECT count(*) FROM {table} WHERE goal_id IN (SELECT id FROM sub)",
                (goal_id,)).fetchone()[0]
    finally:
        conn.close()
    return counts


def delete_goal(store: Store, goal_id: str) -> None:
    from zorgdesk.models import Goal

    with store.transaction() as session:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        session.delete(goal)


def _descendants(session: Session, goal_id: str) -> list[Goal]:
    from sqlalchemy import select

    from zorgdesk.models import Goal

    out: list[Goal] = []
    frontier = [goal_id]
    while frontier:
        children = list(session.scalars(select(Goal).where(Goal.parent_id.in_(frontier))))
        out.extend(children)
        frontier = [c.id for c in children]
    return out


def move_goal(store: Store, goal_id: str, *, parent_id: str | None, theme_id: str | None,
              row: int) -> None:
    """Put a goal (with its sub-goals) at `row` among the children of a goal or a theme."""
    from zorgdesk.models import Goal

    with store.transaction() as session:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        if parent_id is not None:
            if parent_id == goal_id or parent_id in {d.id for d in _descendants(session, goal_id)}:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "Een doel kan niet onder zichzelf of een eigen subdoel komen."))
            parent = session.get(Goal, parent_id)
            if parent is None:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "Het doel waaronder u verplaatst bestaat niet meer."))
            theme_id = parent.theme_id
        old = [g for g in _siblings(session, goal.parent_id, goal.theme_id) if g.id != goal_id]
        for position, sibling in enumerate(old):
            sibling.position = position
        new = [g for g in _siblings(session, parent_id, theme_id) if g.id != goal_id]
        row = max(0, min(row, len(new)))
        new.insert(row, goal)
        if goal.theme_id != theme_id:
            for descendant in _descendants(session, goal_id):
                descendant.theme_id = theme_id
        goal.parent_id = parent_id
        goal.theme_id = theme_id
        for position, sibling in enumerate(new):
            if sibling.position != position:
                sibling.position = position


def renumber_children(store: Store, *, parent_id: str | None, theme_id: str | None,
                      dry_run: bool = False) -> int:
    """Give the children of a goal or theme the codes 1, 2, 3 (or A, B, C) in their order.

    Returns how many codes change; with `dry_run` nothing is written (to ask first).
    """
    with store.transaction() as session:
        siblings = _siblings(session, parent_id, theme_id)
        letters = _uses_letters([g.code for g in siblings])
        prefix = _prefix(session, parent_id, theme_id)
        changed = 0
        for n, goal in enumerate(siblings, start=1):
            code = _code(prefix, _segment(n, letters))
            if goal.code != code:
                changed += 1
                if not dry_run:
                    goal.code = code
            if not dry_run:
                goal.position = n - 1
        return changed


def set_tags(store: Store, goal_id: str, names: Sequence[str]) -> None:
    """The goal's tags are exactly `names`; unknown names become new tags."""
    from sqlalchemy import select

    from zorgdesk.models import Goal, Tag

    wanted: list[str] = []
    for given in names:
        name = " ".join(given.split())
        if name and name.lower() not in {w.lower() for w in wanted}:
            wanted.append(name)
    with store.transaction() as session:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        existing = {t.name.lower(): t for t in session.scalars(select(Tag))}
        tags = []
        for name in wanted:
            tag = existing.get(name.lower())
            if tag is None:
                tag = Tag(name=name)
                session.add(tag)
                existing[name.lower()] = tag
            tags.append(tag)
        goal.tags = tags


def capture_tags(store: Store, goal_id: str) -> State:
    """The goal's tag links and every tag (a new tag made by the edit goes again on undo)."""
    from sqlalchemy import select

    from zorgdesk.models import GoalTag, Tag
    from zorgdesk.services.undo import read_rows

    state = State()
    with store.transaction() as session:
        state.add(GoalTag.__table__, read_rows(  # type: ignore[arg-type]
            session, GoalTag.__table__, GoalTag.__table__.c.goal_id == goal_id))  # type: ignore[arg-type]
        used = select(GoalTag.tag_id).where(GoalTag.goal_id != goal_id)
        state.add(Tag.__table__, read_rows(  # type: ignore[arg-type]
            session, Tag.__table__, Tag.__table__.c.id.not_in(used)))  # type: ignore[arg-type]
    return state


def set_programmes(store: Store, goal_id: str, programme_ids: Iterable[str]) -> None:
    from sqlalchemy import delete, select

    from zorgdesk.models import Goal, ProgrammeGoal

    wanted = set(programme_ids)
    with store.transaction() as session:
        if session.get(Goal, goal_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        have = set(session.scalars(select(ProgrammeGoal.programme_id).where(
            ProgrammeGoal.goal_id == goal_id)))
        if have - wanted:
            session.execute(delete(ProgrammeGoal).where(
                ProgrammeGoal.goal_id == goal_id,
                ProgrammeGoal.programme_id.in_(have - wanted)))
        for programme_id in wanted - have:
            session.add(ProgrammeGoal(goal_id=goal_id, programme_id=programme_id))


def capture_programmes(store: Store, goal_id: str) -> State:
    from zorgdesk.models import ProgrammeGoal
    from zorgdesk.services.undo import read_rows

    table = ProgrammeGoal.__table__
    state = State()
    with store.transaction() as session:
        state.add(table, read_rows(session, table, table.c.goal_id == goal_id))  # type: ignore[arg-type]
    return state


def list_programmes(store: Store) -> list[tuple[str, str]]:
    conn = store.reader()
    try:
        return [(str(i), str(n)) for i, n in conn.execute(
            "SELECT id, name FROM programme ORDER BY position, name")]
    finally:
        conn.close()


def goal_programme_ids(store: Store, goal_id: str) -> set[str]:
    conn = store.reader()
    try:
        return {str(i) for (i,) in conn.execute(
            "SELECT programme_id FROM programme_goal WHERE goal_id = ?", (goal_id,))}
    finally:
        conn.close()


def all_tag_names(store: Store) -> list[str]:
    conn = store.reader()
    try:
        return [str(n) for (n,) in conn.execute("SELECT name FROM tag ORDER BY name")]
    finally:
        conn.close()
