"""The store's guarantees as the user meets them in the window: the lock refusal, the offer to
restore a damaged file, the network/sync warning, the backups dialog, the automatic backups
and the friendly handling of unexpected exceptions (QMessageBox statics monkeypatched)."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from tests.store_helpers import dump, make_workspace
from zorgdesk.app import open_workspace
from zorgdesk.models import Tag
from zorgdesk.store.backup import list_backups, make_backup
from zorgdesk.store.lock import lock_path_for
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.kit.error_hook import ErrorHook, install_error_hook, log_file
from zorgdesk.ui.main_window import MainWindow
from zorgdesk.ui.workspace.backup_timer import AutoBackupTimer
from zorgdesk.ui.workspace.backups_dialog import BackupsDialog

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


class Boxes:
    """Records QMessageBox.warning/question calls and answers questions from a list."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[Any] | None = None):
        self.warnings: list[tuple[str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.answers = list(answers or [])
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _warning(self, _parent: Any, title: str, text: str, *_a: Any) -> Any:
        self.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    def _question(self, _parent: Any, title: str, text: str, *_a: Any) -> Any:
        self.questions.append((title, text))
        return self.answers.pop(0)


def window_for(qtbot: QtBot) -> MainWindow:
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    return window


def refusal(window: MainWindow) -> tuple[str, str]:
    """(heading, reason) of the panel an empty window shows for a file it did not open."""
    assert window.body.currentWidget() is window.not_opened
    return window.not_opened.heading.text(), window.not_opened.reason.text()


def goal_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM goal").fetchone()[0])
    finally:
        conn.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 4] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def test_second_instance_is_refused_by_name(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ws = make_workspace(tmp_path / "bezet.zorgdesk")
    code = (f"from zorgdesk.store import open_store\ns = open_store(r'{ws}', lock=True)\n"
            "print('ok', flush=True)\nimport time; time.sleep(30)\n")
    other = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "ok"
        boxes = Boxes(monkeypatch)
        window = window_for(qtbot)
        assert not window.open_path(ws)
    finally:
        other.kill()
        other.wait()
    assert not window.ctx.has_store and boxes.warnings == []
    _heading, text = refusal(window)
    assert f"bezet.zorgdesk is al geopend door proces {other.pid}" in text
    assert window.open_path(ws)  # the other instance is gone: its stale lock is taken over
    window.ctx.set_store(None)


def test_damaged_file_offers_newest_good_backup(qtbot: QtBot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ws = make_workspace(tmp_path / "stuk.zorgdesk", goals=150)
    make_backup(ws, "automatisch")
    damage(ws)
    boxes = Boxes(monkeypatch, [Yes])
    window = window_for(qtbot)
    assert window.open_path(ws)
    [(_title, text)] = boxes.questions
    assert "stuk.zorgdesk is beschadigd" in text and "goede reservekopie van" in text
    assert boxes.warnings == []
    assert window.ctx.store.path == ws and goal_count(ws) == 150
    window.ctx.set_store(None)
    kept = [p for p in list_backups(ws)[0].path.parent.iterdir() if p.suffix == ".bad"]
    assert len(kept) == 1  # the damaged file is kept, not thrown away


def test_declined_restore_changes_nothing(qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ws = make_workspace(tmp_path / "stuk.zorgdesk", goals=150)
    make_backup(ws, "automatisch")
    damage(ws)
    before = ws.read_bytes()
    boxes = Boxes(monkeypatch, [No])
    window = window_for(qtbot)
    assert not window.open_path(ws)
    assert ws.read_bytes() == before and not lock_path_for(ws).exists()
    assert boxes.warnings == []
    assert "stuk.zorgdesk is niet geopend en niet gewijzigd" in refusal(window)[1]


def test_damaged_file_without_backup_says_why(qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ws = make_workspace(tmp_path / "stuk.zorgdesk", goals=150)
    damage(ws)
    boxes = Boxes(monkeypatch)
    window = window_for(qtbot)
    assert not window.open_path(ws)
    assert boxes.questions == [] and boxes.warnings == []
    assert "stuk.zorgdesk is beschadigd" in refusal(window)[1]


@pytest.mark.parametrize(("content", "hint"), [
    (b"%PDF-1.7\n%\xe2\xe3\n", "PDF-document"),
    (b"Notulen van de stuurgroep\n", "tekstbestand"),
    (b"", "is leeg"),
])
def test_not_a_workspace_gets_a_dutch_message(qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              content: bytes, hint: str) -> None:
    (tmp_path / "map").mkdir()
    path = tmp_path / "map" / "bijlage.zorgdesk"
    path.write_bytes(content)
    boxes = Boxes(monkeypatch)
    window = window_for(qtbot)
    assert not window.open_path(path)
    assert boxes.warnings == []
    title, text = refusal(window)
    assert title == "Werkruimte niet geopend"
    assert "bijlage.zorgdesk" in text and hint in text and "Traceback" not in text
    assert path.read_bytes() == content and sorted(path.parent.iterdir()) == [path]


@pytest.mark.parametrize("answer", [Yes, No])
def test_synced_folder_warning_offers_local_copy(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 zorgdesk_home: Path, answer: Any) -> None:
    synced = tmp_path / "OneDrive - Regio" / "agenda.zorgdesk"
    synced.parent.mkdir()
    make_workspace(synced)
    boxes = Boxes(monkeypatch, [answer])
    window = window_for(qtbot)
    assert window.open_path(synced)
    [(_title, text)] = boxes.questions
    assert "gesynchroniseerde map (OneDrive)" in text and "lokale kopie" in text
    opened = window.ctx.store.path
    if answer == Yes:
        assert opened.is_relative_to(zorgdesk_home) and dump(opened)[1] == dump(synced)[1]
        assert not lock_path_for(synced).exists()
    else:
        assert opened == synced
    window.ctx.set_store(None)


def test_backups_dialog_lists_makes_and_restores(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ws = make_workspace(tmp_path / "lijst.zorgdesk")
    make_backup(ws, "automatisch")
    window = window_for(qtbot)
    assert window.open_path(ws)
    with window.ctx.store.transaction() as session:
        session.add(Tag(name="Na de reservekopie"))
    dialog = BackupsDialog(window.ctx, window.open_path, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "automatisch" in cell_text(dialog.table, 0, 1)
    dialog.make_now()
    assert dialog.table.rowCount() == 2 and "handmatig" in cell_text(dialog.table, 0, 1)
    dialog.table.selectRow(1)  # the older, automatic one
    boxes = Boxes(monkeypatch, [Yes])
    dialog.restore_selected()
    assert "wordt teruggezet naar de reservekopie van" in boxes.questions[0][1]
    assert window.ctx.has_store and window.ctx.store.path == ws
    assert "Na de reservekopie" not in {r[0] for r in dump(ws)[1]["tag"]}
    assert "voor-terugzetten" in [b.reason for b in list_backups(ws)]
    window.ctx.set_store(None)


def test_menu_has_backups_entry(qtbot: QtBot) -> None:
    window = window_for(qtbot)
    texts = [a.text() for a in window.workspace_menu.actions()]
    assert "&Reservekopieën…" in texts


def test_auto_backup_timer(qtbot: QtBot, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "auto.zorgdesk")
    clock = [datetime(2026, 11, 23, 9, 0)]
    ctx = WorkspaceContext()
    timer = AutoBackupTimer(ctx, clock=lambda: clock[0])
    ctx.set_store(open_workspace(ws, interactive=False))
    with ctx.store.transaction() as session:
        session.add(Tag(name="Wijziging"))
    clock[0] += timedelta(minutes=20)
    timer.tick()
    assert timer.made == []
    clock[0] += timedelta(minutes=10)
    timer.tick()
    assert len(timer.made) == 1
    with ctx.store.transaction() as session:
        session.add(Tag(name="Nog een"))
    ctx.set_store(None)  # closing a changed workspace makes one more
    assert [b.reason for b in list_backups(ws)] == ["bij-sluiten", "automatisch"]


def test_error_hook_logs_and_shows_log_location(qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch,
                                                zorgdesk_home: Path) -> None:
    boxes = Boxes(monkeypatch)
    hook = ErrorHook()
    try:
        raise ValueError("onverwacht in een knop")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    [(title, text)] = boxes.warnings
    assert title == "Onverwachte fout" and str(log_file()) in text
    assert "ZorgDesk blijft open" in text
    assert log_file().is_relative_to(zorgdesk_home)
    for handler in logging.getLogger("zorgdesk").handlers:
        handler.flush()
    logged = log_file().read_text(encoding="utf-8")
    assert "ValueError: onverwacht in een knop" in logged and "Traceback" in logged


def test_error_hook_translates_disk_full(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    hook = ErrorHook(workspace=lambda: Path("/x/agenda.zorgdesk"))
    exc = sqlite3.OperationalError("database or disk is full")
    hook(type(exc), exc, None)
    [(_title, text)] = boxes.warnings
    assert "agenda.zorgdesk" in text and "de schijf is vol" in text


@pytest.mark.qt_no_exception_capture
def test_exception_in_slot_keeps_app_running(qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    old = sys.excepthook
    hook = install_error_hook()
    try:
        def broken() -> None:
            raise RuntimeError("fout in een slot")

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(hook.shown), timeout=2000)
        later: list[bool] = []
        QTimer.singleShot(0, lambda: later.append(True))
        qtbot.waitUntil(lambda: bool(later), timeout=2000)  # the event loop still runs
    finally:
        sys.excepthook = old
    assert boxes.warnings[0][0] == "Onverwachte fout"
    assert "RuntimeError: fout in een slot" in log_file().read_text(encoding="utf-8")


def test_failed_migration_is_told_and_changes_nothing(qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An older file whose upgrade fails: the user is told, the file is as it was, the
    backup made before the attempt is kept."""
    import shutil

    from zorgdesk.store import migrate

    fixture = Path(__file__).with_name("fixtures") / "schema-0001.zorgdesk"
    path = tmp_path / "oud.zorgdesk"
    shutil.copyfile(fixture, path)
    folder = tmp_path / "migraties"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0002_kapot.py").write_text(
        "from alembic import op\nrevision = '0002'\ndown_revision = '0001'\n"
        "branch_labels = None\ndepends_on = None\n\n"
        "def upgrade() -> None:\n    op.execute('DROP TABLE tag')\n"
        "    raise RuntimeError('kapotte stap')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    # An app that knows revision 0002, so the (consistent) 0001 file is older than it. A file
    # whose user_version and alembic_version disagree is refused as damaged instead.
    from zorgdesk.store import integrity, schema, workspace_store

    revisions = ("0001", "0002")
    for module in (schema, integrity, migrate):
        monkeypatch.setattr(module, "REVISIONS", revisions)
    for module in (schema, integrity, migrate, workspace_store):
        monkeypatch.setattr(module, "HEAD_VERSION", 2)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0002")
    before = dump(path)
    boxes = Boxes(monkeypatch)
    window = window_for(qtbot)
    assert not window.open_path(path)
    assert boxes.warnings == []
    _heading, text = refusal(window)
    assert "oud.zorgdesk kon niet worden bijgewerkt" in text and "Er is niets gewijzigd" in text
    assert dump(path) == before
    assert [b.reason for b in list_backups(path)] == ["voor-migratie"]
    assert not lock_path_for(path).exists()


def test_cli_entry_point_check_and_backup(tmp_path: Path, zorgdesk_home: Path) -> None:
    import os

    ws = make_workspace(tmp_path / "cli.zorgdesk")
    env = {**os.environ, "ZORGDESK_HOME": str(zorgdesk_home)}
    ok = subprocess.run([sys.executable, "-m", "zorgdesk", "check", str(ws)],
                        capture_output=True, text=True, env=env)
    assert ok.returncode == 0 and "is in orde" in ok.stdout
    out = tmp_path / "kopie.zorgdesk"
    made = subprocess.run([sys.executable, "-m", "zorgdesk", "backup", str(ws), "--out", str(out)],
                          capture_output=True, text=True, env=env)
    assert made.returncode == 0 and out.is_file(), made.stderr
    damage(out)
    bad = subprocess.run([sys.executable, "-m", "zorgdesk", "check", str(out)],
                         capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "beschadigd" in bad.stderr and "Traceback" not in bad.stderr


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()
