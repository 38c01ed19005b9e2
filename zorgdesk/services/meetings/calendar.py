"""Meetings as an iCalendar file (RFC 5545) that Outlook, Google and Apple Calendar import.

Times are written with TZID=Europe/Amsterdam and a VTIMEZONE block, so a meeting at 14:00
stays at 14:00 local time on both sides of a daylight saving change. Every event keeps the
meeting's id as UID: importing a newer export updates the events instead of doubling them.
Confidential agenda items are left out of the description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from zorgdesk.store import Store, StoreError
from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//ZorgDesk//Overleggen//NL"
UID_DOMAIN = "zorgdesk.local"


@dataclass(frozen=True, slots=True)
class IcalResult:
    events: int
    calendar_name: str


def _meetings(store: Store, body: str | None, year: int | None,
              meeting_id: str | None = None) -> tuple[str, list[tuple]]:  # type: ignore[type-arg]
    conn = store.reader()
    try:
        workspace = conn.execute("SELECT name FROM workspace LIMIT 1").fetchone()
        name = workspace[0] if workspace else "ZorgDesk"
        args: list[object] = []
        where = []
        if body:
            found = conn.execute(
                "SELECT id, coalesce(abbreviation, name) FROM body "
                "WHERE lower(abbreviation) = lower(?) OR lower(name) = lower(?)",
                (body, body)).fetchone()
            if found is None:
                known = ", ".join(a for (a,) in conn.execute(
                    "SELECT coalesce(abbreviation, name) FROM body ORDER BY 1"))
                if not known:
                    raise StoreError(QT_TRANSLATE_NOOP(
                        "StoreError", "Er is geen overleg '{body}' in deze werkruimte. Kies "
                        "uit: geen overleggen."), body=body)
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "Er is geen overleg '{body}' in deze werkruimte. Kies uit: "
                    "{known}."), body=body, known=known)
            where.append("m.body_id = ?")
            args.append(found[0])
            name = f"{name} – {found[1]}"
        if meeting_id:
            where.append("m.id = ?")
            args.append(meeting_id)
        if year:
            where.append("m.starts_at >= ? AND m.starts_at < ?")
            args += [f"{year}-01-01", f"{year + 1}-01-01"]
        rows = conn.execute(
            "SELECT m.id, coalesce(b.abbreviation, ''), b.name, m.title, m.starts_at, "
            "m.ends_at, coalesce(m.location, b.location), m.cancelled, b.duration_minutes, "
            "m.updated_at, m.revision FROM meeting m JOIN body b ON b.id = m.body_id"
            + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.starts_at",
            args).fetchall()
        items: dict[str, list[str]] = {}
        for item_meeting, title, parent in conn.execute(
                "SELECT a.meeting_id, a.title, a.parent_id FROM agenda_item a "
                "WHERE NOT a.confidential ORDER BY a.meeting_id, a.parent_id IS NOT NULL, "
                "a.position"):
            if parent is None:
                items.setdefault(item_meeting, []).append(title)
    finally:
        conn.close()
    return name, [(*r, items.get(r[0], [])) for r in rows]


def build_calendar(store: Store, body: str | None = None, year: int | None = None, *,
                   meeting_id: str | None = None, method: str = "PUBLISH") -> bytes:
    """The meetings of one body (abbreviation or name) or of all bodies, as .ics bytes.

    With `meeting_id` only that meeting; `method="REQUEST"` makes it an invitation that
    Outlook and Thunderbird offer to accept, as the .ics inside an invitation e-mail.
    """
    from icalendar import Calendar, Event

    name, meetings = _meetings(store, body, year, meeting_id)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for (mid, abbr, body_name, title, starts, ends, location, cancelled, minutes, updated,
         revision, items) in meetings:
        try:
            start = datetime.fromisoformat(starts).replace(tzinfo=AMSTERDAM)
            end = (datetime.fromisoformat(ends).replace(tzinfo=AMSTERDAM) if ends
                   else start + timedelta(minutes=minutes or 120))
            start.astimezone(UTC), end.astimezone(UTC), start.date() + timedelta(days=1)
        except (ValueError, OverflowError, TypeError):  # 9999-12-31, stored before the rules
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "De vergadering '{title}' heeft een onmogelijke datum of tijd "
                "({starts}); pas die aan in ZorgDesk en exporteer opnieuw."),
                title=title or body_name, starts=starts) from None
        event = Event()
        event.add("uid", f"{mid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        if start.time() == time(0, 0) and not ends:
            # A date without a known time: an all-day event, not one at midnight.
            event.add("dtstart", start.date())
            event.add("dtend", start.date() + timedelta(days=1))
        else:
            event.add("dtstart", start)
            event.add("dtend", end)
        summary = title or (f"{abbr} – {body_name}" if abbr else body_name)
        event.add("summary", summary)
        if location:
            event.add("location", location)
        if items:
            agenda = "\n".join(f"{n}. {t}" for n, t in enumerate(items, start=1))
            event.add("description", f"Agenda {body_name}:\n{agenda}")
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        event.add("sequence", max(int(revision or 1) - 1, 0))
        if updated:
            event.add("last-modified",
                      datetime.fromisoformat(updated).replace(microsecond=0, tzinfo=UTC))
        # A date without a time does not block the whole day in the reader's calendar.
        event.add("transp", "TRANSPARENT" if "dtstart" in event and not isinstance(
            event.decoded("dtstart"), datetime) else "OPAQUE")
        cal.add_component(event)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


def export_ical(store: Store, out: Path, body: str | None = None,
                year: int | None = None, meeting_id: str | None = None) -> IcalResult:
    """Write the .ics file atomically; returns how many meetings it holds."""
    data = build_calendar(store, body, year, meeting_id=meeting_id)
    out = Path(out)
    with atomic_path(out) as tmp:
        Path(tmp).write_bytes(data)
    from icalendar import Calendar

    parsed = Calendar.from_ical(data)
    return IcalResult(len(parsed.walk("VEVENT")), str(parsed.get("x-wr-calname")))
