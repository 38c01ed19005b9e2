"""Service and store errors reach an English UI in English, and no new message can skip that."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers import make_small_workspace
from zorgdesk.models import Goal
from zorgdesk.paths import resources_dir
from zorgdesk.services.goals import progress as goal_progress
from zorgdesk.services.partners import organisations
from zorgdesk.services.undo import capture_rows
from zorgdesk.store import Store, StoreError, open_store
from zorgdesk.store.errors import NotAWorkspaceError
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.error_text import error_text

PACKAGE = Path(__file__).resolve().parent.parent / "zorgdesk"
TS = resources_dir() / "translations" / "zorgdesk_en.ts"


@pytest.fixture
def translator(qapp: object) -> Iterator[QTranslator]:
    """The English translation, installed for one test (built from the .ts by the set-up)."""
    loaded = QTranslator()
    assert loaded.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(loaded)
    yield loaded
    QCoreApplication.removeTranslator(loaded)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(make_small_workspace(tmp_path / "proef.zorgdesk"))
    yield opened
    opened.close()


def a_goal(store: Store) -> str:
    with store.transaction() as session:
        goal_id = session.scalars(select(Goal.id)).first()
    assert goal_id is not None
    return goal_id


def refused(store: Store, light: str) -> StoreError:
    with pytest.raises(StoreError) as caught:
        goal_progress.add_status_update(store, a_goal(store), reported_on=date(2025, 3, 1),
                                        light=light)
    return caught.value


def test_without_a_translator_the_text_is_the_dutch_message(qapp: object, store: Store) -> None:
    exc = refused(store, "paars")
    assert exc.message == "Onbekend verkeerslicht: paars. Kies groen, oranje of rood."
    assert error_text(exc) == exc.message


def test_english_translates_the_template_and_fills_in_the_value(
        store: Store, translator: QTranslator) -> None:
    exc = refused(store, "paars")
    assert error_text(exc) == (
        "Unknown traffic light: paars. Choose groen (green), oranje (orange) or rood (red).")
    assert exc.message.startswith("Onbekend verkeerslicht: paars.")  # the CLI stays Dutch


def test_a_translated_piece_of_a_message_is_translated_too(
        tmp_path: Path, translator: QTranslator) -> None:
    pdf = tmp_path / "verslag.zorgdesk"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 200)
    with pytest.raises(NotAWorkspaceError) as caught:
        open_store(pdf)
    assert "(het is een PDF-document)" in caught.value.message
    assert error_text(caught.value) == (
        "The file verslag.zorgdesk is not a ZorgDesk workspace (it is a PDF document). "
        "ZorgDesk does not open it and does not change it.")


def test_a_refused_edit_is_shown_in_english(
        qtbot: QtBot, store: Store, translator: QTranslator,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: shown.append((title, text)))
    ctx = WorkspaceContext()
    ctx.set_store(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    result = run_edit(
        ctx, parent, "Persoon toegevoegd", lambda: capture_rows(store, "person", []),
        lambda: organisations.save_person(store, None, {"name": "Anna", "email": "anna@"}),
        what=ChangeKind.PARTNERS)
    assert result is None
    assert shown == [("Persoon toegevoegd", "'anna@' is not a valid e-mail address.")]


def store_error_classes(trees: list[ast.Module]) -> set[str]:
    """StoreError and every class that derives from it, anywhere in zorgdesk."""
    names = {"StoreError"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        isinstance(base, ast.Name) and base.id in names for base in node.bases):
                    names.add(node.name)
                    grew = True
    return names


def called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    return call.func.attr if isinstance(call.func, ast.Attribute) else None


def marked_template(arg: ast.expr | None) -> str | None:
    """The text of `QT_TRANSLATE_NOOP("StoreError", "...")`, or None when `arg` is not that."""
    if not (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name)
            and arg.func.id == "QT_TRANSLATE_NOOP" and len(arg.args) == 2):
        return None
    context, text = arg.args
    if not (isinstance(context, ast.Constant) and context.value == "StoreError"
            and isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return None
    return text.value


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def test_every_store_error_is_raised_with_a_marked_template() -> None:
    paths = sorted(PACKAGE.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    classes = store_error_classes(trees) | {"Phrase"}
    assert {"StoreError", "JsonImportError", "AttachmentTooLargeError", "DiskFullError"} <= classes
    problems, seen = [], 0
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and called_name(node) in classes):
                continue
            seen += 1
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            template = marked_template(node.args[0] if node.args else None)
            if template is None or len(node.args) != 1:
                problems.append(f'{where}: pass QT_TRANSLATE_NOOP("StoreError", "...") first')
                continue
            given = {keyword.arg for keyword in node.keywords}
            if None not in given and given != placeholders(template):
                problems.append(f"{where}: placeholders {sorted(placeholders(template))} "
                                f"but values {sorted(given, key=str)}")
    assert seen > 150
    assert not problems, "\n".join(problems)


def test_every_english_error_keeps_the_placeholders_of_its_dutch() -> None:
    root = ET.parse(TS).getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") != "StoreError":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english = message.findtext("translation") or ""
            assert placeholders(english) == placeholders(source), source
            checked += 1
    assert checked > 100


def test_report_and_location_messages_are_english_too(translator: QTranslator,
                                                      store: Store) -> None:
    """A report that cannot be made and a workspace in a synced folder: the other two kinds of
    message the store side writes for the user."""
    from zorgdesk.reports import build_report
    from zorgdesk.services.errors import ReportDataError
    from zorgdesk.store.location import check_location
    from zorgdesk.ui.kit.error_text import phrase_text

    with pytest.raises(ReportDataError) as caught:
        build_report("bestaat-niet", store, store.path.with_suffix(".pdf"))
    assert caught.value.message.startswith("Onbekend rapport 'bestaat-niet'. Kies uit: ")
    assert error_text(caught.value).startswith("Unknown report 'bestaat-niet'. Choose from: ")
    warning = check_location(Path("/home/an/Dropbox/agenda.zorgdesk"), mounts_text="")
    assert warning is not None
    assert "gesynchroniseerde map (Dropbox)" in warning.message
    english = phrase_text(warning.text)
    assert english.startswith("The workspace agenda.zorgdesk is in a synchronised folder "
                              "(Dropbox).")
    assert "Better work on a local copy: ZorgDesk can copy agenda.zorgdesk" in english


def test_why_an_item_is_suggested_reads_in_english(translator: QTranslator,
                                                   store: Store) -> None:
    from datetime import datetime

    from zorgdesk.services.meetings import agenda
    from zorgdesk.services.meetings import plan as meeting_plan
    from zorgdesk.services.meetings.bodies import list_bodies
    from zorgdesk.ui.kit.error_text import phrase_text

    body = next(b.id for b in list_bodies(store) if b.abbreviation == "AST")
    meeting = meeting_plan.create_meeting(store, body, datetime(2025, 4, 10, 14, 0))
    reasons = {s.kind: s.detail for s in agenda.suggest_items(store, meeting)}
    assert str(reasons["mijlpaal"]) == "uiterlijk 30-06-2025, status gepland"
    assert phrase_text(reasons["mijlpaal"]) == "due 30-06-2025, status planned"
    assert phrase_text(reasons["verkeerslicht"]) == "reported on 01-03-2025"
