"""What the Overzicht page shows. Read with plain sqlite3: it is on the start-up path."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from zorgdesk.services.goals.grouping import goal_groups
from zorgdesk.services.goals.lights import lights_in_order
from zorgdesk.services.workspace.counts import count_records
from zorgdesk.store import Store
from zorgdesk.store.reader import Reader


# NamedTuples, not dataclasses: they are defined at every start, and a frozen dataclass with
# slots costs 0.5-1 ms to define, a NamedTuple 0.2 ms.
class ThemeSummary(NamedTuple):
    id: str
    code: str | None
    name: str
    kind: str
    goals: int
    lights: dict[str, int]


class LightLine(NamedTuple):
    goal_code: str | None
    goal_title: str
    light: str
    reported_on: date


class MeetingLine(NamedTuple):
    body: str
    starts_at: datetime
    location: str | None


class Overview(NamedTuple):
    name: str
    region: str | None
    period_from: int | None
    period_to: int | None
    period_open_ended: bool
    vision_title: str | None
    vision_text: str | None
    counts: dict[str, int]
    themes: list[ThemeSummary]
    latest_lights: list[LightLine]
    next_meetings: list[MeetingLine]
    lights_total: dict[str, int]


# The kinds the overview counts (its cards); `zorgdesk info` counts every kind.
COUNTED = ("theme", "goal", "milestone", "organisation", "body", "meeting")


def load_overview(store: Store, today: date | None = None, latest: int = 8) -> Overview:
    today = today or date.today()
    conn = store.reader()
    try:
        ws = conn.execute(
            "SELECT name, region, period_from, period_to, period_open_ended, vision_title, "
            "vision_text FROM workspace LIMIT 1"
        ).fetchone() or (store.path.stem, None, None, None, 0, None, None)
        counts = count_records(conn, COUNTED)
        goals = conn.execute("SELECT id, theme_id, parent_id, code FROM goal").fetchall()
        # One read of the lights serves both the goals' lights and the newest reports.
        updates = lights_in_order(conn)
        light_of = {goal_id: light for goal_id, light, _day in updates}
        code_of = {goal_id: code for goal_id, _theme, _parent, code in goals}
        recent = newest_updates(updates, latest, code_of)
        title_of = _titles(conn, {goal_id for goal_id, _light, _day in recent})

        per_theme: dict[str | None, dict[str, int]] = {}
        goals_per_theme: dict[str | None, int] = {}
        group = goal_groups({g[0]: g[1] for g in goals}, {g[0]: g[2] for g in goals})
        for goal_id, theme_id in group.items():  # the same grouping as the tree and the reports
            goals_per_theme[theme_id] = goals_per_theme.get(theme_id, 0) + 1
            light = light_of.get(goal_id)
            if light:
                bucket = per_theme.setdefault(theme_id, {})
                bucket[light] = bucket.get(light, 0) + 1
        themes = [
            ThemeSummary(tid, code, name, kind, goals_per_theme.get(tid, 0), per_theme.get(tid, {}))
            for tid, code, name, kind in conn.execute(
                "SELECT id, code, name, kind FROM theme ORDER BY position, code, name"
            )
        ]
        total: dict[str, int] = {}
        for light in light_of.values():
            total[light] = total.get(light, 0) + 1
        meetings = conn.execute(
            "SELECT coalesce(b.abbreviation, b.name), m.starts_at, m.location FROM meeting m "
            "JOIN body b ON b.id = m.body_id WHERE m.starts_at >= ? AND NOT m.cancelled "
            "ORDER BY m.starts_at LIMIT 5",
            (today.isoformat(),),
        ).fetchall()
    finally:
        conn.close()
    return Overview(
        name=ws[0], region=ws[1], period_from=ws[2], period_to=ws[3],
        period_open_ended=bool(ws[4]), vision_title=ws[5], vision_text=ws[6], counts=counts,
        themes=themes,
        latest_lights=[
            LightLine(code_of[goal_id], title_of.get(goal_id, ""), light,
                      date.fromisoformat(day[:10]))
            for goal_id, light, day in recent
        ],
        next_meetings=[
            MeetingLine(body, datetime.fromisoformat(start), location)
            for body, start, location in meetings
        ],
        lights_total=total,
    )


def newest_updates(updates: list[tuple[str, str, str]], count: int,
                   code_of: dict[str, str | None]) -> list[tuple[str, str, str]]:
    """The `count` newest of `updates` (oldest first, see services/goals/lights.py) of goals
    in `code_of`: newest day first, within a day by goal code (goals without a code first).

    Only the last days are sorted: on `large` the newest day alone holds 2,000 reports, and
    a second query that sorted all 6,000 for eight of them cost more than this whole read.
    """
    if count <= 0:
        return []
    last_days: list[tuple[str, str, str]] = []
    for update in reversed(updates):
        if update[0] not in code_of:
            continue  # a report of a goal that is gone (the old query joined the goal)
        if len(last_days) >= count and update[2] != last_days[-1][2]:
            break
        last_days.append(update)
    last_days.reverse()  # as written, so that equal keys keep the order of the lights
    last_days.sort(key=lambda u: code_of.get(u[0]) or "")
    last_days.sort(key=lambda u: u[2], reverse=True)
    return last_days[:count]


def _titles(conn: Reader, goal_ids: set[str]) -> dict[str, str]:
    if not goal_ids:
        return {}
    marks = ",".join("?" * len(goal_ids))
    return dict(conn.execute(f"SELECT id, title FROM goal WHERE id IN ({marks})",
                             sorted(goal_ids)).fetchall())
