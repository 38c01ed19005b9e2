"""A meeting as its documents print it: agenda with numbers and times, attachments, minutes,
attendance, decisions and the action list, with the public edition's filter applied.

A public agenda is numbered over what it prints (no gap betrays a confidential item); the
internal one marks confidential items (`confidential_item_ids`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

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
    Organisation,
)
from zorgdesk.services.errors import ReportDataError, value_text
from zorgdesk.services.workspace.privacy_filter import Privacy
from zorgdesk.store import Store
from zorgdesk.store.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class AttachmentData:
    id: str
    filename: str
    mime_type: str | None
    size_bytes: int
    item_number: str | None
    item_title: str | None

    @property
    def is_pdf(self) -> bool:
        return (self.mime_type or "").endswith("pdf") or self.filename.lower().endswith(".pdf")


@dataclass(frozen=True, slots=True)
class DecisionData:
    number: str
    text: str
    item_number: str | None
    meeting_day: date | None = None


@dataclass(frozen=True, slots=True)
class ActionData:
    text: str
    owner: str
    due: date | None
    status: str
    done_on: date | None
    origin: date | None
    item_number: str | None
    notes: str


@dataclass(slots=True)
class ItemData:
    id: str
    number: str
    depth: int
    title: str
    kind: str
    presenter: str
    minutes_allotted: int | None
    start: datetime | None
    notes: str
    minutes_text: str
    goal_ids: list[str] = field(default_factory=list)
    attachments: list[AttachmentData] = field(default_factory=list)


@dataclass(slots=True)
class MeetingData:
    id: str
    body_id: str
    body_name: str
    body_abbr: str
    starts_at: datetime
    ends_at: datetime | None
    location: str | None
    title: str | None
    notes: str
    cancelled: bool
    items: list[ItemData]
    present: list[str]
    apologies: list[str]
    absent: list[str]
    members: list[tuple[str, str]]  # (label, role)
    decisions: list[DecisionData]
    actions: list[ActionData]

    @property
    def label(self) -> str:
        from zorgdesk.dutch import nl_date

        return f"{self.body_abbr} {nl_date(self.starts_at.date())}"


def _find_meeting(session: Session, body_ref: str, day: date) -> str:
    """The meeting of body `body_ref` (abbreviation, name or id) on `day`."""
    bodies = [
        b for b in session.scalars(select(Body))
        if body_ref in (b.id, b.abbreviation) or b.name.casefold() == body_ref.casefold()
        or (b.abbreviation or "").casefold() == body_ref.casefold()
    ]
    start = datetime(day.year, day.month, day.day)
    for body in bodies:
        meeting_id = session.scalar(
            select(Meeting.id).where(Meeting.body_id == body.id, Meeting.starts_at >= start,
                                     Meeting.starts_at < start + timedelta(days=1))
        )
        if meeting_id is not None:
            return meeting_id
    raise ReportDataError(QT_TRANSLATE_NOOP(
        "StoreError", "Geen vergadering van {body} op {day} gevonden."),
        body=body_ref, day=day.isoformat())


def _default_meeting(session: Session, today: date | None = None) -> str:
    """For reports without --meeting: the next meeting with an agenda, else the last one with
    an agenda, else the next meeting at all, else the last one."""
    today = today or date.today()
    with_items = set(session.scalars(select(AgendaItem.meeting_id).distinct()))
    rows = session.execute(
        select(Meeting.id, Meeting.starts_at).where(Meeting.cancelled.is_(False))
        .order_by(Meeting.starts_at)
    ).all()
    if not rows:
        raise ReportDataError(QT_TRANSLATE_NOOP(
            "StoreError", "Deze werkruimte heeft nog geen vergaderingen."))
    for pool in ([r for r in rows if r[0] in with_items], rows):
        if not pool:
            continue
        upcoming = [r for r in pool if r[1].date() >= today]
        return str((upcoming[0] if upcoming else pool[-1])[0])
    return str(rows[-1][0])


def _number_items(items: list[AgendaItem]) -> dict[str, tuple[str, int]]:
    """'1', '2', '2a', '2b': top-level items numbered, sub-items lettered."""
    numbers: dict[str, tuple[str, int]] = {}
    top = [i for i in items if i.parent_id is None]
    for n, item in enumerate(top, start=1):
        numbers[item.id] = (str(n), 0)
        subs = [i for i in items if i.parent_id == item.id]
        for k, sub in enumerate(subs):
            numbers[sub.id] = (f"{n}{chr(ord('a') + k % 26)}", 1)
    return numbers


def _load_meeting(session: Session, meeting_id: str, privacy: Privacy) -> MeetingData:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ReportDataError(QT_TRANSLATE_NOOP(
            "StoreError", "Deze vergadering bestaat niet (meer)."))
    body = meeting.body
    items_all = sorted(meeting.items, key=lambda i: i.position)
    ordered: list[AgendaItem] = []
    for item in (i for i in items_all if i.parent_id is None):
        ordered.append(item)
        ordered.extend(i for i in items_all if i.parent_id == item.id)
    hidden = {i.id for i in items_all if privacy.public and i.confidential}
    hidden |= {i.id for i in items_all if i.parent_id in hidden}
    # A public agenda is numbered over what it prints: no gap betrays a confidential item.
    numbers = _number_items([i for i in items_all if i.id not in hidden])
    goal_links: dict[str, list[str]] = defaultdict(list)
    for item_id, goal_id in session.execute(
        select(AgendaItemGoal.agenda_item_id, AgendaItemGoal.goal_id)
        .where(AgendaItemGoal.agenda_item_id.in_([i.id for i in items_all]))
    ):
        goal_links[item_id].append(goal_id)
    attachments: dict[str, list[AttachmentData]] = defaultdict(list)
    att_query = select(Attachment.id, Attachment.agenda_item_id, Attachment.filename,
                       Attachment.mime_type, Attachment.size_bytes, Attachment.confidential
                       ).where(Attachment.agenda_item_id.in_([i.id for i in items_all])
                               ).order_by(Attachment.position, Attachment.filename)
    item_by_id = {i.id: i for i in items_all}
    for a in session.execute(att_query):
        item_id = str(a[1])
        if (privacy.public and a[5]) or item_id in hidden:
            continue
        item = item_by_id[item_id]
        attachments[item_id].append(AttachmentData(a[0], a[2], a[3], a[4], numbers[item_id][0],
                                                   privacy.text(item.title)))
    begin = meeting.starts_at
    timed = meeting.ends_at is not None or (begin.hour, begin.minute) != (0, 0)
    clock: datetime | None = meeting.starts_at if timed else None
    items: list[ItemData] = []
    for item in ordered:
        start = clock
        if clock is not None and item.minutes_allotted:
            clock = clock + timedelta(minutes=item.minutes_allotted)
        if item.id in hidden:
            continue
        number, depth = numbers[item.id]
        if item.presenter_person_id:
            presenter = privacy.person(item.presenter_person_id)
        else:
            presenter = privacy.text(item.presenter)
        items.append(ItemData(
            item.id, number, depth, privacy.text(item.title), value_text(item.kind), presenter,
            item.minutes_allotted, start, privacy.text(item.notes),
            privacy.text(item.minutes_text), goal_links.get(item.id, []),
            attachments.get(item.id, []),
        ))
    attendance: dict[str, list[str]] = defaultdict(list)
    for person_id, status in session.execute(
        select(MeetingAttendance.person_id, MeetingAttendance.status)
        .where(MeetingAttendance.meeting_id == meeting.id)
    ):
        attendance[value_text(status)].append(privacy.person(person_id))
    members: list[tuple[str, str]] = []
    for bm in session.scalars(select(BodyMember).where(BodyMember.body_id == body.id)):
        if bm.person_id:
            label = privacy.person(bm.person_id)
        else:
            org = session.get(Organisation, bm.organisation_id) if bm.organisation_id else None
            label = org.name if org else ""
        members.append((label, value_text(bm.role)))
    order = {"voorzitter": 0, "secretaris": 1, "lid": 2, "agendalid": 3}
    members.sort(key=lambda m: (order.get(m[1], 9), m[0]))
    decisions = [
        DecisionData(d.number, privacy.text(d.text),
                     numbers[d.agenda_item_id][0] if d.agenda_item_id in numbers else None,
                     meeting.starts_at.date())
        for d in session.scalars(select(Decision).where(Decision.meeting_id == meeting.id)
                                 .order_by(Decision.number))
        if d.agenda_item_id not in hidden
    ]
    actions = [
        _action(a, privacy, numbers, meeting.starts_at.date())
        for a in session.scalars(select(Action).where(Action.meeting_id == meeting.id)
                                 .order_by(Action.due.is_(None), Action.due, Action.created_at,
                                           Action.id))
        if a.agenda_item_id not in hidden
    ]
    return MeetingData(
        meeting.id, body.id, body.name, body.abbreviation or body.name, meeting.starts_at,
        meeting.ends_at, meeting.location or body.location, privacy.text(meeting.title),
        privacy.internal(meeting.notes), bool(meeting.cancelled), items,
        sorted(attendance.get("aanwezig", [])), sorted(attendance.get("afgemeld", [])),
        sorted(attendance.get("afwezig", [])), members, decisions, actions,
    )


def _action(a: Action, privacy: Privacy, numbers: dict[str, tuple[str, int]],
            origin: date | None) -> ActionData:
    if a.owner_person_id:
        owner = privacy.person(a.owner_person_id)
    elif a.owner_organisation_id:
        owner = privacy.org_names.get(a.owner_organisation_id, "")
    else:
        owner = ""
    return ActionData(
        privacy.text(a.text), owner, a.due, value_text(a.status), a.done_on, origin,
        numbers[a.agenda_item_id][0] if a.agenda_item_id in numbers else None,
        privacy.internal(a.notes),
    )


def _open_actions(session: Session, body_id: str, privacy: Privacy,
                 before: datetime) -> list[ActionData]:
    """The body's action list: open actions from meetings before `before`."""
    rows = session.execute(
        select(Action, Meeting.starts_at, AgendaItem.confidential)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .where(Action.body_id == body_id, Action.status == "open")
        .order_by(Action.due.is_(None), Action.due, Action.created_at, Action.id)
    ).all()
    out: list[ActionData] = []
    for action, starts_at, confidential in rows:
        if starts_at is not None and starts_at >= before:
            continue
        if privacy.public and confidential:
            continue
        out.append(_action(action, privacy, {}, starts_at.date() if starts_at else None))
    return out


def _neighbour_meetings(session: Session, meeting_id: str) -> tuple[str | None, str | None]:
    """The previous and next (not cancelled) meeting of the same body."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None, None
    prev_id = session.scalar(
        select(Meeting.id).where(Meeting.body_id == meeting.body_id,
                                 Meeting.starts_at < meeting.starts_at,
                                 Meeting.cancelled.is_(False))
        .order_by(Meeting.starts_at.desc()).limit(1)
    )
    next_id = session.scalar(
        select(Meeting.id).where(Meeting.body_id == meeting.body_id,
                                 Meeting.starts_at > meeting.starts_at,
                                 Meeting.cancelled.is_(False))
        .order_by(Meeting.starts_at).limit(1)
    )
    return prev_id, next_id


def _attachment_bytes(session: Session, attachment_id: str) -> bytes:
    content = session.scalar(select(Attachment.content).where(Attachment.id == attachment_id))
    return bytes(content or b"")


def confidential_item_ids(store: Store, meeting_id: str) -> set[str]:
    """Agenda items marked confidential, and their sub-items: the internal agenda marks them."""
    conn = store.reader()
    try:
        rows = conn.execute("SELECT id, parent_id, confidential FROM agenda_item "
                            "WHERE meeting_id = ?", (meeting_id,)).fetchall()
    finally:
        conn.close()
    marked = {r[0] for r in rows if r[2]}
    return marked | {r[0] for r in rows if r[1] in marked}


# --- entry points: one short session per read ---------------------------------------


def find_meeting(store: Store, body_ref: str, day: date) -> str:
    with store.session() as session:
        return _find_meeting(session, body_ref, day)


def default_meeting(store: Store, today: date | None = None) -> str:
    with store.session() as session:
        return _default_meeting(session, today)


def load_meeting(store: Store, meeting_id: str, privacy: Privacy) -> MeetingData:
    with store.session() as session:
        return _load_meeting(session, meeting_id, privacy)


def open_actions(store: Store, body_id: str, privacy: Privacy,
                 before: datetime) -> list[ActionData]:
    with store.session() as session:
        return _open_actions(session, body_id, privacy, before)


def neighbour_meetings(store: Store, meeting_id: str) -> tuple[str | None, str | None]:
    with store.session() as session:
        return _neighbour_meetings(session, meeting_id)


def attachment_bytes(store: Store, attachment_id: str) -> bytes:
    with store.session() as session:
        return _attachment_bytes(session, attachment_id)
