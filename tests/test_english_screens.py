"""The English UI shows no Dutch of its own (issue 13): every page of a sample is opened in
English and the texts a user reads (labels, buttons, tabs, group titles, list and combo
entries of the app's own making, item-model headers) are searched for known Dutch words.
The workspace's own data (goal titles, body names) stays as typed; the words below do not
occur in it as whole words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from zorgdesk.app import apply_locale, open_workspace
from zorgdesk.paths import resources_dir
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.main_window import PAGES, MainWindow

DUTCH = re.compile(r"\b(" + "|".join((
    # months and weekdays as QLocale("nl_NL") writes them
    "januari", "februari", "maart", "april", "juni", "juli", "augustus", "oktober",
    "mrt", "mei", "okt", "jan\\.", "feb\\.", "aug\\.", "sep\\.", "nov\\.", "dec\\.",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "vr", "za", "zo",
    # the app's own words
    "coördinatieteam", "themagroep", "dialoogtafel", "bestuurlijk", "ambtelijk",
    "Overleggen", "Vergaderingen", "Vergadering", "Rapporten", "Rapport", "Voortgangsrapportage",
    "Werkagenda", "werkagenda", "Doelen", "Mijlpalen", "Mijlpaal", "Tijdlijn", "Overzicht",
    "thema's", "Thema's", "Kwartaal", "kwartaal", "maand", "jaar", "Jaar",
    "gepland", "gereed", "vertraagd", "loopt", "vervallen", "oranje", "rood", "groen",
    "Opslaan", "Wijzigen", "Verwijderen", "Nieuwe", "Nieuw", "Zoeken", "Openen", "Alle",
    "Geen", "geen", "onbekend", "Onbekend", "Totaal", "Bron", "bron",
)) + r")\b")

# Stored values the app shows in a cell or a list: Dutch in the file, translated on screen.
VALUES = re.compile(r"\b(" + "|".join((
    "coördinatieteam", "themagroep", "regio-opgave", "overkoepelend", "bestuurlijk",
    "ambtelijk", "dialoogtafel", "aanwezig", "afgemeld", "afwezig", "voorzitter", "secretaris",
    "agendalid", "toegezegd", "beoogd", "gepland", "vertraagd", "vervallen", "oranje", "groen",
    "rood", "initiatiefnemer", "trekker",
)) + r")\b")

SAMPLE = "noord-limburg"


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "zorgdesk_en.qm"))
    QCoreApplication.installTranslator(translator)
    apply_locale("en")
    yield
    apply_locale("nl")
    QCoreApplication.removeTranslator(translator)


def model_headers(view: QAbstractItemView) -> list[str]:
    """The column titles a table or tree shows, as its item model gives them."""
    model = view.model()
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return []
    if model is None or header.isHidden():
        return []
    return [str(model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(header.count())
            if model.headerData(column, Qt.Orientation.Horizontal) is not None]


def cell_texts(view: QAbstractItemView, most: int = 60) -> list[str]:
    """What the first rows of a view show, top level and one level down."""
    model = view.model()
    if model is None:
        return []
    texts = []
    columns = model.columnCount(QModelIndex()) if not isinstance(
        model, QAbstractListModel) else 1
    for row in range(min(model.rowCount(QModelIndex()), most)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            texts.append(str(index.data() or ""))
            for child in range(min(model.rowCount(index), 10)):
                texts.append(str(model.index(child, column, index).data() or ""))
    return texts


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a user reads under `root` now."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [(where + " entry", widget.itemText(i)) for i in range(widget.count())
                      if VALUES.search(widget.itemText(i))]
        elif isinstance(widget, QAbstractItemView):
            found += [(where + " header", text) for text in model_headers(widget)]
            found += [(where + " cell", text) for text in cell_texts(widget)
                      if VALUES.search(text)]
        if widget.toolTip():
            found.append((where + " tooltip", widget.toolTip()))
        if widget.accessibleName():
            found.append((where + " name", widget.accessibleName()))
    return found


def dutch_in(texts: list[tuple[str, str]]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in texts
                   if DUTCH.search(text) or VALUES.search(text)})


def walk(page: QWidget) -> list[tuple[str, str]]:
    """Every tab of the page and every tab inside each (the open meeting's Minutes inside
    the Meeting list), so that hidden panels are read too."""
    seen = shown_texts(page)
    for bar in page.findChildren(QTabBar):
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            QApplication.processEvents()  # a table shows its cell widgets once laid out
            seen += shown_texts(page)
            for inner in page.findChildren(QTabBar):
                if inner is bar or not inner.isVisibleTo(page):
                    continue
                for other in range(inner.count()):
                    inner.setCurrentIndex(other)
                    QApplication.processEvents()
                    seen += shown_texts(page)
    return seen


@pytest.fixture
def window(qtbot: QtBot, english: None,
           sample_copy: Callable[[str], Path]) -> Iterator[MainWindow]:
    win = MainWindow(WorkspaceContext(), open_workspace)
    qtbot.addWidget(win)
    assert win.open_path(sample_copy(SAMPLE))
    win.resize(1366, 768)
    win.show()
    yield win
    win.ctx.set_store(None)


@pytest.mark.parametrize("key", [key for key, _title in PAGES])
def test_no_dutch_on_an_english_page(window: MainWindow, key: str, tmp_path: Path) -> None:
    page = window.show_page(key)
    seen = walk(page)
    for button in page.findChildren(QPushButton):  # the timeline's year, quarter, month
        if button.objectName().startswith("zoom_"):
            button.click()
            seen += shown_texts(page)
    found = dutch_in(seen)
    window.grab().save(str(tmp_path / f"en-{key}.png"))
    assert not found, f"{key}: {found}"


def test_the_locale_follows_the_language(english: None) -> None:
    assert QLocale().language() == QLocale.Language.English
    from datetime import date

    from zorgdesk.ui.kit.formatting import short_date

    assert short_date(date(2026, 3, 5)) == "Thu 5 Mar 2026"


def test_the_body_dialog_names_kinds_in_english(english: None, qtbot: QtBot) -> None:
    from zorgdesk.ui.meetings.body_dialog import BodyDialog

    dialog = BodyDialog(None, [], [], [], [])
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "coordination team" in kinds and not any(VALUES.search(k) for k in kinds)
    dialog.kind.setCurrentText("coordination team")
    assert dialog.stored_kind() == "coördinatieteam"  # stored in Dutch, as the file has it
    dialog.kind.setCurrentText("Regiegroep")
    assert dialog.stored_kind() == "Regiegroep"


def test_counts_and_pages_about_meetings_have_distinct_names(window: MainWindow) -> None:
    """Overleggen (bodies) and vergaderingen (meetings) were both "Meetings" in English."""
    page = window.show_page("overview")
    captions = [label.text() for label in page.findChildren(QLabel)
                if label.objectName() == "muted" and label.isVisibleTo(page)]
    assert "Meeting bodies" in captions and "Meetings" in captions
    assert len(captions) == len(set(captions))
    meetings = window.show_page("meetings")
    bar = meetings.findChildren(QTabBar)
    tabs = [b.tabText(i) for b in bar for i in range(b.count())]
    assert "Meetings" not in tabs and len(tabs) == len(set(tabs))


def test_the_overview_lights_total_is_in_english(english: None, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    """"Alle doelen" was written inside an f-string, where lupdate never saw it."""
    from tests.helpers import make_small_workspace
    from zorgdesk.ui.workspace.overview_page import OverviewPage

    ctx = WorkspaceContext()
    ctx.set_store(open_workspace(make_small_workspace(tmp_path / "proef.zorgdesk"),
                                 interactive=False))
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.lights_label.text().startswith("All goals: ")  # the sample has one light
    ctx.set_store(None)
