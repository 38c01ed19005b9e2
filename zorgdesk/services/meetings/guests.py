"""Guests of a meeting: people at the table who are not members of the body.

A guest is not a registered person (a one-off speaker should not clutter the address book),
so the name is kept on the meeting itself, with a publishable flag like a person's: the
public minutes name only guests who may be named, and a function otherwise.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from zorgdesk.services.meetings.adoption import ensure_minutes_open
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

NAME_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Guest:
    id: str
    name: str
    organisation: str | None
    function: str | None
    publishable: bool

    def public_label(self) -> str:
        """How the public minutes mention this guest."""
        if self.publishable:
            return self.label()
        who = self.function or "gast"
        return f"{who} ({self.organisation})" if self.organisation else who

    def label(self) -> str:
        extra = ", ".join(part for part in (self.function, self.organisation) if part)
        return f"{self.name} ({extra})" if extra else self.name


def _clean(name: str) -> str:
    # Zero-width and other format characters do not make a name (a pasted "\u200b").
    name = " ".join("".join(c for c in name if unicodedata.category(c) != "Cf").split())
    if not name:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Vul de naam van de gast in."))
    if len(name) > NAME_LIMIT:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Een naam is hoogstens {limit} tekens."), limit=NAME_LIMIT)
    return name


def guests(store: Store, meeting_id: str) -> list[Guest]:
    """On the plain reader: the Overleggen page shows them on its first paint (see
    adoption.minutes_state)."""
    with store.reader() as conn:
        rows = conn.execute(
            "SELECT id, name, organisation, function, publishable FROM meeting_guest "
            "WHERE meeting_id = ? ORDER BY position, name", (meeting_id,)).fetchall()
    return [Guest(str(i), name, organisation, function, bool(publishable))
            for i, name, organisation, function, publishable in rows]


def add_guest(store: Store, meeting_id: str, name: str, organisation: str | None = None,
              function: str | None = None, *, publishable: bool = False) -> str:
    from sqlalchemy import func, select

    from zorgdesk.models import Meeting, MeetingGuest

    name = _clean(name)
    with store.transaction() as session:
        if session.get(Meeting, meeting_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        ensure_minutes_open(session, meeting_id)
        last = session.scalar(select(func.max(MeetingGuest.position))
                              .where(MeetingGuest.meeting_id == meeting_id))
        guest = MeetingGuest(meeting_id=meeting_id, name=name,
                             organisation=(organisation or "").strip() or None,
                             function=(function or "").strip() or None,
                             publishable=publishable, position=(last or 0) + 1)
        session.add(guest)
        session.flush()
        return guest.id


def update_guest(store: Store, guest_id: str, *, name: str, organisation: str | None,
                 function: str | None, publishable: bool) -> None:
    from zorgdesk.models import MeetingGuest

    name = _clean(name)
    with store.transaction() as session:
        guest = session.get(MeetingGuest, guest_id)
        if guest is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze gast staat niet meer op de "
                                               "lijst."))
        ensure_minutes_open(session, guest.meeting_id)
        guest.name = name
        guest.organisation = (organisation or "").strip() or None
        guest.function = (function or "").strip() or None
        guest.publishable = publishable


def delete_guest(store: Store, guest_id: str) -> None:
    from zorgdesk.models import MeetingGuest

    with store.transaction() as session:
        guest = session.get(MeetingGuest, guest_id)
        if guest is None:
            return
        ensure_minutes_open(session, guest.meeting_id)
        session.delete(guest)
