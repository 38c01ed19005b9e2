"""Plans for organisations, people, actions and roles: match, compare, and the steps to write.

A row matches an existing record by its id column, otherwise by name (organisations also by
short name, people by name, actions by their text, roles by goal or theme, holder and role),
and then changes it instead of adding a duplicate. Unchanged rows make no step at all, so an
import of our own export changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from zorgdesk.store import Store
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase
from zorgdesk.tables import values as v
from zorgdesk.tables.plan import BAD, Cells, Change, ImportPlan, as_text, fold, step

ORGANISATION = QT_TRANSLATE_NOOP("StoreError", "organisatie")
PERSON = QT_TRANSLATE_NOOP("StoreError", "persoon")
ACTION = QT_TRANSLATE_NOOP("StoreError", "actiepunt")
ROLE = QT_TRANSLATE_NOOP("StoreError", "rol")
ORG_KINDS = ("gemeente", "zorgverzekeraar", "zorgkantoor", "provincie", "GGD", "VVT", "GGZ",
             "ziekenhuis", "huisartsen", "gehandicaptenzorg", "welzijn", "onderwijs",
             "inwonersorganisatie", "overig")
COALITIONS = ("leidend", "breed")
ACTION_STATUSES = ("open", "gereed", "vervallen")
ROLES = ("trekker", "initiatiefnemer", "betrokken", "financier", "geïnformeerd")


def _choice(choices: tuple[str, ...]) -> Any:
    return lambda value, label: v.choice(value, label, choices)


def _duplicate(cells: Cells, seen: dict[str, str], key: str, row: int, field: str) -> bool:
    if not key:
        return False
    if key in seen:
        cells.bad(row, field, Phrase(QT_TRANSLATE_NOOP(
            "StoreError", "'{value}' staat ook in cel {other}"),
                                     value=v.shown(cells.raw(row, field)), other=seen[key]))
        return True
    seen[key] = cells.address(row, field)
    return False


def _diff(current: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    return {k: val for k, val in wanted.items() if current.get(k) != val}


def _labels(cells: Cells, keys: Any) -> tuple[str, ...]:
    return tuple(cells.labels[k].template for k in keys if k in cells.labels)


# --- lookups ----------------------------------------------------------------------------

class Lookup:
    """Names of organisations, people and bodies, to point rows at them."""

    def __init__(self, store: Store) -> None:
        from sqlalchemy import select

        from zorgdesk.models import Body, Organisation, Person

        self.orgs: dict[str, str] = {}
        self.people: dict[str, str] = {}
        self.bodies: dict[str, str] = {}
        self.names: dict[str, set[str]] = {}  # id -> the folded names it goes by
        with store.session() as session:
            for oid, name, short in session.execute(
                    select(Organisation.id, Organisation.name, Organisation.short_name)):
                self.orgs.setdefault(fold(name), str(oid))
                self.names[str(oid)] = {fold(name)}
                if short:
                    self.orgs.setdefault(fold(short), str(oid))
                    self.names[str(oid)].add(fold(short))
            for pid, name in session.execute(select(Person.id, Person.name)):
                self.people.setdefault(fold(name), str(pid))
                self.names[str(pid)] = {fold(name)}
            for bid, name, abbreviation in session.execute(
                    select(Body.id, Body.name, Body.abbreviation)):
                self.bodies.setdefault(fold(name), str(bid))
                if abbreviation:
                    self.bodies.setdefault(fold(abbreviation), str(bid))

    def called(self, holder_id: str | None, name: str) -> bool:
        """Whether `holder_id` goes by `name` (two people may share a name: keep the one set)."""
        return holder_id is not None and fold(name) in self.names.get(holder_id, set())


def _rows_of(store: Store, table: Any, columns: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    from sqlalchemy import select

    with store.session() as session:
        return {str(r["id"]): dict(r) for r in session.execute(
            select(table.c.id, *(table.c[c] for c in columns))).mappings()}


def _enum_text(value: Any) -> Any:
    return None if value is None else (str(value) if not isinstance(value, (int, bool)) else value)


# --- organisations ----------------------------------------------------------------------

ORG_FIELDS = ("name", "short_name", "kind", "sector", "population", "coalition", "notes")


def plan_organisations(store: Store, cells: Cells, plan: ImportPlan) -> None:
    from zorgdesk.models import Organisation
    from zorgdesk.services.partners import organisations as service

    plan.tables = ("organisation",)
    existing = _rows_of(store, Organisation.__table__, ORG_FIELDS)
    for record in existing.values():
        record.update({k: _enum_text(record[k]) for k in ("kind", "coalition")})
    by_name: dict[str, str] = {}
    for oid, record in existing.items():
        by_name.setdefault(fold(record["name"]), oid)
        if record["short_name"]:
            by_name.setdefault(fold(record["short_name"]), oid)
    if not cells.need("name"):
        return
    parsers = {"name": as_text, "short_name": as_text, "kind": _choice(ORG_KINDS),
               "sector": as_text, "population": v.whole, "coalition": _choice(COALITIONS),
               "notes": as_text}
    seen: dict[str, str] = {}
    for row in cells.rows():
        plan.rows_read += 1
        wanted = {k: cells.get(row, k, p) for k, p in parsers.items() if cells.has(k)}
        broken = BAD in wanted.values()  # still check the rest: all problems at once
        wanted = {k: None if val is BAD else val for k, val in wanted.items()}
        if not wanted.get("name"):
            cells.empty(row, "name")
            continue
        if isinstance(wanted.get("population"), int) and wanted["population"] < 0:
            cells.bad(row, "population", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "{field} kan niet negatief zijn"),
                                                field=cells.label("population")))
            continue
        if "kind" in wanted and wanted["kind"] is None:
            wanted["kind"] = "overig"
        if broken:
            continue
        row_id = str(cells.raw(row, "id") or "").strip()
        key = row_id if row_id in existing else fold(str(wanted["name"]))
        if _duplicate(cells, seen, key, row, "name"):
            continue
        match = row_id if row_id in existing else by_name.get(fold(str(wanted["name"])))
        if match is None:
            plan.changes.append(Change(ORGANISATION, True, cells.sheet.name,
                                       row + 1, str(wanted["name"])))
            plan.steps.append(step(_save_org, store, service, None, wanted))
            continue
        changed = _diff(existing[match], wanted)
        if changed:
            plan.changes.append(Change(ORGANISATION, False, cells.sheet.name,
                                       row + 1, str(wanted["name"]), _labels(cells, changed)))
            plan.steps.append(step(_save_org, store, service, match, changed))


def _save_org(store: Store, service: Any, org_id: str | None, fields: dict[str, Any]) -> None:
    service.save_organisation(store, org_id, fields)


# --- people -----------------------------------------------------------------------------

PERSON_FIELDS = ("name", "organisation_id", "function", "email", "publishable", "notes")


def plan_people(store: Store, cells: Cells, plan: ImportPlan) -> None:
    from zorgdesk.models import Person
    from zorgdesk.services.partners import organisations as service
    from zorgdesk.services.partners.organisations import _EMAIL

    plan.tables = ("person",)
    existing = _rows_of(store, Person.__table__, PERSON_FIELDS)
    by_name = {fold(r["name"]): pid for pid, r in existing.items()}
    lookup = Lookup(store)
    if not cells.need("name"):
        return
    seen: dict[str, str] = {}
    for row in cells.rows():
        plan.rows_read += 1
        got = {k: cells.get(row, k, p) for k, p in (
            ("name", as_text), ("organisation", as_text), ("function", as_text),
            ("email", as_text), ("publishable", v.yes_no), ("notes", as_text)) if cells.has(k)}
        broken = BAD in got.values()  # still check the rest: all problems at once
        got = {k: None if val is BAD else val for k, val in got.items()}
        if not got.get("name"):
            cells.empty(row, "name")
            continue
        wanted: dict[str, Any] = {k: got[k] for k in ("name", "function", "email", "notes")
                                  if k in got}
        if "publishable" in got:
            wanted["publishable"] = bool(got["publishable"])
        if "organisation" in got:
            org = got["organisation"]
            if org and fold(str(org)) not in lookup.orgs:
                cells.bad(row, "organisation", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "organisatie '{value}' bestaat niet; lees eerst de "
                    "organisaties in"), value=org))
                continue
            wanted["organisation_id"] = lookup.orgs.get(fold(str(org))) if org else None
            row_id = str(cells.raw(row, "id") or "").strip()
            if org and row_id in existing and lookup.called(
                    existing[row_id]["organisation_id"], str(org)):
                wanted["organisation_id"] = existing[row_id]["organisation_id"]
        email = wanted.get("email")
        if email and not _EMAIL.match(str(email)):
            cells.bad(row, "email", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "'{value}' is geen e-mailadres"),
                                           value=email))
            continue
        if broken:
            continue
        row_id = str(cells.raw(row, "id") or "").strip()
        key = row_id if row_id in existing else fold(str(wanted["name"]))
        if _duplicate(cells, seen, key, row, "name"):
            continue
        match = row_id if row_id in existing else by_name.get(fold(str(wanted["name"])))
        if match is None:
            plan.changes.append(Change(PERSON, True, cells.sheet.name,
                                       row + 1, str(wanted["name"])))
            plan.steps.append(step(service.save_person, store, None, wanted))
            continue
        current = dict(existing[match])
        current["publishable"] = bool(current["publishable"])
        changed = _diff(current, wanted)
        if changed:
            keys = ["organisation" if k == "organisation_id" else k for k in changed]
            plan.changes.append(Change(PERSON, False, cells.sheet.name,
                                       row + 1, str(wanted["name"]), _labels(cells, keys)))
            plan.steps.append(step(service.save_person, store, match, changed))


# --- actions ----------------------------------------------------------------------------

ACTION_FIELDS = ("text", "owner_person_id", "owner_organisation_id", "due", "status",
                 "done_on", "body_id", "notes")


def plan_actions(store: Store, cells: Cells, plan: ImportPlan) -> None:
    from zorgdesk.models import Action

    plan.tables = ("action",)
    existing = _rows_of(store, Action.__table__, ACTION_FIELDS)
    for record in existing.values():
        record["status"] = _enum_text(record["status"])
        for key in ("due", "done_on"):
            record[key] = v._parse_date(record[key]) if record[key] else None
    by_text: dict[str, str] = {}
    for aid, r in existing.items():
        by_text.setdefault(fold(r["text"]), aid)
    lookup = Lookup(store)
    if not cells.need("text"):
        return
    seen: dict[str, str] = {}
    for row in cells.rows():
        plan.rows_read += 1
        got = {k: cells.get(row, k, p) for k, p in (
            ("text", as_text), ("owner", as_text), ("due", v.calendar_date),
            ("status", _choice(ACTION_STATUSES)), ("done_on", v.calendar_date),
            ("body", as_text), ("notes", as_text)) if cells.has(k)}
        broken = BAD in got.values()  # still check the rest: all problems at once
        got = {k: None if val is BAD else val for k, val in got.items()}
        if not got.get("text"):
            cells.empty(row, "text")
            continue
        wanted: dict[str, Any] = {k: got[k] for k in ("text", "due", "notes", "done_on")
                                  if k in got}
        if "status" in got:
            wanted["status"] = got["status"] or "open"
        if "owner" in got:
            owner = fold(str(got["owner"] or ""))
            person, org = lookup.people.get(owner), lookup.orgs.get(owner)
            if owner and person is None and org is None:
                cells.bad(row, "owner", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "'{value}' is geen bekende persoon of organisatie"),
                    value=got["owner"]))
                continue
            wanted["owner_person_id"] = person
            wanted["owner_organisation_id"] = None if person else org
            row_id = str(cells.raw(row, "id") or "").strip()
            if owner and row_id in existing:
                old = existing[row_id]
                if lookup.called(old["owner_person_id"], owner) or lookup.called(
                        old["owner_organisation_id"], owner):
                    wanted["owner_person_id"] = old["owner_person_id"]
                    wanted["owner_organisation_id"] = old["owner_organisation_id"]
        if "body" in got:
            body = fold(str(got["body"] or ""))
            if body and body not in lookup.bodies:
                cells.bad(row, "body", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "overleg '{value}' bestaat niet"),
                                              value=got["body"]))
                continue
            wanted["body_id"] = lookup.bodies.get(body) if body else None
        if wanted.get("status") == "open":
            wanted["done_on"] = None  # an open action has no day it closed
        if broken:
            continue
        row_id = str(cells.raw(row, "id") or "").strip()
        key = row_id if row_id in existing else fold(str(wanted["text"]))
        if _duplicate(cells, seen, key, row, "text"):
            continue
        match = row_id if row_id in existing else by_text.get(fold(str(wanted["text"])))
        name = str(wanted["text"])[:80]
        if match is None:
            plan.changes.append(Change(ACTION, True, cells.sheet.name,
                                       row + 1, name))
            plan.steps.append(step(_new_action, store, wanted))
            continue
        current = existing[match]
        changed = _diff(current, wanted)
        if changed:
            keys = ["owner" if k.startswith("owner") else "body" if k == "body_id" else k
                    for k in changed]
            plan.changes.append(Change(ACTION, False, cells.sheet.name,
                                       row + 1, name, _labels(cells, dict.fromkeys(keys))))
            plan.steps.append(step(_change_action, store, match, changed))


def _new_action(store: Store, fields: dict[str, Any]) -> None:
    from zorgdesk.models import Action, ActionStatus

    with store.transaction() as session:
        status = ActionStatus(fields.get("status") or "open")
        done_on = fields.get("done_on") or (None if status is ActionStatus.OPEN
                                            else date.today())
        session.add(Action(text=fields["text"], owner_person_id=fields.get("owner_person_id"),
                           owner_organisation_id=fields.get("owner_organisation_id"),
                           due=fields.get("due"), status=status,
                           done_on=done_on, body_id=fields.get("body_id"),
                           notes=fields.get("notes")))


def _change_action(store: Store, action_id: str, changed: dict[str, Any]) -> None:
    from zorgdesk.models import Action
    from zorgdesk.services.meetings import minutes

    plain = {k: val for k, val in changed.items() if k in minutes.ACTION_FIELDS}
    if plain:
        minutes.update_action(store, action_id, **plain)
    if "status" in changed or "done_on" in changed:
        with store.transaction() as session:
            action = session.get(Action, action_id)
            status = changed.get("status", str(action.status) if action else "open")
        minutes.set_action_status(store, action_id, status, on=changed.get("done_on"))
    if "body_id" in changed:
        with store.transaction() as session:
            action = session.get(Action, action_id)
            if action is not None:
                action.body_id = changed["body_id"]


# --- roles ------------------------------------------------------------------------------

def plan_roles(store: Store, cells: Cells, plan: ImportPlan) -> None:
    from sqlalchemy import select

    from zorgdesk.models import Role, Theme

    plan.tables = ("role",)
    lookup = Lookup(store)
    from zorgdesk.tables.import_goals import GoalState

    goals = GoalState(store)
    with store.session() as session:
        themes: dict[str, str] = {}
        for tid, name, code in session.execute(select(Theme.id, Theme.name, Theme.code)):
            themes.setdefault(fold(name), str(tid))
            if code:
                themes.setdefault(fold(code), str(tid))
        existing = {str(r.id): r for r in session.execute(select(
            Role.id, Role.goal_id, Role.theme_id, Role.organisation_id, Role.person_id,
            Role.role, Role.capacity, Role.note))}
    by_key = {(r.goal_id, r.theme_id, r.organisation_id, r.person_id, str(r.role)): rid
              for rid, r in existing.items()}
    if not cells.need("role"):
        return
    seen: dict[str, str] = {}
    for row in cells.rows():
        plan.rows_read += 1
        got = {k: cells.get(row, k, p) for k, p in (
            ("goal", as_text), ("goal_title", as_text), ("theme", as_text),
            ("organisation", as_text), ("person", as_text), ("role", _choice(ROLES)),
            ("capacity", as_text), ("note", as_text)) if cells.has(k)}
        broken = BAD in got.values()  # still check the rest: all problems at once
        got = {k: None if val is BAD else val for k, val in got.items()}
        goal_id = theme_id = org_id = person_id = None
        named_theme = themes.get(fold(str(got.get("theme") or "")))
        goal_key = str(cells.raw(row, "goal_id") or "").strip()
        if got.get("goal") or goal_key or got.get("goal_title"):
            goal_id = goals.find(named_theme, str(got.get("goal") or got.get("goal_title") or ""),
                                 goal_key)
            if goal_id is None:
                cells.bad(row, "goal" if cells.has("goal") else "goal_id", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "doel '{value}' bestaat niet"),
                    value=got.get("goal") or goal_key))
                continue
        elif got.get("theme"):
            theme_id = themes.get(fold(str(got["theme"])))
            if theme_id is None:
                cells.bad(row, "theme", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "thema '{value}' bestaat niet"),
                                               value=got["theme"]))
                continue
        else:
            cells.bad(row, "goal" if cells.has("goal") else "theme", Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "vul een doel of een thema in")))
            continue
        if got.get("organisation"):
            org_id = lookup.orgs.get(fold(str(got["organisation"])))
            if org_id is None:
                cells.bad(row, "organisation", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "organisatie '{value}' bestaat niet; lees eerst de "
                    "organisaties in"), value=got["organisation"]))
                continue
        elif got.get("person"):
            person_id = lookup.people.get(fold(str(got["person"])))
            if person_id is None:
                cells.bad(row, "person", Phrase(QT_TRANSLATE_NOOP(
                    "StoreError", "persoon '{value}' bestaat niet"),
                                                value=got["person"]))
                continue
        else:
            holder = "organisation" if cells.has("organisation") else "person"
            cells.bad(row, holder, Phrase(QT_TRANSLATE_NOOP(
                "StoreError", "vul een organisatie of een persoon in")))
            continue
        if not got.get("role"):
            if not broken:
                cells.empty(row, "role")
            continue
        if broken:
            continue
        row_id = str(cells.raw(row, "id") or "").strip()
        if row_id in existing:
            old_role = existing[row_id]
            if got.get("organisation") and lookup.called(old_role.organisation_id,
                                                         str(got["organisation"])):
                org_id = old_role.organisation_id
            if got.get("person") and lookup.called(old_role.person_id, str(got["person"])):
                person_id = old_role.person_id
        key = (goal_id, theme_id, org_id, person_id, str(got["role"]))
        if _duplicate(cells, seen, "|".join(str(k) for k in key), row, "role"):
            continue
        wanted = {k: got[k] for k in ("capacity", "note") if k in got}
        match = row_id if row_id in existing else by_key.get(key)
        name = " · ".join(str(x) for x in (got.get("goal") or got.get("theme"),
                                             got.get("organisation") or got.get("person"),
                                             got["role"]))
        if match is None:
            plan.changes.append(Change(ROLE, True, cells.sheet.name, row + 1,
                                       name))
            plan.steps.append(step(_new_role, store, key, wanted))
            continue
        old = existing[match]
        current = {"goal_id": old.goal_id, "theme_id": old.theme_id,
                   "organisation_id": old.organisation_id, "person_id": old.person_id,
                   "role": str(old.role), "capacity": old.capacity, "note": old.note}
        full = dict(zip(("goal_id", "theme_id", "organisation_id", "person_id", "role"), key,
                        strict=True)) | wanted
        changed = _diff(current, full)
        if changed:
            plan.changes.append(Change(ROLE, False, cells.sheet.name, row + 1,
                                       name, _labels(cells, changed)))
            plan.steps.append(step(_change_role, store, match, changed))


def _new_role(store: Store, key: tuple[Any, ...], fields: dict[str, Any]) -> None:
    from zorgdesk.models import Role, RoleKind

    goal_id, theme_id, org_id, person_id, role = key
    with store.transaction() as session:
        session.add(Role(goal_id=goal_id, theme_id=theme_id, organisation_id=org_id,
                         person_id=person_id, role=RoleKind(role), **fields))


def _change_role(store: Store, role_id: str, changed: dict[str, Any]) -> None:
    from zorgdesk.models import Role, RoleKind

    with store.transaction() as session:
        role = session.get(Role, role_id)
        if role is None:
            return
        for key, value in changed.items():
            setattr(role, key, RoleKind(value) if key == "role" else value)
