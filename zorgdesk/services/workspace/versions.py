"""Adopted versions of the work agenda ("vastgestelde versie") and what changed since.

Once a year the bestuurders adopt the werkagenda. Today the region circulates a Word file
with track changes to show what moved since; here the adopted state is kept whole inside the
workspace (the JSON export, compressed), so that "what changed since the adopted version" is
an exact comparison by row id, and the werkagenda can be printed as it was adopted.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.undo import State, read_rows
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

VERSION_TABLE = "adopted_version"
NAME_LIMIT = 200

Row = Mapping[str, Any]
Tables = Mapping[str, list[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class VersionInfo:
    id: str
    name: str
    adopted_by: str | None
    adopted_on: date

    def label(self) -> str:
        by = f", vastgesteld door {self.adopted_by}" if self.adopted_by else ""
        return f"{self.name}{by} op {self.adopted_on:%d-%m-%Y}"


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # Dutch label
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # "toegevoegd", "verwijderd", "gewijzigd"
    label: str  # what it is, in the user's words: "2.1.1.A Valpreventie"
    fields: tuple[FieldChange, ...] = ()


@dataclass(slots=True)
class ChangeSection:
    key: str  # goals, milestones, roles, funding
    title: str
    changes: list[Change] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


@dataclass(frozen=True, slots=True)
class ChangeReport:
    version: VersionInfo
    sections: list[ChangeSection]

    @property
    def total(self) -> int:
        return sum(len(s.changes) for s in self.sections)


def adopt_version(store: Store, name: str, adopted_by: str | None = None,
                  adopted_on: date | None = None) -> str:
    """Freeze the workspace as it is now under `name`; returns the version's id."""
    from zorgdesk.models import AdoptedVersion
    from zorgdesk.services.workspace.export import export_document

    name = " ".join(name.split())
    if not name:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Geef de versie een naam, "
                                           "bijvoorbeeld 'Werkagenda 2025'."))
    if len(name) > NAME_LIMIT or len(adopted_by or "") > NAME_LIMIT:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Een naam is hoogstens {limit} tekens."), limit=NAME_LIMIT)
    document = export_document(store)
    # Earlier versions are not part of a version: each snapshot stands on its own.
    document["tables"][VERSION_TABLE] = []
    blob = zlib.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"), 6)
    with store.transaction() as session:
        version = AdoptedVersion(name=name, adopted_by=(adopted_by or "").strip() or None,
                                 adopted_on=adopted_on or date.today(), snapshot=blob)
        session.add(version)
        session.flush()
        return version.id


def capture_versions(store: Store) -> State:
    """The adopted versions' rows, for the undo step of adopting one."""
    from sqlalchemy import true

    from zorgdesk.models import AdoptedVersion

    table = AdoptedVersion.__table__
    state = State()
    with store.session() as session:
        state.add(table, read_rows(session, table, true()))  # type: ignore[arg-type]
    return state


def list_versions(store: Store) -> list[VersionInfo]:
    """On the plain reader (store/reader.py): the Rapporten page lists them on its first
    paint, and through a session that loaded SQLAlchemy's ORM and every model (~35 MiB)."""
    with store.reader() as conn:
        rows = conn.execute(
            "SELECT id, name, adopted_by, adopted_on FROM adopted_version "
            "ORDER BY adopted_on DESC, created_at DESC").fetchall()
    return [VersionInfo(str(i), str(name), by, date.fromisoformat(str(on)[:10]))
            for i, name, by, on in rows]


def find_version(store: Store, ref: str) -> VersionInfo:
    """A version by id or by name (case-insensitive); the newest when several share a name."""
    versions = list_versions(store)
    for version in versions:
        if ref in (version.id,) or version.name.casefold() == ref.casefold():
            return version
    if not versions:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Deze werkruimte heeft nog geen vastgestelde versie."))
    raise StoreError(QT_TRANSLATE_NOOP(
        "StoreError", "Er is geen vastgestelde versie '{ref}'. Kies uit: {known}."),
        ref=ref, known=", ".join(v.name for v in versions))


def version_document(store: Store, version_id: str) -> dict[str, Any]:
    from zorgdesk.models import AdoptedVersion

    with store.session() as session:
        version = session.get(AdoptedVersion, version_id)
        if version is None:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Deze vastgestelde versie bestaat niet meer."))
        blob = version.snapshot
    try:
        document: dict[str, Any] = json.loads(zlib.decompress(blob).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "De vastgestelde versie is beschadigd en kan niet gelezen worden."),
        ) from None
    return document


def write_version_workspace(store: Store, version_id: str, target: Path) -> Path:
    """The workspace as it was adopted, as a file of its own (to print or to look at)."""
    from zorgdesk.services.workspace.json_import import import_json

    return import_json(version_document(store, version_id), Path(target))


# --- comparing -------------------------------------------------------------------------------


def _index(tables: Tables, name: str) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in tables.get(name, [])}


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return " ".join(str(value).split())


def _money(cents: Any) -> str:
    if cents is None:
        return "—"
    euros, rest = divmod(int(cents), 100)
    whole = f"{euros:,}".replace(",", ".")
    return f"€ {whole},{rest:02d}"


class _Names:
    """Labels of the rows a change refers to, from either side (a deleted goal keeps its name)."""

    def __init__(self, old: Tables, new: Tables, public: bool,
                 person_label: Callable[[str], str] | None = None) -> None:
        self.public = public
        self.person_label = person_label
        self.people = {**_index(old, "person"), **_index(new, "person")}
        self.goals = {**_index(old, "goal"), **_index(new, "goal")}
        self.themes = {**_index(old, "theme"), **_index(new, "theme")}
        self.orgs = {**_index(old, "organisation"), **_index(new, "organisation")}

    def goal(self, goal_id: str | None) -> str:
        goal = self.goals.get(goal_id or "")
        if goal is None:
            return "—"
        return " ".join(part for part in (goal.get("code"), goal.get("title")) if part)

    def subject(self, row: Row) -> str:
        """What a role is on: a goal (by code) or a whole theme."""
        if row.get("goal_id"):
            return self.goal_code(row.get("goal_id"))
        return self.theme(row.get("theme_id"))

    def goal_code(self, goal_id: str | None) -> str:
        goal = self.goals.get(goal_id or "")
        return (goal.get("code") or goal.get("title") or "—") if goal else "—"

    def theme(self, theme_id: str | None) -> str:
        theme = self.themes.get(theme_id or "")
        return theme.get("name") or "—" if theme else "—"

    def holder(self, row: Row) -> str:
        """Who has a role: the person (and organisation), or only the organisation when the
        person may not be named here."""
        person_id = row.get("person_id")
        if person_id and self.person_label is not None and (label := self.person_label(person_id)):
            return label  # the report's own privacy filter says how a person is named
        person = self.people.get(person_id or "")
        org_id = row.get("organisation_id") or (person or {}).get("organisation_id")
        org = self.org(org_id) if org_id else None
        if person is not None and (not self.public or person.get("publishable")):
            return f"{person.get('name')} ({org})" if org else str(person.get("name"))
        if person is not None:
            from zorgdesk.services.privacy import natural_replacement

            return natural_replacement(person.get("function"), org)
        return org or "—"

    def org(self, org_id: str | None) -> str:
        org = self.orgs.get(org_id or "")
        return (org.get("short_name") or org.get("name") or "—") if org else "—"


Shown = Callable[[Row], str]


def _sections(names: _Names) -> list[tuple[str, str, str, Shown, list[tuple[str, Shown]]]]:
    """Per kind: key, title, table, label, and the fields that matter (label, getter)."""

    def col(name: str) -> Shown:
        return lambda row: _text(row.get(name))

    def milestone_due(row: Row) -> str:
        if row.get("due_date"):
            return date.fromisoformat(row["due_date"]).strftime("%d-%m-%Y")
        if row.get("quarter"):
            return f"Q{row['quarter']} {row.get('year')}"
        if row.get("month"):
            return f"{int(row['month']):02d}-{row.get('year')}"
        return _text(row.get("year"))

    return [
        ("goals", "Doelen", "goal", lambda r: names.goal(r["id"]), [
            ("Code", col("code")), ("Titel", col("title")), ("Tekst", col("text")),
            ("Thema", lambda r: names.theme(r.get("theme_id"))),
            ("Valt onder", lambda r: names.goal_code(r.get("parent_id"))),
            ("Streefjaar", col("target_year")), ("Omschrijving", col("omschrijving")),
            ("Doelstelling", col("doelstelling")), ("Scope", col("scope")),
            ("Budget en capaciteit", col("budget_capaciteit")), ("Planning", col("planning")),
        ]),
        ("milestones", "Mijlpalen", "milestone",
         lambda r: f"{names.goal_code(r.get('goal_id'))}: {_text(r.get('title'))}", [
             ("Titel", col("title")), ("Gereed", milestone_due), ("Status", col("status")),
             ("Doel", lambda r: names.goal_code(r.get("goal_id"))),
         ]),
        ("roles", "Rollen van partners", "role",
         lambda r: f"{names.holder(r)} – {names.subject(r)}",
         [("Rol", col("role"))]),
        ("funding", "Financiering", "funding_line",
         lambda r: " – ".join(part for part in (
             names.goal_code(r.get("goal_id")) if r.get("goal_id") else None,
             names.org(r.get("source_organisation_id")) if r.get("source_organisation_id")
             else r.get("source_name"), _text(r.get("year"))) if part), [
             ("Bedrag", lambda r: _money(r.get("amount_cents"))), ("Jaar", col("year")),
             ("Status", col("status")), ("Omschrijving", col("description")),
         ]),
    ]


def compare_documents(old: Mapping[str, Any], new: Mapping[str, Any],
                      version: VersionInfo, *, public: bool = False,
                      person_label: Callable[[str], str] | None = None) -> ChangeReport:
    """Every added, removed and changed goal, milestone, role and funding line.

    `public` names only people who may be named (the publieksversie of the change report).
    """
    old_tables: Tables = old.get("tables", {})
    new_tables: Tables = new.get("tables", {})
    names = _Names(old_tables, new_tables, public, person_label)
    goal_order = {gid: (code_key(g.get("code")), g.get("title") or "")
                  for gid, g in names.goals.items()}
    sections = []
    for key, title, table, label, fields in _sections(names):
        section = ChangeSection(key, title)
        before, after = _index(old_tables, table), _index(new_tables, table)
        changes: list[tuple[tuple[Any, str], Change]] = []
        for row_id in before.keys() | after.keys():
            was, now = before.get(row_id), after.get(row_id)
            row = now or was
            assert row is not None
            goal_id = row_id if table == "goal" else row.get("goal_id")
            order = goal_order.get(goal_id or "", (code_key(None), ""))
            if was is None:
                changes.append((order, Change("toegevoegd", label(row))))
            elif now is None:
                changes.append((order, Change("verwijderd", label(row))))
            else:
                diffs = tuple(FieldChange(name, get(was), get(now)) for name, get in fields
                              if get(was) != get(now))
                if diffs:
                    changes.append((order, Change("gewijzigd", label(now), diffs)))
        kind_order = {"toegevoegd": 0, "gewijzigd": 1, "verwijderd": 2}
        changes.sort(key=lambda pair: (pair[0], kind_order[pair[1].kind], pair[1].label))
        section.changes = [change for _order, change in changes]
        sections.append(section)
    return ChangeReport(version, sections)


def changes_since(store: Store, version_id: str, *, public: bool = False,
                  person_label: Callable[[str], str] | None = None) -> ChangeReport:
    from zorgdesk.services.workspace.export import export_document

    version = next((v for v in list_versions(store) if v.id == version_id), None)
    if version is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Deze vastgestelde versie bestaat niet meer."))
    return compare_documents(version_document(store, version_id), export_document(store),
                             version, public=public, person_label=person_label)
