"""The overview reads the lights once (services/workspace/overview.py): its newest reports,
per-theme lights and counts are what the plain queries they replaced give."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from zorgdesk.services.goals.lights import latest_lights
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.workspace.counts import count_records
from zorgdesk.services.workspace.overview import COUNTED, load_overview, newest_updates
from zorgdesk.store import open_store

# The query the newest reports came from before; SQLite sorts a goal without code first.
NEWEST_SQL = (
    "SELECT g.code, g.title, su.light, su.reported_on FROM status_update su "
    "JOIN goal g ON g.id = su.goal_id WHERE su.light IS NOT NULL "
    "ORDER BY su.reported_on DESC, g.code LIMIT ?")


def test_newest_updates_newest_day_first_then_by_code() -> None:
    code_of: dict[str, str | None] = {"a": "1.2", "b": "1.10", "c": None, "d": "0.9", "e": "2"}
    updates = [  # oldest first, as the lights are read
        ("d", "groen", "2024-01-01"),
        ("e", "rood", "2025-03-01"),
        ("a", "oranje", "2025-06-01"),
        ("b", "groen", "2025-06-01"),
        ("c", "rood", "2025-06-01"),
    ]
    assert newest_updates(updates, 2, code_of) == [
        ("c", "rood", "2025-06-01"), ("b", "groen", "2025-06-01")]
    assert [u[0] for u in newest_updates(updates, 4, code_of)] == ["c", "b", "a", "e"]
    assert [u[0] for u in newest_updates(updates, 9, code_of)] == ["c", "b", "a", "e", "d"]
    assert newest_updates(updates, 0, code_of) == []
    assert newest_updates([], 8, code_of) == []
    gone = [*updates, ("x", "rood", "2025-07-01")]  # a goal no longer there: not listed
    assert newest_updates(gone, 2, code_of) == newest_updates(updates, 2, code_of)


def test_large_overview_matches_the_plain_queries(sample_files: dict[str, Path]) -> None:
    store = open_store(sample_files["large"])
    try:
        overview = load_overview(store, today=date(2025, 1, 1))
        with store.reader() as conn:
            newest = conn.execute(NEWEST_SQL, (8,)).fetchall()
            lights = latest_lights(conn)
            counts = count_records(conn)
        tree = load_goal_tree(store)
    finally:
        store.close()
    assert [(line.goal_code, line.goal_title, line.light, line.reported_on.isoformat())
            for line in overview.latest_lights] == newest
    assert len(newest) == 8
    totals: dict[str, int] = {}
    for light in lights.values():
        totals[light] = totals.get(light, 0) + 1
    assert overview.lights_total == totals and sum(totals.values()) > 1000
    assert overview.counts == {kind: counts[kind] for kind in COUNTED}
    for theme in overview.themes:  # grouped as the tree groups them
        goals = [g for g in tree.goals if g.theme_id == theme.id]
        assert theme.goals == len(goals) > 0
        per_light: dict[str, int] = {}
        for goal in goals:
            if goal.light:
                per_light[goal.light] = per_light.get(goal.light, 0) + 1
        assert theme.lights == per_light
