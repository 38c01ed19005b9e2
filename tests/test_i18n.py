"""Dutch first, English complete: every tr() string has a translation and the English UI loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import make_small_workspace
from zorgdesk import settings
from zorgdesk.app import open_workspace
from zorgdesk.paths import resources_dir
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
TS = resources_dir() / "translations" / "zorgdesk_en.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_string_in_the_code_has_an_english_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "zorgdesk").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-source-language", "nl_NL",
                    "-target-language", "en", "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = messages(fresh)
    have = messages(TS)
    assert len(wanted) > 300
    missing = sorted(key for key in wanted if key not in have)
    assert not missing, f"run `python -m zorgdesk.i18n_build --update` and translate: {missing}"
    unfinished = []
    for key in wanted:
        translation = have[key].find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append(key)
    assert not unfinished, f"no English yet for {unfinished}"


@pytest.fixture
def english(qapp: object) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm"))), "the set-up builds the .qm from the .ts"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_main_window_speaks_english_when_chosen(
        qtbot: QtBot, tmp_path: Path, english: QTranslator) -> None:
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert window.open_path(make_small_workspace(tmp_path / "proef.zorgdesk"))
    navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert navigation == ["Overview", "Goals", "Timeline", "Partners", "Meetings", "Reports"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Workspace", "&Edit"]
    for key in ("goals", "timeline", "partners", "meetings", "reports"):
        window.show_page(key)  # every page builds in English without errors


def test_choosing_a_language_is_kept_for_the_next_start(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    window = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(window)
    assert settings.language() == "nl"
    assert window.language_actions["nl"].isChecked()
    window.language_actions["en"].trigger()
    assert settings.language() == "en"
    assert told and "next start" in told[0]
    window.language_actions["nl"].trigger()
    assert settings.language() == "nl"
