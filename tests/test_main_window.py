"""The main window opens each sample and shows real data on every page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk import settings
from zorgdesk.app import open_workspace
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import PAGES, MainWindow

REAL_SAMPLES = ["drenthe-werkagenda", "iza-drenthe", "noord-limburg"]


def open_window(qtbot: QtBot, path: Path) -> MainWindow:
    ctx = WorkspaceContext()
    window = MainWindow(ctx, open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    return window


def rows(view: QAbstractItemView) -> int:
    model = view.model()
    assert model is not None
    return model.rowCount()


def test_every_page_shows_the_small_workspace(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, make_small_workspace(tmp_path / "proef.zorgdesk"))
    overview = window.show_page("overview")
    assert overview.title.text() == "Proefregio"  # type: ignore[attr-defined]
    assert overview.card_values["goal"].text() == "3"  # type: ignore[attr-defined]
    window.show_page("goals")
    tree = window.findChild(QTreeView, "goalTree")
    assert tree is not None and rows(tree) == 2  # two themes
    window.show_page("timeline")
    grid = window.findChild(QTableView, "timelineView")
    assert grid is not None and rows(grid) >= 2
    window.show_page("partners")
    matrix = window.findChild(QTableView, "partnerMatrix")
    assert matrix is not None and rows(matrix) == 5  # theme row, three goals, totals row
    window.show_page("meetings")
    meetings = window.findChild(QTableView, "meetingList")
    assert meetings is not None and rows(meetings) == 1
    window.show_page("reports")
    assert window.stack.currentWidget() is window.pages["reports"]


@pytest.mark.parametrize("name", REAL_SAMPLES)
def test_each_sample_opens_on_every_page(
    qtbot: QtBot, sample_copy: Callable[[str], Path], name: str
) -> None:
    window = open_window(qtbot, sample_copy(name))
    for key, _label in PAGES:
        page = window.show_page(key)
        qtbot.waitExposed(window)
        assert window.stack.currentWidget() is page
    assert window.pages["overview"].card_values["organisation"].text() != "0"  # type: ignore[attr-defined]
    tree = window.findChild(QTreeView, "goalTree")
    assert tree is not None and rows(tree) > 0
    for name_ in ("timelineView", "partnerMatrix", "meetingList"):
        assert window.findChild(QAbstractItemView, name_) is not None


def test_switcher_opens_samples_copies_and_creates(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, make_small_workspace(tmp_path / "proef.zorgdesk"))
    copy_target = tmp_path / "kopie.zorgdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(copy_target), "")))
    window.save_copy()
    assert copy_target.exists()
    new_target = tmp_path / "nieuw.zorgdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(new_target), "")))
    window.new_workspace()
    assert window.ctx.store.path == new_target
    assert window.pages["overview"].title.text() == "nieuw"  # type: ignore[attr-defined]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy_target), "")))
    window.open_dialog()
    assert window.ctx.store.path == copy_target
    assert window.pages["overview"].title.text() == "Proefregio"  # type: ignore[attr-defined]
    assert settings.recent_files()[0] == copy_target.resolve()


def test_a_bad_file_is_refused_with_a_dutch_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, make_small_workspace(tmp_path / "proef.zorgdesk"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    bad = tmp_path / "notities.zorgdesk"
    bad.write_text("boodschappen: melk, brood", encoding="utf-8")
    assert not window.open_path(bad)
    assert shown and "geen ZorgDesk-werkruimte" in shown[0]
    assert window.ctx.store.path.name == "proef.zorgdesk"


def test_closing_the_window_stores_what_is_still_being_typed(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    from PySide6.QtTest import QTest

    from zorgdesk.services.goals.tree import load_goal_tree
    from zorgdesk.store import open_store
    from zorgdesk.ui.goals.page import GoalsPage

    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    window = open_window(qtbot, path)
    page = window.show_page("goals")
    assert isinstance(page, GoalsPage)
    page.select(next(g.id for g in load_goal_tree(window.ctx.store).goals
                     if g.code == "2.1.1.A"))
    page.editor.title.setFocus()
    page.editor.title.selectAll()
    QTest.keyClicks(page.editor.title, "Dementienetwerk in heel Drenthe")
    window.close()  # no Enter, no other field: the title still has the focus
    assert not window.ctx.has_store
    store = open_store(path)
    try:
        titles = {g.code: g.title for g in load_goal_tree(store).goals}
    finally:
        store.close()
    assert titles["2.1.1.A"] == "Dementienetwerk in heel Drenthe"


def test_about_names_version_data_and_log(qtbot: QtBot, tmp_path: Path,
                                          zorgdesk_home: Path) -> None:
    from zorgdesk import __version__, paths

    window = open_window(qtbot, make_small_workspace(tmp_path / "over.zorgdesk"))
    text = window.about_text(__version__)
    assert f"ZorgDesk {__version__}" in text and "Licentie" in text
    assert str(paths.data_dir()) in text and str(paths.log_dir()) in text


def test_the_first_window_fits_the_screen(qtbot: QtBot) -> None:
    """Seen in a real X window at 1366x768: the 800-pixel-high window ran past the screen."""
    from PySide6.QtCore import QSize

    from zorgdesk.ui.main_window import first_size

    assert first_size(QSize(1920, 1080)) == QSize(1280, 800)
    assert first_size(QSize(1366, 768)) == QSize(1280, 720)
    assert first_size(QSize(1280, 720)) == QSize(1280, 672)
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() < room.height()
