"""During and after a meeting: attendance, notes per item, decisions and actions.

Decisions are numbered per body and year (AST-2022-07). An action stays on the action list of
its body until it is done: every later meeting of that body shows it by itself. Referring an
action moves it to another body's list and remembers where it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from zorgdesk.services.meetings.adoption import ensure_minutes_open
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zorgdesk.models import ActionStatus, Attendance, Body

# SQLAlchemy and the models load inside the functions that write (see services/bodies.py).
OPEN = "open"

ACTION_FIELDS = ("text", "owner_person_id", "owner_organisation_id", "due", "notes",
                 "agenda_item_id")


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    person_id: str
    name: str
    organisation: str | None
    role: str | None  # member role, None for a guest
    status: str | None


@dataclass(frozen=True, slots=True)
class DecisionLine:
    id: str
    number: str
    text: str
    meeting_id: str
    meeting_day: date
    body_id: str
    body: str
    agenda_item_id: str | None
    agenda_item: str | None


@dataclass(frozen=True, slots=True)
class ActionLine:
    id: str
    text: str
    owner: str | None
    owner_person_id: str | None
    owner_organisation_id: str | None
    due: date | None
    status: str
    done_on: date | None
    body_id: str | None
    body: str | None
    origin_meeting_id: str | None
    origin: str | None  # "AST 03-02-2022"
    origin_day: date | None
    referred_from: str | None
    notes: str | None
    overdue: bool
    new: bool = False  # made in the meeting being looked at

    @property
    def is_open(self) -> bool:
        return self.status == OPEN


def _day(value: Any) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


# --- Attendance and notes ---------------------------------------------------------------


def attendance_lines(store: Store, meeting_id: str) -> list[AttendanceLine]:
    """The body's members (people) and anyone else recorded, with their status."""
    conn = store.reader()
    try:
        body_id = conn.execute("SELECT body_id FROM meeting WHERE id = ?",
                               (meeting_id,)).fetchone()
        if body_id is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        status = dict(conn.execute(
            "SELECT person_id, status FROM meeting_attendance WHERE meeting_id = ?",
            (meeting_id,)).fetchall())
        rows = conn.execute(
            "SELECT p.id, p.name, coalesce(o.short_name, o.name), m.role FROM person p "
            "LEFT JOIN organisation o ON o.id = p.organisation_id "
            "LEFT JOIN body_member m ON m.person_id = p.id AND m.body_id = ? "
            "WHERE m.id IS NOT NULL OR p.id IN (SELECT person_id FROM meeting_attendance "
            "WHERE meeting_id = ?)", (body_id[0], meeting_id)).fetchall()
    finally:
        conn.close()
    order = {"voorzitter": 0, "secretaris": 1, "lid": 2, "agendalid": 3}
    lines = {r[0]: AttendanceLine(r[0], r[1], r[2], r[3], status.get(r[0])) for r in rows}
    return sorted(lines.values(), key=lambda a: (order.get(a.role or "", 4), a.name.casefold()))


def set_attendance(store: Store, meeting_id: str, person_id: str,
                   status: Attendance | str | None) -> None:
    from sqlalchemy import select

    from zorgdesk.models import Attendance, MeetingAttendance

    with store.transaction() as session:
        ensure_minutes_open(session, meeting_id)
        row = session.scalars(select(MeetingAttendance).where(
            MeetingAttendance.meeting_id == meeting_id,
            MeetingAttendance.person_id == person_id)).first()
        if status is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(MeetingAttendance(meeting_id=meeting_id, person_id=person_id,
                                          status=Attendance(status)))
        else:
            row.status = Attendance(status)


def mark_rest_present(store: Store, meeting_id: str) -> int:
    """Members without a status become present (the usual first step of taking minutes)."""
    from zorgdesk.models import Attendance, MeetingAttendance

    missing = [a.person_id for a in attendance_lines(store, meeting_id) if a.status is None]
    with store.transaction() as session:
        ensure_minutes_open(session, meeting_id)
        for person_id in missing:
            session.add(MeetingAttendance(meeting_id=meeting_id, person_id=person_id,
                                          status=Attendance.AANWEZIG))
    return len(missing)


def item_minutes(store: Store, item_id: str) -> tuple[str, str | None]:
    """The stored minutes of an agenda item and who wrote them last (for a conflict check)."""
    conn = store.reader()
    try:
        row = conn.execute("SELECT minutes_text, changed_by FROM agenda_item WHERE id = ?",
                           (item_id,)).fetchone()
    finally:
        conn.close()
    return ((row[0] or "").strip(), row[1]) if row else ("", None)


def set_item_minutes(store: Store, item_id: str, text: str | None) -> None:
    from zorgdesk.models import AgendaItem

    with store.transaction() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit agendapunt bestaat niet meer."))
        if (item.minutes_text or None) == (text or None):
            return
        ensure_minutes_open(session, item.meeting_id)
        item.minutes_text = text or None


# --- Decisions --------------------------------------------------------------------------


def body_code(body: Body) -> str:
    if body.abbreviation:
        return body.abbreviation.strip().upper()
    letters = "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ]+", body.name))
    return letters.upper()[:6] or "BESLUIT"


def next_decision_number(store: Store, meeting_id: str) -> str:
    with store.transaction() as session:
        return _next_number(session, meeting_id)


def _next_number(session: Any, meeting_id: str) -> str:
    from sqlalchemy import select

    from zorgdesk.models import Decision, Meeting

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
    year = meeting.starts_at.year
    prefix = f"{body_code(meeting.body)}-{year}-"
    numbers = session.scalars(
        select(Decision.number).join(Meeting, Meeting.id == Decision.meeting_id).where(
            Meeting.body_id == meeting.body_id, Meeting.starts_at >= datetime(year, 1, 1),
            Meeting.starts_at < datetime(year + 1, 1, 1)))
    highest = 0
    for number in numbers:
        match = re.search(r"(\d+)$", number or "")
        if match and number.startswith(prefix):
            highest = max(highest, int(match.group(1)))
    return f"{prefix}{highest + 1:02d}"


def add_decision(store: Store, meeting_id: str, text: str,
                 agenda_item_id: str | None = None) -> tuple[str, str]:
    """Record a decision with the next number of its body and year; returns (id, number)."""
    from zorgdesk.models import Decision

    if not text.strip():
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Schrijf op wat er besloten is."))
    with store.transaction() as session:
        ensure_minutes_open(session, meeting_id)
        number = _next_number(session, meeting_id)
        decision = Decision(meeting_id=meeting_id, agenda_item_id=agenda_item_id,
                            number=number, text=text.strip())
        session.add(decision)
        session.flush()
        return decision.id, number


def update_decision(store: Store, decision_id: str, text: str) -> None:
    from zorgdesk.models import Decision

    if not text.strip():
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Schrijf op wat er besloten is."))
    with store.transaction() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit besluit bestaat niet meer."))
        ensure_minutes_open(session, decision.meeting_id)
        decision.text = text.strip()


def delete_decision(store: Store, decision_id: str) -> None:
    from sqlalchemy import delete

    from zorgdesk.models import Decision

    with store.transaction() as session:
        decision = session.get(Decision, decision_id)
        if decision is not None:
            ensure_minutes_open(session, decision.meeting_id)
        session.execute(delete(Decision).where(Decision.id == decision_id))


def _number_key(number: str) -> tuple[str, int]:
    match = re.search(r"^(.*?)(\d+)$", number)
    return (match.group(1), int(match.group(2))) if match else (number, 0)


def decision_list(store: Store, *, body_id: str | None = None, year: int | None = None,
                  meeting_id: str | None = None, query: str = "") -> list[DecisionLine]:
    """The besluitenlijst: filtered by body, year or meeting; `query` searches number, text
    and agenda item (all words must occur, case-insensitive)."""
    where, args = [], []
    if body_id:
        where.append("m.body_id = ?")
        args.append(body_id)
    if year:
        where.append("m.starts_at >= ? AND m.starts_at < ?")
        args += [f"{year}-01-01", f"{year + 1}-01-01"]
    if meeting_id:
        where.append("m.id = ?")
        args.append(meeting_id)
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT d.id, d.number, d.text, m.id, m.starts_at, b.id, "
            "coalesce(b.abbreviation, b.name), d.agenda_item_id, a.title FROM decision d "
            "JOIN meeting m ON m.id = d.meeting_id JOIN body b ON b.id = m.body_id "
            "LEFT JOIN agenda_item a ON a.id = d.agenda_item_id"
            + (" WHERE " + " AND ".join(where) if where else ""), args).fetchall()
    finally:
        conn.close()
    words = query.casefold().split()
    lines = []
    for r in rows:
        if words:
            haystack = f"{r[1]} {r[2]} {r[8] or ''} {r[6]}".casefold()
            if not all(w in haystack for w in words):
                continue
        lines.append(DecisionLine(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]).date(),
                                  r[5], r[6], r[7], r[8]))
    lines.sort(key=lambda d: (d.meeting_day, d.body, _number_key(d.number)))
    return lines


# --- Actions ----------------------------------------------------------------------------


def add_action(store: Store, meeting_id: str, text: str, *,
               owner_person_id: str | None = None, owner_organisation_id: str | None = None,
               due: date | None = None, agenda_item_id: str | None = None,
               notes: str | None = None) -> str:
    from zorgdesk.models import Action, ActionStatus, Meeting

    if not text.strip():
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Schrijf op wat er moet gebeuren."))
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        ensure_minutes_open(session, meeting_id)
        action = Action(text=text.strip(), owner_person_id=owner_person_id,
                        owner_organisation_id=owner_organisation_id, due=due,
                        status=ActionStatus.OPEN, meeting_id=meeting_id,
                        agenda_item_id=agenda_item_id, body_id=meeting.body_id, notes=notes)
        session.add(action)
        session.flush()
        return action.id


def update_action(store: Store, action_id: str, **fields: Any) -> None:
    from zorgdesk.models import Action

    unknown = set(fields) - set(ACTION_FIELDS)
    if unknown:
        raise ValueError(f"unknown action fields: {sorted(unknown)}")
    if "text" in fields and not (fields["text"] or "").strip():
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Schrijf op wat er moet gebeuren."))
    with store.transaction() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit actiepunt bestaat niet meer."))
        for key, value in fields.items():
            setattr(action, key, value)


def set_action_status(store: Store, action_id: str, status: ActionStatus | str,
                      on: date | None = None) -> None:
    from zorgdesk.models import Action, ActionStatus

    with store.transaction() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit actiepunt bestaat niet meer."))
        action.status = ActionStatus(status)
        action.done_on = None if action.status is ActionStatus.OPEN else (on or date.today())


def refer_action(store: Store, action_id: str, body_id: str) -> None:
    """Move an action to another body's list (AST -> BST); it remembers where it came from."""
    from zorgdesk.models import Action, Body

    with store.transaction() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit actiepunt bestaat niet meer."))
        if session.get(Body, body_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit overleg bestaat niet meer."))
        if action.body_id == body_id:
            return
        action.referred_from_body_id = action.body_id
        action.body_id = body_id


def delete_action(store: Store, action_id: str) -> None:
    from sqlalchemy import delete

    from zorgdesk.models import Action

    with store.transaction() as session:
        session.execute(delete(Action).where(Action.id == action_id))


_ACTION_SELECT = (
    "SELECT a.id, a.text, coalesce(p.name, o.short_name, o.name), a.owner_person_id, "
    "a.owner_organisation_id, a.due, a.status, a.done_on, a.body_id, "
    "coalesce(b.abbreviation, b.name), a.meeting_id, coalesce(ob.abbreviation, ob.name), "
    "om.starts_at, coalesce(rb.abbreviation, rb.name), a.notes, a.updated_at FROM action a "
    "LEFT JOIN person p ON p.id = a.owner_person_id "
    "LEFT JOIN organisation o ON o.id = a.owner_organisation_id "
    "LEFT JOIN body b ON b.id = a.body_id "
    "LEFT JOIN meeting om ON om.id = a.meeting_id "
    "LEFT JOIN body ob ON ob.id = om.body_id "
    "LEFT JOIN body rb ON rb.id = a.referred_from_body_id "
)


def _action_line(r: Any, reference: date, this_meeting: str | None = None) -> ActionLine:
    due = _day(r[5])
    origin_day = _day(r[12])
    origin = f"{r[11]} {origin_day:%d-%m-%Y}" if origin_day else None
    is_open = r[6] == OPEN
    return ActionLine(r[0], r[1], r[2], r[3], r[4], due, r[6], _day(r[7]), r[8], r[9], r[10],
                      origin, origin_day, r[13], r[14],
                      overdue=is_open and due is not None and due < reference,
                      new=this_meeting is not None and r[10] == this_meeting)


def _sort_key(a: ActionLine) -> tuple[Any, ...]:
    return (not a.is_open, a.new, a.due or date.max, a.origin_day or date.min, a.text)


def meeting_actions(store: Store, meeting_id: str,
                    today: date | None = None) -> list[ActionLine]:
    """The action list as it stands at a meeting: every action on the body's list that was
    open at the previous meeting (carried over by itself, also when referred from another
    body), plus the actions made in this meeting. Overdue: open and due before the meeting
    (or today, when the meeting is past)."""
    conn = store.reader()
    try:
        head = conn.execute("SELECT body_id, starts_at FROM meeting WHERE id = ?",
                            (meeting_id,)).fetchone()
        if head is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        body_id, starts = head
        prev = conn.execute(
            "SELECT max(starts_at) FROM meeting WHERE body_id = ? AND starts_at < ? "
            "AND NOT cancelled", (body_id, starts)).fetchone()[0]
        rows = conn.execute(
            _ACTION_SELECT + "WHERE a.body_id = ? AND (a.meeting_id = ? OR "
            "coalesce(om.starts_at, a.created_at) < ?)",
            (body_id, meeting_id, starts)).fetchall()
    finally:
        conn.close()
    day = datetime.fromisoformat(starts).date()
    reference = max(day, today or date.today())
    prev_day = datetime.fromisoformat(prev).date() if prev else None
    lines = []
    for r in rows:
        line = _action_line(r, reference, meeting_id)
        if not line.is_open and not line.new:
            closed = line.done_on or _day(r[15])
            # Closed actions are reported once: at the first meeting after they closed.
            if closed is None or (prev_day is not None and closed <= prev_day):
                continue
        lines.append(line)
    lines.sort(key=_sort_key)
    return lines


def body_actions(store: Store, body_id: str | None = None, *, open_only: bool = True,
                 today: date | None = None, query: str = "") -> list[ActionLine]:
    """The action list of a body (or of all bodies), open ones by default."""
    where, args = [], []
    if body_id:
        where.append("a.body_id = ?")
        args.append(body_id)
    if open_only:
        where.append("a.status = 'open'")
    conn = store.reader()
    try:
        rows = conn.execute(
            _ACTION_SELECT + ("WHERE " + " AND ".join(where) if where else ""), args).fetchall()
    finally:
        conn.close()
    reference = today or date.today()
    words = query.casefold().split()
    lines = []
    for r in rows:
        if words:
            haystack = f"{r[1]} {r[2] or ''} {r[9] or ''} {r[14] or ''}".casefold()
            if not all(w in haystack for w in words):
                continue
        lines.append(_action_line(r, reference))
    lines.sort(key=_sort_key)
    return lines
