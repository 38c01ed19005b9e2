"""Meeting dates a secretary can keep: a new meeting on the body's usual weekday and time, a
year plan that moves off Dutch public holidays and says so, and a warning for dates past."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.test_meetings_services import build_region
from zorgdesk.services.meetings import agenda
from zorgdesk.services.meetings import plan as meeting_plan
from zorgdesk.services.meetings.bodies import body_by_abbreviation, list_bodies, update_body
from zorgdesk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "regio.zorgdesk"
    build_region(path).close()
    opened = open_store(path)
    yield opened
    opened.close()


def body_id(store: Store, abbr: str) -> str:
    body = body_by_abbreviation(store, abbr)
    assert body is not None
    return body.id


def test_public_holidays_move_to_the_next_working_day() -> None:
    holidays = meeting_plan.public_holidays([2027])
    assert holidays[date(2027, 3, 29)] == "Tweede paasdag"
    assert holidays[date(2027, 5, 6)] == "Hemelvaartsdag"
    assert meeting_plan.working_day(date(2027, 5, 6), holidays) == (date(2027, 5, 7),
                                                                    "Hemelvaartsdag")
    # Eerste kerstdag on a Saturday: past Tweede kerstdag and the weekend, to Monday.
    assert meeting_plan.working_day(date(2027, 12, 25), holidays)[0] == date(2027, 12, 27)
    assert meeting_plan.working_day(date(2027, 5, 13), holidays) == (date(2027, 5, 13), None)
    english = meeting_plan.public_holidays([2027], "en")
    assert english[date(2027, 3, 29)] == "Easter Monday"


def test_the_year_plan_skips_holidays_and_says_so(store: Store) -> None:
    ast = body_id(store, "AST")
    # Monthly on the first Thursday: 6 May 2027 is Hemelvaartsdag.
    planned = meeting_plan.preview_year(store, ast, 2027, interval_months=1, weekday=4,
                                        now=datetime(2026, 11, 1))
    may = next(p for p in planned if p.starts_at.month == 5)
    assert may.starts_at.date() == date(2027, 5, 7) and may.moved_for == "Hemelvaartsdag"
    assert [p.moved_for for p in planned if p.moved_for] == ["Hemelvaartsdag"]
    assert not any(p.past for p in planned)
    # Mondays: the first Monday of April 2024 is Tweede paasdag (1 April).
    mondays = meeting_plan.preview_year(store, ast, 2024, interval_months=1, weekday=1,
                                        now=datetime(2024, 6, 15))
    april = next(p for p in mondays if p.starts_at.month == 4)
    assert april.starts_at.date() == date(2024, 4, 2) and april.moved_for == "Tweede paasdag"
    assert [p.starts_at.month for p in mondays if p.past] == [1, 2, 3, 4, 5, 6]
    made = meeting_plan.generate_year(store, ast, 2027, interval_months=1, weekday=4)
    days = {agenda.load_agenda(store, m).starts_at.date() for m in made}
    assert date(2027, 5, 7) in days and date(2027, 5, 6) not in days


def test_a_new_meeting_starts_on_the_usual_weekday_and_time(store: Store) -> None:
    bst = body_id(store, "BST")  # Thursdays at 14:00 by its rhythm settings
    start = meeting_plan.suggested_start(store, bst, today=date(2027, 4, 26))
    assert start == datetime(2027, 5, 7, 14, 0)  # Thursday 6 May is Hemelvaartsdag
    start = meeting_plan.suggested_start(store, bst, today=date(2026, 11, 28))
    assert start == datetime(2026, 12, 10, 14, 0) and start.isoweekday() == 4
    # Without settings, what its meetings do: Tuesdays at 10:00.
    ast = body_id(store, "AST")
    update_body(store, ast, weekday=None, usual_time=None)
    for day in (date(2026, 9, 1), date(2026, 10, 6), date(2026, 11, 3)):
        meeting_plan.create_meeting(store, ast, datetime.combine(day, time(10, 0)))
    assert meeting_plan.usual_slot(store, ast) == (2, time(10, 0))
    start = meeting_plan.suggested_start(store, ast, today=date(2026, 11, 28))
    assert start == datetime(2026, 12, 8, 10, 0)


def test_the_plan_preview_names_the_holiday_and_the_past(store: Store, qtbot: QtBot) -> None:
    from zorgdesk.ui.meetings.meeting_dialogs import YearPlanDialog

    ast = body_id(store, "AST")
    dialog = YearPlanDialog(store, list_bodies(store), ast, 2027)
    qtbot.addWidget(dialog)
    dialog.interval.setValue(1)
    dialog.weekday.setCurrentIndex(3)  # donderdag
    dialog.week.setCurrentIndex(0)  # eerste
    texts = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
    may = next(t for t in texts if "mei" in t)
    assert "vr 7 mei 2027" in may and "verschoven: Hemelvaartsdag" in may
    assert "verleden" not in " ".join(texts)
    dialog.year.setValue(2020)
    texts = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
    assert all("ligt in het verleden" in t for t in texts)
    assert "12 in het verleden" in dialog.summary.text()

