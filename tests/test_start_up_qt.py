"""Start-up paints without PySide's Qt namespace, and the overview looks as it did.

The first use of `PySide6.QtCore.Qt` builds all its ~120 enums at once: 10 ms of a 150 ms
start-up (benchmarks/bench_startup.py). The start-up path sets what it needs by name
(ui/kit/page.py `set_enum_property`) or by Qt's numbers; these tests keep it so and check
that the overview still shows what those settings are for.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.helpers import make_small_workspace

PROBE = """
import sys
import PySide6.QtCore as core
import zorgdesk.app as app

seen = []
real = app.seconds_since_start


def at_first_paint() -> float:
    seen.append("Qt" in vars(core))
    return real()


app.seconds_since_start = at_first_paint
code = app.run_app(file=sys.argv[1], smoke=True, page="overview", lang=None)
print("Qt built before the first paint" if seen != [False] else "no Qt", code)
"""


def test_first_paint_builds_no_qt_namespace(tmp_path: Path, zorgdesk_home: Path) -> None:
    path = make_small_workspace(tmp_path / "proef.zorgdesk")  # a light, a vision, a meeting
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZORGDESK_HOME": str(zorgdesk_home)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True,
                         text=True, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "no Qt 0", out.stdout


def test_overview_keeps_its_table_and_panels(qtbot: Any, tmp_path: Path) -> None:
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.workspace import overview_page
    from zorgdesk.ui.workspace.overview_page import OverviewPage

    role, align = overview_page.TEXT_ALIGNMENT_ROLE, overview_page.ALIGN_RIGHT
    assert role == Qt.ItemDataRole.TextAlignmentRole
    assert align == (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    ctx = WorkspaceContext()
    ctx.set_store(open_store(make_small_workspace(tmp_path / "proef.zorgdesk")))
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.themes_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Thema", "Soort", "Doelen", "Verkeerslichten"]
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(4)] == [
        "2.1  Netwerkaanpak", "regio-opgave", "3", "1 oranje"]
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == align
    assert not model.item(0, 3).icon().isNull()  # the worst light of the theme
    assert model.item(1, 3).icon().isNull() and model.index(1, 3).data() == ""
    assert model.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable  # Qt's default, so:
    assert page.themes_view.editTriggers() == page.themes_view.EditTrigger.NoEditTriggers
    for label in (page.vision, page.lights_label, page.meetings_label):
        assert label.textFormat() == Qt.TextFormat.RichText
    for label in (page.lights_label, page.meetings_label):
        assert label.alignment() == Qt.AlignmentFlag.AlignTop
    assert "Netwerk dementie dekkend" in page.lights_label.text()
    ctx.set_store(None)


def test_light_icon_is_a_round_disc_of_the_light(qapp: Any) -> None:
    from zorgdesk.ui.kit.lights import COLOURS, light_icon

    icon = light_icon("rood")
    image = icon.pixmap(icon.availableSizes()[0]).toImage()
    assert (image.width(), image.height()) == (24, 24)
    assert image.pixelColor(12, 12).name() == COLOURS["rood"]
    assert image.pixelColor(12, 12).alpha() == 255
    for corner in ((0, 0), (23, 0), (0, 23), (23, 23), (1, 12)):  # round, a free pixel around
        assert image.pixelColor(*corner).alpha() == 0
    assert 0 < image.pixelColor(12, 2).alpha() < 255  # an anti-aliased edge


def test_shortcuts_still_reach_their_actions(qtbot: Any) -> None:
    from PySide6.QtGui import QKeySequence

    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.main_window import MainWindow

    window = MainWindow(WorkspaceContext(), lambda _p: None)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(window)
    shortcuts = {a.text(): [s.toString() for s in a.shortcuts()]
                 for menu in window.menuBar().findChildren(type(window.workspace_menu))
                 for a in menu.actions()}
    def bindings(key: QKeySequence.StandardKey) -> list[str]:
        return [s.toString() for s in QKeySequence.keyBindings(key)]

    assert shortcuts["&Openen…"] == bindings(QKeySequence.StandardKey.Open)
    assert shortcuts["&Zoeken"] == bindings(QKeySequence.StandardKey.Find)
    assert "Ctrl+F" in shortcuts["&Zoeken"]
    assert shortcuts["Openen van &server…"] == ["Ctrl+Shift+O"]
    assert shortcuts["Doelen"] == ["Ctrl+2"]
    assert window.switcher.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert window.body.count() == 1  # the not-opened panel is built only when needed


def test_recent_list_is_written_only_when_it_changes(tmp_path: Path,
                                                     zorgdesk_home: Path) -> None:
    """Every start records its workspace; the usual start (the same one as last time) leaves
    the settings file as it is instead of writing it again."""
    from zorgdesk import paths, settings

    first, second = tmp_path / "a.zorgdesk", tmp_path / "b.zorgdesk"
    settings.add_recent(first)
    settings.add_recent(second)
    ini = paths.config_dir() / "zorgdesk.ini"
    written = ini.read_bytes()
    ini.write_bytes(written + b"\n; untouched\n")  # a rewrite would drop this line
    settings.add_recent(second)
    assert ini.read_bytes().endswith(b"; untouched\n")
    assert settings.recent_files() == [second.resolve(), first.resolve()]
    settings.add_recent(first)
    assert settings.recent_files() == [first.resolve(), second.resolve()]
    assert b"untouched" not in ini.read_bytes()
