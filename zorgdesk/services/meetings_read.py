"""Meetings of every body as plain rows for the Overleggen page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from zorgdesk.store import Store


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: str
    body: str
    body_name: str
    starts_at: datetime
    ends_at: datetime | None
    location: str | None
    items: int
    cancelled: bool


def load_meetings(store: Store) -> list[MeetingRow]:
    conn = store.raw()
    try:
        rows = conn.execute(
            "SELECT m.id, coalesce(b.abbreviation, b.name), b.name, m.starts_at, m.ends_at, "
            "m.location, (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id), "
            "m.cancelled FROM meeting m JOIN body b ON b.id = m.body_id ORDER BY m.starts_at"
        ).fetchall()
    finally:
        conn.close()
    return [
        MeetingRow(r[0], r[1], r[2], datetime.fromisoformat(r[3]),
                   datetime.fromisoformat(r[4]) if r[4] else None, r[5], r[6], bool(r[7]))
        for r in rows
    ]
