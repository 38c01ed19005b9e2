"""Who does what, as matrices: goals x organisations, themes x partners, sectors x coalitions.

Reads go through `store.reader()` into flat lists and one dict of cells, so that a matrix of
2,000 goals x 300 organisations loads in a fraction of a second and a painted cell is a dict
lookup. Role edits replace the organisation roles of whole cells in one transaction;
`capture` reads the role rows of those cells for the snapshot undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import cast

from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.undo import State
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

ROLE_ORDER = ("trekker", "initiatiefnemer", "betrokken", "financier", "geïnformeerd")
THEME = "theme"  # the kind of a group row that stands for a theme, not a goal
CAPACITY_ORDER = ("bestuurlijk trekker", "schrijfteam", "facilitator")


@dataclass(frozen=True, slots=True)
class MatrixOrg:
    id: str
    name: str
    short_name: str | None
    kind: str
    sector: str | None
    coalition: str | None


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """A theme (kind THEME) or a goal (kind is its level) in reading order."""

    id: str
    kind: str
    code: str | None
    title: str

    @property
    def is_goal(self) -> bool:
        return self.kind != THEME

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}" if self.code else self.title


@dataclass(frozen=True, slots=True)
class RoleMatrixData:
    rows: list[MatrixRow]
    orgs: list[MatrixOrg]
    # (row, org column) -> roles in ROLE_ORDER; several only when the data holds several
    cells: dict[tuple[int, int], tuple[str, ...]]
    no_trekker: frozenset[int] = frozenset()  # rows of goals that no organisation leads
    complete: bool = True  # False: cells and markers of the first rows only (`load_matrix`)

    def without_trekker(self) -> frozenset[int]:
        return self.no_trekker


GOALS_SQL = "SELECT id, theme_id, parent_id, level, code, title, position FROM goal"
# No GROUP BY: sorting 20,000 rows costs SQLite more than merging the rare doubles here.
CELLS_SQL = """
SELECT goal_id, organisation_id, role FROM role
WHERE goal_id IS NOT NULL AND organisation_id IS NOT NULL
"""


def _goal_rows(goals: list[tuple[str, str | None, str | None, str, str | None, str, int]],
               ) -> list[tuple[str | None, MatrixRow]]:
    """Goals in reading order (parents first, siblings by position and code) with the theme
    each belongs to: its own, or else the one of its nearest ancestor that has one."""
    by_id = {g[0]: g for g in goals}
    path: dict[str, tuple[object, ...]] = {}
    theme: dict[str, str | None] = {}

    def key(goal_id: str) -> tuple[object, ...]:
        found = path.get(goal_id)
        if found is None:
            g = by_id[goal_id]
            own = ((g[6], code_key(g[4]), g[5]),)
            parent = g[2] if g[2] in by_id else None
            found = own if parent is None else key(parent) + own
            theme[goal_id] = g[1] or (theme[parent] if parent else None)
            path[goal_id] = found
        return found

    ordered = sorted(by_id, key=key)
    return [(theme[i], MatrixRow(i, by_id[i][3], by_id[i][4], by_id[i][5])) for i in ordered]


_SINGLE = {r: (r,) for r in ROLE_ORDER}


Cells = dict[tuple[int, int], tuple[str, ...]]


def _cells(roles: list[tuple[str, str, str]], row_of: dict[str, int], col_of: dict[str, int],
           ) -> tuple[Cells, set[int]]:
    """The cells and the rows with a trekker, from the role rows of the whole matrix.

    20,000 roles on `large`: the keys are made by map and zip rather than a Python loop per
    role (a third of the matrix's load went to that loop). When a role row names a goal or
    organisation that is not there, or a cell holds several roles, the plain loop decides.
    """
    if not roles:
        return {}, set()
    goal_ids, org_ids, kinds = zip(*roles, strict=True)
    at_rows = list(map(row_of.get, goal_ids))
    at_cols = list(map(col_of.get, org_ids))
    held = list(map(_SINGLE.get, kinds))
    if None not in at_rows and None not in at_cols and None not in held:
        keys = list(zip(at_rows, at_cols, strict=True))
        fast = dict(zip(keys, held, strict=True))
        if len(fast) == len(keys):  # one role per cell: the common case
            led = set(compress(at_rows, map("trekker".__eq__, kinds)))
            return cast(Cells, fast), cast(set[int], led)
    cells: Cells = {}
    for at, col, role in zip(at_rows, at_cols, kinds, strict=True):
        if at is None or col is None:
            continue
        key = (at, col)
        found = cells.get(key)
        if found is None:
            cells[key] = _SINGLE.get(role, (role,))
        elif role not in found:  # several roles in one cell: keep them in ROLE_ORDER
            cells[key] = tuple(r for r in ROLE_ORDER if r in found or r == role)
    return cells, {r for (r, _), found in cells.items() if "trekker" in found}


def load_matrix(store: Store, *, first: int | None = None) -> RoleMatrixData:
    """The matrix; with `first`, the roles of the goals in the first `first` rows only.

    The roles of `large` are 20,000 rows, most of a second screen's worth of time before the
    first paint, which shows thirty goals. A partial matrix has every row and organisation,
    and the cells and trekker markers of its first rows (`complete` is False); the page reads
    the whole one once it has painted.
    """
    conn = store.reader()
    try:
        themes = conn.execute(
            "SELECT id, code, name FROM theme ORDER BY position, code, name").fetchall()
        goals = conn.execute(GOALS_SQL).fetchall()
        orgs = [MatrixOrg(*r) for r in conn.execute(
            "SELECT id, name, short_name, kind, sector, coalition FROM organisation "
            "ORDER BY kind, coalesce(short_name, name)")]
        rows = _matrix_rows(themes, goals)
        row_of = {r.id: i for i, r in enumerate(rows) if r.is_goal}
        partial = first is not None and len(rows) > first
        if partial:
            head = [r.id for r in rows[:first] if r.is_goal]
            roles = conn.execute(
                f"{CELLS_SQL} AND goal_id IN ({','.join('?' * len(head))})", head).fetchall()
        else:
            roles = conn.execute(CELLS_SQL).fetchall()
    finally:
        conn.close()
    col_of = {o.id: i for i, o in enumerate(orgs)}
    cells, led = _cells(roles, row_of, col_of)
    read = range(min(first, len(rows))) if partial and first is not None else row_of.values()
    no_trekker = frozenset(i for i in read if rows[i].is_goal and i not in led)
    return RoleMatrixData(rows, orgs, cells, no_trekker, complete=not partial)


def _matrix_rows(themes: list[tuple[str, str | None, str]],
                 goals: list[tuple[str, str | None, str | None, str, str | None, str, int]],
                 ) -> list[MatrixRow]:
    by_theme: dict[str | None, list[MatrixRow]] = {}
    for theme_id, row in _goal_rows(goals):
        by_theme.setdefault(theme_id, []).append(row)
    rows: list[MatrixRow] = []
    for theme_id, code, name in themes:
        if theme_id in by_theme:
            rows.append(MatrixRow(theme_id, THEME, code, name))
            rows.extend(by_theme.pop(theme_id))
    if by_theme:
        rows.append(MatrixRow("", THEME, None, "Overkoepelende doelen"))
        for group in by_theme.values():
            rows.extend(group)
    return rows


def capture(store: Store, goal_ids: Iterable[str], org_ids: Iterable[str]) -> State:
    """The organisation roles on these goals held by these organisations (for undo)."""
    from zorgdesk.models import Role
    from zorgdesk.services.undo import among, read_rows

    table = Role.__table__
    state = State()
    goals, orgs = sorted(set(goal_ids)), sorted(set(org_ids))
    with store.transaction() as session:
        for start in range(0, len(goals), 500):  # stay below SQLite's variable limit
            chunk = goals[start:start + 500]
            where = among(table.c.goal_id, chunk) & among(table.c.organisation_id, orgs)
            state.add(table, read_rows(session, table, where))  # type: ignore[arg-type]
    return state


def set_roles(store: Store, cells: Sequence[tuple[str, str]], role: str | None) -> int:
    """Give each (goal, organisation) cell exactly `role`, or no role when None.

    Replaces whatever organisation roles the cell held (capacities go with them), so a cell
    always shows what the user chose. Returns the number of cells changed.
    """
    from sqlalchemy import delete, select

    from zorgdesk.models import Goal, Organisation, Role
    from zorgdesk.models.enums import RoleKind

    if role is not None and role not in ROLE_ORDER:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Onbekende rol: {role}."), role=role)
    pairs = sorted(set(cells))
    if not pairs:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Kies eerst een of meer cellen met een doel en een organisatie."))
    goal_ids = sorted({g for g, _ in pairs})
    org_ids = sorted({o for _, o in pairs})
    changed = 0
    with store.transaction() as session:
        known_goals: set[str] = set()
        for start in range(0, len(goal_ids), 500):
            known_goals.update(session.scalars(
                select(Goal.id).where(Goal.id.in_(goal_ids[start:start + 500]))))
        known_orgs = set(session.scalars(select(Organisation.id).where(
            Organisation.id.in_(org_ids))))
        if len(known_goals) < len(goal_ids) or len(known_orgs) < len(org_ids):
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Een doel of organisatie bestaat niet meer; de matrix is "
                "bijgewerkt, probeer het opnieuw."))
        held: dict[tuple[str, str], set[str]] = {}
        for start in range(0, len(goal_ids), 500):
            for g, o, r in session.execute(
                select(Role.goal_id, Role.organisation_id, Role.role).where(
                    Role.goal_id.in_(goal_ids[start:start + 500]),
                    Role.organisation_id.in_(org_ids))):
                held.setdefault((str(g), str(o)), set()).add(str(r))
        todo = [p for p in pairs if held.get(p, set()) != ({role} if role else set())]
        for goal_id, org_id in todo:
            if held.get((goal_id, org_id)):
                session.execute(delete(Role).where(Role.goal_id == goal_id,
                                                   Role.organisation_id == org_id))
            if role is not None:
                session.add(Role(goal_id=goal_id, organisation_id=org_id, role=RoleKind(role)))
            changed += 1
    return changed


@dataclass(frozen=True, slots=True)
class ThemeMatrix:
    """The IZA matrix: themes as columns, capacities as rows, holders' names per cell."""

    themes: list[str]
    capacities: list[str]
    cells: dict[tuple[int, int], list[str]]  # (capacity, theme) -> names


def load_theme_matrix(store: Store) -> ThemeMatrix:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT t.id, t.name, coalesce(r.capacity, r.role), "
            "  coalesce(o.name, p.name || coalesce(' (' || po.name || ')', '')) "
            "FROM role r JOIN theme t ON t.id = r.theme_id "
            "LEFT JOIN organisation o ON o.id = r.organisation_id "
            "LEFT JOIN person p ON p.id = r.person_id "
            "LEFT JOIN organisation po ON po.id = p.organisation_id "
            "ORDER BY t.position, t.code, t.name, r.created_at, r.id").fetchall()
    finally:
        conn.close()
    themes: list[str] = []
    theme_col: dict[str, int] = {}
    capacities: list[str] = []
    found: dict[tuple[str, int], list[str]] = {}
    for theme_id, theme_name, capacity, holder in rows:
        if theme_id not in theme_col:
            theme_col[theme_id] = len(themes)
            themes.append(theme_name)
        if capacity not in capacities:
            capacities.append(capacity)
        names = found.setdefault((capacity, theme_col[theme_id]), [])
        if holder and holder not in names:
            names.append(holder)

    def order(c: str) -> tuple[int, str]:
        return (CAPACITY_ORDER.index(c) if c in CAPACITY_ORDER else len(CAPACITY_ORDER), c)

    capacities.sort(key=order)
    cells = {(capacities.index(c), col): names for (c, col), names in found.items()}
    return ThemeMatrix(themes, capacities, cells)


@dataclass(frozen=True, slots=True)
class SectorCoalition:
    sector: str
    leading: list[str]
    broad: list[str]


def load_coalitions(store: Store) -> list[SectorCoalition]:
    """Per sector (alphabetical, as appendix B lists them) who leads and who joins broadly."""
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT sector, coalesce(short_name, name), coalition FROM organisation "
            "WHERE coalition IS NOT NULL AND sector IS NOT NULL ORDER BY created_at, id").fetchall()
    finally:
        conn.close()
    by_sector: dict[str, SectorCoalition] = {}
    for sector, name, coalition in rows:
        entry = by_sector.setdefault(sector, SectorCoalition(sector, [], []))
        (entry.leading if coalition == "leidend" else entry.broad).append(name)
    return sorted(by_sector.values(), key=lambda s: s.sector.lower())
