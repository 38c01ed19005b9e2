"""The plan for goals and the milestones that come with them.

Goals match by id, otherwise by code; a parent is named by its code (in the file or already
in the workspace) and a theme by its name or code, and neither is ever guessed: an unknown
one is a problem of that cell. New goals are made parents first through the goal service,
so codes, positions and levels follow the same rules as in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from zorgdesk.store import Store
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase
from zorgdesk.tables import values as v
from zorgdesk.tables.import_lists import Lookup, _choice, _labels
from zorgdesk.tables.plan import BAD, Cells, Change, Ids, ImportPlan, as_text, fold

GOAL = QT_TRANSLATE_NOOP("StoreError", "doel")
MILESTONE = QT_TRANSLATE_NOOP("StoreError", "mijlpaal")
LEVELS = ("ambitie", "strategisch", "operationeel", "project")
LIGHTS = ("groen", "oranje", "rood")
PRECISIONS = ("jaar", "kwartaal", "maand", "datum")
STATUSES = ("gepland", "loopt", "gereed", "vertraagd", "vervallen")
Holder = tuple[str, str]  # ("o", organisation id) or ("p", person id)


@dataclass
class GoalLine:
    row: int
    ref: str  # existing id, or "new:<row>"
    existing: dict[str, Any] | None
    values: dict[str, Any]
    parent_code: str | None
    theme: str | None
    parent_id: str  # the parent's id as our export writes it next to its code ("" if none)
    usable: bool = True  # False: the row has a problem already


class Index:
    """Goals by code (or title) within a theme: the theme's own first, else the only one."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str | None, str], str] = {}
        self.anywhere: dict[str, list[str]] = {}

    def add(self, theme: str | None, key: str, ref: str) -> None:
        if not key:
            return
        self.exact.setdefault((theme, key), ref)
        refs = self.anywhere.setdefault(key, [])
        if ref not in refs:
            refs.append(ref)

    def find(self, theme: str | None, key: str) -> str | None:
        if (theme, key) in self.exact:
            return self.exact[(theme, key)]
        refs = self.anywhere.get(key, [])
        return refs[0] if len(refs) == 1 else None


def _year_or_tbd(value: Any, label: Phrase) -> Any:
    if v.is_tbd(value):
        return "tbd"
    return v.year(value, label)


def _holders(names: str, lookup: Lookup,
             current: set[Holder]) -> tuple[list[Holder], list[str]]:
    """The organisations and people a cell names, separated by commas or semicolons.

    A name that itself holds a comma ("Zorggroep Noord, locatie Assen") is found whole: the
    longest run of parts that is a known name wins.
    """
    parts = [p.strip() for p in names.replace(";", ",").split(",")]
    found: list[Holder] = []
    unknown: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            name = fold(", ".join(parts[start:end]))
            holder = _holder(name, lookup, current)
            if holder is not None or end == start + 1:
                break
        if holder is not None:
            found.append(holder)
        elif name:
            unknown.append(parts[start])
        start = end
    return found, unknown


def _holder(name: str, lookup: Lookup, current: set[Holder]) -> Holder | None:
    kept = [h for h in current if lookup.called(h[1], name)]
    if kept:
        return kept[0]
    if name in lookup.orgs:
        return ("o", lookup.orgs[name])
    if name in lookup.people:
        return ("p", lookup.people[name])
    return None


class GoalState:
    """The workspace's goals as the import compares against them."""

    def __init__(self, store: Store) -> None:
        from sqlalchemy import select

        from zorgdesk.models import Goal, Milestone, Role, Theme
        from zorgdesk.tables.lists import latest_lights

        with store.session() as session:
            self.goals = {str(r["id"]): dict(r) for r in session.execute(select(
                Goal.id, Goal.code, Goal.title, Goal.theme_id, Goal.parent_id, Goal.level,
                Goal.target_year, Goal.target_tbd)).mappings()}
            self.themes: dict[str, str] = {}
            for tid, name, code in session.execute(select(Theme.id, Theme.name, Theme.code)):
                self.themes.setdefault(fold(name), str(tid))
                if code:
                    self.themes.setdefault(fold(code), str(tid))
            self.trekkers: dict[str, set[Holder]] = {}
            for gid, oid, pid in session.execute(
                    select(Role.goal_id, Role.organisation_id, Role.person_id)
                    .where(Role.goal_id.is_not(None), Role.role == "trekker")):
                holder = ("o", str(oid)) if oid else ("p", str(pid))
                self.trekkers.setdefault(str(gid), set()).add(holder)
            self.lights = {g: light for g, (light, _day) in latest_lights(session).items()}
            self.milestones = {str(r["id"]): dict(r) for r in session.execute(select(
                Milestone.id, Milestone.goal_id, Milestone.title, Milestone.precision,
                Milestone.year, Milestone.quarter, Milestone.month, Milestone.due_date,
                Milestone.start_date, Milestone.status, Milestone.done_on,
                Milestone.notes)).mappings()}
        for goal in self.goals.values():
            goal["level"] = str(goal["level"])
            goal["target_tbd"] = bool(goal["target_tbd"])
        for ms in self.milestones.values():
            ms["precision"], ms["status"] = str(ms["precision"]), str(ms["status"])
            for key in ("due_date", "start_date", "done_on"):
                ms[key] = v._parse_date(ms[key]) if ms[key] else None
        self.codes, self.titles = Index(), Index()
        for gid, goal in self.goals.items():
            self.codes.add(goal["theme_id"], fold(goal["code"]), gid)
            self.titles.add(goal["theme_id"], fold(goal["title"]), gid)
        self.file_codes, self.file_titles = Index(), Index()

    def find(self, theme: str | None, text: str | None, by_id: str | None = None) -> str | None:
        """The goal a cell names: by id, else by code, else by title (file rows first)."""
        if by_id and by_id in self.goals:
            return by_id
        key = fold(text)
        if not key:
            return None
        for index in (self.file_codes, self.codes, self.file_titles, self.titles):
            ref = index.find(theme, key)
            if ref is not None:
                return ref
        return None


def plan_goals(store: Store, cells: Cells, plan: ImportPlan,
               milestones: Cells | None) -> None:
    plan.tables = ("goal", "milestone", "role", "status_update")
    state = GoalState(store)
    lookup = Lookup(store)
    if not cells.need("title"):
        return
    lines: list[GoalLine] = []
    code_cells: dict[tuple[str | None, str], str] = {}
    matched: dict[str, str] = {}
    for row in cells.rows():
        plan.rows_read += 1
        got = {k: cells.get(row, k, p) for k, p in (
            ("code", as_text), ("title", as_text), ("theme", as_text),
            ("level", _choice(LEVELS)), ("parent", as_text), ("target_year", _year_or_tbd),
            ("trekker", as_text), ("light", _choice(LIGHTS))) if cells.has(k)}
        broken = BAD in got.values()  # still check the rest: all problems at once
        got = {k: None if val is BAD else val for k, val in got.items()}
        values: dict[str, Any] = {k: got[k] for k in ("code", "title", "level", "light")
                                  if k in got}
        if got.get("theme"):
            theme_id = state.themes.get(fold(str(got["theme"])))
            if theme_id is None:
                cells.bad(row, "theme", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "thema '{value}' bestaat niet"),
                                               value=got["theme"]))
                broken = True
            else:
                values["theme_id"] = theme_id
        if "target_year" in got:
            year = got["target_year"]
            values["target_tbd"] = year == "tbd"
            values["target_year"] = None if year == "tbd" else year
        if "trekker" in got:
            row_id = str(cells.raw(row, "id") or "").strip()
            holders, unknown = _holders(str(got["trekker"] or ""), lookup,
                                        state.trekkers.get(row_id, set()))
            if unknown:
                cells.bad(row, "trekker", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "'{value}' is geen bekende organisatie of persoon"),
                    value=", ".join(unknown)))
                broken = True
            values["trekker"] = set(holders)
        code = fold(str(got.get("code") or ""))
        row_id = str(cells.raw(row, "id") or "").strip()
        match = row_id if row_id in state.goals else None
        theme = values.get("theme_id") or (state.goals[match]["theme_id"] if match else None)
        if code and (theme, code) in code_cells:
            cells.bad(row, "code", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "code '{value}' staat ook in cel "
                                            "{other}"), value=got["code"],
                                          other=code_cells[(theme, code)]))
            continue
        if match is None and code:
            match = state.codes.find(theme, code)
        elif match is None and got.get("title"):
            match = state.titles.find(theme, fold(str(got["title"])))
        if match is not None and match in matched:
            cells.bad(row, "code" if cells.has("code") else "title", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "dit doel staat ook in rij {other}"), other=matched[match]))
            continue
        if not got.get("title") and (match is None or state.goals[match]["title"].strip()):
            # Only a goal that has no title in the workspace either may stay without one.
            cells.empty(row, "title")
            broken = True
        ref = match or f"new:{row}"
        if broken:  # not planned, but its parent is still checked
            lines.append(GoalLine(row, f"bad:{row}", None, values,
                                  str(got["parent"]) if got.get("parent") else None, theme,
                                  str(cells.raw(row, "parent_id") or "").strip(), usable=False))
            continue
        if match:
            matched[match] = str(row + 1)
        if code:
            state.file_codes.add(theme, code, ref)
            code_cells[(theme, code)] = cells.address(row, "code")
        state.file_titles.add(theme, fold(str(got.get("title") or "")), ref)
        parent = str(got["parent"]) if got.get("parent") else None
        lines.append(GoalLine(row, ref, state.goals.get(match) if match else None, values,
                              parent, theme, str(cells.raw(row, "parent_id") or "").strip()))
    parent_of = _resolve_parents(cells, lines, state)
    _goal_steps(store, cells, plan, [ln for ln in lines if ln.usable], parent_of=parent_of,
                state=state)
    if milestones is not None:  # planned too: every problem of the file at once
        _plan_milestones(store, milestones, plan, state)


def _resolve_parents(cells: Cells, lines: list[GoalLine],
                     state: GoalState) -> dict[str, str | None]:
    """Per line its parent's ref (None: top level); problems for unknown or circular ones."""
    parent_of: dict[str, str | None] = {}
    for line in lines:
        if not cells.has("parent"):
            continue
        if line.parent_code is None:
            parent_of[line.ref] = None
            continue
        ref = state.find(line.theme, line.parent_code)
        known = state.goals.get(line.parent_id)
        if known is not None and fold(line.parent_code) in (fold(known["code"]),
                                                            fold(known["title"])):
            ref = line.parent_id  # the id settles a code that several themes use
        if ref is None:
            cells.bad(line.row, "parent", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "bovenliggend doel '{value}' bestaat niet"), value=line.parent_code))
            continue
        parent_of[line.ref] = ref
    for line in lines:
        seen = {line.ref}
        ref = parent_of.get(line.ref)
        while ref is not None:
            if ref in seen:
                cells.bad(line.row, "parent", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "doel '{value}' kan niet onder zichzelf staan"),
                    value=line.parent_code))
                break
            seen.add(ref)
            ref = parent_of.get(ref, state.goals.get(ref, {}).get("parent_id"))
    return parent_of


def _goal_steps(store: Store, cells: Cells, plan: ImportPlan, lines: list[GoalLine], *,
                parent_of: dict[str, str | None], state: GoalState) -> None:
    new_refs = {line.ref for line in lines if line.existing is None}

    def depth(line: GoalLine) -> int:
        level, ref = 0, parent_of.get(line.ref)
        while ref in new_refs and level < len(lines):
            level, ref = level + 1, parent_of.get(ref)
        return level

    for line in sorted((ln for ln in lines if ln.existing is None), key=depth):
        plan.changes.append(Change(GOAL, True, cells.sheet.name, line.row + 1,
                                   _name(line.values)))
        plan.steps.append(partial(_create, store, line, parent_of))
    for line in lines:
        if line.existing is None:
            continue
        changed = _changed_fields(line, parent_of, state, cells.has("parent"))
        if changed:
            plan.changes.append(Change(GOAL, False, cells.sheet.name,
                                       line.row + 1, _name(line.values),
                                       _labels(cells, dict.fromkeys(changed))))
            plan.steps.append(partial(_update, store, line, changed, parent_of))


def _name(values: dict[str, Any]) -> str:
    return " ".join(str(x) for x in (values.get("code"), values.get("title")) if x)


def _changed_fields(line: GoalLine, parent_of: dict[str, str | None], state: GoalState,
                    has_parent: bool) -> list[str]:
    old = line.existing
    assert old is not None
    values = line.values
    changed = [k for k in ("code", "title", "level") if values.get(k) and values[k] != old[k]]
    if "code" in values and values["code"] is None and old["code"] is not None:
        changed.append("code")
    if "target_tbd" in values and (values["target_tbd"], values["target_year"]) != (
            old["target_tbd"], old["target_year"]):
        changed.append("target_year")
    if has_parent and line.ref in parent_of and parent_of[line.ref] != old["parent_id"]:
        changed.append("parent")
    elif ("theme_id" in values and old["parent_id"] is None
          and values["theme_id"] != old["theme_id"]):
        changed.append("theme")
    if "trekker" in values and values["trekker"] != state.trekkers.get(line.ref, set()):
        changed.append("trekker")
    if values.get("light") and values["light"] != state.lights.get(line.ref):
        changed.append("light")
    return changed


def _real(ref: str | None, ids: Ids) -> str | None:
    if ref is None:
        return None
    return ids.get(ref, ref) if ref.startswith("new:") else ref


def _create(store: Store, line: GoalLine, parent_of: dict[str, str | None], ids: Ids) -> None:
    from zorgdesk.services.goals import commands

    values = line.values
    goal_id = commands.create_goal(store, title=str(values["title"]),
                                   parent_id=_real(parent_of.get(line.ref), ids),
                                   theme_id=values.get("theme_id"))
    ids[line.ref] = goal_id
    fields = {k: values[k] for k in ("code", "level", "target_year", "target_tbd")
              if values.get(k) is not None}
    if fields:
        commands.update_goal(store, goal_id, **fields)
    _set_trekkers(store, goal_id, values.get("trekker"))
    if values.get("light"):
        _add_light(store, goal_id, str(values["light"]))


def _update(store: Store, line: GoalLine, changed: list[str],
            parent_of: dict[str, str | None], ids: Ids) -> None:
    from zorgdesk.services.goals import commands

    values = line.values
    goal_id = line.ref
    fields: dict[str, Any] = {k: values[k] for k in ("code", "title", "level") if k in changed}
    if "target_year" in changed:
        fields["target_year"] = values["target_year"]
        fields["target_tbd"] = values["target_tbd"]
    if fields:
        commands.update_goal(store, goal_id, **fields)
    if "parent" in changed or "theme" in changed:
        parent_id = _real(parent_of.get(line.ref), ids) if "parent" in changed else None
        theme_id = values.get("theme_id") if parent_id is None else None
        if parent_id is None and "theme_id" not in values:
            theme_id = line.existing["theme_id"] if line.existing else None
        commands.move_goal(store, goal_id, parent_id=parent_id, theme_id=theme_id, row=1 << 30)
    if "trekker" in changed:
        _set_trekkers(store, goal_id, values["trekker"])
    if "light" in changed:
        _add_light(store, goal_id, str(values["light"]))


def _set_trekkers(store: Store, goal_id: str, holders: set[Holder] | None) -> None:
    """The goal's trekkers are exactly `holders`; other roles stay as they are."""
    if holders is None:
        return
    from sqlalchemy import select

    from zorgdesk.models import Role, RoleKind

    with store.transaction() as session:
        have = list(session.scalars(select(Role).where(Role.goal_id == goal_id,
                                                       Role.role == RoleKind.TREKKER)))
        held = set()
        for role in have:
            holder = ("o", role.organisation_id) if role.organisation_id else (
                "p", str(role.person_id))
            if holder in holders:
                held.add(holder)
            else:
                session.delete(role)
        for kind, holder_id in sorted(holders - held):
            session.add(Role(goal_id=goal_id, role=RoleKind.TREKKER,
                             organisation_id=holder_id if kind == "o" else None,
                             person_id=holder_id if kind == "p" else None))


def _add_light(store: Store, goal_id: str, light: str) -> None:
    from zorgdesk.services.goals.progress import add_status_update

    add_status_update(store, goal_id, reported_on=date.today(), light=light)


# --- milestones -------------------------------------------------------------------------

def _plan_milestones(store: Store, cells: Cells, plan: ImportPlan, state: GoalState) -> None:
    from zorgdesk.services.timeline.commands import Period

    if not ((cells.has("goal_id") or cells.need("goal")) & cells.need("title")):
        return
    by_key: dict[tuple[str, str], str] = {}
    for mid, ms in state.milestones.items():
        by_key.setdefault((str(ms["goal_id"]), fold(ms["title"])), mid)
    seen: set[str] = set()
    for row in cells.rows():
        plan.rows_read += 1
        got = {k: cells.get(row, k, p) for k, p in (
            ("goal", as_text), ("theme", as_text), ("title", as_text),
            ("precision", _choice(PRECISIONS)),
            ("year", v.year), ("quarter", v.whole), ("month", v.whole),
            ("due_date", v.calendar_date), ("start_date", v.calendar_date),
            ("status", _choice(STATUSES)), ("done_on", v.calendar_date), ("notes", as_text))
            if cells.has(k)}
        if BAD in got.values():
            continue
        if not got.get("title"):
            cells.empty(row, "title")
            continue
        theme = state.themes.get(fold(str(got.get("theme") or "")))
        goal_ref = state.find(theme, str(got.get("goal") or ""),
                              str(cells.raw(row, "goal_id") or "").strip())
        if goal_ref is None:
            cells.bad(row, "goal", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "doel '{value}' bestaat niet"),
                                          value=got.get("goal") or ""))
            continue
        due = got.get("due_date")
        precision = got.get("precision") or (
            "datum" if due else "maand" if got.get("month") else
            "kwartaal" if got.get("quarter") else "jaar")
        year = got.get("year") or (due.year if isinstance(due, date) else None)
        if year is None:
            cells.bad(row, "year" if cells.has("year") else "due_date", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "{field} is leeg"), field=cells.label("year")))
            continue
        period = Period(str(precision), int(str(year)), _int(got.get("quarter")),
                        _int(got.get("month")), due if isinstance(due, date) else None)
        wrong = _period_problem(period)
        if wrong is not None:
            cells.bad(row, wrong[0] if cells.has(wrong[0]) else "year", wrong[1])
            continue
        wanted: dict[str, Any] = dict(period.fields())
        wanted["precision"] = str(wanted["precision"])
        wanted["title"] = " ".join(str(got["title"]).split())
        for key in ("start_date", "done_on", "notes"):
            if key in got:
                wanted[key] = got[key]
        wanted["status"] = got.get("status") or "gepland"
        row_id = str(cells.raw(row, "id") or "").strip()
        match = row_id if row_id in state.milestones else (
            None if goal_ref.startswith("new:") else by_key.get((goal_ref, fold(wanted["title"]))))
        if match and match in seen:
            match = None
        name = str(wanted["title"])[:80]
        if match is None:
            plan.changes.append(Change(MILESTONE, True, cells.sheet.name,
                                       row + 1, name))
            plan.steps.append(partial(_new_milestone, store, goal_ref, period, wanted))
            continue
        seen.add(match)
        old = state.milestones[match]
        if not cells.has("status"):
            wanted["status"] = old["status"]
        if wanted["status"] != "gereed":
            wanted["done_on"] = None
        elif wanted.get("done_on") is None:
            wanted["done_on"] = old["done_on"]
        changed = [k for k, val in wanted.items() if old.get(k) != val]
        if str(old["goal_id"]) != goal_ref:
            changed.append("goal")
        if changed:
            keys = ["due_date" if k in ("quarter", "month") else k for k in changed]
            plan.changes.append(Change(MILESTONE, False, cells.sheet.name,
                                       row + 1, name, _labels(cells, dict.fromkeys(keys))))
            plan.steps.append(partial(_change_milestone, store, match, period, wanted, old,
                                      goal_ref))


def _period_problem(period: Any) -> tuple[str, Phrase] | None:
    """What the timeline service would refuse, said of the cell that causes it."""
    if period.precision == "kwartaal" and period.quarter not in (1, 2, 3, 4):
        return "quarter", Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "kies een kwartaal van 1 tot en met 4"))
    if period.precision == "maand" and not (period.month and 1 <= period.month <= 12):
        return "month", Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "kies een maand van 1 tot en met 12"))
    if period.precision == "datum" and period.due_date is None:
        return "due_date", Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "een mijlpaal per datum heeft een datum nodig"))
    return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def _new_milestone(store: Store, goal_ref: str, period: Any, wanted: dict[str, Any],
                   ids: Ids) -> None:
    from zorgdesk.services.timeline import commands

    goal_id = _real(goal_ref, ids)
    assert goal_id is not None
    milestone_id = commands.add_milestone(store, goal_id, wanted["title"], period,
                                          wanted["status"])
    if any(wanted.get(k) for k in ("start_date", "done_on", "notes")):
        commands.update_milestone(store, milestone_id, title=wanted["title"],
                                  status=wanted["status"], period=period,
                                  start_date=wanted.get("start_date"),
                                  done_on=wanted.get("done_on"), notes=wanted.get("notes"))


def _change_milestone(store: Store, milestone_id: str, period: Any,  # noqa: PLR0917
                      wanted: dict[str, Any], old: dict[str, Any], goal_ref: str,
                      ids: Ids) -> None:
    from zorgdesk.models import Milestone
    from zorgdesk.services.timeline import commands

    goal_id = _real(goal_ref, ids)
    commands.update_milestone(
        store, milestone_id, title=wanted["title"], status=wanted["status"], period=period,
        start_date=wanted.get("start_date", old["start_date"]),
        done_on=wanted.get("done_on"), notes=wanted.get("notes", old["notes"]))
    if goal_id is not None and goal_id != str(old["goal_id"]):
        with store.transaction() as session:
            milestone = session.get(Milestone, milestone_id)
            if milestone is not None:
                milestone.goal_id = goal_id
