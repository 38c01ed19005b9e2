"""Minutes that get adopted: concept until a later meeting of the same body adopts them.

Adopted minutes are the record the body agreed on, so they are frozen: every service that
would change what the minutes say (notes per item, attendance, guests, decisions, new
actions) asks `ensure_minutes_open` first and refuses with a Dutch message. Actions keep
living on the action list after adoption: marking one done changes the list, not the minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zorgdesk.models import Meeting

MINUTES_ITEM_TITLE = "Verslag vorige vergadering"


@dataclass(frozen=True, slots=True)
class MinutesState:
    meeting_id: str
    adopted: bool
    adopted_on: date | None
    adopted_in_id: str | None  # the meeting that adopted them
    adopting_item_id: str | None  # the agenda item "Verslag vorige vergadering" that links them
    previous_id: str | None  # the previous meeting of the same body (its minutes)


def _meeting(session: Any, meeting_id: str) -> Meeting:
    from zorgdesk.models import Meeting

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
    return meeting  # type: ignore[no-any-return]


def ensure_minutes_open(session: Any, meeting_id: str | None) -> None:
    """Refuse a change to adopted minutes (called inside the caller's transaction)."""
    from zorgdesk.models import MinutesStatus

    if meeting_id is None:
        return
    meeting = _meeting(session, meeting_id)
    if meeting.minutes_status == MinutesStatus.VASTGESTELD:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Het verslag van {day} is vastgesteld op {adopted} en kan niet meer "
            "veranderen. Leg een correctie vast in het verslag van een volgende vergadering."),
            day=meeting.starts_at.date().strftime("%d-%m-%Y"),
            adopted=(meeting.minutes_adopted_on or meeting.starts_at.date()).strftime("%d-%m-%Y"))


def _previous(session: Any, meeting: Meeting) -> Meeting | None:
    from sqlalchemy import select

    from zorgdesk.models import Meeting

    found: Meeting | None = session.scalars(
        select(Meeting).where(Meeting.body_id == meeting.body_id,
                              Meeting.starts_at < meeting.starts_at,
                              Meeting.cancelled.is_(False))
        .order_by(Meeting.starts_at.desc()).limit(1)).first()
    return found


def minutes_state(store: Store, meeting_id: str) -> MinutesState:
    """Read on the plain reader (store/reader.py), not the ORM: the Overleggen page asks it
    for the selected meeting on its first paint, and through a session that one row loaded
    SQLAlchemy's ORM and every model (~35 MiB of the page's peak memory on `large`)."""
    with store.reader() as conn:
        row = conn.execute(
            "SELECT id, minutes_status, minutes_adopted_on, minutes_adopted_in_id "
            "FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError",
                                               "Deze vergadering bestaat niet meer."))
        previous = conn.execute(
            "SELECT m.id FROM meeting m JOIN meeting this ON this.id = ? "
            "WHERE m.body_id = this.body_id AND m.starts_at < this.starts_at "
            "AND NOT m.cancelled ORDER BY m.starts_at DESC LIMIT 1", (meeting_id,)).fetchone()
        item = conn.execute("SELECT id FROM agenda_item WHERE minutes_of_id = ? LIMIT 1",
                            (meeting_id,)).fetchone()
    adopted_on = date.fromisoformat(str(row[2])[:10]) if row[2] else None
    return MinutesState(str(row[0]), row[1] == "vastgesteld", adopted_on,
                        None if row[3] is None else str(row[3]),
                        None if item is None else str(item[0]),
                        None if previous is None else str(previous[0]))


def add_minutes_item(store: Store, meeting_id: str) -> str | None:
    """Put "Verslag vorige vergadering" on this meeting's agenda, linked to the previous
    meeting of the body, right after the opening; returns its id (None: no earlier meeting).

    Does nothing new when the item is already there.
    """
    from sqlalchemy import select

    from zorgdesk.models import AgendaItem, ItemKind

    with store.transaction() as session:
        meeting = _meeting(session, meeting_id)
        previous = _previous(session, meeting)
        if previous is None:
            return None
        existing = session.scalar(select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting.id, AgendaItem.minutes_of_id == previous.id))
        if existing is not None:
            return str(existing)
        top = sorted((i for i in meeting.items if i.parent_id is None), key=lambda i: i.position)
        # After the opening ("Opening", "Vaststellen agenda"), before the content.
        at = 0
        for index, item in enumerate(top[:2]):
            if item.title.casefold().startswith(("opening", "vaststellen agenda",
                                                 "vaststelling agenda", "welkom")):
                at = index + 1
        for item in top[at:]:
            item.position += 1
        day = previous.starts_at.date().strftime("%d-%m-%Y")
        new = AgendaItem(meeting_id=meeting.id, position=(top[at - 1].position + 1) if at else 0,
                         title=f"{MINUTES_ITEM_TITLE} ({day})", kind=ItemKind.BESLUITVORMING,
                         minutes_of_id=previous.id, minutes_allotted=5)
        session.add(new)
        session.flush()
        return new.id


def adopt_minutes(store: Store, meeting_id: str, in_meeting_id: str,
                  on: date | None = None) -> None:
    """Adopt the minutes of `meeting_id` in the later meeting `in_meeting_id` of its body."""
    from zorgdesk.models import MinutesStatus

    with store.transaction() as session:
        meeting = _meeting(session, meeting_id)
        adopting = _meeting(session, in_meeting_id)
        if meeting.minutes_status == MinutesStatus.VASTGESTELD:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Dit verslag is al vastgesteld."))
        if adopting.body_id != meeting.body_id or adopting.starts_at <= meeting.starts_at:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Een verslag wordt vastgesteld in een latere vergadering van "
                "hetzelfde overleg."))
        meeting.minutes_status = MinutesStatus.VASTGESTELD
        meeting.minutes_adopted_on = on or adopting.starts_at.date()
        meeting.minutes_adopted_in_id = adopting.id


def reopen_minutes(store: Store, meeting_id: str) -> None:
    """Undo an adoption made by mistake (the editor's undo uses snapshots; this is the CLI's)."""
    from zorgdesk.models import MinutesStatus

    with store.transaction() as session:
        meeting = _meeting(session, meeting_id)
        meeting.minutes_status = MinutesStatus.CONCEPT
        meeting.minutes_adopted_on = None
        meeting.minutes_adopted_in_id = None
