"""The first year grid: goals against the years (or quarters) of the workspace period."""

from __future__ import annotations

from dataclasses import dataclass, field

from zorgdesk.services.goal_tree import load_goal_tree
from zorgdesk.store import Store


@dataclass(frozen=True, slots=True)
class GridColumn:
    label: str
    year: int
    quarter: int | None = None
    and_later: bool = False


@dataclass(slots=True)
class GridRow:
    goal_id: str
    theme: str
    code: str | None
    title: str
    light: str | None
    marks: set[int] = field(default_factory=set)  # column indexes with a year mark
    # column index -> [(title, status)]
    milestones: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class YearGrid:
    columns: list[GridColumn]
    rows: list[GridRow]


def grid_columns(
    period_from: int | None, period_to: int | None, open_ended: bool
) -> list[GridColumn]:
    start = period_from or period_to
    end = period_to or period_from
    if start is None or end is None:
        return []
    if start == end:
        return [GridColumn(f"Q{q} {start}", start, q) for q in range(1, 5)]
    columns = [GridColumn(str(year), year) for year in range(start, end + 1)]
    if open_ended:
        last = columns[-1]
        columns[-1] = GridColumn(f"{last.year} >", last.year, and_later=True)
    return columns


def column_for(columns: list[GridColumn], year: int, quarter: int | None) -> int | None:
    for index, col in enumerate(columns):
        if col.quarter is None:
            if col.year == year or (col.and_later and year > col.year):
                return index
        elif col.year == year and quarter == col.quarter:
            return index
    return None


def load_year_grid(store: Store) -> YearGrid:
    tree = load_goal_tree(store)
    conn = store.raw()
    try:
        ws = conn.execute(
            "SELECT period_from, period_to, period_open_ended FROM workspace LIMIT 1"
        ).fetchone() or (None, None, 0)
        marks = conn.execute("SELECT goal_id, year FROM year_mark").fetchall()
        milestones = conn.execute(
            "SELECT goal_id, year, quarter, month, title, status FROM milestone "
            "ORDER BY year, quarter, month, position"
        ).fetchall()
    finally:
        conn.close()
    columns = grid_columns(ws[0], ws[1], bool(ws[2]))
    theme_name = {t.id: t.name for t in tree.themes}
    marked: dict[str, set[int]] = {}
    for goal_id, year in marks:
        col = column_for(columns, year, None) if columns and columns[0].quarter is None else None
        if col is not None:
            marked.setdefault(goal_id, set()).add(col)
    planned: dict[str, dict[int, list[tuple[str, str]]]] = {}
    for goal_id, year, quarter, month, title, status in milestones:
        q = quarter or (((month - 1) // 3 + 1) if month else None)
        col = column_for(columns, year, q)
        if col is not None:
            planned.setdefault(goal_id, {}).setdefault(col, []).append((title, status))
    rows = [
        GridRow(g.id, theme_name.get(g.theme_id or "", ""), g.code, g.title, g.light,
                marked.get(g.id, set()), planned.get(g.id, {}))
        for g in tree.goals
        if g.id in marked or g.id in planned or g.level in ("operationeel", "project")
    ]
    return YearGrid(columns, rows)
