"""A second instance refused by the lock: the window says which file, who has it and that
nothing changed, with the ways on (issue 13), instead of empty pages reading "0 thema's"."""

from __future__ import annotations

import hashlib
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk.app import open_workspace
from zorgdesk.store import StoreError, open_store
from zorgdesk.store.lock import lock_path_for
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import MainWindow


@pytest.fixture
def holder() -> Iterator[subprocess.Popen[bytes]]:
    """A live process standing in for the other ZorgDesk."""
    process = subprocess.Popen(["sleep", "60"])
    yield process
    process.kill()
    process.wait()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def visible_texts(window: MainWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel)
                     if label.isVisible())


def test_a_locked_workspace_shows_why_and_the_ways_on(
        qtbot: QtBot, tmp_path: Path, holder: subprocess.Popen[bytes],
        monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    ws = make_small_workspace(tmp_path / "regio.zorgdesk")
    lock_path_for(ws).write_text(f"{holder.pid}\nsleep\n{socket.gethostname()}\n",
                                 encoding="utf-8")
    before = digest(ws)
    ctx = WorkspaceContext()
    window = MainWindow(ctx, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert not window.open_path(ws)
    assert not warned  # no box over empty pages: the window itself says it
    panel = window.not_opened
    assert window.body.currentWidget() is panel and not window.stack.isVisible()
    shown = visible_texts(window)
    assert "Deze werkruimte is al geopend" in shown
    assert "Bestand: regio.zorgdesk" in shown and str(tmp_path) in shown
    assert f"proces {holder.pid} (sleep) op computer {socket.gethostname()}" in shown
    assert "Er is niets verloren en niets gewijzigd" in shown
    assert "thema's" not in shown and "opgeslagen" not in shown  # no empty claims
    assert window.switcher.text() == "Geen werkruimte"
    for button in (panel.retry_button, panel.read_only_button, panel.other_button):
        assert button.isVisible() and button.accessibleName()
    assert window.focusWidget() is panel.retry_button
    window.grab().save(str(tmp_path / "niet-geopend.png"))

    # Still held: trying again says so, in place.
    panel.retry_button.click()
    assert window.body.currentWidget() is panel and not ctx.has_store
    assert "Nog steeds niet geopend" in panel.attempt.text()

    # Read-only: the data is there, the band says why nothing can change, the file is as it was.
    panel.read_only_button.click()
    assert ctx.has_store and ctx.store.readonly
    assert window.body.currentIndex() == 0
    assert "(alleen lezen)" in window.windowTitle()
    assert "Alleen lezen: deze werkruimte is elders geopend" in window.server_banner.text()
    assert window.server_banner.isVisible()
    from zorgdesk.services.workspace.overview import load_overview

    assert load_overview(ctx.store).themes  # the workspace's own data, read beside the writer
    window.grab().save(str(tmp_path / "alleen-lezen.png"))
    ctx.set_store(None)
    assert digest(ws) == before


def test_trying_again_opens_once_the_other_window_closed(
        qtbot: QtBot, tmp_path: Path, holder: subprocess.Popen[bytes]) -> None:
    ws = make_small_workspace(tmp_path / "regio.zorgdesk")
    lock_path_for(ws).write_text(f"{holder.pid}\nsleep\n{socket.gethostname()}\n",
                                 encoding="utf-8")
    ctx = WorkspaceContext()
    window = MainWindow(ctx, open_workspace)
    qtbot.addWidget(window)
    window.show()
    window.show_not_opened(ws, _refusal(ws))  # how run_app reports a refused start
    holder.kill()
    holder.wait()
    window.not_opened.retry_button.click()
    assert ctx.has_store and not ctx.store.readonly and ctx.store.path == ws
    assert window.body.currentIndex() == 0 and window.stack.isVisible()
    assert not window.server_banner.isVisible()
    ctx.set_store(None)


def _refusal(ws: Path) -> StoreError:

    try:
        open_store(ws, lock=True).close()
    except StoreError as exc:
        return exc
    raise AssertionError("the lock should have refused")


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_the_panel_fits_a_laptop(qtbot: QtBot, tmp_path: Path, holder: subprocess.Popen[bytes],
                                 width: int, height: int) -> None:
    from tests.test_fit import cut_short

    ws = make_small_workspace(tmp_path / "een-werkruimte-met-een-lange-naam.zorgdesk")
    lock_path_for(ws).write_text(f"{holder.pid}\nsleep\n{socket.gethostname()}\n",
                                 encoding="utf-8")
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    assert not window.open_path(ws)
    QApplication.processEvents()
    assert window.width() <= width and not cut_short(window)
