"""The import wizard walked as a user would, and "Exporteren naar Excel…" from the menu."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.helpers import make_small_workspace
from tests.store_helpers import dump
from zorgdesk.models import Goal, Milestone
from zorgdesk.store import open_store
from zorgdesk.store.backup import list_backups
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.tables.import_wizard import ImportWizard


@pytest.fixture
def ctx(tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    context = WorkspaceContext()
    context.set_store(open_store(make_small_workspace(tmp_path / "proef.zorgdesk")))
    yield context
    context.set_store(None)


def werkagenda(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Werkagenda"
    ws.append(["Nr", "Doel", "Thema", "Deadline", "Opmerking"])
    ws.append(["2.1.1.C", "Mantelzorg ontlasten", "Netwerkaanpak", "2026", "x"])
    ws.append(["2.1.1.D", "Wijkverpleging versterken", "Netwerkaanpak", 2027, "y"])
    ws.append(["2.1.1.A", "Netwerk dementie overal dekkend", "Netwerkaanpak", None, None])
    sheet = book.create_sheet("Mijlpalen")
    sheet.append(["Doel", "Mijlpaal", "Datum"])
    sheet.append(["2.1.1.C", "Respijthuis open", "15-12-2026"])
    book.save(path)
    return path


def titles(ctx: WorkspaceContext) -> dict[str, str]:
    with ctx.store.session() as session:
        return {str(c): str(t) for c, t in session.execute(select(Goal.code, Goal.title))}


def test_walk_through_the_wizard_and_undo_in_one_step(ctx: WorkspaceContext, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    path = werkagenda(tmp_path / "werkagenda.xlsx")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no file yet
    qtbot.keyClicks(wizard.source_page.path, str(path))
    assert next_button.isEnabled()
    next_button.click()

    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.sheet.currentText() == "Werkagenda"
    mapped = {key: int(combo.currentData()) for key, combo in page.combos.items()}
    assert (mapped["code"], mapped["title"], mapped["theme"], mapped["target_year"]) == (
        0, 1, 2, 3)
    assert mapped["trekker"] == -1 and "Mijlpalen" in page.note.text()
    assert page.model.rowCount() == 4
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "E"
    # The user decides the deadline column is not a target year after all.
    page.combos["target_year"].setCurrentIndex(0)
    next_button.click()

    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert preview.summary.text() == "3 nieuw, 1 gewijzigd, 0 ongewijzigd."
    assert preview.model.rowCount() == 4 and finish.isEnabled()
    assert titles(ctx)["2.1.1.A"] == "Netwerk dementie dekkend"  # nothing written yet
    finish.click()

    stored = titles(ctx)
    assert stored["2.1.1.C"] == "Mantelzorg ontlasten"
    assert stored["2.1.1.A"] == "Netwerk dementie overal dekkend"
    with ctx.store.session() as session:
        new = session.scalars(select(Goal).where(Goal.code == "2.1.1.D")).one()
        assert new.target_year is None  # the unmapped column was left alone
        assert session.scalar(select(func.count()).select_from(Milestone)) == 2
    assert [b.reason for b in list_backups(ctx.store.path)] == ["voor-import"]
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText().startswith("Import uit werkagenda.xlsx: 3 nieuw")
    ctx.undo_stack.undo()
    assert "2.1.1.C" not in titles(ctx)
    assert titles(ctx)["2.1.1.A"] == "Netwerk dementie dekkend"
    ctx.undo_stack.redo()
    assert titles(ctx)["2.1.1.D"] == "Wijkverpleging versterken"


def test_a_file_with_problems_shows_them_all_and_cannot_be_finished(
        ctx: WorkspaceContext, qtbot: QtBot, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Nr", "Doel", "Thema", "Streefjaar"])
    ws.append(["2.1.1.C", "Goed doel", "Netwerkaanpak", "twintig"])
    ws.append(["2.1.1.E", "", "Ruimtevaart", 2026])
    ws.append(["2.1.1.F", "Ook fout", "Ruimtevaart", "dertig"])
    book.save(tmp_path / "fout.xlsx")
    before = dump(ctx.store.path)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path.setText(str(tmp_path / "fout.xlsx"))
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    problems = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    assert problems == ["Blad Sheet, cel D2: streefjaar 'twintig' is geen jaar",
                        "Blad Sheet, cel C3: thema 'Ruimtevaart' bestaat niet",
                        "Blad Sheet, cel B3: titel is leeg",
                        "Blad Sheet, cel D4: streefjaar 'dertig' is geen jaar",
                        "Blad Sheet, cel C4: thema 'Ruimtevaart' bestaat niet"]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()
    assert dump(ctx.store.path) == before and ctx.undo_stack.count() == 0


def test_an_unreadable_file_is_said_on_the_first_page(ctx: WorkspaceContext, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    (tmp_path / "kapot.xlsx").write_bytes(b"geen zip")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path.setText(str(tmp_path / "kapot.xlsx"))
    wizard.next()
    assert wizard.currentPage() is wizard.source_page
    assert "kapot.xlsx kan niet als Excel-bestand" in wizard.source_page.error.text()


def test_export_from_the_workspace_menu(ctx: WorkspaceContext, qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from zorgdesk.ui.main_window import MainWindow

    target = tmp_path / "uit" / "doelen"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel-werkmap (*.xlsx)"))
    window = MainWindow(ctx, open_store)
    qtbot.addWidget(window)
    window.export_menu.aboutToShow.emit()
    entries = {a.text(): a for a in window.export_menu.actions() if a.text()}
    assert "Alle lijsten in één werkmap…" in entries and "Actielijst…" in entries
    entries["Doelen…"].trigger()
    book = load_workbook(target.with_suffix(".xlsx"))
    assert book.sheetnames == ["Doelen"]
    assert book["Doelen"].max_row == 4  # header and three goals


def _export_from_context_menu(open_menu: Callable[[], None]) -> None:
    """Open a context menu and choose its "Exporteren naar Excel…" entry, as a user would."""
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        entry = next(a for a in menu.actions() if a.text() == "Exporteren naar Excel…")
        chosen.append(entry.text())
        menu.close()
        entry.trigger()

    QTimer.singleShot(0, choose)
    open_menu()
    assert chosen


def test_export_from_the_goal_tree_and_the_action_list(
        ctx: WorkspaceContext, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from zorgdesk.ui.goals.page import GoalsPage
    from zorgdesk.ui.meetings.page import MeetingsPage

    asked: list[Path] = []

    def save_as(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(tmp_path / f"lijst{len(asked)}.csv")
        return str(asked[-1]), "CSV voor Excel (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    goals = GoalsPage(ctx)
    qtbot.addWidget(goals)
    goals.show()
    _export_from_context_menu(lambda: goals._menu(QPoint(5, 5)))
    meetings = MeetingsPage(ctx)
    qtbot.addWidget(meetings)
    meetings.show()
    _export_from_context_menu(lambda: meetings._action_menu(QPoint(5, 5)))
    goal_lines = asked[0].read_text("utf-8-sig").splitlines()
    assert goal_lines[0].startswith("Code;Titel;Thema;Niveau")
    assert len(goal_lines) == 4
    assert asked[1].read_text("utf-8-sig").startswith("Actie;Eigenaar;Deadline")
