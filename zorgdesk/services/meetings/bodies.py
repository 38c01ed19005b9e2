"""Bodies (gremia) and their members; and the scopes that make every meeting edit undoable.

A `Scope` names the rows an edit may touch (a body, the meetings of a body, one meeting with
its agenda and minutes, some actions). `capture` reads them into a snapshot; the UI captures
before and after an edit and swaps between the two with `snapshots.apply_state`, so an undo
touches exactly the rows of its edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from functools import cache
from typing import TYPE_CHECKING, Any

from zorgdesk.services.text_order import text_key
from zorgdesk.services.undo import State, among, apply_state, ids_of, read_rows
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

__all__ = ["State", "apply_state", "ids_of"]  # kept where the meeting editors import them

if TYPE_CHECKING:
    from sqlalchemy import Table

    from zorgdesk.models import MemberRole

# SQLAlchemy and the models are imported inside the functions that write: the page reads
# through raw sqlite3 and shows without paying ~450 ms of imports first.

BODY_FIELDS = ("name", "abbreviation", "kind", "theme_id", "frequency", "interval_months",
               "weekday", "usual_time", "duration_minutes", "location", "description",
               "opening_items", "closing_items")

ROLE_ORDER = {"voorzitter": 0, "secretaris": 1, "lid": 2, "agendalid": 3}


@dataclass(frozen=True, slots=True)
class BodyInfo:
    id: str
    name: str
    abbreviation: str | None
    kind: str | None
    theme_id: str | None
    theme: str | None
    frequency: str | None
    interval_months: int | None
    weekday: int | None
    usual_time: time | None
    duration_minutes: int | None
    location: str | None
    description: str | None
    opening_items: str | None
    closing_items: str | None
    members: int = 0
    meetings: int = 0

    @property
    def label(self) -> str:
        return self.abbreviation or self.name


@dataclass(frozen=True, slots=True)
class MemberLine:
    id: str
    person_id: str | None
    organisation_id: str | None
    name: str
    organisation: str | None
    role: str


@dataclass(frozen=True, slots=True)
class Choice:
    """A person, organisation, theme or goal to pick from a list."""

    id: str
    label: str
    detail: str | None = None


def _time(value: Any) -> time | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value
    return time.fromisoformat(str(value)[:8])


def list_bodies(store: Store) -> list[BodyInfo]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT b.id, b.name, b.abbreviation, b.kind, b.theme_id, t.name, b.frequency, "
            "b.interval_months, b.weekday, b.usual_time, b.duration_minutes, b.location, "
            "b.description, b.opening_items, b.closing_items, "
            "(SELECT count(*) FROM body_member m WHERE m.body_id = b.id), "
            "(SELECT count(*) FROM meeting m WHERE m.body_id = b.id) "
            "FROM body b LEFT JOIN theme t ON t.id = b.theme_id "
            "ORDER BY CASE b.kind WHEN 'bestuurlijk' THEN 0 WHEN 'ambtelijk' THEN 1 ELSE 2 END, "
            "coalesce(t.position, 0), b.name"
        ).fetchall()
    finally:
        conn.close()
    return [BodyInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], _time(r[9]),
                     r[10], r[11], r[12], r[13], r[14], members=r[15], meetings=r[16])
            for r in rows]


def get_body(store: Store, body_id: str) -> BodyInfo:
    for body in list_bodies(store):
        if body.id == body_id:
            return body
    raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit overleg bestaat niet meer."))


def body_by_abbreviation(store: Store, abbreviation: str) -> BodyInfo | None:
    wanted = abbreviation.strip().casefold()
    for body in list_bodies(store):
        if (body.abbreviation or "").casefold() == wanted or body.name.casefold() == wanted:
            return body
    return None


def list_members(store: Store, body_id: str) -> list[MemberLine]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT m.id, m.person_id, m.organisation_id, coalesce(p.name, o.name), "
            "coalesce(po.short_name, po.name, CASE WHEN p.id IS NULL THEN NULL END), m.role "
            "FROM body_member m LEFT JOIN person p ON p.id = m.person_id "
            "LEFT JOIN organisation po ON po.id = p.organisation_id "
            "LEFT JOIN organisation o ON o.id = m.organisation_id WHERE m.body_id = ?",
            (body_id,),
        ).fetchall()
    finally:
        conn.close()
    lines = [MemberLine(*r) for r in rows]
    lines.sort(key=lambda m: (ROLE_ORDER.get(m.role, 9), m.name.casefold()))
    return lines


def list_people(store: Store) -> list[Choice]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT p.id, p.name, coalesce(o.short_name, o.name) FROM person p "
            "LEFT JOIN organisation o ON o.id = p.organisation_id").fetchall()
    finally:
        conn.close()
    return sorted((Choice(*r) for r in rows), key=lambda c: text_key(c.label))


def list_organisations(store: Store) -> list[Choice]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT id, name, short_name FROM organisation").fetchall()
    finally:
        conn.close()
    return sorted((Choice(*r) for r in rows), key=lambda c: text_key(c.label))


def list_themes(store: Store) -> list[Choice]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT id, name, code FROM theme ORDER BY position, created_at, id").fetchall()
    finally:
        conn.close()
    return [Choice(*r) for r in rows]


def _check_body_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(BODY_FIELDS)
    if unknown:
        raise ValueError(f"unknown body fields: {sorted(unknown)}")
    if "name" in fields and not (fields["name"] or "").strip():
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Geef het overleg een naam."))
    interval = fields.get("interval_months")
    if interval is not None and not 1 <= interval <= 12:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Kies een vergaderritme van 1 tot 12 maanden."))
    weekday = fields.get("weekday")
    if weekday is not None and not 1 <= weekday <= 7:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Kies een weekdag van maandag tot zondag."))


def create_body(store: Store, name: str, **fields: Any) -> str:
    from zorgdesk.models import Body

    fields["name"] = name
    _check_body_fields(fields)
    with store.transaction() as session:
        body = Body(**fields)
        session.add(body)
        session.flush()
        return body.id


def update_body(store: Store, body_id: str, **fields: Any) -> None:
    from zorgdesk.models import Body

    _check_body_fields(fields)
    with store.transaction() as session:
        body = session.get(Body, body_id)
        if body is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit overleg bestaat niet meer."))
        for key, value in fields.items():
            setattr(body, key, value)


def delete_body(store: Store, body_id: str) -> None:
    from zorgdesk.models import Body

    with store.transaction() as session:
        body = session.get(Body, body_id)
        if body is not None:
            session.delete(body)


def add_member(store: Store, body_id: str, *, person_id: str | None = None,
               organisation_id: str | None = None,
               role: MemberRole | str = "lid") -> str:
    from sqlalchemy import select

    from zorgdesk.models import BodyMember, MemberRole

    role = MemberRole(role)
    if (person_id is None) == (organisation_id is None):
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Kies een persoon of een organisatie als lid."))
    with store.transaction() as session:
        existing = session.scalars(select(BodyMember).where(
            BodyMember.body_id == body_id, BodyMember.person_id.is_(person_id)
            if person_id is None else BodyMember.person_id == person_id,
            BodyMember.organisation_id.is_(None) if organisation_id is None
            else BodyMember.organisation_id == organisation_id)).first()
        if existing is not None:
            existing.role = role
            return existing.id
        member = BodyMember(body_id=body_id, person_id=person_id,
                            organisation_id=organisation_id, role=role)
        session.add(member)
        session.flush()
        return member.id


def set_member_role(store: Store, member_id: str, role: MemberRole | str) -> None:
    from zorgdesk.models import BodyMember, MemberRole

    with store.transaction() as session:
        member = session.get(BodyMember, member_id)
        if member is not None:
            member.role = MemberRole(role)


def remove_member(store: Store, member_id: str) -> None:
    from sqlalchemy import delete

    from zorgdesk.models import BodyMember

    with store.transaction() as session:
        session.execute(delete(BodyMember).where(BodyMember.id == member_id))


# --- Row snapshots for undo -------------------------------------------------------------

@cache
def _order() -> tuple[Table, ...]:
    """The meeting tables, in the order `capture` fills them."""
    from zorgdesk.models import (
        Action,
        AgendaItem,
        AgendaItemGoal,
        Attachment,
        Body,
        BodyMember,
        Decision,
        Meeting,
        MeetingAttendance,
        MeetingGuest,
    )

    return tuple(
        model.__table__  # type: ignore[misc]
        for model in (Body, BodyMember, Meeting, AgendaItem, AgendaItemGoal, MeetingAttendance,
                      Decision, Attachment, Action, MeetingGuest)
    )


@dataclass(frozen=True)
class Scope:
    """The rows an edit may touch, chosen by query so that rows made by the edit are seen."""

    bodies: tuple[str, ...] = ()  # the body rows and their members
    meetings_of: tuple[str, ...] = ()  # every meeting of these bodies, with contents
    meetings: tuple[str, ...] = ()  # these meetings, with contents
    actions_of: tuple[str, ...] = ()  # the action lists of these bodies
    actions: tuple[str, ...] = ()
    attachment_content: bool = False  # the documents themselves (only when they may go)

    def __or__(self, other: Scope) -> Scope:
        return Scope(
            self.bodies + other.bodies, self.meetings_of + other.meetings_of,
            self.meetings + other.meetings, self.actions_of + other.actions_of,
            self.actions + other.actions,
            self.attachment_content or other.attachment_content)


def capture(store: Store, scope: Scope) -> State:
    """Read every row in `scope` (one read transaction)."""
    from sqlalchemy import select

    state = State(with_content=scope.attachment_content)
    with store.transaction() as session:
        found: dict[Table, list[dict[str, Any]]] = {t: [] for t in _order()}
        (body_t, member_t, meeting_t, item_t, goal_t, att_t, dec_t, file_t, action_t,
         guest_t) = _order()
        if scope.bodies:
            found[body_t] += read_rows(session, body_t, among(body_t.c.id, scope.bodies))
            found[member_t] += read_rows(session, member_t, among(member_t.c.body_id, scope.bodies))
        meeting_ids = set(scope.meetings)
        if scope.meetings_of:
            meeting_ids |= set(session.scalars(select(meeting_t.c.id).where(
                among(meeting_t.c.body_id, scope.meetings_of))))
        if meeting_ids:
            found[meeting_t] += read_rows(session, meeting_t, among(meeting_t.c.id, meeting_ids))
            items = read_rows(session, item_t, among(item_t.c.meeting_id, meeting_ids))
            items.sort(key=lambda r: r["parent_id"] is not None)
            found[item_t] += items
            item_ids = [r["id"] for r in items]
            found[goal_t] += read_rows(session, goal_t, among(goal_t.c.agenda_item_id, item_ids))
            found[att_t] += read_rows(session, att_t, among(att_t.c.meeting_id, meeting_ids))
            found[guest_t] += read_rows(session, guest_t,
                                        among(guest_t.c.meeting_id, meeting_ids))
            found[dec_t] += read_rows(session, dec_t, among(dec_t.c.meeting_id, meeting_ids))
            found[file_t] += read_rows(
                session, file_t,
                among(file_t.c.meeting_id, meeting_ids) | among(file_t.c.agenda_item_id, item_ids),
                content=scope.attachment_content)
            found[action_t] += read_rows(session, action_t,
                                         among(action_t.c.meeting_id, meeting_ids))
        if scope.actions_of:
            found[action_t] += read_rows(session, action_t,
                                     among(action_t.c.body_id, scope.actions_of))
        if scope.actions:
            found[action_t] += read_rows(session, action_t, among(action_t.c.id, scope.actions))
        for table, rows in found.items():
            state.add(table, rows)
    return state


def save_body(store: Store, body_id: str | None, fields: dict[str, Any],
              members: Sequence[tuple[str | None, str | None, MemberRole | str]]) -> str:
    """Create or change a body and set its members (person or organisation, role) at once."""
    from sqlalchemy import select

    from zorgdesk.models import Body, BodyMember, MemberRole

    _check_body_fields(fields)
    with store.transaction() as session:
        body = session.get(Body, body_id) if body_id else None
        if body_id and body is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit overleg bestaat niet meer."))
        if body is None:
            body = Body(**fields)
            session.add(body)
            session.flush()
        else:
            for key, value in fields.items():
                setattr(body, key, value)
        existing = {(m.person_id, None if m.person_id else m.organisation_id): m
                    for m in session.scalars(select(BodyMember).where(
                        BodyMember.body_id == body.id))}
        wanted: set[tuple[str | None, str | None]] = set()
        for person_id, organisation_id, role_value in members:
            role = MemberRole(role_value)
            if (person_id is None) == (organisation_id is None):
                raise StoreError(
                    QT_TRANSLATE_NOOP("StoreError", "Kies een persoon of een organisatie als lid."))
            who = (person_id, organisation_id)
            wanted.add(who)
            member = existing.get(who)
            if member is None:
                session.add(BodyMember(body_id=body.id, person_id=person_id,
                                       organisation_id=organisation_id, role=role))
            elif member.role != role:
                member.role = role
        for who, member in existing.items():
            if who not in wanted:
                session.delete(member)
        return body.id
