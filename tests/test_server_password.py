"""A server that wants a password: asked once in a dialog, kept in the system's keyring, never
in the settings; a wrong one is asked again; Cancel opens nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from tests.helpers import make_small_workspace
from zorgdesk import paths
from zorgdesk.app import open_workspace
from zorgdesk.cli import main
from zorgdesk.store import open_store
from zorgdesk.store.server import display_name
from zorgdesk.store.transfer import upload
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import MainWindow
from zorgdesk.ui.workspace import server_password
from zorgdesk.ui.workspace.server_password import PasswordDialog

pytestmark = pytest.mark.postgres


class SessionKeyring(KeyringBackend):
    """The operating system's keyring for one test: this machine has none (headless)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def guarded_url(pg_url: str, tmp_path: Path) -> Iterator[str]:
    """A workspace whose login `ww_gebruiker` must give the password 'geheim-1'."""
    upload(make_small_workspace(tmp_path / "proef.zorgdesk"), pg_url)
    admin = open_store(pg_url)
    try:
        with admin.engine.begin() as conn:
            conn.exec_driver_sql('DROP ROLE IF EXISTS "ww_gebruiker"')
            conn.exec_driver_sql("CREATE ROLE \"ww_gebruiker\" LOGIN PASSWORD 'geheim-1'")
            hba = Path(conn.exec_driver_sql("SHOW hba_file").scalar_one())
            rule = "local all ww_gebruiker scram-sha-256\n"
            if rule not in hba.read_text():
                hba.write_text(rule + hba.read_text())
            conn.exec_driver_sql("SELECT pg_reload_conf()")
    finally:
        admin.close()
    assert main(["grant", pg_url, "--user", "ww_gebruiker", "--role", "bewerker"]) == 0
    previous = keyring.get_keyring()
    keyring.set_keyring(SessionKeyring())
    server_password._SESSION.clear()
    yield make_url(pg_url).set(username="ww_gebruiker").render_as_string(hide_password=False)
    keyring.set_keyring(previous)


def answer(qtbot: QtBot, texts: list[str], seen: list[str]) -> None:
    """Type each text into the password dialog in turn (an empty text: Cancel)."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            return
        seen.append(dialog.windowTitle())
        text = texts.pop(0)
        if not text:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            QTest.keyClicks(dialog.password, text)
            QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        if texts:
            QTimer.singleShot(50, step)
    QTimer.singleShot(0, step)


def test_asked_once_kept_in_the_keyring_never_in_the_settings(
        qtbot: QtBot, guarded_url: str) -> None:
    seen: list[str] = []
    answer(qtbot, ["fout", "geheim-1"], seen)
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(guarded_url)
    assert window.ctx.store.is_server and len(seen) == 2  # the wrong one was asked again
    address = display_name(guarded_url)
    assert keyring.get_password("ZorgDesk", address) == "geheim-1"
    window.ctx.set_store(None)
    settings_text = (paths.config_dir() / "zorgdesk.ini").read_text()
    assert "geheim" not in settings_text and "ww_gebruiker" in settings_text
    # The next time: the keyring answers, no dialog.
    server_password._SESSION.clear()
    seen.clear()
    QTimer.singleShot(0, lambda: seen.append(str(QApplication.activeModalWidget())))
    assert window.open_path(guarded_url)
    qtbot.wait(20)
    assert seen == ["None"]
    window.close()


def test_cancel_opens_nothing_and_says_why(
        qtbot: QtBot, guarded_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text: shown.append(text)))
    seen: list[str] = []
    answer(qtbot, [""], seen)
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert not window.open_path(guarded_url)
    assert not window.ctx.has_store
    # Nothing else is open: the window's own panel says why, not a box over empty pages.
    assert not shown and window.body.currentWidget() is window.not_opened
    assert "wachtwoord" in window.not_opened.reason.text()
    assert window.not_opened.read_only_button.isHidden()  # a server has no lock file
    window.close()
