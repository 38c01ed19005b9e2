"""The privacy check before a public version is saved, driven from the keyboard: on the
Rapporten page and from a meeting's Documenten menu, with what was saved read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

pytest.importorskip("PySide6.QtPdf")

NOTES = ("Toelichting door Anja Berg-'t Hooft, Yvonne Moonmans en mevrouw Kramer. "
         "Carin Vonk sluit aan.")


def text_of(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.fixture
def page(qtbot: QtBot, sample_copy):  # type: ignore[no-untyped-def]
    """Rapporten on noord-limburg, the public agenda made; one registered person who may not
    be named (typed with a curly apostrophe) and three unregistered names in the notes."""
    from zorgdesk.models import Organisation, Person
    from zorgdesk.services.meetings.agenda import add_item
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.reports.page import ReportsPage

    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    with ctx.store.transaction() as s:
        vgz = s.scalars(select(Organisation.id).where(Organisation.name == "VGZ")).one()
        s.add(Person(name="Anja Berg-\u2019t Hooft", function="regioadviseur",
                     organisation_id=vgz, publishable=False))
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("agenda"))
    add_item(ctx.store, widget.meeting_combo.currentData(), "Inkoop wijkverpleging", notes=NOTES)
    widget.public_radio.setChecked(True)
    widget.make_button.click()
    qtbot.waitUntil(widget.save_button.isEnabled, timeout=60_000)
    yield widget
    qtbot.waitUntil(lambda: not widget.busy, timeout=60_000)
    ctx.set_store(None)


def answer_with(monkeypatch: pytest.MonkeyPatch, script: Callable[[QDialog], None],
                seen: list[QDialog]) -> None:
    """The dialog opens as the user sees it; `script` presses the keys."""
    from zorgdesk.ui.kit.privacy_check import PrivacyCheckDialog

    def exec_(dialog: PrivacyCheckDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        QApplication.processEvents()
        seen.append(dialog)
        script(dialog)
        return dialog.result()
    monkeypatch.setattr(PrivacyCheckDialog, "exec", exec_)


def save_as(page, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.save_button.click()


def keyboard_choices(qtbot: QtBot, dialog: QDialog) -> None:
    """Replace Carin Vonk by a typed function, keep Yvonne Moonmans, register mevrouw Kramer
    as wijkverpleegkundige of VGZ; then save. Only keys."""
    from zorgdesk.ui.kit.privacy_check import PrivacyCheckDialog

    assert isinstance(dialog, PrivacyCheckDialog)
    alt = Qt.KeyboardModifier.AltModifier
    names = [c.name for c in dialog.candidates]
    assert names == ["Carin Vonk", "Yvonne Moonmans", "mevrouw Kramer"]  # not the registered
    assert dialog.table.hasFocus() and dialog.current_row == 0
    qtbot.keyClick(dialog, Qt.Key.Key_D, alt)  # "Vervangen door"
    assert dialog.replacement_edit.hasFocus()
    qtbot.keyClick(dialog.replacement_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.replacement_edit, "de projectleider van PxZorg")

    qtbot.keyClick(dialog, Qt.Key.Key_M, alt)  # back to the list
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.current_row == 1
    qtbot.keyClick(dialog, Qt.Key.Key_L, alt)  # "Laten staan" (a mnemonic clicks animated)
    qtbot.waitUntil(dialog.keep_radio.isChecked)
    assert dialog.keep_radio.isChecked() and not dialog.replacement_edit.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_M, alt)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.current_row == 2
    qtbot.keyClick(dialog, Qt.Key.Key_R, alt)  # "Persoon registreren"
    qtbot.waitUntil(dialog.register_radio.isChecked)
    assert dialog.register_radio.isChecked() and dialog.function_edit.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_F, alt)
    qtbot.keyClicks(dialog.function_edit, "wijkverpleegkundige")
    qtbot.keyClick(dialog, Qt.Key.Key_O, alt)
    assert dialog.organisation_combo.hasFocus()
    qtbot.keyClicks(dialog.organisation_combo, "VGZ")
    assert dialog.organisation_combo.currentText() == "VGZ"
    assert dialog.replacement_edit.text() == "de wijkverpleegkundige van VGZ"
    rows = [(dialog.table.item(r, 2).text(), dialog.table.item(r, 3).text())  # type: ignore[union-attr]
            for r in range(3)]
    assert rows == [("vervangen", "de projectleider van PxZorg"),
                    ("laten staan", "Yvonne Moonmans"),
                    ("registreren", "de wijkverpleegkundige van VGZ")]
    qtbot.keyClick(dialog, Qt.Key.Key_S, alt)  # "Publieksversie opslaan"
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_privacy_check_replace_keep_register_from_the_keyboard(  # type: ignore[no-untyped-def]
        page, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zorgdesk.models import Organisation, Person

    seen: list[QDialog] = []
    answer_with(monkeypatch, lambda d: keyboard_choices(qtbot, d), seen)
    target = tmp_path / "agenda-publiek.pdf"
    save_as(page, target, monkeypatch)
    qtbot.waitUntil(target.exists, timeout=60_000)
    assert len(seen) == 1

    text = text_of(target)
    assert "Publieksversie" in text
    assert "Hooft" not in text and "regioadviseur van VGZ" in text  # registered: replaced
    assert "Carin Vonk" not in text and "De projectleider van PxZorg sluit aan" in text
    assert "Yvonne Moonmans" in text  # kept, as chosen
    assert "Kramer" not in text and "de wijkverpleegkundige van VGZ" in text

    store = page.ctx.store
    with store.session() as s:
        kramer = s.scalars(select(Person).where(Person.name == "Kramer")).one()
        vgz = s.scalars(select(Organisation.id).where(Organisation.name == "VGZ")).one()
        assert not kramer.publishable and kramer.function == "wijkverpleegkundige"
        assert kramer.organisation_id == vgz
    stack = page.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Persoon geregistreerd"
    stack.undo()  # one step takes the registration back
    with store.session() as s:
        assert s.scalars(select(Person).where(Person.name == "Kramer")).first() is None


def test_privacy_check_cancelled_saves_nothing(  # type: ignore[no-untyped-def]
        page, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zorgdesk.models import Person

    def cancel(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.register_radio.isChecked)  # type: ignore[attr-defined]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen: list[QDialog] = []
    answer_with(monkeypatch, cancel, seen)
    target = tmp_path / "agenda-publiek.pdf"
    save_as(page, target, monkeypatch)
    assert len(seen) == 1 and not target.exists()
    assert "privacycontrole" in page.status.text()
    with page.ctx.store.session() as s:
        assert s.scalars(select(Person).where(Person.name == "Carin Vonk")).first() is None


def test_internal_version_is_saved_without_a_check(  # type: ignore[no-untyped-def]
        page, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[QDialog] = []
    answer_with(monkeypatch, lambda d: d.reject(), seen)
    page.internal_radio.setChecked(True)
    page.make_button.click()
    qtbot.waitUntil(page.save_button.isEnabled, timeout=60_000)
    target = tmp_path / "agenda.pdf"
    save_as(page, target, monkeypatch)
    assert target.exists() and not seen
    assert "Carin Vonk" in text_of(target)


def test_dialog_fits_a_laptop_and_names_its_widgets(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QTableWidget,
        QWidget,
    )

    from tests.test_fit import cut_short
    from zorgdesk.services.privacy import find_candidates
    from zorgdesk.ui.kit.privacy_check import OrganisationChoice, PrivacyCheckDialog

    found = find_candidates([NOTES + " Overleg met dhr. drs. J.P. van der Velde-'t Hart."])
    dialog = PrivacyCheckDialog(found, {}, [OrganisationChoice("1", "Zorgkantoor VGZ", "VGZ",
                                                               "zorgkantoor")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40
    dialog.resize(980, 560)
    assert cut_short(dialog) == []
    interactive = (QAbstractButton, QLineEdit, QComboBox, QTableWidget)
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, interactive) and widget.isVisibleTo(dialog) \
                and not isinstance(widget.parent(), QTableWidget):  # not the corner button
            assert widget.accessibleName(), type(widget).__name__
    assert "dhr. drs. J.P. van der Velde-'t Hart" in [c.name for c in found]


def test_meeting_documents_menu_checks_the_public_version(  # type: ignore[no-untyped-def]
        page, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Agenda (publiek) opslaan als PDF…" of a meeting goes through the same check."""
    from datetime import date

    from zorgdesk.ui.meetings.meeting_documents import save_document

    def save(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    seen: list[QDialog] = []
    answer_with(monkeypatch, lambda d: d.reject(), seen)
    meeting_id = page.meeting_combo.currentData()
    target = tmp_path / "AST agenda (publiek).pdf"
    kwargs = {"body": "AST", "day": date(2022, 2, 3), "kind": "agenda", "public": True,
              "target": target}
    assert save_document(page.ctx, page, meeting_id, **kwargs) is None  # type: ignore[arg-type]
    assert len(seen) == 1 and not target.exists()  # cancelled: nothing saved

    answer_with(monkeypatch, save, seen)  # the likely names are replaced by default
    assert save_document(page.ctx, page, meeting_id, **kwargs) == target  # type: ignore[arg-type]
    text = text_of(target)
    assert not [n for n in ("Carin", "Moonmans", "Kramer", "Hooft") if n in text], text
    assert "een betrokkene" in text and "regioadviseur van VGZ" in text
