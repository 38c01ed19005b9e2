"""The Tijdlijn of a large plan paints its first screens before it has ordered every goal;
the rows after them arrive once painted, and nothing the user sees or chose moves.

The IZA sample (103 goals in 13 themes) is made into an awkward plan first: goals that take
their theme from an ancestor, a child in another theme than its parent, a goal with no theme
anywhere up (the "Overkoepelende doelen" row), and siblings that tie on position.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from zorgdesk.services.timeline.queries import (
    PENDING,
    Timeline,
    complete_timeline,
    load_timeline,
)
from zorgdesk.store import Store, open_store
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.timeline import page as timeline_page
from zorgdesk.ui.timeline.page import TimelinePage

TODAY = date(2025, 6, 1)


@pytest.fixture
def awkward(sample_copy: Callable[[str], Path]) -> Path:
    path = sample_copy("iza-drenthe")
    with sqlite3.connect(path) as conn:
        # Children that take their theme from their parent, in the first theme and further on.
        conn.execute("UPDATE goal SET theme_id = NULL WHERE parent_id IS NOT NULL "
                     "AND code IN ('2.1.1.A', '2.1.1.B', '2.3.1.A')")
        # A child in another theme than its parent: shown in its own theme.
        conn.execute("UPDATE goal SET theme_id = (SELECT theme_id FROM goal WHERE code = "
                     "'2.6.1') WHERE code = '2.1.2.A'")
        # A goal with no theme anywhere up its tree.
        conn.execute("UPDATE goal SET theme_id = NULL WHERE code = '2.6.4'")
        # Siblings that tie on position are ordered by code.
        conn.execute("UPDATE goal SET position = 0 WHERE code LIKE '2.2.2.%'")
    return path


@pytest.fixture
def store(awkward: Path) -> Iterator[Store]:
    store = open_store(awkward)
    yield store
    store.close()


def shape(timeline: Timeline) -> list[tuple[str, str, str | None, int]]:
    return [(r.kind, r.id, r.code, r.depth) for r in timeline.rows]


@pytest.mark.parametrize("zoom", ["jaar", "kwartaal", "maand"])
def test_the_first_rows_and_the_rest_are_the_whole_timeline(store: Store, zoom: str) -> None:
    whole = load_timeline(store, zoom, TODAY)
    assert any(r.kind == "theme" and not r.id for r in whole.rows)  # "Overkoepelende doelen"
    first = load_timeline(store, zoom, TODAY, first=10)
    assert first.pending and 10 <= first.read < len(whole.rows) - 50
    assert shape(first)[:first.read] == shape(whole)[:first.read]
    # As many placeholders as goals still to come: the scroll bar has its size at once.
    assert all(r is PENDING for r in first.rows[first.read:])
    assert abs(len(first.rows) - len(whole.rows)) <= 1  # the one row of goals without a theme

    first.fill(first.rows[:first.read])
    filled = first.rows[3]
    completed = complete_timeline(first)
    assert not completed.pending
    assert shape(completed) == shape(whole)
    assert completed.rows[3] is filled  # what was read for the first screen is kept
    completed.fill_all()
    whole.fill_all()
    assert [(r.mark_years, dict(r.milestones), r.light) for r in completed.rows] == [
        (r.mark_years, dict(r.milestones), r.light) for r in whole.rows]


def test_a_plan_changed_in_between_is_read_anew(store: Store) -> None:
    from zorgdesk.services.goals import commands as goals

    first = load_timeline(store, "jaar", TODAY, first=10)
    theme_id = first.rows[0].id
    goals.create_goal(store, title="Een nieuw doel vooraan", theme_id=theme_id)
    completed = complete_timeline(first)
    assert shape(completed) == shape(load_timeline(store, "jaar", TODAY))
    assert "Een nieuw doel vooraan" in {r.title for r in completed.rows}


def test_a_small_plan_is_read_at_once(store: Store) -> None:
    assert not load_timeline(store, "jaar", TODAY, first=80).pending  # 103 goals < 5 x 80


@pytest.fixture
def page(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePage]:
    monkeypatch.setattr(timeline_page, "FIRST_ROWS", 10)
    ctx = WorkspaceContext()
    ctx.set_store(store)
    page = TimelinePage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    yield page
    ctx.set_store(None)


def test_the_page_shows_the_rest_once_painted(page: TimelinePage, qtbot: QtBot) -> None:
    page.show()
    assert page.timeline is not None and page.timeline.pending
    whole = load_timeline(page.ctx.store, page.zoom or "jaar")
    assert abs(page.model.rowCount() - len(whole.rows)) <= 1
    page.view.setCurrentIndex(page.model.index(4, 1))
    current = page.model.rows[4].id
    page.view.verticalScrollBar().setValue(2)
    qtbot.waitUntil(lambda: page.timeline is not None and not page.timeline.pending)
    assert [(r.kind, r.id) for r in page.model.rows] == [(r.kind, r.id) for r in whole.rows]
    assert page.view.currentIndex().row() == 4 and page.model.rows[4].id == current
    assert page.view.verticalScrollBar().value() == 2
    assert page.view.verticalHeader().count() == len(whole.rows)
    last = page.model.index(len(whole.rows) - 1, 0)
    page.view.scrollTo(last)
    assert page.model.headerData(last.row(), page.view.verticalHeader().orientation())


def test_a_filter_before_the_rest_arrives_reads_it_first(page: TimelinePage,
                                                          qtbot: QtBot) -> None:
    page.show()
    assert page.timeline is not None and page.timeline.pending
    theme = page.filters.theme
    assert theme.count() == 1  # its list too is filled once the first screen is painted
    page.filters.reload(keep=True)  # as if it had been, but not the rows yet
    assert page.timeline.pending
    theme.setCurrentIndex(theme.findText("2.6 Toegankelijke zorg"))  # filters at once
    assert not page.timeline.pending
    assert all(r is not PENDING for r in page.model.rows)
    codes = [r.code for r in page.model.rows if r.kind == "goal"]
    assert codes and all(str(c).startswith("2.6.") for c in codes if c != "2.1.2.A")
    assert "2.1.2.A" in codes  # moved to this theme by the fixture
    assert "2.6.1" in codes and "2.6.4" not in codes  # 2.6.4 has no theme any more

    theme.setCurrentIndex(0)
    page.filters.search.setText("2.6.4")  # the goal without a theme: in the last rows
    qtbot.waitUntil(lambda: {r.code for r in page.model.rows if r.kind == "goal"} == {
        "2.6.4", "2.6.4.A", "2.6.4.B", "2.6.4.C", "2.6.4.D", "2.6.4.E"})


def test_the_filter_lists_arrive_once_painted(page: TimelinePage, qtbot: QtBot) -> None:
    page.show()
    assert page.filters.theme.count() == 1  # "Alle thema's": nothing to wait for yet
    qtbot.waitUntil(lambda: page.filters.organisation.count() > 1)
    assert page.filters.theme.findText("2.6 Toegankelijke zorg") > 0
    assert page.filters.current().is_empty


def test_an_edit_far_down_keeps_its_cell_current(page: TimelinePage, qtbot: QtBot) -> None:
    """After the first read, a reload reads the whole plan: the cell of a goal below the
    first screens stays current when the page reloads after an edit."""
    page.show()
    qtbot.waitUntil(lambda: page.timeline is not None and not page.timeline.pending)
    row = len(page.model.rows) - 2
    goal_id = page.model.rows[row].id
    page.view.setCurrentIndex(page.model.index(row, 1))
    page.ctx.notify(ChangeKind.MILESTONES)  # as after an edit
    assert page.timeline is not None and not page.timeline.pending
    assert page.model.rows[page.view.currentIndex().row()].id == goal_id
