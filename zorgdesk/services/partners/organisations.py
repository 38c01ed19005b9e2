"""Organisations and people: create, change, delete, merge duplicates, and what they do.

A merge moves everything that points at the duplicate (roles, people, funding, memberships,
actions) to the one that stays; a role both already had on the same goal or theme is kept
once. Every function is one transaction; undo captures follow the schema's foreign keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from zorgdesk.services.goals.codes import code_key
from zorgdesk.services.text_order import text_key
from zorgdesk.services.undo import State, capture_dependents, merge
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

ORG_FIELDS = ("name", "short_name", "kind", "sector", "population", "coalition", "notes")
PERSON_FIELDS = ("name", "organisation_id", "function", "email", "publishable", "notes")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    name: str
    organisation_id: str | None
    organisation: str | None
    function: str | None
    email: str | None
    publishable: bool
    roles: int


@dataclass(frozen=True, slots=True)
class Involvement:
    """Everything an organisation or person takes part in, as lines to show."""

    goals: list[tuple[str, str]]  # (goal or theme, role)
    bodies: list[tuple[str, str]]  # (body, member role)
    actions: list[tuple[str, str | None]]  # (open action, due date)
    people: list[str]
    funding_cents: int


def list_people(store: Store) -> list[PersonRow]:
    conn = store.reader()
    try:
        roles = dict(conn.execute("SELECT person_id, count(*) FROM role "
                                  "WHERE person_id IS NOT NULL GROUP BY person_id").fetchall())
        rows = conn.execute(
            "SELECT p.id, p.name, p.organisation_id, o.name, p.function, p.email, p.publishable "
            "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
            "").fetchall()
    finally:
        conn.close()
    rows.sort(key=lambda r: text_key(r[1]))
    return [PersonRow(str(i), n, oid, org, f, e, bool(pub), roles.get(i, 0))
            for i, n, oid, org, f, e, pub in rows]


def get_organisation(store: Store, org_id: str) -> dict[str, Any]:
    conn = store.reader()
    try:
        row = conn.execute(f"SELECT {', '.join(ORG_FIELDS)} FROM organisation WHERE id = ?",
                           (org_id,)).fetchone()
    finally:
        conn.close()
    if row is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze organisatie bestaat niet meer."))
    return dict(zip(ORG_FIELDS, row, strict=True))


def _clean_org(fields: dict[str, Any]) -> dict[str, Any]:
    from zorgdesk.models import Coalition, OrgKind

    clean: dict[str, Any] = {k: (v.strip() or None) if isinstance(v, str) else v
                             for k, v in fields.items() if k in ORG_FIELDS}
    if "name" in clean and not clean["name"]:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Een organisatie heeft een naam nodig."))
    if clean.get("population") is not None and int(clean["population"]) < 0:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Het aantal inwoners kan niet negatief zijn."))
    if "kind" in clean:
        clean["kind"] = OrgKind(clean["kind"] or "overig")
    if clean.get("coalition"):
        clean["coalition"] = Coalition(clean["coalition"])
    return clean


def _save(store: Store, model: Any, row_id: str | None, clean: dict[str, Any],
          gone: StoreError) -> str:
    """Create the row (no id) or change it; `gone` is raised when it no longer exists."""
    with store.transaction() as session:
        row = model(**clean) if row_id is None else session.get(model, row_id)
        if row is None:
            raise gone
        if row_id is None:
            session.add(row)
        else:
            for key, value in clean.items():
                setattr(row, key, value)
        session.flush()
        return str(row.id)


def _delete(store: Store, model: Any, row_id: str) -> None:
    with store.transaction() as session:
        row = session.get(model, row_id)
        if row is not None:
            session.delete(row)


def save_organisation(store: Store, org_id: str | None, fields: dict[str, Any]) -> str:
    from zorgdesk.models import Organisation

    return _save(store, Organisation, org_id, _clean_org(fields),
                 StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze organisatie bestaat niet meer.")))


def delete_organisation(store: Store, org_id: str) -> None:
    from zorgdesk.models import Organisation

    _delete(store, Organisation, org_id)


def capture_organisation(store: Store, org_id: str) -> State:
    """The organisation with its roles and memberships, and the rows that point at it."""
    return capture_dependents(store, "organisation", [org_id])


def merge_organisations(store: Store, keep_id: str, duplicate_id: str) -> None:
    """Everything of `duplicate_id` moves to `keep_id`; then the duplicate is deleted."""
    from sqlalchemy import select, update

    from zorgdesk.models import Action, BodyMember, FundingLine, Organisation, Person, Role

    if keep_id == duplicate_id:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Kies twee verschillende organisaties om samen te voegen."))
    with store.transaction() as session:
        keep = session.get(Organisation, keep_id)
        duplicate = session.get(Organisation, duplicate_id)
        if keep is None or duplicate is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "Een van beide organisaties bestaat niet meer."))
        held = {(r.goal_id, r.theme_id, r.role) for r in session.scalars(
            select(Role).where(Role.organisation_id == keep_id))}
        for role in session.scalars(select(Role).where(Role.organisation_id == duplicate_id)):
            if (role.goal_id, role.theme_id, role.role) in held:
                session.delete(role)
            else:
                role.organisation_id = keep_id
        members = {m.body_id for m in session.scalars(
            select(BodyMember).where(BodyMember.organisation_id == keep_id))}
        for member in session.scalars(
                select(BodyMember).where(BodyMember.organisation_id == duplicate_id)):
            if member.body_id in members:
                session.delete(member)
            else:
                member.organisation_id = keep_id
        session.execute(update(Person).where(Person.organisation_id == duplicate_id)
                        .values(organisation_id=keep_id))
        session.execute(update(FundingLine).where(
            FundingLine.source_organisation_id == duplicate_id)
            .values(source_organisation_id=keep_id))
        session.execute(update(Action).where(Action.owner_organisation_id == duplicate_id)
                        .values(owner_organisation_id=keep_id))
        for name in ("short_name", "sector", "population", "coalition", "notes"):
            if getattr(keep, name) in (None, "") and getattr(duplicate, name) not in (None, ""):
                setattr(keep, name, getattr(duplicate, name))
        session.flush()
        session.delete(duplicate)


def capture_merge(store: Store, keep_id: str, duplicate_id: str) -> State:
    return merge(capture_organisation(store, keep_id), capture_organisation(store, duplicate_id))


def _clean_person(fields: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {k: (v.strip() or None) if isinstance(v, str) else v
                             for k, v in fields.items() if k in PERSON_FIELDS}
    if "name" in clean and not clean["name"]:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Een persoon heeft een naam nodig."))
    email = clean.get("email")
    if email and not _EMAIL.match(email):
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "'{email}' is geen geldig e-mailadres."), email=email)
    return clean


def save_person(store: Store, person_id: str | None, fields: dict[str, Any]) -> str:
    from zorgdesk.models import Person

    return _save(store, Person, person_id, _clean_person(fields),
                 StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze persoon bestaat niet meer.")))


def delete_person(store: Store, person_id: str) -> None:
    from zorgdesk.models import Person

    _delete(store, Person, person_id)


def capture_person(store: Store, person_id: str) -> State:
    return capture_dependents(store, "person", [person_id])


def involvement(store: Store, *, organisation_id: str | None = None,
                person_id: str | None = None) -> Involvement:
    """Goals and themes with role, bodies, open actions, people and funding."""
    column, key = ("organisation_id", organisation_id) if organisation_id else (
        "person_id", person_id)
    conn = store.reader()
    try:
        # Roles on a whole theme first, then goals in code order (as the tree reads).
        found = conn.execute(
            "SELECT g.code, coalesce(trim(coalesce(g.code, '') || ' ' || g.title), t.name), "
            f"r.role FROM role r LEFT JOIN goal g ON g.id = r.goal_id LEFT JOIN theme t "
            f"ON t.id = r.theme_id WHERE r.{column} = ?", (key,)).fetchall()
        found.sort(key=lambda r: (r[0] is not None, code_key(r[0]), text_key(r[1]), r[2]))
        goals = [(str(label), str(role)) for _code, label, role in found]
        bodies = [(str(name), str(role)) for name, role in conn.execute(
            "SELECT coalesce(b.abbreviation, b.name), m.role FROM body_member m "
            f"JOIN body b ON b.id = m.body_id WHERE m.{column} = ?", (key,))]
        bodies.sort(key=lambda pair: (text_key(pair[0]), pair[1]))
        owner = "owner_organisation_id" if organisation_id else "owner_person_id"
        actions = [(str(text), due) for text, due in conn.execute(
            f"SELECT text, due FROM action WHERE {owner} = ? AND status = 'open' "
            "ORDER BY due IS NULL, due, created_at, id", (key,))]
        people = [str(n) for (n,) in conn.execute(
            "SELECT name FROM person WHERE organisation_id = ?",
            (organisation_id,))] if organisation_id else []
        people.sort(key=text_key)
        funding_cents = conn.execute(
            "SELECT coalesce(sum(amount_cents), 0) FROM funding_line "
            "WHERE source_organisation_id = ?", (organisation_id,)).fetchone()[0] \
            if organisation_id else 0
    finally:
        conn.close()
    return Involvement(goals, bodies, actions, people, int(funding_cents))
