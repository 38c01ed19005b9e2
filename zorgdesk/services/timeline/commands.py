"""Milestones and year marks: the edits the timeline makes, one transaction each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from zorgdesk.services.undo import State, capture_rows, read_rows
from zorgdesk.store import Store, StoreError
from zorgdesk.store.errors import QT_TRANSLATE_NOOP

STATUSES = ("gepland", "loopt", "gereed", "vertraagd", "vervallen")
PRECISIONS = ("jaar", "kwartaal", "maand", "datum")


@dataclass(frozen=True, slots=True)
class Period:
    """Where a milestone is due: a year, a quarter, a month or a date."""

    precision: str
    year: int
    quarter: int | None = None
    month: int | None = None
    due_date: date | None = None

    def check(self) -> None:
        if self.precision not in PRECISIONS:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Onbekende precisie: {precision}."), precision=self.precision)
        if not 1990 <= self.year <= 2100:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "Het jaar moet tussen 1990 en 2100 liggen."))
        if self.precision == "kwartaal" and self.quarter not in (1, 2, 3, 4):
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "Kies een kwartaal van 1 tot en met 4."))
        if self.precision == "maand" and not (self.month and 1 <= self.month <= 12):
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Kies een maand van 1 tot en met 12."))
        if self.precision == "datum" and self.due_date is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "Kies de datum waarop de mijlpaal af moet zijn."))

    def fields(self) -> dict[str, Any]:
        from zorgdesk.models import Precision

        quarter = self.quarter
        if self.precision == "maand" and self.month:
            quarter = (self.month - 1) // 3 + 1
        if self.precision == "datum" and self.due_date:
            quarter = (self.due_date.month - 1) // 3 + 1
        return {
            "precision": Precision(self.precision),
            "year": self.due_date.year if self.precision == "datum" and self.due_date
            else self.year,
            "quarter": quarter if self.precision != "jaar" else None,
            "month": self.month if self.precision == "maand" else (
                self.due_date.month if self.precision == "datum" and self.due_date else None),
            "due_date": self.due_date if self.precision == "datum" else None,
        }


@dataclass(frozen=True, slots=True)
class MilestoneInfo:
    id: str
    goal_id: str
    title: str
    status: str
    period: Period
    start_date: date | None
    done_on: date | None
    notes: str | None
    changed_by: str | None = None  # who changed it last (store/authors.py)


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def get_milestone(store: Store, milestone_id: str) -> MilestoneInfo:
    conn = store.reader()
    try:
        row = conn.execute(
            "SELECT id, goal_id, title, status, precision, year, quarter, month, due_date, "
            "start_date, done_on, notes, changed_by FROM milestone WHERE id = ?",
            (milestone_id,)).fetchone()
    finally:
        conn.close()
    if row is None:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze mijlpaal bestaat niet meer."))
    return MilestoneInfo(str(row[0]), str(row[1]), row[2], row[3],
                         Period(row[4], row[5], row[6], row[7], _day(row[8])),
                         _day(row[9]), _day(row[10]), row[11], row[12])


def capture_milestone(store: Store, milestone_id: str) -> State:
    return capture_rows(store, "milestone", [milestone_id])


def add_milestone(store: Store, goal_id: str, title: str, period: Period,
                  status: str = "gepland") -> str:
    from zorgdesk.models import Goal, Milestone, MilestoneStatus

    title = " ".join(title.split())
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Geef de mijlpaal een titel."))
    period.check()
    with store.transaction() as session:
        if session.get(Goal, goal_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        milestone = Milestone(goal_id=goal_id, title=title, status=MilestoneStatus(status),
                              **period.fields())
        if status == "gereed":
            milestone.done_on = date.today()
        session.add(milestone)
        session.flush()
        return milestone.id


def update_milestone(store: Store, milestone_id: str, *, title: str, status: str,
                     period: Period, start_date: date | None = None,
                     done_on: date | None = None, notes: str | None = None) -> None:
    """Change a milestone; "gereed" without a date is done today, other states have none."""
    from zorgdesk.models import Milestone, MilestoneStatus

    title = " ".join(title.split())
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Een mijlpaal heeft een titel nodig."))
    if status not in STATUSES:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "Onbekende stand: {status}."), status=status)
    period.check()
    if start_date is not None:
        from zorgdesk.services.timeline.queries import due_date

        due = due_date(period.precision, period.year, period.quarter, period.month,
                       period.due_date)
        if start_date > due:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "De mijlpaal kan niet beginnen na de datum waarop hij af moet zijn."))
    with store.transaction() as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze mijlpaal bestaat niet meer."))
        milestone.title = title
        milestone.status = MilestoneStatus(status)
        for name, value in period.fields().items():
            setattr(milestone, name, value)
        milestone.start_date = start_date
        milestone.done_on = (done_on or milestone.done_on or date.today()) \
            if status == "gereed" else None
        milestone.notes = (notes or "").strip() or None


def move_milestone(store: Store, milestone_id: str, period: Period) -> None:
    """Only the period changes (a drag in the timeline); a start date moves along."""
    from zorgdesk.models import Milestone
    from zorgdesk.services.timeline.queries import due_date

    period.check()
    with store.transaction() as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Deze mijlpaal bestaat niet meer."))
        old_due = due_date(str(milestone.precision), milestone.year, milestone.quarter,
                           milestone.month, milestone.due_date)
        for name, value in period.fields().items():
            setattr(milestone, name, value)
        if milestone.start_date is not None:
            new_due = due_date(period.precision, period.year, period.quarter, period.month,
                               period.due_date)
            milestone.start_date = milestone.start_date + (new_due - old_due)


def delete_milestone(store: Store, milestone_id: str) -> None:
    delete_milestones(store, [milestone_id])


def delete_milestones(store: Store, milestone_ids: list[str]) -> None:
    """All in one transaction (the milestones of one cell)."""
    from zorgdesk.models import Milestone

    with store.transaction() as session:
        for milestone_id in milestone_ids:
            milestone = session.get(Milestone, milestone_id)
            if milestone is not None:
                session.delete(milestone)


def capture_marks(store: Store, goal_id: str) -> State:
    from zorgdesk.models import YearMark

    table = YearMark.__table__
    state = State()
    with store.transaction() as session:
        state.add(table, read_rows(session, table, table.c.goal_id == goal_id))  # type: ignore[arg-type]
    return state


def toggle_year_mark(store: Store, goal_id: str, year: int, and_later: bool = False) -> bool:
    """Mark or unmark the year for a goal; True when the year is marked afterwards."""
    from sqlalchemy import select

    from zorgdesk.models import Goal, YearMark

    with store.transaction() as session:
        if session.get(Goal, goal_id) is None:
            raise StoreError(QT_TRANSLATE_NOOP("StoreError", "Dit doel bestaat niet meer."))
        mark = session.scalars(select(YearMark).where(
            YearMark.goal_id == goal_id, YearMark.year == year)).first()
        if mark is not None:
            session.delete(mark)
            return False
        session.add(YearMark(goal_id=goal_id, year=year, and_later=and_later))
        return True
