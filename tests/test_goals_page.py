"""The Doelen page with pytest-qt: create, rename, move, indent, delete, drag, filter, edit the
card, report progress and measure indicators, each undone, asserting on what was stored."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.dialogs import on_dialog
from tests.helpers import make_small_workspace
from zorgdesk.services.goals import progress as goal_progress
from zorgdesk.services.goals.card import load_goal_card
from zorgdesk.services.goals.tree import GoalRow, load_goal_tree
from zorgdesk.store import Store, open_store
from zorgdesk.ui.goals.page import GoalsPage
from zorgdesk.ui.goals.tree_model import MIME, GoalTreeModel
from zorgdesk.ui.kit.context import WorkspaceContext

ROOT = Path(__file__).resolve().parents[1]
warnings: list[str] = []  # what QMessageBox.warning would have shown


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[GoalsPage]:
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, title, text: warnings.append(f"{title}: {text}")))
    ctx = WorkspaceContext()
    ctx.set_store(open_store(make_small_workspace(tmp_path / "proef.zorgdesk")))
    page = GoalsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    ctx.set_store(None)


def stored(store: Store) -> dict[str, GoalRow]:
    return {g.code or g.title: g for g in load_goal_tree(store).goals}


def by_code(page: GoalsPage, code: str) -> str:
    return stored(page.ctx.store)[code].id


def press(page: GoalsPage, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    page.tree.setFocus()
    QTest.keyClick(page.tree, key, modifier)




def test_insert_types_a_title_and_undo_removes_only_that_goal(page: GoalsPage,
                                                             qtbot: QtBot) -> None:
    page.select(by_code(page, "2.1.1.B"))
    press(page, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not page.tree  # the title is open for typing
    editor.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(editor, "Mantelzorg ontlasten")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the view commits an edit on the next turn of the event loop
    goals = stored(page.ctx.store)
    assert goals["2.1.1.C"].title == "Mantelzorg ontlasten"
    assert goals["2.1.1.C"].parent_id == goals["2.1.1"].id
    assert page.ctx.undo_stack.undoText() == "Doel hernoemd"
    page.ctx.undo_stack.undo()
    assert stored(page.ctx.store)["2.1.1.C"].title == "Nieuw doel"
    page.ctx.undo_stack.undo()
    assert "2.1.1.C" not in stored(page.ctx.store)
    assert set(stored(page.ctx.store)) == {"2.1.1", "2.1.1.A", "2.1.1.B"}


def test_child_rename_with_f2_and_keyboard_moves(page: GoalsPage, qtbot: QtBot) -> None:
    a = by_code(page, "2.1.1.A")
    page.select(a)
    press(page, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(editor, "Dementienetwerk in elke gemeente")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert stored(page.ctx.store)["2.1.1.A"].title == "Dementienetwerk in elke gemeente"

    press(page, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    conn = page.ctx.store.reader()
    order = [c for (c,) in conn.execute(
        "SELECT code FROM goal WHERE code LIKE '2.1.1.%' ORDER BY position")]
    conn.close()
    assert order == ["2.1.1.B", "2.1.1.A"]
    assert page.current_id() == a  # the moved goal stays selected
    press(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # under 2.1.1.B
    assert stored(page.ctx.store)["2.1.1.A"].parent_id == by_code(page, "2.1.1.B")
    press(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert stored(page.ctx.store)["2.1.1.A"].parent_id == by_code(page, "2.1.1")
    assert page.ctx.undo_stack.undoText() == "Doel verplaatst"

    page.select(by_code(page, "2.1.1"))
    page.actions_by_name["renumber"].trigger()
    codes = {g.id: g.code for g in load_goal_tree(page.ctx.store).goals}
    assert codes[a] == "2.1.1.B"  # second in the tree now
    page.ctx.undo_stack.undo()
    assert {g.id: g.code for g in load_goal_tree(page.ctx.store).goals}[a] == "2.1.1.A"


def test_delete_asks_says_what_goes_along_and_undo_restores_all(
        page: GoalsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.select(by_code(page, "2.1.1"))
    press(page, Qt.Key.Key_Delete)
    assert "2 subdoelen" in asked[0] and "1 mijlpaal" in asked[0]
    assert stored(page.ctx.store) == {}
    page.ctx.undo_stack.undo()
    goals = stored(page.ctx.store)
    assert set(goals) == {"2.1.1", "2.1.1.A", "2.1.1.B"}
    assert goals["2.1.1.A"].light == "oranje"  # its status update came back too
    assert load_goal_card(page.ctx.store, goals["2.1.1.B"].id).milestones


def test_drag_a_goal_to_another_theme(page: GoalsPage) -> None:
    strat = by_code(page, "2.1.1")
    theme = next(t for t in load_goal_tree(page.ctx.store).themes if t.code == "2.2")
    source = page.proxy.mapFromSource(page.model.index_of(strat))
    data = page.proxy.mimeData([source])
    assert data.hasFormat(MIME)
    target = page.proxy.mapFromSource(page.model.index_of(theme.id))
    page.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    goals = stored(page.ctx.store)
    assert {g.theme_id for g in goals.values()} == {theme.id}
    refused = QMimeData()
    refused.setData(MIME, strat.encode())
    child = page.proxy.mapFromSource(page.model.index_of(by_code(page, "2.1.1.A")))
    assert not page.proxy.canDropMimeData(refused, Qt.DropAction.MoveAction, 0, 0, child)


def test_filters_and_ctrl_f(page: GoalsPage, qtbot: QtBot) -> None:
    page.filters.light.setCurrentIndex(page.filters.light.findData("oranje"))
    visible = shown_codes(page)
    assert visible == {"2.1.1", "2.1.1.A"}  # the match and its parent
    page.filters.light.setCurrentIndex(0)
    assert page.focus_search()  # what the window's Ctrl+F asks (test_accessibility presses it)
    assert page.filters.search.hasFocus()
    QTest.keyClicks(page.filters.search, "valpreventie")
    qtbot.waitUntil(lambda: shown_codes(page) == {"2.1.1", "2.1.1.B"})
    page.filters.search.clear()
    qtbot.waitUntil(lambda: len(shown_codes(page)) == 3)


def shown_codes(page: GoalsPage) -> set[str]:
    out: set[str] = set()

    def walk(parent: QModelIndex) -> None:
        for row in range(page.proxy.rowCount(parent)):
            index = page.proxy.index(row, 0, parent)
            text = str(index.data())
            if text[:1].isdigit() and index.data(Qt.ItemDataRole.UserRole + 3) == "goal":
                out.add(text.split(maxsplit=1)[0])
            walk(index)
    walk(QModelIndex())
    return out


def test_the_card_stores_each_field(page: GoalsPage, qtbot: QtBot) -> None:
    b = by_code(page, "2.1.1.B")
    page.select(b)
    editor = page.editor
    editor.title.setFocus()
    editor.title.selectAll()
    QTest.keyClicks(editor.title, "Valpreventie in alle twaalf gemeenten")
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert stored(page.ctx.store)["2.1.1.B"].title == "Valpreventie in alle twaalf gemeenten"

    editor.text.setFocus()
    QTest.keyClicks(editor.text, "Start in ")
    QTest.keyClick(editor.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.text, "Emmen")
    editor.tags.setFocus()  # leaving the text stores it
    card = load_goal_card(page.ctx.store, b)
    assert card.text == "<p>Start in <b>Emmen</b></p>"
    QTest.keyClicks(editor.tags, "Inwonersparticipatie, Digitalisering")
    QTest.keyClick(editor.tags, Qt.Key.Key_Return)
    assert load_goal_card(page.ctx.store, b).tags == ["Digitalisering", "Inwonersparticipatie"]

    editor.target_tbd.click()
    card = load_goal_card(page.ctx.store, b)
    assert card.target_tbd and card.target_year is None
    editor.card_box.setChecked(True)
    editor.card_edits["scope"].setFocus()
    QTest.keyClicks(editor.card_edits["scope"], "Alle 12 gemeenten")
    editor.title.setFocus()
    assert load_goal_card(page.ctx.store, b).card_fields["scope"] == "Alle 12 gemeenten"
    assert page.ctx.undo_stack.undoText() == "Projectkaart gewijzigd: scope"
    page.ctx.undo_stack.undo()
    assert "scope" not in load_goal_card(page.ctx.store, b).card_fields
    assert load_goal_card(page.ctx.store, b).target_tbd  # only the last edit was undone

    editor.title.setFocus()
    editor.title.selectAll()
    QTest.keyClick(editor.title, Qt.Key.Key_Delete)
    warnings.clear()
    QTest.keyClick(editor.title, Qt.Key.Key_Return)  # an empty title is refused
    assert warnings == ["Titel gewijzigd: Een doel heeft een titel nodig."]
    assert stored(page.ctx.store)["2.1.1.B"].title == "Valpreventie in alle twaalf gemeenten"
    assert editor.title.text() == "Valpreventie in alle twaalf gemeenten"


def test_progress_and_indicators_through_their_dialogs(page: GoalsPage, qtbot: QtBot) -> None:
    b = by_code(page, "2.1.1.B")
    page.select(b)
    page.card.setCurrentWidget(page.progress)

    def report(dialog: QDialog) -> None:
        dialog.light.setCurrentIndex(dialog.light.findData("rood"))  # type: ignore[attr-defined]
        QTest.keyClicks(dialog.results, "Twee gemeenten gestart")  # type: ignore[attr-defined]
        QTest.keyClicks(dialog.attention, "Capaciteit GGD")  # type: ignore[attr-defined]
        dialog.accept()
    on_dialog(report)
    QTest.mouseClick(page.progress.add_button, Qt.MouseButton.LeftButton)
    updates = goal_progress.status_updates(page.ctx.store, b)
    assert [(u.light, u.results) for u in updates] == [("rood", "Twee gemeenten gestart")]
    assert stored(page.ctx.store)["2.1.1.B"].light == "rood"
    assert page.ctx.undo_stack.undoText() == "Voortgang toegevoegd"

    page.card.setCurrentWidget(page.indicators)

    def indicator(dialog: QDialog) -> None:
        QTest.keyClicks(dialog.name, "Gemeenten met valpreventie")  # type: ignore[attr-defined]
        QTest.keyClicks(dialog.target, "12")  # type: ignore[attr-defined]
        dialog._check()  # type: ignore[attr-defined]  # the OK button's slot
    on_dialog(indicator)
    QTest.mouseClick(page.indicators.add_button, Qt.MouseButton.LeftButton)

    def measure(dialog: QDialog) -> None:
        QTest.keyClicks(dialog.value, "1.234,5")  # type: ignore[attr-defined]
        dialog._check()  # type: ignore[attr-defined]
    on_dialog(measure)
    QTest.mouseClick(page.indicators.measure_button, Qt.MouseButton.LeftButton)
    rows = goal_progress.indicators(page.ctx.store, b)
    assert rows[0].target == 12 and [m.value for m in rows[0].measurements] == [1234.5]
    pixmap = page.indicators.chart.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    page.ctx.undo_stack.undo()
    assert goal_progress.indicators(page.ctx.store, b)[0].measurements == []
    page.ctx.undo_stack.undo()
    assert goal_progress.indicators(page.ctx.store, b) == []
    assert goal_progress.status_updates(page.ctx.store, b)  # untouched by these undos


def test_changes_since_lists_the_new_light(page: GoalsPage) -> None:
    from datetime import date

    from zorgdesk.ui.goals.changes_dialog import ChangesSinceDialog

    goal_progress.add_status_update(page.ctx.store, by_code(page, "2.1.1.A"),
                                    reported_on=date.today(), light="groen", results="Klaar")
    dialog = ChangesSinceDialog(page.ctx, page)
    text = dialog.view.toPlainText()
    assert "2.1.1.A" in text and "oranje → groen" in text and "Klaar" in text


def test_tree_model_passes_the_model_tester(qtmodeltester: object, page: GoalsPage) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    page.filters.light.setCurrentIndex(page.filters.light.findData("oranje"))
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]
    fresh = GoalTreeModel()
    fresh.set_tree(load_goal_tree(page.ctx.store))
    qtmodeltester.check(fresh)  # type: ignore[attr-defined]


def test_a_goal_without_indicators_does_not_load_matplotlib(tmp_path: Path) -> None:
    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from zorgdesk.store import open_store\n"
        "from zorgdesk.ui.kit.context import WorkspaceContext\n"
        "from zorgdesk.ui.goals.page import GoalsPage\n"
        "app = QApplication([])\n"
        "ctx = WorkspaceContext(); ctx.set_store(open_store(sys.argv[1]))\n"
        "page = GoalsPage(ctx); page.show(); app.processEvents()\n"
        "goal = next(g for g in page.tree_data.goals if g.code == '2.1.1.A')\n"
        "page.select(goal.id); page.card.setCurrentWidget(page.indicators)\n"
        "app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, check=True, cwd=ROOT,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip().endswith("False")




def test_typing_still_in_a_field_is_stored_when_the_workspace_closes(
        page: GoalsPage, tmp_path: Path) -> None:
    """Closing the window or opening another workspace need not move the focus out of a field;
    what was typed there is stored in the workspace it was typed in."""
    b = by_code(page, "2.1.1.B")
    page.select(b)
    editor = page.editor
    editor.title.setFocus()
    editor.title.selectAll()
    QTest.keyClicks(editor.title, "Valpreventie overal")  # no Enter, focus stays
    editor.card_box.setChecked(True)
    editor.card_edits["planning"].setPlainText("Start in 2026")  # changed without focus
    path = page.ctx.store.path
    page.ctx.set_store(open_store(make_small_workspace(tmp_path / "andere.zorgdesk")))
    assert stored(page.ctx.store)["2.1.1.B"].title == "Valpreventie in elke gemeente"
    page.ctx.set_store(open_store(path))
    assert stored(page.ctx.store)["2.1.1.B"].title == "Valpreventie overal"
    assert load_goal_card(page.ctx.store, b).card_fields["planning"] == "Start in 2026"
