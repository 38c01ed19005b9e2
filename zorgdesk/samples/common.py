"""What the seed-based samples load alike: their JSON, key references, themes and goal trees.

The samples were extracted once from the seed documents into JSON keyed by short names; these
helpers turn keys into row ids so each sample module only says what is particular to its seed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zorgdesk.models import Goal, GoalLevel, Theme, ThemeKind, new_id


def load_json(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def ref(ids: dict[str, str], key: str | None) -> str | None:
    return None if key is None else ids[key]


def add_themes(session: Session, rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """The themes as rows; returns their ids by key."""
    theme_ids: dict[str, str] = {}
    for row in rows:
        theme_ids[row["key"]] = new_id()
        session.add(Theme(
            id=theme_ids[row["key"]], code=row["code"], name=row["name"],
            kind=ThemeKind(row["kind"]), description=row["description"],
            position=row["position"],
        ))
    # Foreign keys without a relationship() are not ordered by the unit of work: flush parents.
    session.flush()
    return theme_ids


def add_goals(session: Session, rows: Sequence[dict[str, Any]], theme_ids: dict[str, str],
              card_fields: Sequence[str] = ()) -> dict[str, str]:
    """The goal tree (parents listed before their children); returns the ids by key."""
    goal_ids: dict[str, str] = {row["key"]: new_id() for row in rows}
    for row in rows:
        session.add(Goal(
            id=goal_ids[row["key"]], parent_id=ref(goal_ids, row["parent"]),
            theme_id=ref(theme_ids, row["theme"]), level=GoalLevel(row["level"]),
            code=row["code"], title=row["title"], text=row["text"], position=row["position"],
            **{field: row.get(field) for field in card_fields},
        ))
        session.flush()  # a child's parent row must exist first
    return goal_ids
