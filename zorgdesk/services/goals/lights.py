"""A goal's traffic light: the light of its newest status update, one rule for every page.

The tree, the timeline and the overview each had their own SQL for "newest" (one relied on
SQLite's bare column next to max(), which PostgreSQL refuses and which chose at random on a
tie). Here the updates are read in date order and the last one wins; on the same day the
later written one does.
"""

from __future__ import annotations

from collections.abc import Sequence

from zorgdesk.store.reader import Reader

_SQL = ("SELECT goal_id, light{more} FROM status_update WHERE light IS NOT NULL"
        " AND goal_id IS NOT NULL{only} ORDER BY reported_on, created_at, id")


def latest_lights(conn: Reader, goal_ids: Sequence[str] | None = None) -> dict[str, str]:
    """goal id -> its newest light (goals without a light are absent)."""
    if goal_ids is None:
        rows = conn.execute(_SQL.format(more="", only=""))
    else:
        if not goal_ids:
            return {}
        marks = ",".join("?" * len(goal_ids))
        rows = conn.execute(_SQL.format(more="", only=f" AND goal_id IN ({marks})"),
                            list(goal_ids))
    return {goal_id: light for goal_id, light in rows}


def lights_in_order(conn: Reader) -> list[tuple[str, str, str]]:
    """Every light reported, as (goal id, light, reported_on), in the order of the rule above:
    the last one of a goal is its light. For a page that also lists the newest reports (the
    overview), so that it reads the updates once."""
    rows: list[tuple[str, str, str]] = conn.execute(
        _SQL.format(more=", reported_on", only="")).fetchall()
    return rows
