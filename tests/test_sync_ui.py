"""Werkruimte › Offline meenemen… and › Synchroniseren in the real window, on a real server:
take a server workspace along, change both sides, synchronise (with a conflict decided by
keyboard), and the automatic synchronisation the user may switch on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk import settings
from zorgdesk.app import open_workspace
from zorgdesk.services.goals import commands as goals
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.store import open_store
from zorgdesk.store.server_sync import origin_of
from zorgdesk.store.transfer import upload
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import MainWindow
from zorgdesk.ui.workspace.merge_dialog import MergeDialog

pytestmark = pytest.mark.postgres


def titles(location: Path | str) -> dict[str, str]:
    store = open_store(location)
    try:
        return {g.code or g.id: g.title for g in load_goal_tree(store).goals}
    finally:
        store.close()


def rename(location: Path | str, code: str, title: str) -> None:
    store = open_store(location)
    try:
        gid = next(g.id for g in load_goal_tree(store).goals if g.code == code)
        goals.update_goal(store, gid, title=title)
    finally:
        store.close()


def answer_yes() -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "Synchroniseren" in box.text()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()


@pytest.fixture
def window_offline(qtbot: QtBot, pg_url: str, tmp_path: Path) -> tuple[MainWindow, str, Path]:
    upload(make_small_workspace(tmp_path / "bron.zorgdesk"), pg_url)
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(pg_url)
    window.show()
    copy = tmp_path / "trein.zorgdesk"
    QTimer.singleShot(0, answer_yes)
    window.take_offline(copy)
    assert window.ctx.store.path == copy and not window.ctx.store.is_server
    assert origin_of(copy) is not None
    return window, pg_url, copy


def test_take_offline_and_synchronise_from_the_menu(
        window_offline: tuple[MainWindow, str, Path]) -> None:
    window, url, copy = window_offline
    window.workspace_menu.aboutToShow.emit()
    assert window.sync_action.isEnabled() and not window.offline_action.isEnabled()
    rename(copy, "2.1.1.A", "In de trein")
    rename(url, "2.1.1.B", "Op het kantoor")
    window.synchronise()
    assert "Gesynchroniseerd met de server" in window.statusBar().currentMessage()
    assert titles(copy) == titles(url)
    assert titles(url)["2.1.1.A"] == "In de trein"
    assert titles(copy)["2.1.1.B"] == "Op het kantoor"
    window.close()


def test_a_conflict_is_decided_by_keyboard(window_offline: tuple[MainWindow, str, Path]) -> None:
    window, url, copy = window_offline
    rename(copy, "2.1.1.A", "Mijn versie")
    rename(url, "2.1.1.A", "Versie op de server")
    seen: list[int] = []

    def review() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        seen.append(dialog.table.rowCount())
        QTest.keyClick(dialog.table, Qt.Key.Key_M)  # mine
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)

    QTimer.singleShot(0, review)
    window.synchronise()
    assert seen == [1]
    assert titles(url)["2.1.1.A"] == titles(copy)["2.1.1.A"] == "Mijn versie"
    window.close()


def test_automatic_synchronisation_when_allowed(
        window_offline: tuple[MainWindow, str, Path]) -> None:
    window, url, copy = window_offline
    window.workspace_menu.aboutToShow.emit()
    assert not window.auto_sync.timer.isActive()
    window.auto_sync_action.setChecked(True)  # the user allows it
    assert settings.auto_sync(copy) and window.auto_sync.timer.isActive()
    rename(copy, "2.1.1.A", "Vanzelf naar de server")
    assert window.auto_sync.attempt()
    assert titles(url)["2.1.1.A"] == "Vanzelf naar de server"
    assert "Vanzelf gesynchroniseerd" in window.statusBar().currentMessage()
    rename(copy, "2.1.1.B", "Hier")
    rename(url, "2.1.1.B", "Daar")
    assert not window.auto_sync.attempt()  # a conflict waits for the user
    assert "wacht op uw keuze" in window.statusBar().currentMessage()
    assert titles(url)["2.1.1.B"] == "Daar" and titles(copy)["2.1.1.B"] == "Hier"
    window.auto_sync_action.setChecked(False)
    assert not window.auto_sync.timer.isActive()
    window.close()
