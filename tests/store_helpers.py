"""Small workspaces for the store tests, made with create_store + ORM rows (no samples needed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from zorgdesk.models import Goal, GoalLevel, Organisation, Person, Tag, Theme, Workspace
from zorgdesk.store import create_store


def make_workspace(path: Path, goals: int = 5) -> Path:
    """A closed workspace with a theme, `goals` goals, two organisations and a person."""
    store = create_store(path)
    try:
        with store.transaction() as session:
            session.add(Workspace(name="Testregio", region="Noord", period_from=2025,
                                  period_to=2028))
            theme = Theme(name="Ouderen", code="T1")
            session.add(theme)
            session.flush()
            for i in range(goals):
                session.add(Goal(theme_id=theme.id, level=GoalLevel.OPERATIONEEL,
                                 code=f"1.{i + 1}", title=f"Doel {i + 1}", position=i))
            org = Organisation(name="Gemeente Venlo")
            session.add_all([org, Organisation(name="Zorgkantoor")])
            session.flush()
            session.add(Person(name="A. de Vries", organisation_id=org.id))
            session.add(Tag(name="Digitalisering"))
    finally:
        store.close()
    return path


def dump(path: Path) -> tuple[list[tuple[object, ...]], dict[str, list[tuple[object, ...]]], int]:
    """Schema, every table's rows and user_version: equal dumps mean an unchanged workspace."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        rows = {
            str(name): conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    return schema, rows, version
