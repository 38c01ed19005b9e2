"""iCalendar export: parsed back with icalendar, times in Europe/Amsterdam."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from zorgdesk.cli import main
from zorgdesk.models import AgendaItem, Body, Meeting, Workspace
from zorgdesk.services.meetings.calendar import build_calendar
from zorgdesk.store import create_store

AMS = ZoneInfo("Europe/Amsterdam")


def make(path: Path) -> Path:
    store = create_store(path)
    with store.transaction() as s:
        s.add(Workspace(name="Noord-Limburg & VGZ"))
        bst = Body(name="Bestuurlijke samenwerkingstafel", abbreviation="BST",
                   usual_time=time(14, 0), duration_minutes=120, location="Venlo")
        ast = Body(name="Ambtelijke samenwerkingstafel", abbreviation="AST")
        s.add_all([bst, ast])
        s.flush()
        # Winter and summer time: 14:00 local is 13:00 UTC in February, 12:00 UTC in June.
        feb = Meeting(body_id=bst.id, starts_at=datetime(2022, 2, 17, 14, 0),
                      ends_at=datetime(2022, 2, 17, 16, 0))
        jun = Meeting(body_id=bst.id, starts_at=datetime(2022, 6, 2, 14, 0),
                      ends_at=datetime(2022, 6, 2, 16, 0), location="Horst", cancelled=True)
        s.add_all([feb, jun, Meeting(body_id=ast.id, starts_at=datetime(2022, 2, 3, 9, 30))])
        s.flush()
        s.add_all([AgendaItem(meeting_id=feb.id, position=1, title="Opening"),
                   AgendaItem(meeting_id=feb.id, position=2, title="Geheim punt",
                              confidential=True),
                   AgendaItem(meeting_id=feb.id, position=3, title="Voortgang")])
    store.close()
    return path


def test_ical_of_one_body_parses_back_in_amsterdam_time(tmp_path: Path) -> None:
    path = make(tmp_path / "w.zorgdesk")
    out = tmp_path / "bst.ics"
    assert main(["ical", str(path), "--out", str(out), "--body", "bst"]) == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["x-wr-calname"]) == "Noord-Limburg & VGZ – BST"
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = cal.walk("VEVENT")
    assert len(events) == 2
    feb, jun = events
    start = feb.decoded("dtstart")
    assert start == datetime(2022, 2, 17, 14, 0, tzinfo=AMS)
    assert start.utcoffset().total_seconds() == 3600
    assert feb["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert feb.decoded("dtend") == datetime(2022, 2, 17, 16, 0, tzinfo=AMS)
    assert jun.decoded("dtstart").utcoffset().total_seconds() == 7200
    assert str(feb["summary"]) == "BST – Bestuurlijke samenwerkingstafel"
    assert str(feb["location"]) == "Venlo" and str(jun["location"]) == "Horst"
    assert "1. Opening" in str(feb["description"]) and "Geheim" not in str(feb["description"])
    assert str(jun["status"]) == "CANCELLED" and str(feb["status"]) == "CONFIRMED"
    assert str(feb["uid"]).endswith("@zorgdesk.local")


def test_ical_all_bodies_and_unknown_body(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / "w.zorgdesk")
    out = tmp_path / "alles.ics"
    assert main(["ical", str(path), "--out", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == 3
    ast = next(e for e in events if "AST" in str(e["summary"]))
    # No end given: the body's usual length, else two hours.
    assert ast.decoded("dtend") == datetime(2022, 2, 3, 11, 30, tzinfo=AMS)
    assert main(["ical", str(path), "--out", str(tmp_path / "x.ics"), "--body", "PHO"]) == 1
    err = capsys.readouterr().err
    assert "Er is geen overleg 'PHO'" in err and "AST, BST" in err
    assert not (tmp_path / "x.ics").exists()


def test_build_calendar_of_a_year(tmp_path: Path) -> None:
    from zorgdesk.store import open_store

    store = open_store(make(tmp_path / "w.zorgdesk"))
    try:
        assert b"BEGIN:VEVENT" not in build_calendar(store, year=2023)
        assert build_calendar(store, year=2022).count(b"BEGIN:VEVENT") == 3
    finally:
        store.close()


def test_date_without_time_is_an_all_day_event(tmp_path: Path) -> None:
    from datetime import date

    from zorgdesk.store import open_store

    path = make(tmp_path / "w.zorgdesk")
    store = open_store(path)
    try:
        with store.transaction() as s:
            body = s.query(Body).filter_by(abbreviation="AST").one()
            s.add(Meeting(body_id=body.id, starts_at=datetime(2022, 5, 11)))
        cal = Calendar.from_ical(build_calendar(store, body="AST"))
    finally:
        store.close()
    may = [e for e in cal.walk("VEVENT") if e.decoded("dtstart") == date(2022, 5, 11)]
    assert len(may) == 1 and may[0].decoded("dtend") == date(2022, 5, 12)
