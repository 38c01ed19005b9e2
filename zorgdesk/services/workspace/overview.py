"""What the Overzicht page shows. Read with plain sqlite3: it is on the start-up path."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from zorgdesk.services.goals.lights import latest_lights
from zorgdesk.services.workspace.counts import count_records
from zorgdesk.store import Store


@dataclass(frozen=True, slots=True)
class ThemeSummary:
    id: str
    code: str | None
    name: str
    kind: str
    goals: int
    lights: dict[str, int]


@dataclass(frozen=True, slots=True)
class LightLine:
    goal_code: str | None
    goal_title: str
    light: str
    reported_on: date


@dataclass(frozen=True, slots=True)
class MeetingLine:
    body: str
    starts_at: datetime
    location: str | None


@dataclass(frozen=True, slots=True)
class Overview:
    name: str
    region: str | None
    period_from: int | None
    period_to: int | None
    period_open_ended: bool
    vision_title: str | None
    vision_text: str | None
    counts: dict[str, int]
    themes: list[ThemeSummary] = field(default_factory=list)
    latest_lights: list[LightLine] = field(default_factory=list)
    next_meetings: list[MeetingLine] = field(default_factory=list)
    lights_total: dict[str, int] = field(default_factory=dict)


def load_overview(store: Store, today: date | None = None, latest: int = 8) -> Overview:
    today = today or date.today()
    conn = store.reader()
    try:
        ws = conn.execute(
            "SELECT name, region, period_from, period_to, period_open_ended, vision_title, "
            "vision_text FROM workspace LIMIT 1"
        ).fetchone() or (store.path.stem, None, None, None, 0, None, None)
        counts = count_records(conn)
        light_of = latest_lights(conn)
        from zorgdesk.services.goals.tree import place_goals

        per_theme: dict[str | None, dict[str, int]] = {}
        goals_per_theme: dict[str | None, int] = {}
        placed = place_goals(conn.execute("SELECT id, theme_id, parent_id FROM goal"))
        for goal_id, place in placed.items():
            theme_id = place.theme_id  # the same grouping as the tree and the reports
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
        recent = conn.execute(
            "SELECT g.code, g.title, su.light, su.reported_on FROM status_update su "
            "JOIN goal g ON g.id = su.goal_id WHERE su.light IS NOT NULL "
            "ORDER BY su.reported_on DESC, g.code LIMIT ?",
            (latest,),
        ).fetchall()
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
            LightLine(code, title, light, date.fromisoformat(day[:10]))
            for code, title, light, day in recent
        ],
        next_meetings=[
            MeetingLine(body, datetime.fromisoformat(start), location)
            for body, start, location in meetings
        ],
        lights_total=total,
    )
