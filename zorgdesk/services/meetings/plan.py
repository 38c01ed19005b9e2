"""Planning meetings: a year from a body's rule, single meetings, and clashes between them.

The rule of a body is "every `interval_months` months, on its usual weekday at its usual time
for `duration_minutes`". A year is planned from a start month and the week of the month
(1st..4th, or -1 for the last), e.g. the BST of Noord-Limburg: every 4 months from February,
on a Thursday. Months in which the body already meets are skipped, so planning twice adds
nothing. A date on a Dutch public holiday (Tweede Paasdag, Hemelvaartsdag, ...) moves to the next
working day, and the preview says so. Times are local Europe/Amsterdam wall-clock times.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from zorgdesk.services.meetings.agenda import template_items
from zorgdesk.services.meetings.bodies import get_body
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

DEFAULT_TIME = time(14, 0)
DEFAULT_MINUTES = 120


@dataclass(frozen=True, slots=True)
class PlannedMeeting:
    starts_at: datetime
    ends_at: datetime
    skipped: bool = False  # the body already meets in this month
    conflicts: tuple[str, ...] = ()  # "AST 14:00-16:00 (J. Jansen, ...)"
    moved_for: str | None = None  # the holiday the rule's date fell on: "Tweede Paasdag"
    past: bool = False  # before now: planned all the same, but worth a second look


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two meetings at the same time with at least one person in both."""

    first_id: str
    second_id: str
    first: str  # "BST do 17 feb 2022 14:00"
    second: str
    people: tuple[str, ...]


def nth_weekday(year: int, month: int, weekday: int, week: int) -> date:
    """The `week`-th ISO `weekday` (1 = Monday) of a month; week -1 is the last one."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.isoweekday() == weekday]
    if week == -1 or week > len(days):
        return days[-1]
    return days[max(week, 1) - 1]


SUMMER = (7, 8)


def public_holidays(years: list[int] | range, language: str = "nl") -> dict[date, str]:
    """The Dutch public holidays of these years by date, named in `language` ("nl" or "en").

    The `holidays` package knows them (Easter, Ascension and Whitsun move each year); it loads
    here only, when a date is planned."""
    import holidays

    found = holidays.country_holidays("NL", years=list(years),
                                      language="en_US" if language.startswith("en") else "nl")
    return {day: str(name)[:1].upper() + str(name)[1:] for day, name in found.items()}


def working_day(day: date, holidays: dict[date, str]) -> tuple[date, str | None]:
    """`day`, or when it is a public holiday the next day that is neither a holiday nor in a
    weekend, with the name of the holiday it was moved for."""
    name = holidays.get(day)
    if name is None:
        return day, None
    day += timedelta(days=1)
    while day in holidays or day.isoweekday() > 5:
        day += timedelta(days=1)
    return day, name


def usual_slot(store: Store, body_id: str) -> tuple[int, time]:
    """The weekday (1 = Monday) and time a body meets: its rhythm settings where set, else
    what most of its last meetings did, else Thursday at 14:00."""
    body = get_body(store, body_id)
    weekday, at = body.weekday, body.usual_time
    if weekday is None or at is None:
        conn = store.reader()
        try:
            rows = conn.execute(
                "SELECT starts_at FROM meeting WHERE body_id = ? AND cancelled = 0 "
                "ORDER BY starts_at DESC LIMIT 12", (body_id,)).fetchall()
        finally:
            conn.close()
        starts = [datetime.fromisoformat(r[0]) for r in rows]
        timed = [s for s in starts if s.time() != time(0, 0)]
        if weekday is None and starts:
            weekday = Counter(s.isoweekday() for s in starts).most_common(1)[0][0]
        if at is None and timed:
            at = Counter(s.time() for s in timed).most_common(1)[0][0]
    return weekday or 4, at or DEFAULT_TIME


def suggested_start(store: Store, body_id: str, today: date | None = None) -> datetime:
    """Where a new meeting of a body starts unless the user says otherwise: its usual weekday
    at its usual time, at least a week ahead, moved off a public holiday."""
    weekday, at = usual_slot(store, body_id)
    day = (today or date.today()) + timedelta(days=7)
    day += timedelta(days=(weekday - day.isoweekday()) % 7)
    day, _holiday = working_day(day, public_holidays([day.year, day.year + 1]))
    return datetime.combine(day, at)


def plan_dates(year: int, interval_months: int, weekday: int, start_month: int = 1,
               week: int = 1, *, skip_summer: bool = False) -> list[date]:
    """Meeting days of a year; `skip_summer` leaves out July and August (zomerreces), so a
    monthly rhythm gives the ten meetings a year of many coördinatieteams."""
    if not 1 <= interval_months <= 12:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Kies een vergaderritme van 1 tot 12 maanden."))
    return [nth_weekday(year, month, weekday, week)
            for month in range(start_month, 13, interval_months)
            if not (skip_summer and month in SUMMER)]


def _existing_months(store: Store, body_id: str, year: int) -> set[int]:
    conn = store.reader()
    try:
        rows = conn.execute(
            "SELECT starts_at FROM meeting WHERE body_id = ? AND starts_at >= ? AND "
            "starts_at < ?", (body_id, f"{year}-01-01", f"{year + 1}-01-01")).fetchall()
    finally:
        conn.close()
    return {datetime.fromisoformat(r[0]).month for r in rows}


def preview_year(store: Store, body_id: str, year: int, *, start_month: int = 1,
                 week: int = 1, interval_months: int | None = None,
                 weekday: int | None = None, at: time | None = None,
                 minutes: int | None = None, skip_summer: bool = False,
                 now: datetime | None = None, language: str = "nl") -> list[PlannedMeeting]:
    """The meetings a year plan would make, each with clashes against what is planned, moved
    off public holidays and marked when they lie before `now`."""
    body = get_body(store, body_id)
    interval = interval_months or body.interval_months
    if interval is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Stel eerst het vergaderritme van {body} in (om de hoeveel maanden het "
            "overleg vergadert)."), body=body.label)
    day = weekday or body.weekday or 4
    start_time = at or body.usual_time or DEFAULT_TIME
    length = timedelta(minutes=minutes or body.duration_minutes or DEFAULT_MINUTES)
    taken = _existing_months(store, body_id, year)
    index = _ConflictIndex(store)
    holidays = public_holidays([year, year + 1], language)
    now = now or datetime.now()
    planned = []
    for ruled in plan_dates(year, interval, day, start_month, week, skip_summer=skip_summer):
        when, holiday = working_day(ruled, holidays)
        starts = datetime.combine(when, start_time)
        clashes = index.clashes(body_id, starts, starts + length)
        planned.append(PlannedMeeting(starts, starts + length, ruled.month in taken,
                                      tuple(clashes), holiday, starts < now))
    return planned


def generate_year(store: Store, body_id: str, year: int, *, start_month: int = 1,
                  week: int = 1, interval_months: int | None = None,
                  weekday: int | None = None, at: time | None = None,
                  minutes: int | None = None, with_template: bool = True,
                  skip_summer: bool = False) -> list[str]:
    """Make the year's meetings (one transaction); returns the new meeting ids."""
    from zorgdesk.models import Body, Meeting

    planned = [p for p in preview_year(
        store, body_id, year, start_month=start_month, week=week,
        interval_months=interval_months, weekday=weekday, at=at, minutes=minutes,
        skip_summer=skip_summer) if not p.skipped]
    with store.transaction() as session:
        body = session.get(Body, body_id)
        if body is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit overleg bestaat niet meer."))
        titles = template_items(body.opening_items, body.closing_items) if with_template \
            else []
        made = []
        for p in planned:
            meeting = Meeting(body_id=body_id, starts_at=p.starts_at, ends_at=p.ends_at,
                              location=body.location, cancelled=False)
            session.add(meeting)
            session.flush()
            _add_items(session, meeting.id, titles)
            made.append(meeting.id)
    return made


def _add_items(session: object, meeting_id: str, titles: list[tuple[str, bool]]) -> None:
    from sqlalchemy.orm import Session

    from zorgdesk.models import AgendaItem, ItemKind

    assert isinstance(session, Session)
    for position, (title, settled) in enumerate(titles, start=1):
        session.add(AgendaItem(meeting_id=meeting_id, position=position, title=title,
                               kind=ItemKind.HAMERSTUK if settled else None,
                               minutes_allotted=5, confidential=False))


def create_meeting(store: Store, body_id: str, starts_at: datetime, *,
                   ends_at: datetime | None = None, location: str | None = None,
                   title: str | None = None, with_template: bool = True) -> str:
    from zorgdesk.models import Body, Meeting

    with store.transaction() as session:
        body = session.get(Body, body_id)
        if body is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit overleg bestaat niet meer."))
        if ends_at is None:
            ends_at = starts_at + timedelta(minutes=body.duration_minutes or DEFAULT_MINUTES)
        _check_times(starts_at, ends_at)
        meeting = Meeting(body_id=body_id, starts_at=starts_at, ends_at=ends_at,
                          location=location if location is not None else body.location,
                          title=title, cancelled=False)
        session.add(meeting)
        session.flush()
        if with_template:
            _add_items(session, meeting.id,
                       template_items(body.opening_items, body.closing_items))
        return meeting.id


def _check_times(starts_at: datetime, ends_at: datetime | None) -> None:
    if ends_at is not None and ends_at <= starts_at:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Het einde van de vergadering moet na het begin liggen."))


MEETING_FIELDS = ("starts_at", "ends_at", "location", "title", "notes", "cancelled")


def update_meeting(store: Store, meeting_id: str, **fields: object) -> None:
    from zorgdesk.models import Meeting

    unknown = set(fields) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze vergadering bestaat niet meer."))
        if "starts_at" in fields and "ends_at" not in fields and meeting.ends_at:
            # Moving a meeting keeps its length.
            length = meeting.ends_at - meeting.starts_at
            fields["ends_at"] = fields["starts_at"] + length  # type: ignore[operator]
        for key, value in fields.items():
            setattr(meeting, key, value)
        _check_times(meeting.starts_at, meeting.ends_at)


def delete_meeting(store: Store, meeting_id: str) -> None:
    from zorgdesk.models import Meeting

    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is not None:
            session.delete(meeting)


class _ConflictIndex:
    """Meetings with their people, to look up clashes with a time slot."""

    def __init__(self, store: Store) -> None:
        conn = store.reader()
        try:
            self.meetings = [
                (mid, bid, label, datetime.fromisoformat(s),
                 datetime.fromisoformat(e) if e else None)
                for mid, bid, label, s, e in conn.execute(
                    "SELECT m.id, m.body_id, coalesce(b.abbreviation, b.name), m.starts_at, "
                    "m.ends_at FROM meeting m JOIN body b ON b.id = m.body_id "
                    "WHERE NOT m.cancelled ORDER BY m.starts_at")
            ]
            self.people: dict[str, dict[str, str]] = defaultdict(dict)
            for bid, pid, name in conn.execute(
                    "SELECT m.body_id, p.id, p.name FROM body_member m "
                    "JOIN person p ON p.id = m.person_id"):
                self.people[bid][pid] = name
        finally:
            conn.close()

    def clashes(self, body_id: str, starts: datetime, ends: datetime,
                skip: str | None = None) -> list[str]:
        mine = self.people.get(body_id, {})
        found = []
        for mid, bid, label, s, e in self.meetings:
            if mid == skip or bid == body_id or s >= ends:
                continue
            if (e or s + timedelta(minutes=DEFAULT_MINUTES)) <= starts:
                continue
            shared = sorted(mine[p] for p in set(mine) & set(self.people.get(bid, {})))
            if shared:
                found.append(f"{label} {s:%H:%M} ({', '.join(shared)})")
        return found


def find_conflicts(store: Store, year: int | None = None) -> list[Conflict]:
    """Pairs of meetings that overlap in time and share a member, in date order."""
    index = _ConflictIndex(store)
    meetings = [m for m in index.meetings if year is None or m[3].year == year]
    found = []
    for i, (mid, bid, label, s, e) in enumerate(meetings):
        end = e or s + timedelta(minutes=DEFAULT_MINUTES)
        for oid, obid, olabel, os_, oe in meetings[i + 1:]:
            if os_ >= end:
                break
            if obid == bid or (oe or os_ + timedelta(minutes=DEFAULT_MINUTES)) <= s:
                continue
            shared = set(index.people.get(bid, {})) & set(index.people.get(obid, {}))
            if shared:
                names = tuple(sorted(index.people[bid][p] for p in shared))
                found.append(Conflict(mid, oid, f"{label} {s:%d-%m-%Y %H:%M}",
                                      f"{olabel} {os_:%d-%m-%Y %H:%M}", names))
    return found


def clashes_of(store: Store, meeting_id: str) -> list[str]:
    """Other meetings at the same time as this one that share people with it."""
    index = _ConflictIndex(store)
    for mid, bid, _label, starts, ends in index.meetings:
        if mid == meeting_id:
            if starts.time() == time(0, 0) and ends is None:
                return []  # no time known yet
            end = ends or starts + timedelta(minutes=DEFAULT_MINUTES)
            return index.clashes(bid, starts, end, skip=mid)
    return []


def meetings_in_year(store: Store, body_id: str, year: int) -> list[str]:
    from sqlalchemy import select

    from zorgdesk.models import Meeting

    with store.transaction() as session:
        return list(session.scalars(select(Meeting.id).where(
            Meeting.body_id == body_id, Meeting.starts_at >= datetime(year, 1, 1),
            Meeting.starts_at < datetime(year + 1, 1, 1)).order_by(Meeting.starts_at)))
