"""What changed since a date, per theme: the list a trekker reads before the next meeting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.timeline.queries import due_date, is_late
from zorgdesk.store import Store


@dataclass(slots=True)
class GoalChange:
    code: str | None
    title: str
    light_before: str | None = None
    light_now: str | None = None
    # (day, light, results, attention points, who recorded it)
    reports: list[tuple[date, str | None, str | None, str | None, str | None]] = field(
        default_factory=list)
    done: list[tuple[str, date]] = field(default_factory=list)  # milestone, done on
    late: list[tuple[str, date]] = field(default_factory=list)  # milestone, due
    new: bool = False

    @property
    def light_changed(self) -> bool:
        return self.light_now is not None and self.light_now != self.light_before


@dataclass(slots=True)
class ThemeChanges:
    name: str
    goals: list[GoalChange] = field(default_factory=list)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def changes_since(store: Store, since: date, theme_id: str | None = None,
                  today: date | None = None) -> list[ThemeChanges]:
    today = today or date.today()
    tree = load_goal_tree(store)
    conn = store.reader()
    try:
        updates = conn.execute(
            "SELECT goal_id, reported_on, light, results, attention_points, changed_by "
            "FROM status_update "
            "WHERE goal_id IS NOT NULL ORDER BY reported_on, created_at, id").fetchall()
        milestones = conn.execute(
            "SELECT goal_id, title, status, precision, year, quarter, month, due_date, done_on "
            "FROM milestone ORDER BY year, quarter, month, position, id").fetchall()
        created = dict(conn.execute("SELECT id, created_at FROM goal").fetchall())
    finally:
        conn.close()
    changes: dict[str, GoalChange] = {}
    goals = {g.id: g for g in tree.goals}

    def change(goal_id: str) -> GoalChange:
        goal = goals[goal_id]
        return changes.setdefault(goal_id, GoalChange(goal.code, goal.title))

    before: dict[str, str | None] = {}
    for goal_id, reported, light, results, attention, by in updates:
        day = _day(reported)
        if goal_id not in goals or day is None:
            continue
        if day < since:
            if light:
                before[goal_id] = light
            continue
        entry = change(goal_id)
        entry.reports.append((day, light, results, attention, by))
        if light:
            entry.light_now = light
    for goal_id, entry in changes.items():
        entry.light_before = before.get(goal_id)
    for goal_id, title, status, precision, year, quarter, month, exact, done_on in milestones:
        if goal_id not in goals:
            continue
        finished = _day(done_on)
        due = due_date(precision, year, quarter, month, _day(exact))
        if finished is not None and finished >= since:
            change(goal_id).done.append((title, finished))
        elif is_late(status, due, today) and due >= since:
            change(goal_id).late.append((title, due))
    for goal_id, made in created.items():
        day = _day(made)
        if goal_id in goals and day is not None and day >= since:
            change(goal_id).new = True
    out: list[ThemeChanges] = []
    for theme in tree.themes:
        if theme_id and theme.id != theme_id:
            continue
        name = f"{theme.code} {theme.name}" if theme.code else theme.name
        listed = [changes[g.id] for g in tree.goals if g.theme_id == theme.id and g.id in changes]
        if listed:
            out.append(ThemeChanges(name, listed))
    return out
