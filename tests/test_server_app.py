"""The app on a server workspace: every page shows it, an edit lands on the server, undo
works, and Werkruimte › Openen van server… opens it with the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk import settings
from zorgdesk.app import open_workspace
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.store import open_store
from zorgdesk.store.transfer import upload
from zorgdesk.ui.goals.page import GoalsPage
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import MainWindow
from zorgdesk.ui.workspace.server_dialog import ServerDialog

pytestmark = pytest.mark.postgres


def titles(location: str) -> dict[str, str]:
    store = open_store(location)
    try:
        return {g.code or g.id: g.title for g in load_goal_tree(store).goals}
    finally:
        store.close()


def shown_window(qtbot: QtBot, location: str) -> MainWindow:
    """The real main window on a workspace, shown."""
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(location)
    window.show()
    return window


@pytest.fixture
def server_url(pg_url: str, tmp_path: Path) -> str:
    upload(make_small_workspace(tmp_path / "proef.zorgdesk"), pg_url)
    return pg_url


def test_every_page_shows_the_server_workspace_and_edits_land_there(
        qtbot: QtBot, server_url: str) -> None:
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(server_url)
    window.resize(1300, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    assert window.ctx.store.is_server
    overview = window.show_page("overview")
    assert overview.title.text() == "Proefregio"  # type: ignore[attr-defined]
    assert overview.card_values["goal"].text() == "3"  # type: ignore[attr-defined]
    window.show_page("timeline")
    grid = window.findChild(QTableView, "timelineView")
    assert grid is not None and grid.model().rowCount() >= 2
    window.show_page("partners")
    matrix = window.findChild(QTableView, "partnerMatrix")
    assert matrix is not None and matrix.model().rowCount() == 5
    window.show_page("meetings")
    meetings = window.findChild(QTableView, "meetingList")
    assert meetings is not None and meetings.model().rowCount() == 1
    goals = window.show_page("goals")
    assert isinstance(goals, GoalsPage)
    tree = window.findChild(QTreeView, "goalTree")
    assert tree is not None and tree.model().rowCount() == 2

    # Rename 2.1.1.A with the keyboard: the server holds the new title, undo restores it.
    before = titles(server_url)["2.1.1.A"]
    goals.select(next(g.id for g in load_goal_tree(window.ctx.store).goals
                      if g.code == "2.1.1.A"))
    goals.tree.setFocus()
    QTest.keyClick(goals.tree, Qt.Key.Key_F2)
    # The title editor opens in the tree (the window need not be the active one).
    editors = [e for e in goals.tree.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    QTest.keyClicks(editor, "Dementienetwerk in elke gemeente")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert titles(server_url)["2.1.1.A"] == "Dementienetwerk in elke gemeente"
    window.ctx.undo_stack.undo()
    assert titles(server_url)["2.1.1.A"] == before
    window.close()


def test_open_from_server_dialog_remembers_the_address_without_password(
        qtbot: QtBot, server_url: str) -> None:
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)

    def type_address() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServerDialog)
        dialog.address.setFocus()
        dialog.address.clear()
        QTest.keyClicks(dialog.address, "geen-adres")
        QTest.keyClick(dialog.address, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.problem.isVisible()  # refused in Dutch
        assert "postgresql://" in dialog.problem.text()
        dialog.address.clear()
        QTest.keyClicks(dialog.address, server_url)
        QTest.keyClick(dialog.address, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_address)
    window.open_server_dialog()
    assert window.ctx.has_store and window.ctx.store.is_server
    recent = settings.recent_files()
    assert isinstance(recent[0], str) and recent[0].startswith("postgresql://")
    assert "geheim" not in recent[0] and ":***" not in recent[0]
    window.close()


def test_a_colleagues_edit_appears_within_seconds(qtbot: QtBot, server_url: str) -> None:
    from zorgdesk.services.goals import commands

    window = shown_window(qtbot, server_url)
    goals = window.show_page("goals")
    assert isinstance(goals, GoalsPage)
    model = goals.tree.model()

    def shown_titles() -> str:
        found: list[str] = []

        def walk(parent: object) -> None:
            for row in range(model.rowCount(parent)):  # type: ignore[arg-type]
                index = model.index(row, 0, parent)  # type: ignore[arg-type]
                found.append(str(index.data()))
                walk(index)
        from PySide6.QtCore import QModelIndex
        walk(QModelIndex())
        return "\n".join(found)

    assert "Mantelzorg in elke kern" not in shown_titles()
    fatma = _login(server_url, "fatma_app", "bewerker", name="Fatma Öztürk")
    colleague = open_store(fatma)  # another laptop, another login
    try:
        goal_id = next(g.id for g in load_goal_tree(colleague).goals if g.code == "2.1.1.B")
        commands.update_goal(colleague, goal_id, title="Mantelzorg in elke kern")
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: "Mantelzorg in elke kern" in shown_titles(), timeout=6000)
    assert window.statusBar().currentMessage().startswith("Gewijzigd door Fatma Öztürk, ")
    goals.select(goal_id)
    assert goals.editor.last_change.text().startswith(
        "Laatst gewijzigd door Fatma Öztürk op ")
    window.close()


def _login(pg_url: str, user: str, role: str, name: str | None = None) -> str:
    """A login role with one workspace role; its URL."""
    from sqlalchemy import make_url

    from zorgdesk.cli import main

    admin = open_store(pg_url)
    try:
        with admin.engine.begin() as conn:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{user}"')
            conn.exec_driver_sql(f'CREATE ROLE "{user}" LOGIN')
    finally:
        admin.close()
    assert main(["grant", pg_url, "--user", user, "--role", role,
                 *(["--name", name] if name else [])]) == 0
    return make_url(pg_url).set(username=user).render_as_string(hide_password=False)


def test_a_lezer_sees_the_banner_and_cannot_change_anything(
        qtbot: QtBot, server_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, title, text, *a: shown.append(f"{title}: {text}")))
    lezer = _login(server_url, "lies_lezer_app", "lezer")
    window = shown_window(qtbot, lezer)
    assert window.server_banner.isVisible()
    assert "Alleen lezen" in window.server_banner.text()
    goals = window.show_page("goals")
    assert isinstance(goals, GoalsPage)
    before = titles(server_url)
    goals.select(next(g.id for g in load_goal_tree(window.ctx.store).goals
                      if g.code == "2.1.1.A"))
    goals.tree.setFocus()
    QTest.keyClick(goals.tree, Qt.Key.Key_F2)
    editors = [e for e in goals.tree.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    QTest.keyClicks(editors[0], "Door een lezer")
    QTest.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.wait(20)
    assert titles(server_url) == before  # the server refused it
    assert shown and "alleen lezen" in shown[-1].lower()
    window.close()


def test_a_lost_server_is_said_in_a_banner_until_it_is_back(
        qtbot: QtBot, server_url: str) -> None:
    from sqlalchemy import make_url

    bewerker = _login(server_url, "bram_bewerker_app", "bewerker")
    window = shown_window(qtbot, bewerker)
    assert not window.server_banner.isVisible()  # a bewerker: no band
    database = make_url(server_url).database
    admin = open_store(server_url)
    try:
        with admin.engine.begin() as conn:  # the network goes: no new connection, old ones cut
            conn.exec_driver_sql(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
            conn.exec_driver_sql(f'REVOKE CONNECT ON DATABASE "{database}" '
                                 f'FROM "zorgdesk_{database}_lezer"')
            conn.exec_driver_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE usename = 'bram_bewerker_app'")
        qtbot.waitUntil(window.server_banner.isVisible, timeout=8000)
        assert "niet bereikbaar" in window.server_banner.text()
        with admin.engine.begin() as conn:
            conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" '
                                 f'TO "zorgdesk_{database}_lezer"')
        qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=8000)
    finally:
        admin.close()
    window.close()


def test_same_field_changed_by_a_colleague_asks_theirs_mine_or_both(
        qtbot: QtBot, server_url: str) -> None:
    from zorgdesk.services.goals import commands
    from zorgdesk.ui.kit.conflict_dialog import ConflictDialog

    window = shown_window(qtbot, server_url)
    window.server_watch.timer.stop()  # the colleague's edit lands between two looks
    goals = window.show_page("goals")
    assert isinstance(goals, GoalsPage)
    goal_id = next(g.id for g in load_goal_tree(window.ctx.store).goals if g.code == "2.1.1.A")
    goals.select(goal_id)
    fatma = open_store(_login(server_url, "fatma_conflict", "bewerker", name="Fatma Öztürk"))
    seen: list[str] = []

    def answer(key: Qt.Key) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        seen.append(dialog.intro.text())
        QTest.keyClick(dialog, key)

    def type_title(text: str) -> None:
        title = goals.editor.title
        title.setFocus()
        title.selectAll()
        QTest.keyClicks(title, text)
        QTest.keyClick(title, Qt.Key.Key_Return)
        qtbot.wait(20)

    try:
        # Same field: the dialog; Enter keeps mine; undo gives theirs back.
        commands.update_goal(fatma, goal_id, title="Hun titel")
        QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))
        type_title("Mijn titel")
        assert seen and "Fatma Öztürk heeft de titel gewijzigd" in seen[-1]
        assert titles(server_url)["2.1.1.A"] == "Mijn titel"
        window.ctx.undo_stack.undo()
        assert titles(server_url)["2.1.1.A"] == "Hun titel"
        # Same field again: Esc keeps theirs, nothing of mine is stored.
        goals.select(goal_id)
        commands.update_goal(fatma, goal_id, title="Weer de hunne")
        QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
        type_title("Niet de mijne")
        assert titles(server_url)["2.1.1.A"] == "Weer de hunne"
        assert goals.editor.title.text() == "Weer de hunne"
        # Another field of the same goal: no dialog, both changes stay.
        count = len(seen)
        commands.update_goal(fatma, goal_id, internal_notes="Notitie van Fatma")
        type_title("Alleen mijn titel")
        assert len(seen) == count
        assert titles(server_url)["2.1.1.A"] == "Alleen mijn titel"
        from zorgdesk.services.goals.card import load_goal_card
        assert load_goal_card(fatma, goal_id).internal_notes == "Notitie van Fatma"
    finally:
        fatma.close()
    window.close()


def test_a_notify_from_the_server_shows_a_change_without_the_poll(
        qtbot: QtBot, server_url: str) -> None:
    """With the two-second poll stopped, only PostgreSQL's NOTIFY can bring the change in."""
    from zorgdesk.services.goals import commands

    window = shown_window(qtbot, server_url)
    window.server_watch.timer.stop()
    assert window.server_watch._listener is not None
    goals = window.show_page("goals")
    assert isinstance(goals, GoalsPage)
    colleague = open_store(server_url)
    try:
        goal_id = next(g.id for g in load_goal_tree(colleague).goals if g.code == "2.1.1.B")
        commands.update_goal(colleague, goal_id, title="Via NOTIFY")
    finally:
        colleague.close()
    # Only a look at the server (a tick) says who changed what in the status bar.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Gewijzigd door"),
                    timeout=1500)
    assert not window.server_watch.timer.isActive()
    window.close()
    assert window.server_watch._listener is None  # closing the workspace stops listening
