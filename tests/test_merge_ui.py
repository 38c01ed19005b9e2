"""Merging a colleague's copy in the app: preview, conflicts decided with the keyboard, one
undo step; and a changes file written for a colleague."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk.app import open_workspace
from zorgdesk.services.goals import commands as goals
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.sync.session import merge_workspace
from zorgdesk.store import Store, open_store
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import MainWindow
from zorgdesk.ui.workspace.merge_actions import send_changes
from zorgdesk.ui.workspace.merge_dialog import MergeDialog


def titles(store: Store) -> dict[str, str]:
    return {g.code or g.id: g.title for g in load_goal_tree(store).goals}


def edit(path: Path, code: str, title: str) -> None:
    store = open_store(path)
    try:
        goal = next(g for g in load_goal_tree(store).goals if g.code == code)
        goals.update_goal(store, goal.id, title=title)
    finally:
        store.close()


def test_merge_with_a_copy_decided_by_keyboard_is_one_undo_step(
        qtbot: QtBot, tmp_path: Path) -> None:
    mine = make_small_workspace(tmp_path / "mijn.zorgdesk")
    theirs = tmp_path / "collega.zorgdesk"
    shutil.copyfile(mine, theirs)
    edit(theirs, "2.1.1.A", "Hun titel")  # the same field on both sides: a conflict
    edit(theirs, "2.1.1.B", "Alleen bij hen gewijzigd")  # merges by itself
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(mine)
    window.show()
    store = window.ctx.store
    a = next(g for g in load_goal_tree(store).goals if g.code == "2.1.1.A")
    goals.update_goal(store, a.id, title="Mijn titel")
    before = titles(store)
    seen: list[str] = []

    def review() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        seen.append(dialog.summary.text())
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 2).text() == "Mijn titel"  # type: ignore[union-attr]
        assert dialog.table.item(0, 3).text() == "Hun titel"  # type: ignore[union-attr]
        QTest.keyClick(dialog.table, Qt.Key.Key_H)  # theirs for this conflict
        assert dialog.table.item(0, 4).text() == "hun versie"  # type: ignore[union-attr]
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter merges

    QTimer.singleShot(0, review)
    window.merge_with(theirs)
    assert seen and "1 onderdeel" in seen[0]
    merged = titles(store)
    assert merged["2.1.1.A"] == "Hun titel"
    assert merged["2.1.1.B"] == "Alleen bij hen gewijzigd"
    assert "Samengevoegd met collega.zorgdesk" in window.statusBar().currentMessage()
    window.ctx.undo_stack.undo()  # the whole merge, in one step
    assert titles(store) == before
    again = merge_workspace(mine, theirs, dry_run=True)  # undone, so it can be made again
    assert [c.column for c in again.conflicts] == ["title"]
    assert len(again.merged) >= 1
    window.ctx.undo_stack.redo()
    assert titles(store) == merged
    window.close()


def test_merge_refuses_another_workspace_and_changes_nothing(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _p, _t, text: shown.append(text)))
    mine = make_small_workspace(tmp_path / "mijn.zorgdesk")
    other = make_small_workspace(tmp_path / "ander.zorgdesk")
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(mine)
    before = titles(window.ctx.store)
    window.merge_with(other)
    assert shown and "andere werkruimte" in shown[0]
    assert titles(window.ctx.store) == before
    assert window.ctx.undo_stack.count() == 0
    window.close()


def test_changes_for_a_colleague_merge_into_their_copy(qtbot: QtBot, tmp_path: Path) -> None:
    mine = make_small_workspace(tmp_path / "mijn.zorgdesk")
    theirs = tmp_path / "collega.zorgdesk"
    shutil.copyfile(mine, theirs)
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(mine)
    store = window.ctx.store
    b = next(g for g in load_goal_tree(store).goals if g.code == "2.1.1.B")
    goals.update_goal(store, b.id, title="Per e-mail verstuurd")
    out = tmp_path / "voor Fatma.zdwijzigingen"
    message = send_changes(window.ctx, window, "Fatma", out)
    assert message is not None and "voor Fatma" in message and out.is_file()
    assert out.stat().st_size < theirs.stat().st_size
    window.close()
    from zorgdesk.services.sync.session import merge_workspace

    merge_workspace(theirs, out)
    colleague = open_store(theirs)
    try:
        assert titles(colleague)["2.1.1.B"] == "Per e-mail verstuurd"
    finally:
        colleague.close()
