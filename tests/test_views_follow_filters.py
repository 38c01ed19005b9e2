"""What a view shows follows what was chosen: the meeting list its year, the timeline's selection
its goal through a filter, and matrix headers whole words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk.services.meetings.bodies import body_by_abbreviation
from zorgdesk.store import open_store
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.meetings.meeting_dialogs import PlanValues
from zorgdesk.ui.meetings.page import MeetingsPage
from zorgdesk.ui.partners.matrix_model import wrap_name
from zorgdesk.ui.timeline.page import TimelinePage


@pytest.fixture
def meetings(meetings_page: MeetingsPage) -> MeetingsPage:
    return meetings_page


def test_the_meeting_list_shows_the_year_in_the_spinner(meetings: MeetingsPage) -> None:
    ast = body_by_abbreviation(meetings.ctx.store, "AST")
    assert ast is not None
    in_2022 = meetings.plan_year(PlanValues(ast.id, 2022, 2, 2, 1, 4, time(14, 30), 120, True))
    in_2023 = meetings.plan_year(PlanValues(ast.id, 2023, 3, 1, 1, 4, time(14, 30), 120, True))
    assert len(in_2022) == 6 and len(in_2023) == 4
    assert meetings.year.value() == 2023
    shown = {meetings.model.row_at(r).id for r in range(meetings.model.rowCount())}
    assert shown == set(in_2023)
    meetings.year.setValue(2022)
    shown = {meetings.model.row_at(r).id for r in range(meetings.model.rowCount())}
    assert shown == set(in_2022)
    assert meetings.detail.meeting_id in in_2022
    meetings.open_meeting(in_2023[2])  # from elsewhere (an action, the calendar): its year
    assert meetings.year.value() == 2023 and meetings.detail.meeting_id == in_2023[2]


@pytest.fixture
def timeline(qtbot: QtBot, tmp_path: Path) -> Iterator[TimelinePage]:
    ctx = WorkspaceContext()
    ctx.set_store(open_store(make_small_workspace(tmp_path / "proef.zorgdesk")))
    page = TimelinePage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()
    yield page
    ctx.set_store(None)


def test_a_filter_drops_the_selection_of_a_hidden_goal(timeline: TimelinePage,
                                                      qtbot: QtBot) -> None:
    page = timeline
    titles = [r.title for r in page.model.rows]
    assert titles.index("Netwerk dementie dekkend") == 2
    page.view.setCurrentIndex(page.model.index(2, 3))
    assert page.view.selectionModel().hasSelection()
    page.filters.search.setText("Valpreventie")  # row 2 is now another goal
    qtbot.waitUntil(lambda: len(page.model.rows) < len(titles))
    assert "Netwerk dementie dekkend" not in [r.title for r in page.model.rows]
    assert len(page.model.rows) > 2
    assert not page.view.currentIndex().isValid()
    assert not page.view.selectionModel().hasSelection()
    # A goal that stays visible stays selected, in its new row.
    kept = next(n for n, r in enumerate(page.model.rows) if r.title.startswith("Valpreventie"))
    page.view.setCurrentIndex(page.model.index(kept, 2))
    page.filters.search.setText("")
    qtbot.waitUntil(lambda: len(page.model.rows) == len(titles))
    current = page.view.currentIndex()
    assert current.isValid() and current.column() == 2
    assert page.model.rows[current.row()].title.startswith("Valpreventie")
    assert current.row() != kept


@pytest.mark.parametrize("name", [
    "Zorgverzekeraar VGZ", "GGD Limburg-Noord", "Huisartsenkring Noord-Limburg",
    "Vincent van Gogh voor geestelijke gezondheidszorg", "Burgemeester", "Gemeente Venlo",
    "Stichting Welzijnswerk Venray", "Gemeenten (12)"])
def test_matrix_headers_break_between_words_only(name: str) -> None:
    for width in (9, 17):
        for line in wrap_name(name, width).split("\n"):
            assert len(line) <= width
            if line.endswith("…"):
                assert name.startswith(line[:-1]) or f" {line[:-1]}" in f" {name}"
                continue
            start = name.find(line)
            end = start + len(line)
            assert start >= 0, line
            assert start == 0 or name[start - 1] in " -", (name, line)
            assert end == len(name) or name[end] == " " or line.endswith("-"), (name, line)
