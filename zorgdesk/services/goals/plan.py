"""The goal plan as the reports print it: every theme with its goal tree, year grid,
milestones, lights, indicators, roles and initiatives, read once for a whole report.

The grouping and order are the screens' (services/goals/grouping.place_goals, siblings by
position then code), a milestone is due by the timeline's rule (services/timeline/queries.
due_date), and the public edition's filter is applied while reading.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from zorgdesk.services.errors import ReportDataError
from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.goals.grouping import place_goals
from zorgdesk.services.goals.tree import context_label
from zorgdesk.services.timeline.queries import due_date, is_late
from zorgdesk.services.workspace.privacy_filter import Privacy
from zorgdesk.store import Store
from zorgdesk.store.errors import QT_TRANSLATE_NOOP
from zorgdesk.store.reader import Reader


@dataclass(slots=True)
class WorkspaceData:
    name: str
    region: str | None
    period_from: int | None
    period_to: int | None
    open_ended: bool
    vision_title: str | None
    vision_text: str | None
    description: str | None

    @property
    def period(self) -> str:
        if self.period_from and self.period_to and self.period_from != self.period_to:
            return f"{self.period_from}-{self.period_to}"
        return str(self.period_from or self.period_to or "")


def load_workspace(store: Store) -> WorkspaceData:
    conn = store.reader()
    try:
        return _workspace(conn)
    finally:
        conn.close()


def _workspace(conn: Reader) -> WorkspaceData:
    ws = conn.execute("SELECT name, region, period_from, period_to, period_open_ended, "
                      "vision_title, vision_text, description FROM workspace").fetchone()
    if ws is None:
        return WorkspaceData("Werkruimte", None, None, None, False, None, None, None)
    return WorkspaceData(ws[0], ws[1], ws[2], ws[3], bool(ws[4]), ws[5], ws[6], ws[7])


@dataclass(frozen=True, slots=True)
class MilestoneData:
    title: str
    precision: str
    year: int
    quarter: int | None
    month: int | None
    due_date: date | None
    start_date: date | None
    status: str
    done_on: date | None

    @property
    def due_quarter(self) -> int:
        if self.due_date is not None:
            return (self.due_date.month - 1) // 3 + 1
        if self.quarter:
            return self.quarter
        if self.month:
            return (self.month - 1) // 3 + 1
        return 4

    @property
    def due_label(self) -> str:
        from zorgdesk.dutch import MONTHS_LONG, nl_date

        if self.due_date is not None:
            return nl_date(self.due_date, weekday=False)
        if self.month:
            return f"{MONTHS_LONG[self.month - 1]} {self.year}"
        if self.quarter:
            return f"Q{self.quarter} {self.year}"
        return str(self.year)

    @property
    def due_end(self) -> date:
        """The last day the milestone can be due: the timeline's rule, precision first."""
        return due_date(self.precision, self.year, self.quarter, self.month, self.due_date)

    def late(self, today: date) -> bool:
        """Still open after its last due day: the timeline's rule."""
        return is_late(self.status, self.due_end, today)


@dataclass(frozen=True, slots=True)
class StatusData:
    reported_on: date
    light: str | None
    results: str
    attention: str
    internal: bool
    by: str | None = None  # who recorded it (its `changed_by`); never in the public edition


@dataclass(slots=True)
class IndicatorData:
    name: str
    unit: str | None
    baseline: float | None
    target: float | None
    target_year: int | None
    points: list[tuple[date, float]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RoleData:
    role: str
    holder: str
    organisation_id: str | None
    capacity: str | None
    is_person: bool


@dataclass(frozen=True, slots=True)
class FundingData:
    year: int | None
    source: str
    amount_cents: int
    status: str  # toegezegd / beoogd
    description: str


@dataclass(slots=True)
class GoalData:
    id: str
    theme_id: str | None
    parent_id: str | None
    level: str
    code: str | None
    title: str
    text: str | None
    internal_notes: str
    target_year: int | None
    target_tbd: bool
    position: int
    created_at: datetime | None
    year_marks: dict[int, bool] = field(default_factory=dict)  # year -> and_later
    milestones: list[MilestoneData] = field(default_factory=list)
    statuses: list[StatusData] = field(default_factory=list)  # oldest first
    indicators: list[IndicatorData] = field(default_factory=list)
    roles: list[RoleData] = field(default_factory=list)
    # (name, what it does: its aim, else its description)
    initiatives: list[tuple[str, str]] = field(default_factory=list)
    funding: list[FundingData] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    children: list[GoalData] = field(default_factory=list)
    card: list[tuple[str, str]] = field(default_factory=list)  # project card (label, text)
    under: str | None = None  # "code title" of its parent, shown in another theme (context)

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}" if self.code else self.title

    @property
    def latest(self) -> StatusData | None:
        for status in reversed(self.statuses):
            if status.light is not None or status.results or status.attention:
                return status
        return None

    @property
    def light(self) -> str | None:
        for status in reversed(self.statuses):
            if status.light is not None:
                return status.light
        return None

    def walk(self) -> list[GoalData]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(slots=True)
class ThemeData:
    id: str | None
    code: str | None
    name: str
    kind: str
    description: str | None
    goals: list[GoalData] = field(default_factory=list)  # roots of the tree
    roles: list[RoleData] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}" if self.code else self.name

    def all_goals(self) -> list[GoalData]:
        out: list[GoalData] = []
        for goal in self.goals:
            out.extend(goal.walk())
        return out


@dataclass(slots=True)
class CoalitionData:
    """One sector of the IZA coalition (appendix B of a regioplan): who leads, who joins."""

    sector: str
    leading: list[str] = field(default_factory=list)
    broad: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    workspace: WorkspaceData
    themes: list[ThemeData]
    goals: dict[str, GoalData]
    organisations: dict[str, tuple[str, str, str]]  # id -> (short label, name, kind)
    # Per sector, alphabetical, as the Partners page's coalition table lists them.
    coalitions: list[CoalitionData] = field(default_factory=list)


CARD_LABELS = ("Omschrijving", "Doelstelling en beoogd effect", "Scope", "Budget en capaciteit",
               "Planning en mijlpalen", "Projectgovernance", "Naslag")
CARD_COLUMNS = ("omschrijving", "doelstelling", "scope", "budget_capaciteit", "planning",
                "governance", "naslag")


def load_plan(store: Store, privacy: Privacy, *, theme_id: str | None = None,
              with_details: bool = True, with_progress: bool = True) -> Plan:
    """The whole goal tree per theme with grids, milestones, lights, indicators and roles.

    Read with the store's plain SQL (store/reader.py), not the ORM: a report process then
    never imports SQLAlchemy for a file (~0.4 s of a 34-page report), and on `large` the
    rows come as tuples without ORM result processing. Without `progress` no year marks,
    milestones, status updates or indicators: who does what (the partner matrix) needs none
    of the 20,000 rows they are on `large`."""
    conn = store.reader()
    try:
        return _plan(conn, privacy, theme_id, with_details, with_progress)
    finally:
        conn.close()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _plan(conn: Reader, privacy: Privacy, theme_id: str | None,
          with_details: bool, with_progress: bool = True) -> Plan:
    workspace = _workspace(conn)
    themes = [
        ThemeData(t[0], t[1], t[2], t[3] or "", privacy.text(t[4]))
        for t in conn.execute("SELECT id, code, name, kind, description FROM theme "
                              "ORDER BY position, code, name")
    ]
    goals: dict[str, GoalData] = {}
    for row in conn.execute(
        "SELECT id, theme_id, parent_id, level, code, title, text, internal_notes, "
        "target_year, target_tbd, position, created_at, " + ", ".join(CARD_COLUMNS)
        + " FROM goal"
    ):
        goal = GoalData(
            row[0], row[1], row[2], row[3] or "", row[4], privacy.text(row[5]),
            privacy.text(row[6]), privacy.internal(row[7]), row[8], bool(row[9]),
            row[10] or 0, datetime.fromisoformat(row[11]) if row[11] else None,
        )
        if with_details:
            goal.card = [(label, privacy.text(str(value)))
                         for label, value in zip(CARD_LABELS, row[12:], strict=True) if value]
        goals[row[0]] = goal
    if with_progress:
        _progress(conn, privacy, goals)
    organisations = {
        o[0]: (o[1] or o[2], o[2], o[3] or "")
        for o in conn.execute("SELECT id, short_name, name, kind FROM organisation "
                              "ORDER BY name")
    }
    if with_details:
        _details(conn, privacy, goals, themes, organisations, with_progress=with_progress)
    return _in_tree(conn, workspace, goals, themes, organisations, theme_id=theme_id,
                    with_details=with_details)


def _progress(conn: Reader, privacy: Privacy, goals: dict[str, GoalData]) -> None:
    """Year marks, milestones and status updates of the goals."""
    for goal_id, year, and_later in conn.execute("SELECT goal_id, year, and_later FROM year_mark"):
        if goal_id in goals:
            goals[goal_id].year_marks[year] = bool(and_later)
    for m in conn.execute(
        "SELECT goal_id, title, precision, year, quarter, month, due_date, start_date, status, "
        "done_on FROM milestone ORDER BY position, year, id"
    ):
        if m[0] in goals:
            goals[m[0]].milestones.append(
                MilestoneData(privacy.text(m[1]), m[2] or "", m[3], m[4], m[5], _day(m[6]),
                              _day(m[7]), m[8] or "", _day(m[9]))
            )
    public_only = " AND NOT internal" if privacy.public else ""
    for s in conn.execute(
        "SELECT goal_id, reported_on, light, results, attention_points, internal, changed_by "
        "FROM status_update WHERE goal_id IS NOT NULL" + public_only
        + " ORDER BY reported_on, created_at, id"
    ):
        if s[0] in goals:
            goals[s[0]].statuses.append(StatusData(
                date.fromisoformat(s[1][:10]), s[2] or None, privacy.text(s[3]),
                privacy.text(s[4]), bool(s[5]), None if privacy.public else s[6],
            ))


def _in_tree(conn: Reader, workspace: WorkspaceData, goals: dict[str, GoalData],
             themes: list[ThemeData], organisations: dict[str, tuple[str, str, str]], *,
             theme_id: str | None, with_details: bool) -> Plan:
    """The goals placed and ordered as the screens show them; `theme_id`: that theme only."""
    # Tree: the screens' grouping rule (services/goals/grouping.place_goals) and order (the
    # user's position, then code): each goal in its theme, a parent in another theme as context.
    placed = place_goals((g.id, g.theme_id, g.parent_id) for g in goals.values())
    roots_by_theme: dict[str | None, list[GoalData]] = defaultdict(list)
    for goal in goals.values():
        place = placed[goal.id]
        goal.theme_id = place.theme_id
        if place.under_id is not None:
            above = goals[place.under_id]
            goal.under = context_label(above.code, above.title)
        parent = goals.get(place.parent_id) if place.parent_id else None
        if parent is not None:
            parent.children.append(goal)
        else:
            roots_by_theme[goal.theme_id].append(goal)

    def order(items: list[GoalData]) -> None:
        items.sort(key=lambda g: (g.position, code_key(g.code), g.title))
        for item in items:
            order(item.children)

    for roots in roots_by_theme.values():
        order(roots)
    for theme in themes:
        theme.goals = roots_by_theme.get(theme.id, [])
    if roots_by_theme.get(None):
        themes.append(ThemeData(None, None, "Overkoepelende doelen", "overig", None,
                                roots_by_theme[None]))
    # Every list of goals a report prints follows the tree, whatever order the database chose.
    in_order = {g.id: g for theme in themes for root in theme.goals for g in root.walk()}
    in_order.update((gid, g) for gid, g in goals.items() if gid not in in_order)
    if theme_id is not None:
        themes = [t for t in themes if t.id == theme_id]
    coalitions = _coalitions(conn) if with_details else []
    return Plan(workspace, themes, in_order, organisations, coalitions)


def _details(conn: Reader, privacy: Privacy, goals: dict[str, GoalData],
             themes: list[ThemeData], organisations: dict[str, tuple[str, str, str]], *,
             with_progress: bool = True) -> None:
    """Indicators, roles, initiatives, funding and programmes: what the timeline leaves out."""
    if with_progress:
        _indicators(conn, privacy, goals)
    theme_by_id = {t.id: t for t in themes}
    for r in conn.execute(
        "SELECT goal_id, theme_id, organisation_id, person_id, role, capacity FROM role "
        "ORDER BY created_at, id"  # as entered, everywhere
    ):
        holder = (privacy.person(r[3]) if r[3] is not None
                  else organisations.get(r[2] or "", ("", "", ""))[0])
        role = RoleData(r[4] or "", holder, r[2], r[5], r[3] is not None)
        if r[0] in goals:
            goals[r[0]].roles.append(role)
        elif r[1] in theme_by_id:
            theme_by_id[r[1]].roles.append(role)
    for init_goal, name, aim, description in conn.execute(
        "SELECT goal_id, name, aim, description FROM related_initiative "
        "WHERE goal_id IS NOT NULL ORDER BY position, created_at"
    ):
        if init_goal in goals:
            goals[init_goal].initiatives.append(
                (privacy.text(name), privacy.text(aim or description)))
    for line in conn.execute(
        "SELECT goal_id, year, source_organisation_id, source_name, amount_cents, status, "
        "description FROM funding_line WHERE goal_id IS NOT NULL "
        "ORDER BY year, created_at, id"
    ):
        if line[0] in goals:
            source = organisations[line[2]][0] if line[2] in organisations else line[3] or ""
            goals[line[0]].funding.append(FundingData(
                line[1], privacy.text(source), int(line[4] or 0), line[5] or "",
                privacy.text(line[6])))
    for goal_id, name in conn.execute(
        "SELECT pg.goal_id, p.name FROM programme_goal pg "
        "JOIN programme p ON p.id = pg.programme_id ORDER BY p.position, p.name"
    ):
        if goal_id in goals:
            goals[goal_id].programmes.append(privacy.text(name))


def _indicators(conn: Reader, privacy: Privacy, goals: dict[str, GoalData]) -> None:
    indicators: dict[str, IndicatorData] = {}
    for i in conn.execute(
        "SELECT id, goal_id, name, unit, baseline, target, target_year FROM indicator "
        "ORDER BY created_at, id"  # as entered, as on the goal card
    ):
        data = IndicatorData(privacy.text(i[2]), i[3], i[4], i[5], i[6])
        indicators[i[0]] = data
        if i[1] in goals:
            goals[i[1]].indicators.append(data)
    for ind_id, measured_on, value in conn.execute(
        "SELECT indicator_id, measured_on, value FROM measurement ORDER BY measured_on"
    ):
        if ind_id in indicators:
            indicators[ind_id].points.append((date.fromisoformat(measured_on[:10]), value))


def _coalitions(conn: Reader) -> list[CoalitionData]:
    """Organisations with a sector and a coalition, in the order they were entered."""
    by_sector: dict[str, CoalitionData] = {}
    for sector, name, short, coalition in conn.execute(
        "SELECT sector, name, short_name, coalition FROM organisation "
        "WHERE coalition IS NOT NULL AND sector IS NOT NULL ORDER BY created_at, id"
    ):
        entry = by_sector.setdefault(str(sector), CoalitionData(str(sector)))
        (entry.leading if coalition == "leidend" else entry.broad).append(short or name)
    return sorted(by_sector.values(), key=lambda c: c.sector.lower())


def find_theme(store: Store, ref: str) -> str:
    """A theme id by id, code or (case-insensitive) name."""
    conn = store.reader()
    try:
        themes = conn.execute("SELECT id, code, name FROM theme").fetchall()
    finally:
        conn.close()
    for theme_id, code, name in themes:
        if ref in (theme_id, code) or name.casefold() == ref.casefold():
            return str(theme_id)
    raise ReportDataError(QT_TRANSLATE_NOOP("StoreError", "Geen thema '{ref}' gevonden."),
                          ref=ref)



@dataclass(frozen=True, slots=True)
class GridColumn:
    label: str
    year: int
    quarter: int | None = None
    and_later: bool = False

    def holds(self, year: int, quarter: int | None = None) -> bool:
        if self.quarter is None:
            return year == self.year or (self.and_later and year > self.year)
        return year == self.year and (quarter is None or quarter == self.quarter)


def year_columns(plan: Plan) -> list[GridColumn]:
    """The year grid of the plan (2024, 2025, 2026, "2027 >"), or the quarters of a one-year
    plan (Q1..Q4 2022, as the Noord-Limburg milestone plans)."""
    ws = plan.workspace
    start, end = ws.period_from, ws.period_to
    if start is None or end is None:
        years = sorted({y for g in plan.goals.values() for y in g.year_marks}
                       | {m.year for g in plan.goals.values() for m in g.milestones})
        if not years:
            return []
        start, end = years[0], years[-1]
    if start == end:
        return [GridColumn(f"Q{q} {start}", start, q) for q in range(1, 5)]
    columns = [GridColumn(str(y), y) for y in range(start, end + 1)]
    if ws.open_ended:
        columns[-1] = GridColumn(f"{end} >", end, and_later=True)
    return columns


def quarter_columns(plan: Plan) -> list[GridColumn]:
    """The quarters of the years that hold year marks or milestones (else the plan period)."""
    ws = plan.workspace
    years = sorted({y for g in plan.goals.values() for y in g.year_marks}
                   | {m.year for g in plan.goals.values() for m in g.milestones})
    if years:
        start, end = years[0], years[-1]
    else:
        start = ws.period_from or date.today().year
        end = ws.period_to or start
    return [GridColumn(f"Q{q}", y, q) for y in range(start, end + 1) for q in range(1, 5)]


def goal_labels(store: Store, goal_ids: set[str], privacy: Privacy) -> dict[str, str]:
    """What an agenda item shows of its linked goals: the code, else the start of the title."""
    if not goal_ids:
        return {}
    marks = ",".join("?" * len(goal_ids))
    conn = store.reader()
    try:
        rows = conn.execute(f"SELECT id, code, title FROM goal WHERE id IN ({marks})",
                            sorted(goal_ids)).fetchall()
    finally:
        conn.close()
    return {r[0]: (r[1] or privacy.text(r[2])[:40]) for r in rows}
