"""The agenda of a meeting: ordered, numbered items (1, 2, 2a) with clock times, goals,
documents, standard opening and closing items, and suggestions from the work agenda."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zorgdesk.models import AgendaItem, ItemKind

# SQLAlchemy and the models load inside the functions that write (see services/bodies.py).

DEFAULT_OPENING = ("Opening en mededelingen", "Verslag vorige vergadering", "Actielijst")
DEFAULT_CLOSING = ("Rondvraag", "Sluiting")
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
ITEM_FIELDS = ("title", "kind", "presenter_person_id", "presenter", "minutes_allotted",
               "notes", "minutes_text", "confidential")


class AttachmentTooLargeError(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class AgendaLine:
    id: str
    parent_id: str | None
    number: str  # "1", "2", "2a"
    title: str
    kind: str | None
    presenter: str | None  # a person's name or the free text
    presenter_person_id: str | None
    minutes: int | None
    starts: datetime | None
    ends: datetime | None
    confidential: bool
    notes: str | None
    minutes_text: str | None
    goals: tuple[str, ...] = ()  # "1.1 Stevig staan"
    goal_ids: tuple[str, ...] = ()
    goal_codes: tuple[str, ...] = ()  # "1.1" (goals without a code leave it out)
    attachments: int = 0
    children: int = 0


@dataclass(slots=True)
class Agenda:
    meeting_id: str
    body_id: str
    body: str  # abbreviation or name
    body_name: str
    starts_at: datetime
    ends_at: datetime | None
    location: str | None
    title: str | None
    cancelled: bool
    lines: list[AgendaLine] = field(default_factory=list)

    @property
    def time_unknown(self) -> bool:
        return self.starts_at.time() == time(0, 0) and self.ends_at is None

    @property
    def planned_end(self) -> datetime | None:
        ends = [line.ends for line in self.lines if line.ends is not None]
        return max(ends) if ends else None

    @property
    def overrun_minutes(self) -> int:
        """How far the allotted minutes run past the meeting's end (0 when they fit)."""
        end = self.planned_end
        if end is None or self.ends_at is None or end <= self.ends_at:
            return 0
        return int((end - self.ends_at).total_seconds() // 60)


# Milestone states and lights as words in a suggestion's reason, so the app can translate them.
_WORDS = {
    "gepland": Phrase(QT_TRANSLATE_NOOP("StoreError", "gepland")),
    "loopt": Phrase(QT_TRANSLATE_NOOP("StoreError", "loopt")),
    "vertraagd": Phrase(QT_TRANSLATE_NOOP("StoreError", "vertraagd")),
    "groen": Phrase(QT_TRANSLATE_NOOP("StoreError", "groen")),
    "oranje": Phrase(QT_TRANSLATE_NOOP("StoreError", "oranje")),
    "rood": Phrase(QT_TRANSLATE_NOOP("StoreError", "rood")),
}


# Why an item is suggested; the dialog filters on these.
BETWEEN = "tussen"  # a milestone due before the next meeting, or a light that turned
LATE = "te_laat"  # a milestone still open after its last due day (the timeline's rule)
RED = "rood"  # a goal whose newest light is red (services/goals/lights.py)


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: str  # "mijlpaal" or "verkeerslicht"
    title: str  # the agenda item it would become (Dutch: it goes into the agenda)
    detail: Phrase  # why it is suggested; the app shows it translated
    goal_id: str
    source_id: str  # milestone or status update
    reasons: frozenset[str] = frozenset({BETWEEN})


@dataclass(frozen=True, slots=True)
class AttachmentLine:
    id: str
    filename: str
    size_bytes: int
    mime_type: str | None
    confidential: bool


def template_titles(opening: str | None, closing: str | None) -> list[str]:
    """The standard items of a body: its own template, or the usual five."""
    def lines(text: str | None, default: tuple[str, ...]) -> list[str]:
        if text is None:
            return list(default)
        return [t.strip() for t in text.splitlines() if t.strip()]

    return lines(opening, DEFAULT_OPENING) + lines(closing, DEFAULT_CLOSING)


def template_items(opening: str | None, closing: str | None) -> list[tuple[str, bool]]:
    """The standard items with whether each is a hamerstuk: the items after the opening
    (minutes, action list) are settled without discussion; the opening itself and the closing
    items (Rondvraag, Sluiting) are not decisions at all, so they get no kind."""
    head = template_titles(opening, "")
    return ([(title, position > 0) for position, title in enumerate(head)]
            + [(title, False) for title in template_titles("", closing)])


def sub_letter(index: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def load_agenda(store: Store, meeting_id: str) -> Agenda:
    conn = store.reader()
    try:
        head = conn.execute(
            "SELECT m.id, b.id, coalesce(b.abbreviation, b.name), b.name, m.starts_at, "
            "m.ends_at, m.location, m.title, m.cancelled FROM meeting m "
            "JOIN body b ON b.id = m.body_id WHERE m.id = ?", (meeting_id,)).fetchone()
        if head is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        agenda = Agenda(head[0], head[1], head[2], head[3], datetime.fromisoformat(head[4]),
                        datetime.fromisoformat(head[5]) if head[5] else None, head[6],
                        head[7], bool(head[8]))
        rows = conn.execute(
            "SELECT a.id, a.parent_id, a.position, a.title, a.kind, coalesce(p.name, "
            "a.presenter), a.presenter_person_id, a.minutes_allotted, a.confidential, "
            "a.notes, a.minutes_text, (SELECT count(*) FROM attachment f "
            "WHERE f.agenda_item_id = a.id) FROM agenda_item a "
            "LEFT JOIN person p ON p.id = a.presenter_person_id WHERE a.meeting_id = ? "
            "ORDER BY a.position, a.created_at", (meeting_id,)).fetchall()
        goals: dict[str, list[tuple[str, str, str | None]]] = {}
        for item_id, goal_id, code, title in conn.execute(
                "SELECT ag.agenda_item_id, g.id, g.code, g.title FROM agenda_item_goal ag "
                "JOIN goal g ON g.id = ag.goal_id JOIN agenda_item a "
                "ON a.id = ag.agenda_item_id WHERE a.meeting_id = ? ORDER BY g.code",
                (meeting_id,)):
            goals.setdefault(item_id, []).append(
                (goal_id, f"{code} {title}" if code else title, code))
    finally:
        conn.close()
    top = [r for r in rows if r[1] is None]
    children: dict[str, list[Any]] = {}
    known = {r[0] for r in rows}
    for r in rows:
        if r[1] is not None:
            if r[1] in known:
                children.setdefault(r[1], []).append(r)
            else:
                top.append(r)
    # A meeting at midnight has no known time (the Noord-Limburg calendar gives dates only).
    clock: datetime | None = None if agenda.time_unknown else agenda.starts_at

    def line(r: Any, number: str, kids: int) -> AgendaLine:
        nonlocal clock
        starts = clock
        if r[7] and clock is not None:
            clock = clock + timedelta(minutes=r[7])
        linked = goals.get(r[0], [])
        return AgendaLine(r[0], r[1], number, r[3], r[4], r[5], r[6], r[7], starts, clock,
                          bool(r[8]), r[9], r[10], tuple(g[1] for g in linked),
                          tuple(g[0] for g in linked),
                          goal_codes=tuple(g[2] for g in linked if g[2]),
                          attachments=r[11], children=kids)

    for n, r in enumerate(top, start=1):
        kids = children.get(r[0], [])
        agenda.lines.append(line(r, str(n), len(kids)))
        for k, child in enumerate(kids):
            agenda.lines.append(line(child, f"{n}{sub_letter(k)}", 0))
    return agenda


def _closing_position(session: Session, meeting_id: str) -> int:
    """Where a new top-level item goes: before the standard closing items, else at the end."""
    from zorgdesk.models import Meeting

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
    body = meeting.body
    closing = {t.casefold() for t in template_titles(None, body.closing_items)
               if t not in DEFAULT_OPENING}
    tops = [i for i in meeting.items if i.parent_id is None]
    tops.sort(key=lambda i: i.position)
    position = len(tops)
    while position > 0 and tops[position - 1].title.casefold() in closing:
        position -= 1
    return position


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position


def _siblings(session: Session, meeting_id: str, parent_id: str | None,
              skip: str | None = None) -> list[AgendaItem]:
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem

    query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    query = query.where(AgendaItem.parent_id.is_(None) if parent_id is None
                        else AgendaItem.parent_id == parent_id)
    items = [i for i in session.scalars(query.order_by(AgendaItem.position,
                                                       AgendaItem.created_at))
             if i.id != skip]
    return items


def add_item(store: Store, meeting_id: str, title: str, *,
             kind: ItemKind | str | None = None,
             parent_id: str | None = None, index: int | None = None,
             presenter: str | None = None, presenter_person_id: str | None = None,
             minutes_allotted: int | None = None, notes: str | None = None,
             confidential: bool = False, goal_ids: tuple[str, ...] = ()) -> str:
    """Add an item; top-level items go before the closing items unless `index` says where."""
    from zorgdesk.models import AgendaItem, AgendaItemGoal, ItemKind

    if not title.strip():
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Geef het agendapunt een titel."))
    with store.transaction() as session:
        siblings = _siblings(session, meeting_id, parent_id)
        if index is None:
            index = len(siblings) if parent_id else _closing_position(session, meeting_id)
        item = AgendaItem(meeting_id=meeting_id, parent_id=parent_id, title=title.strip(),
                          kind=ItemKind(kind) if kind else None, presenter=presenter,
                          presenter_person_id=presenter_person_id,
                          minutes_allotted=minutes_allotted, notes=notes,
                          confidential=confidential)
        session.add(item)
        session.flush()
        siblings.insert(max(0, min(index, len(siblings))), item)
        _renumber(siblings)
        for goal_id in goal_ids:
            session.add(AgendaItemGoal(agenda_item_id=item.id, goal_id=goal_id))
        return item.id


def update_item(store: Store, item_id: str, **fields: Any) -> None:
    from zorgdesk.models import AgendaItem, ItemKind

    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"unknown agenda item fields: {sorted(unknown)}")
    if "title" in fields and not (fields["title"] or "").strip():
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Geef het agendapunt een titel."))
    if (fields.get("minutes_allotted") or 0) < 0:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "De tijd voor een agendapunt kan niet negatief zijn."))
    with store.transaction() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit agendapunt bestaat niet meer."))
        if fields.get("kind"):
            fields["kind"] = ItemKind(fields["kind"])
        for key, value in fields.items():
            setattr(item, key, value)


def delete_item(store: Store, item_id: str) -> None:
    from zorgdesk.models import AgendaItem

    with store.transaction() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            return
        meeting_id, parent_id = item.meeting_id, item.parent_id
        session.delete(item)
        session.flush()
        _renumber(_siblings(session, meeting_id, parent_id))


def move_item(store: Store, item_id: str, parent_id: str | None, index: int) -> None:
    """Put an item at `index` among the children of `parent_id` (None: the top level).

    Only one level of sub-items exists (2a, 2b): an item with sub-items stays at the top.
    """
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem

    with store.transaction() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit agendapunt bestaat niet meer."))
        if parent_id is not None:
            parent = session.get(AgendaItem, parent_id)
            if parent is None or parent.meeting_id != item.meeting_id or parent.id == item.id:
                raise StoreError(
                    QT_TRANSLATE_NOOP("StoreError", "Een agendapunt kan daar niet staan."))
            if parent.parent_id is not None:
                parent_id = parent.parent_id
            has_children = session.scalars(select(AgendaItem.id).where(
                AgendaItem.parent_id == item.id)).first()
            if has_children is not None:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "Een agendapunt met subpunten kan zelf geen subpunt worden."))
        old_parent = item.parent_id
        if old_parent != parent_id:
            _renumber(_siblings(session, item.meeting_id, old_parent, skip=item.id))
        siblings = _siblings(session, item.meeting_id, parent_id, skip=item.id)
        siblings.insert(max(0, min(index, len(siblings))), item)
        item.parent_id = parent_id
        _renumber(siblings)


def apply_template(store: Store, meeting_id: str) -> int:
    """Add the body's standard opening and closing items that are missing; returns how many."""
    from zorgdesk.models import AgendaItem, Meeting

    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        body = meeting.body
        opening = template_titles(body.opening_items, "")
        closing = template_titles("", body.closing_items)
        tops = _siblings(session, meeting_id, None)
        present = {i.title.casefold() for i in tops}
        added = 0
        head = []
        for title in opening:
            if title.casefold() not in present:
                head.append(AgendaItem(meeting_id=meeting_id, title=title, minutes_allotted=5,
                                       confidential=False))
        tail = []
        for title in closing:
            if title.casefold() not in present:
                tail.append(AgendaItem(meeting_id=meeting_id, title=title, minutes_allotted=5,
                                       confidential=False))
        session.add_all(head + tail)
        added = len(head) + len(tail)
        _renumber(head + tops + tail)
        return added


def set_item_goals(store: Store, item_id: str, goal_ids: list[str]) -> None:
    from sqlalchemy import delete

    from zorgdesk.models import AgendaItemGoal

    with store.transaction() as session:
        session.execute(delete(AgendaItemGoal).where(AgendaItemGoal.agenda_item_id == item_id))
        for goal_id in dict.fromkeys(goal_ids):
            session.add(AgendaItemGoal(agenda_item_id=item_id, goal_id=goal_id))


# --- Suggestions from the work agenda ---------------------------------------------------


def milestone_due(precision: str, year: int, quarter: int | None, month: int | None,
                  due: date | None) -> date:
    """The last day a milestone may take: its date, or the end of its month/quarter/year."""
    if precision == "datum" and due is not None:
        return due
    if precision == "maand" and month:
        end_month = month
    elif precision == "kwartaal" and quarter:
        end_month = quarter * 3
    else:
        end_month = 12
    if end_month == 12:
        return date(year, 12, 31)
    return date(year, end_month + 1, 1) - timedelta(days=1)


def _neighbours(conn: Any, body_id: str, starts: str) -> tuple[date | None, date | None]:
    prev = conn.execute(
        "SELECT max(starts_at) FROM meeting WHERE body_id = ? AND starts_at < ? "
        "AND NOT cancelled", (body_id, starts)).fetchone()[0]
    nxt = conn.execute(
        "SELECT min(starts_at) FROM meeting WHERE body_id = ? AND starts_at > ? "
        "AND NOT cancelled", (body_id, starts)).fetchone()[0]
    return (datetime.fromisoformat(prev).date() if prev else None,
            datetime.fromisoformat(nxt).date() if nxt else None)


def suggest_items(store: Store, meeting_id: str) -> list[Suggestion]:
    """Milestones due before the next meeting, goals whose light turned orange or red since
    the last meeting of this body, and everything that still needs the table: milestones
    late on the meeting day and goals whose newest light is red, however old. Limited to the
    body's theme when it has one. Suggestions already on this agenda (same goal and title)
    are left out."""
    from zorgdesk.services.goals.lights import latest_lights
    from zorgdesk.services.timeline.queries import is_late

    conn = store.reader()
    try:
        head = conn.execute(
            "SELECT m.body_id, m.starts_at, b.theme_id FROM meeting m JOIN body b "
            "ON b.id = m.body_id WHERE m.id = ?", (meeting_id,)).fetchone()
        if head is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        body_id, starts, theme_id = head
        day = datetime.fromisoformat(starts).date()
        prev, nxt = _neighbours(conn, body_id, starts)
        since = prev or day - timedelta(days=91)
        until = nxt or day + timedelta(days=91)
        theme_filter = " AND g.theme_id = ?" if theme_id else ""
        theme_args: tuple[str, ...] = (theme_id,) if theme_id else ()
        on_agenda = {(g, t.casefold()) for g, t in conn.execute(
            "SELECT ag.goal_id, a.title FROM agenda_item a JOIN agenda_item_goal ag "
            "ON ag.agenda_item_id = a.id WHERE a.meeting_id = ?", (meeting_id,))}
        found: list[Suggestion] = []
        for mid, goal_id, code, title, precision, year, quarter, month, due, status in \
                conn.execute(
                    "SELECT ms.id, g.id, g.code, ms.title, ms.precision, ms.year, ms.quarter, "
                    "ms.month, ms.due_date, ms.status FROM milestone ms JOIN goal g "
                    "ON g.id = ms.goal_id WHERE ms.status NOT IN ('gereed', 'vervallen') "
                    "AND ms.year <= ?" + theme_filter + " ORDER BY g.code, "
                    "ms.position", (until.year, *theme_args)):
            last_day = milestone_due(precision, year, quarter, month,
                                     date.fromisoformat(due[:10]) if due else None)
            reasons = set()
            if since < last_day <= until:
                reasons.add(BETWEEN)
            if is_late(status, last_day, day):
                reasons.add(LATE)
            if not reasons:
                continue
            text = f"Mijlpaal {code}: {title}" if code else f"Mijlpaal: {title}"
            detail = Phrase(QT_TRANSLATE_NOOP("StoreError", "uiterlijk {due}, status {status}"),
                            due=f"{last_day:%d-%m-%Y}", status=_WORDS.get(status, status))
            found.append(Suggestion("mijlpaal", text, detail, goal_id, mid, frozenset(reasons)))
        updates = conn.execute(
            "SELECT s.id, s.goal_id, g.code, g.title, s.reported_on, s.light FROM "
            "status_update s JOIN goal g ON g.id = s.goal_id WHERE s.light IS NOT NULL"
            + theme_filter + " ORDER BY s.goal_id, s.reported_on, s.created_at, s.id",
            theme_args).fetchall()
        red = {goal for goal, light in latest_lights(conn).items() if light == "rood"}
        previous: dict[str, str] = {}
        newest: dict[str, tuple[str, str, str | None, str, date]] = {}
        for sid, goal_id, code, title, reported, light in updates:
            when = date.fromisoformat(reported[:10])
            before = previous.get(goal_id)
            previous[goal_id] = light
            name = f"{code} {title}" if code else title
            newest[goal_id] = (sid, name, before, light, when)
            if not since < when <= day or light not in ("oranje", "rood") or before == light:
                continue
            found.append(_light_suggestion(goal_id, newest[goal_id], BETWEEN))
        for goal_id in red:
            if goal_id in newest:  # a goal outside this body's theme has no row here
                found.append(_light_suggestion(goal_id, newest[goal_id], RED))
    finally:
        conn.close()
    # One light suggestion per goal: the latest, with the reasons of all that said the same.
    lights: dict[str, Suggestion] = {}
    result = []
    for s in found:
        if s.kind != "verkeerslicht":
            result.append(s)
            continue
        known = lights.get(s.goal_id)
        lights[s.goal_id] = s if known is None or known.title != s.title else Suggestion(
            s.kind, s.title, known.detail, s.goal_id, known.source_id, known.reasons | s.reasons)
    result += lights.values()
    return [s for s in result if (s.goal_id, s.title.casefold()) not in on_agenda]


def _light_suggestion(goal_id: str, update: tuple[str, str, str | None, str, date],
                      reason: str) -> Suggestion:
    """`update` is (status update id, goal name, light before it, its light, its date)."""
    sid, name, before, light, when = update
    reported_on = f"{when:%d-%m-%Y}"
    if before:
        detail = Phrase(QT_TRANSLATE_NOOP("StoreError", "gemeld op {day}, was {before}"),
                        day=reported_on, before=_WORDS.get(before, before))
    else:
        detail = Phrase(QT_TRANSLATE_NOOP("StoreError", "gemeld op {day}"), day=reported_on)
    return Suggestion("verkeerslicht", f"Verkeerslicht {light}: {name}", detail, goal_id, sid,
                      frozenset({reason}))


def add_suggestions(store: Store, meeting_id: str, suggestions: list[Suggestion]) -> list[str]:
    from zorgdesk.models import AgendaItem, AgendaItemGoal, ItemKind

    with store.transaction() as session:
        position = _closing_position(session, meeting_id)
        tops = _siblings(session, meeting_id, None)
        made = []
        for s in suggestions:
            item = AgendaItem(
                meeting_id=meeting_id, title=s.title, notes=str(s.detail),
                kind=ItemKind.BESPREKING if s.kind == "verkeerslicht" else ItemKind.INFORMATIE,
                minutes_allotted=10, confidential=False)
            session.add(item)
            session.flush()
            session.add(AgendaItemGoal(agenda_item_id=item.id, goal_id=s.goal_id))
            tops.insert(position, item)
            position += 1
            made.append(item.id)
        _renumber(tops)
        return made


# --- Attachments ------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def check_attachment_size(filename: str, size: int) -> None:
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLargeError(QT_TRANSLATE_NOOP(
            "StoreError", "Het bestand {name} is {size}; een bijlage mag hoogstens {most} zijn, "
            "zodat de werkruimte klein genoeg blijft om te delen. Verklein het bestand "
            "(bijvoorbeeld als PDF) of bewaar het elders en noem de vindplaats in de toelichting."),
            name=Path(filename).name, size=_megabytes(size), most=_megabytes(MAX_ATTACHMENT_BYTES))


def add_attachment(store: Store, item_id: str, filename: str, content: bytes, *,
                   confidential: bool = False) -> str:
    """Store a document in the workspace, under an agenda item."""
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem, Attachment

    check_attachment_size(filename, len(content))
    with store.transaction() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit agendapunt bestaat niet meer."))
        count = len(session.scalars(select(Attachment.id).where(
            Attachment.agenda_item_id == item_id)).all())
        attachment = Attachment(
            agenda_item_id=item_id, filename=Path(filename).name,
            mime_type=mimetypes.guess_type(filename)[0], size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(), content=content,
            confidential=confidential, position=count)
        session.add(attachment)
        session.flush()
        return attachment.id


def add_attachment_file(store: Store, item_id: str, path: Path, *,
                        confidential: bool = False) -> str:
    path = Path(path)
    check_attachment_size(path.name, path.stat().st_size)  # before reading it into memory
    return add_attachment(store, item_id, path.name, path.read_bytes(),
                          confidential=confidential)


def list_attachments(store: Store, item_id: str) -> list[AttachmentLine]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT id, filename, size_bytes, mime_type, confidential FROM attachment "
            "WHERE agenda_item_id = ? ORDER BY position, filename", (item_id,)).fetchall()
    finally:
        conn.close()
    return [AttachmentLine(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def attachment_content(store: Store, attachment_id: str) -> tuple[str, bytes]:
    conn = store.reader()
    try:
        row = conn.execute("SELECT filename, content FROM attachment WHERE id = ?",
                           (attachment_id,)).fetchone()
    finally:
        conn.close()
    if row is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze bijlage bestaat niet meer."))
    return str(row[0]), bytes(row[1])


def delete_attachment(store: Store, attachment_id: str) -> None:
    from sqlalchemy import delete

    from zorgdesk.models import Attachment

    with store.transaction() as session:
        session.execute(delete(Attachment).where(Attachment.id == attachment_id))


def goal_choices(store: Store) -> list[tuple[str, str]]:
    """Every goal as (id, "code title"), in the tree's order, to link to an agenda item."""
    from zorgdesk.services.goals.tree import load_goal_tree

    return [(g.id, f"{g.code} {g.title}" if g.code else g.title)
            for g in load_goal_tree(store, details=False).goals]
