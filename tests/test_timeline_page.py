"""The Tijdlijn page with pytest-qt: click marks a year, double-click adds a milestone, a drag
moves it, F2 edits, Delete removes, zoom and filters change the grid, each undone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.dialogs import on_dialog
from tests.helpers import make_small_workspace
from zorgdesk.services.goals.card import load_goal_card
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.timeline import commands as milestones
from zorgdesk.services.timeline.queries import load_timeline
from zorgdesk.store import open_store
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.timeline.milestone_dialog import MilestoneDialog
from zorgdesk.ui.timeline.model import CELL_ROLE, LATE, TimelineModel
from zorgdesk.ui.timeline.page import TimelinePage


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePage]:
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    ctx = WorkspaceContext()
    ctx.set_store(open_store(make_small_workspace(tmp_path / "proef.zorgdesk")))
    page = TimelinePage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    yield page
    ctx.set_store(None)


def goal(page: TimelinePage, code: str) -> str:
    return next(g.id for g in load_goal_tree(page.ctx.store).goals if g.code == code)


def centre(page: TimelinePage, index: QModelIndex) -> QPoint:
    return page.view.visualRect(index).center()


def cell(page: TimelinePage, code: str, year: int, month: int = 6) -> QModelIndex:
    index = page.cell_index(goal(page, code), date(year, month, 15))
    assert index.isValid()
    page.view.scrollTo(index)
    return index




def test_click_marks_a_year_and_undo_unmarks_it(page: TimelinePage, qtbot: QtBot) -> None:
    b = goal(page, "2.1.1.B")
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre(
        page, cell(page, "2.1.1.B", 2026)))
    qtbot.waitUntil(lambda: load_goal_card(page.ctx.store, b).years == [2026])
    assert page.ctx.undo_stack.undoText() == "Jaar gemarkeerd"
    marked = page.model.cell(cell(page, "2.1.1.B", 2026).row(),
                             cell(page, "2.1.1.B", 2026).column())
    assert marked is not None and marked.marked
    page.ctx.undo_stack.undo()
    assert load_goal_card(page.ctx.store, b).years == []
    assert load_goal_card(page.ctx.store, goal(page, "2.1.1.A")).years == [2024, 2027]


def test_double_click_adds_a_milestone_there(page: TimelinePage, qtbot: QtBot) -> None:
    page.set_zoom("kwartaal")
    a = goal(page, "2.1.1.A")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MilestoneDialog)
        QTest.keyClicks(dialog.title, "Netwerk Emmen gestart")
        dialog.accept()
    on_dialog(fill)
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=centre(page, cell(page, "2.1.1.A", 2026, 8)))
    card = load_goal_card(page.ctx.store, a)
    assert ("Q3 2026", "Netwerk Emmen gestart", "gepland") in card.milestones
    assert card.years == [2024, 2027]  # the double-click did not toggle a mark first
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    assert load_goal_card(page.ctx.store, a).years == [2024, 2027]
    page.ctx.undo_stack.undo()
    assert load_goal_card(page.ctx.store, a).milestones == []


def test_drag_moves_a_milestone_keeping_its_quarter(page: TimelinePage) -> None:
    b = goal(page, "2.1.1.B")
    source = cell(page, "2.1.1.B", 2025)
    target = cell(page, "2.1.1.B", 2026)
    viewport = page.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre(page, source))
    QTest.mouseMove(viewport, centre(page, target))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre(page, target))
    assert load_goal_card(page.ctx.store, b).milestones == [
        ("Q2 2026", "Aanpak vastgesteld", "gepland")]
    assert page.ctx.undo_stack.undoText() == "Mijlpaal verplaatst"
    page.ctx.undo_stack.undo()
    assert load_goal_card(page.ctx.store, b).milestones == [
        ("Q2 2025", "Aanpak vastgesteld", "gepland")]


def test_f2_edits_in_place_and_delete_removes(page: TimelinePage) -> None:
    b = goal(page, "2.1.1.B")
    index = cell(page, "2.1.1.B", 2025)
    page.view.setFocus()
    page.view.setCurrentIndex(index)

    def done(dialog: QDialog) -> None:
        assert isinstance(dialog, MilestoneDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("gereed"))
        dialog.accept()
    on_dialog(done)
    QTest.keyClick(page.view, Qt.Key.Key_F2)
    stone = milestones.get_milestone(page.ctx.store, load_milestone_id(page, b))
    assert stone.status == "gereed" and stone.done_on == date.today()
    assert page.ctx.undo_stack.undoText() == "Mijlpaal gewijzigd"
    page.view.setCurrentIndex(cell(page, "2.1.1.B", 2025))
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert load_goal_card(page.ctx.store, b).milestones == []
    page.ctx.undo_stack.undo()
    assert load_goal_card(page.ctx.store, b).milestones == [
        ("Q2 2025", "Aanpak vastgesteld", "gereed")]


def load_milestone_id(page: TimelinePage, goal_id: str) -> str:
    conn = page.ctx.store.reader()
    try:
        return str(conn.execute("SELECT id FROM milestone WHERE goal_id = ?",
                                (goal_id,)).fetchone()[0])
    finally:
        conn.close()


def test_late_milestones_are_red_and_zoom_changes_columns(page: TimelinePage) -> None:
    page.set_zoom("jaar")
    years = page.model.columnCount()
    index = cell(page, "2.1.1.B", 2025)
    data = index.data(CELL_ROLE)
    assert data.milestones[0].late  # Q2 2025 passed and not done
    assert data.milestones[0].status == "gepland"
    from zorgdesk.ui.timeline.model import milestone_colour

    assert milestone_colour(data.milestones[0]).name() == LATE
    page.set_zoom("maand")
    assert page.model.columnCount() > years
    QTest.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.zoom == "kwartaal"


def test_filters_and_due_in_the_next_months(page: TimelinePage, qtbot: QtBot) -> None:
    goals_shown = {r.id for r in page.model.rows if r.kind == "goal"}
    assert len(goals_shown) == 3
    page.filters.light.setCurrentIndex(page.filters.light.findData("oranje"))
    assert {r.title for r in page.model.rows} == {
        "Netwerkaanpak", "Samenwerking in netwerken versterken", "Netwerk dementie dekkend"}
    page.filters.light.setCurrentIndex(0)
    b = goal(page, "2.1.1.B")
    today = date.today()
    soon = milestones.Period("maand", today.year + (today.month // 12),
                             month=today.month % 12 + 1)
    milestones.add_milestone(page.ctx.store, b, "Binnenkort", soon)
    page.ctx.notify(ChangeKind.MILESTONES)
    page.due_only.setChecked(True)
    assert {r.id for r in page.model.rows if r.kind == "goal"} == {goal(page, "2.1.1"), b}


def test_timeline_model_passes_the_model_tester(qtmodeltester: object,
                                                page: TimelinePage) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    model = TimelineModel()
    assert page.timeline is not None
    model.set_timeline(page.timeline, page.timeline.rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_come_in_tree_order_and_labels_show_the_light_at_once(page: TimelinePage) -> None:
    """The rows are read without their contents; a label asked for first still has its light."""
    timeline = load_timeline(page.ctx.store)
    assert [(r.kind, r.code, r.depth) for r in timeline.rows] == [
        ("theme", "2.1", 0), ("goal", "2.1.1", 1), ("goal", "2.1.1.A", 2),
        ("goal", "2.1.1.B", 2), ("theme", "2.2", 0)]
    model = TimelineModel()
    model.set_timeline(timeline, timeline.rows)
    assert not any(r.loaded for r in timeline.rows if r.kind == "goal")
    icon = model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert timeline.rows[2].light == "oranje"
    assert model.headerData(3, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None
    assert page.view.verticalHeader().sizeHint().width() == 470  # the labels are not measured


def test_a_colleagues_change_to_a_milestone_is_kept_or_asked(
        page: TimelinePage, qtbot: QtBot) -> None:
    """The milestone form saves all its fields at once; a field only a colleague changed
    since it opened keeps their value, a field both changed asks (Esc keeps theirs)."""
    from zorgdesk.services.timeline.commands import get_milestone, update_milestone
    from zorgdesk.ui.kit.conflict_dialog import ConflictDialog

    store = page.ctx.store
    conn = store.reader()
    try:
        milestone_id = str(conn.execute("SELECT id FROM milestone").fetchone()[0])
    finally:
        conn.close()
    colleague = open_store(store.path)

    def colleague_edits(**fields: object) -> None:
        info = get_milestone(colleague, milestone_id)
        values: dict[str, object] = {"title": info.title, "status": info.status,
                                     "period": info.period, "start_date": info.start_date,
                                     "done_on": info.done_on, "notes": info.notes or ""}
        values.update(fields)
        update_milestone(colleague, milestone_id, **values)  # type: ignore[arg-type]

    try:
        def only_title(dialog: QDialog) -> None:
            assert isinstance(dialog, MilestoneDialog)
            colleague_edits(status="gereed")  # while the form is open
            dialog.title.selectAll()
            QTest.keyClicks(dialog.title, "Mijn titel")
            dialog.accept()
        on_dialog(only_title)
        page.edit_milestone(milestone_id)
        info = get_milestone(store, milestone_id)
        assert (info.title, info.status) == ("Mijn titel", "gereed")

        asked: list[str] = []

        def both_title(dialog: QDialog) -> None:
            assert isinstance(dialog, MilestoneDialog)
            colleague_edits(title="Hun titel")

            def conflict() -> None:
                box = QApplication.activeModalWidget()
                if not isinstance(box, ConflictDialog):
                    QTimer.singleShot(20, conflict)  # the milestone form is still closing
                    return
                asked.append(box.intro.text())
                QTest.keyClick(box, Qt.Key.Key_Escape)  # keep theirs
            QTimer.singleShot(0, conflict)
            dialog.title.selectAll()
            QTest.keyClicks(dialog.title, "Weer de mijne")
            dialog.accept()
        on_dialog(both_title)
        page.edit_milestone(milestone_id)
        assert asked and "de titel" in asked[0]
        info = get_milestone(store, milestone_id)
        assert (info.title, info.status) == ("Hun titel", "gereed")
    finally:
        colleague.close()
