"""The timeline as plain rows: goals grouped by theme against years, quarters or months.

Built from raw sqlite3 reads into compact rows the Qt model answers from in O(1): per row the
columns with a year mark and per column the milestones, each with the period it is due in and
whether it is late. The row structure is read at once; marks, milestones and lights are read
per block of rows when the grid first shows them (`Timeline.fill`), so that the first paint of
the large sample (2,000 goals, 10,000 milestones) reads only what is on screen.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from zorgdesk.services.goals.lights import latest_lights
from zorgdesk.services.goals.tree import GOAL_COLUMNS, THEMES_SQL, in_tree_order
from zorgdesk.store import Store
from zorgdesk.store.reader import Reader

ZOOMS = ("jaar", "kwartaal", "maand")
DONE, DROPPED = "gereed", "vervallen"


@dataclass(frozen=True, slots=True)
class Column:
    year: int
    quarter: int | None = None
    month: int | None = None
    and_later: bool = False

    @property
    def first_day(self) -> date:
        month = self.month or ((self.quarter - 1) * 3 + 1 if self.quarter else 1)
        return date(self.year, month, 1)

    @property
    def last_day(self) -> date:
        if self.month:
            month = self.month
        elif self.quarter:
            month = self.quarter * 3
        else:
            month = 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])


class MilestoneCell(NamedTuple):
    """A milestone as the grid shows it (a tuple: 10,000 of them are made per load)."""

    id: str
    title: str
    status: str
    precision: str
    due: date  # the last day of its period (or its exact date)
    start: date | None
    late: bool


NO_MARKS: AbstractSet[int] = frozenset()
NO_MILESTONES: Mapping[int, list[MilestoneCell]] = MappingProxyType({})


@dataclass(slots=True)
class TimelineRow:
    kind: str  # "theme" or "goal"
    id: str
    code: str | None
    title: str
    depth: int
    light: str | None = None
    level: str | None = None
    # Until the row is read (see Timeline.fill) these are shared empties: 2,000 rows of
    # `large` then make no 6,000 containers the first screen never looks at.
    mark_years: AbstractSet[int] = NO_MARKS
    and_later: bool = False
    milestones: Mapping[int, list[MilestoneCell]] = NO_MILESTONES  # column -> cells
    bars: Sequence[tuple[int, int]] = ()  # (first column, last column)
    loaded: bool = False  # marks, milestones and light read (see Timeline.fill)


# A row not read yet: empty, with nothing to fill, and no goal to edit.
PENDING = TimelineRow("pending", "", None, "", 0, loaded=True)


@dataclass(slots=True)
class Timeline:
    zoom: str
    columns: list[Column]
    rows: list[TimelineRow]
    today: date
    store: Store | None = None
    read: int = -1  # rows read; the rest are PENDING placeholders (see `load_timeline`)

    def __post_init__(self) -> None:
        if self.read < 0:
            self.read = len(self.rows)

    @property
    def pending(self) -> bool:
        return self.read < len(self.rows)

    def fill(self, rows: list[TimelineRow]) -> None:
        """Read marks, milestones and the newest light of the goal rows not read yet."""
        todo = {r.id: r for r in rows if not r.loaded}
        if not todo or self.store is None:
            return
        for row in todo.values():
            row.loaded = True
        goals = [k for k, r in todo.items() if r.kind == "goal"]
        conn = self.store.reader()
        try:
            for first in range(0, len(goals), 500):
                _fill_block(conn, self, {k: todo[k] for k in goals[first:first + 500]})
        finally:
            conn.close()

    def fill_all(self) -> None:
        self.fill(self.rows)


@lru_cache(maxsize=4096)
def due_date(precision: str, year: int, quarter: int | None, month: int | None,
             exact: date | None) -> date:
    if precision == "datum" and exact is not None:
        return exact
    if precision == "maand" and month:
        return Column(year, month=month).last_day
    if precision == "kwartaal" and quarter:
        return Column(year, quarter=quarter).last_day
    return Column(year).last_day


def is_late(status: str, due: date, today: date) -> bool:
    return status not in (DONE, DROPPED) and due < today


def default_zoom(store: Store) -> str:
    """Quarters when the plan works in quarters (Noord-Limburg), else years (IZA).

    Decided on the first few hundred milestones: enough to see how a plan is written.
    """
    conn = store.reader()
    try:
        if conn.execute("SELECT EXISTS (SELECT 1 FROM year_mark)").fetchone()[0]:
            return "jaar"
        fine, coarse = conn.execute(
            "SELECT sum(CASE WHEN precision <> 'jaar' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN precision = 'jaar' THEN 1 ELSE 0 END) FROM "
            "(SELECT precision FROM milestone ORDER BY created_at, id LIMIT 500) AS first"
        ).fetchone()
    finally:
        conn.close()
    return "kwartaal" if (fine or 0) > (coarse or 0) else "jaar"


def make_columns(zoom: str, first: int, last: int, open_ended: bool) -> list[Column]:
    columns: list[Column] = []
    for year in range(first, last + 1):
        if zoom == "maand":
            columns += [Column(year, month=m) for m in range(1, 13)]
        elif zoom == "kwartaal":
            columns += [Column(year, quarter=q) for q in range(1, 5)]
        else:
            columns.append(Column(year, and_later=open_ended and year == last))
    return columns


def column_of(columns: list[Column], day: date) -> int | None:
    """The column a day falls in; days after an open-ended last year fall in it."""
    return ColumnFinder(columns).find(day)


class ColumnFinder:
    """column_of for many days at once: the columns' bounds computed once, then bisected."""

    def __init__(self, columns: list[Column]) -> None:
        self.starts = [c.first_day for c in columns]
        self.ends = [c.last_day for c in columns]
        self.open_ended = bool(columns) and columns[-1].and_later

    def find(self, day: date) -> int | None:
        index = bisect_right(self.starts, day) - 1
        if index < 0:
            return None
        if day <= self.ends[index]:
            return index
        if self.open_ended and index == len(self.starts) - 1:
            return index
        return None


def _years(conn: Reader, period: tuple[int | None, int | None], zoom: str) -> tuple[int, int]:
    first, last = period
    # Four lookups in the year indexes; min() over a UNION would scan every milestone.
    bounds = conn.execute(
        "SELECT (SELECT min(year) FROM milestone), (SELECT max(year) FROM milestone), "
        "(SELECT min(year) FROM year_mark), (SELECT max(year) FROM year_mark)").fetchone()
    lows = [int(y) for y in bounds[0::2] if y is not None]
    highs = [int(y) for y in bounds[1::2] if y is not None]
    if zoom != "jaar" and lows:
        return min(lows), max(highs)  # finer grids show the years that hold data
    low, high = (min(lows), max(highs)) if lows else (None, None)
    years = [y for y in (first, last, low, high) if y is not None]
    if not years:
        this = date.today().year
        return this, this + 3
    return min(years), max(years)


# A theme's group: its own goals and, below them, goals without a theme of their own (see
# `place_goals`). Reached downwards from the themed goals, which is the same set as walking
# up from each goal to its nearest ancestor with a theme.
GROUP_SQL = f"""
WITH RECURSIVE grp(id) AS (
    SELECT id FROM goal WHERE theme_id = ?
    UNION
    SELECT g.id FROM goal g JOIN grp ON g.parent_id = grp.id WHERE g.theme_id IS NULL)
SELECT {GOAL_COLUMNS} FROM goal WHERE id IN (SELECT id FROM grp)
"""
# A plan of fewer than this many times `first` goals is read at once: ordering it all costs
# less than the second read would.
PARTIAL_FROM = 5


def load_timeline(store: Store, zoom: str = "jaar", today: date | None = None, *,
                  first: int | None = None) -> Timeline:
    """The rows and columns; what is in them is read by `Timeline.fill` when shown.

    With `first`, only the themes that hold the first `first` rows are read and ordered: a
    large plan has 2,000 goals to order before it knows its rows, and the first screen shows
    thirty. The other rows are placeholders, as many as there are goals, so that the scroll
    bar has its size from the start; `complete_timeline` reads them.
    """
    today = today or date.today()
    conn = store.reader()
    try:
        ws = conn.execute(
            "SELECT period_from, period_to, period_open_ended FROM workspace LIMIT 1"
        ).fetchone() or (None, None, 0)
        first_year, last_year = _years(conn, (ws[0], ws[1]), zoom)
        themes = conn.execute(THEMES_SQL).fetchall()
        goal_count = conn.execute("SELECT count(*) FROM goal").fetchone()[0]
        rows: list[TimelineRow] = []
        if first is not None and goal_count >= PARTIAL_FROM * first:
            for theme_id, code, name, _kind in themes:
                rows.append(TimelineRow("theme", theme_id, code, name, 0, loaded=True))
                group = conn.execute(GROUP_SQL, (theme_id,)).fetchall()
                rows.extend(TimelineRow("goal", r[0], r[5], r[6], depth, None, r[4])
                            for r, depth in in_tree_order(group))
                if len(rows) >= first:
                    break
            else:
                rows = []  # every theme read and still short of a screen: read it all
        if not rows:
            rows = _all_rows(themes, conn.execute(f"SELECT {GOAL_COLUMNS} FROM goal").fetchall())
    finally:
        conn.close()
    columns = make_columns(zoom, first_year, last_year, bool(ws[2]) and zoom == "jaar")
    read = len(rows)
    rows.extend(PENDING for _ in range(len(themes) + goal_count - read))
    return Timeline(zoom, columns, rows, today, store, read=read)


def _all_rows(themes: list[tuple[str, str | None, str, str]],
              raw: list[tuple[object, ...]]) -> list[TimelineRow]:
    known_themes = {t[0] for t in themes}
    goals_of: dict[str | None, list[TimelineRow]] = {}
    for (gid, theme_id, _parent, _position, level, code, title), depth in in_tree_order(raw):
        goals_of.setdefault(theme_id if theme_id in known_themes else None, []).append(
            TimelineRow("goal", gid, code, title, depth, None, level))
    rows: list[TimelineRow] = []
    for theme_id, code, name, _kind in themes:
        rows.append(TimelineRow("theme", theme_id, code, name, 0, loaded=True))
        rows.extend(goals_of.get(theme_id, []))
    if goals_of.get(None):
        rows.append(TimelineRow("theme", "", None, "Overkoepelende doelen", 0, loaded=True))
        rows.extend(goals_of[None])
    return rows


def complete_timeline(partial: Timeline) -> Timeline:
    """The whole timeline of a partial one, sharing the rows already read and filled.

    When the plan changed in between so that the rows read first are no longer the first
    rows, the whole timeline is new.
    """
    if not partial.pending or partial.store is None:
        return partial
    whole = load_timeline(partial.store, partial.zoom, partial.today)
    head = partial.rows[:partial.read]
    if whole.columns == partial.columns and [(r.kind, r.id) for r in head] == [
            (r.kind, r.id) for r in whole.rows[:partial.read]]:
        whole.rows[:partial.read] = head
    return whole


def _fill_block(conn: Reader, timeline: Timeline,
                by_goal: dict[str, TimelineRow]) -> None:
    marks_sql = "SELECT goal_id, year, and_later FROM year_mark WHERE goal_id IN ({})"
    milestone_sql = (
        "SELECT id, goal_id, title, status, precision, year, quarter, month, due_date, "
        "start_date FROM milestone WHERE goal_id IN ({}) ORDER BY year, quarter, month, position")
    ids = list(by_goal)
    marks_of = ",".join("?" * len(ids))
    columns, today = timeline.columns, timeline.today
    finder = ColumnFinder(columns)
    marks: dict[str, set[int]] = {}
    for goal_id, year, and_later in conn.execute(marks_sql.format(marks_of), ids):
        marks.setdefault(goal_id, set()).add(int(year))
        if and_later:
            by_goal[goal_id].and_later = True
    for goal_id, years in marks.items():
        by_goal[goal_id].mark_years = years
    for goal_id, light in latest_lights(conn, ids).items():
        by_goal[goal_id].light = light
    stones: dict[str, dict[int, list[MilestoneCell]]] = {}
    bars: dict[str, list[tuple[int, int]]] = {}
    for mid, goal_id, title, status, precision, year, quarter, month, exact, start in (
            conn.execute(milestone_sql.format(marks_of), ids)):
        due = due_date(precision, year, quarter, month,
                       date.fromisoformat(exact[:10]) if exact else None)
        begin = date.fromisoformat(start[:10]) if start else None
        cell = MilestoneCell(str(mid), title, status, precision, due, begin,
                             is_late(status, due, today))
        col = finder.find(due)
        if col is None:
            continue
        stones.setdefault(goal_id, {}).setdefault(col, []).append(cell)
        if begin is not None:
            first_col = finder.find(begin)
            if first_col is None and columns and begin < columns[0].first_day:
                first_col = 0
            if first_col is not None and first_col < col:
                bars.setdefault(goal_id, []).append((first_col, col))
    for goal_id, cells in stones.items():
        by_goal[goal_id].milestones = cells
    for goal_id, spans in bars.items():
        by_goal[goal_id].bars = spans


def due_within(timeline: Timeline, months: int) -> set[str]:
    """Goals with a milestone not done that is due from today to `months` months ahead."""
    timeline.fill_all()
    today = timeline.today
    year, month = today.year + (today.month - 1 + months) // 12, (today.month - 1 + months) % 12 + 1
    until = date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
    return {row.id for row in timeline.rows if row.kind == "goal" and any(
        cell.status not in (DONE, DROPPED) and today <= cell.due <= until
        for cells in row.milestones.values() for cell in cells)}
