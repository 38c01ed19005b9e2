"""Meetings of every body as plain rows for the Overleggen page, and the year calendar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

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
    body_id: str = ""
    title: str | None = None
    open_actions: int = 0
    decisions: int = 0

    @property
    def time_unknown(self) -> bool:
        return self.starts_at.time() == time(0, 0) and self.ends_at is None


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    meeting_id: str
    starts_at: datetime
    cancelled: bool


@dataclass(slots=True)
class YearCalendar:
    """Months x bodies, like the calendar table of the Noord-Limburg agenda."""

    year: int
    bodies: list[tuple[str, str, str]] = field(default_factory=list)  # id, label, name
    cells: dict[tuple[str, int], list[CalendarEntry]] = field(default_factory=dict)

    def entries(self, body_id: str, month: int) -> list[CalendarEntry]:
        return self.cells.get((body_id, month), [])


def load_meetings(store: Store, body_id: str | None = None) -> list[MeetingRow]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT m.id, coalesce(b.abbreviation, b.name), b.name, m.starts_at, m.ends_at, "
            "coalesce(m.location, b.location), "
            "(SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id), "
            "m.cancelled, b.id, m.title, "
            "(SELECT count(*) FROM action x WHERE x.meeting_id = m.id AND x.status = 'open'), "
            "(SELECT count(*) FROM decision d WHERE d.meeting_id = m.id) "
            "FROM meeting m JOIN body b ON b.id = m.body_id"
            + (" WHERE b.id = ?" if body_id else "") + " ORDER BY m.starts_at",
            (body_id,) if body_id else (),
        ).fetchall()
    finally:
        conn.close()
    return [
        MeetingRow(r[0], r[1], r[2], datetime.fromisoformat(r[3]),
                   datetime.fromisoformat(r[4]) if r[4] else None, r[5], r[6], bool(r[7]),
                   r[8], r[9], r[10], r[11])
        for r in rows
    ]


def meeting_years(store: Store) -> list[int]:
    conn = store.reader()
    try:
        rows = conn.execute("SELECT DISTINCT starts_at FROM meeting").fetchall()
    finally:
        conn.close()
    return sorted({int(str(r[0])[:4]) for r in rows})


def default_year(store: Store, today: date | None = None) -> int:
    """This year when it has meetings, else the nearest year that has them."""
    today = today or date.today()
    years = meeting_years(store)
    if not years or today.year in years:
        return today.year
    return min(years, key=lambda y: (abs(y - today.year), -y))


def year_calendar(store: Store, year: int) -> YearCalendar:
    calendar = YearCalendar(year)
    conn = store.reader()
    try:
        calendar.bodies = [
            (r[0], r[1], r[2]) for r in conn.execute(
                "SELECT b.id, coalesce(b.abbreviation, b.name), b.name FROM body b "
                "LEFT JOIN theme t ON t.id = b.theme_id ORDER BY CASE b.kind "
                "WHEN 'bestuurlijk' THEN 0 WHEN 'ambtelijk' THEN 1 ELSE 2 END, "
                "coalesce(t.position, 0), b.name")
        ]
        for mid, bid, starts, cancelled in conn.execute(
                "SELECT id, body_id, starts_at, cancelled FROM meeting WHERE starts_at >= ? "
                "AND starts_at < ? ORDER BY starts_at", (f"{year}-01-01", f"{year + 1}-01-01")):
            when = datetime.fromisoformat(starts)
            calendar.cells.setdefault((bid, when.month), []).append(
                CalendarEntry(mid, when, bool(cancelled)))
    finally:
        conn.close()
    return calendar
