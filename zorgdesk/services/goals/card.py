"""Everything about one goal for its card: fields, grid, milestones, lights, partners."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from zorgdesk.store import Store

CARD_FIELDS = ("omschrijving", "doelstelling", "scope", "budget_capaciteit", "planning",
               "governance", "naslag")


@dataclass(frozen=True, slots=True)
class StatusLine:
    reported_on: date
    light: str | None
    results: str | None
    attention_points: str | None
    internal: bool


@dataclass(slots=True)
class GoalCard:
    id: str
    code: str | None
    title: str
    level: str
    text: str | None
    theme: str | None
    parent: str | None
    target_year: int | None
    target_tbd: bool
    card_fields: dict[str, str] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)
    milestones: list[tuple[str, str, str]] = field(default_factory=list)  # period, title, status
    status: list[StatusLine] = field(default_factory=list)
    roles: list[tuple[str, str, str | None]] = field(default_factory=list)  # who, role, capacity
    initiatives: list[tuple[str, str | None]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    indicators: list[tuple[str, str | None, float | None, int | None]] = field(default_factory=list)
    internal_notes: str | None = None
    changed_by: str | None = None  # who changed the goal last (store/authors.py)
    changed_at: datetime | None = None  # when, in local time


def milestone_period(precision: str, year: int, quarter: int | None, month: int | None,
                     due: str | None) -> str:
    if precision == "datum" and due:
        return due
    if precision == "maand" and month:
        return f"{year}-{month:02d}"
    if precision == "kwartaal" and quarter:
        return f"Q{quarter} {year}"
    return str(year)


def load_goal_card(store: Store, goal_id: str) -> GoalCard:
    conn = store.reader()
    try:
        row = conn.execute(
            "SELECT g.id, g.code, g.title, g.level, g.text, t.name, p.code, g.target_year, "
            "g.target_tbd, " + ", ".join(f"g.{name}" for name in CARD_FIELDS) + ", "
            "g.internal_notes, g.changed_by, g.updated_at "
            "FROM goal g LEFT JOIN theme t ON t.id = g.theme_id "
            "LEFT JOIN goal p ON p.id = g.parent_id WHERE g.id = ?",
            (goal_id,),
        ).fetchone()
        if row is None:
            raise KeyError(goal_id)
        card = GoalCard(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                        bool(row[8]))
        card.card_fields = {
            name: value for name, value in zip(CARD_FIELDS, row[9:-3], strict=True) if value
        }
        card.internal_notes, card.changed_by = row[-3], row[-2]
        card.changed_at = local_time(row[-1])
        card.years = [y for (y,) in conn.execute(
            "SELECT year FROM year_mark WHERE goal_id = ? ORDER BY year", (goal_id,))]
        card.milestones = [
            (milestone_period(p, y, q, m, d), title, status)
            for p, y, q, m, d, title, status in conn.execute(
                "SELECT precision, year, quarter, month, due_date, title, status FROM milestone "
                "WHERE goal_id = ? ORDER BY year, quarter, month, position", (goal_id,))
        ]
        card.status = [
            StatusLine(date.fromisoformat(d[:10]), light, results, attention, bool(internal))
            for d, light, results, attention, internal in conn.execute(
                "SELECT reported_on, light, results, attention_points, internal "
                "FROM status_update WHERE goal_id = ? ORDER BY reported_on DESC", (goal_id,))
        ]
        card.roles = list(conn.execute(
            "SELECT coalesce(o.name, p.name), r.role, r.capacity FROM role r "
            "LEFT JOIN organisation o ON o.id = r.organisation_id "
            "LEFT JOIN person p ON p.id = r.person_id WHERE r.goal_id = ? "
            "ORDER BY r.role, 1", (goal_id,)))
        card.initiatives = list(conn.execute(
            "SELECT name, description FROM related_initiative WHERE goal_id = ? "
            "ORDER BY position", (goal_id,)))
        card.tags = [n for (n,) in conn.execute(
            "SELECT t.name FROM tag t JOIN goal_tag gt ON gt.tag_id = t.id "
            "WHERE gt.goal_id = ? ORDER BY t.name", (goal_id,))]
        card.programmes = [n for (n,) in conn.execute(
            "SELECT p.name FROM programme p JOIN programme_goal pg ON pg.programme_id = p.id "
            "WHERE pg.goal_id = ? ORDER BY p.position", (goal_id,))]
        card.indicators = list(conn.execute(
            "SELECT name, unit, target, target_year FROM indicator WHERE goal_id = ? "
            "ORDER BY created_at, id",
            (goal_id,)))
    finally:
        conn.close()
    return card


def local_time(stored: str | None) -> datetime | None:
    """A stored UTC timestamp (text, as every reader gives it) in this computer's time."""
    if not stored:
        return None
    moment = datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone()
    return moment.replace(tzinfo=None)
