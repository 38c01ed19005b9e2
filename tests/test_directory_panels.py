"""Organisaties and Personen on the Partners page with pytest-qt: create, edit, merge two
duplicates (roles move along), delete with undo, and what each is involved in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.dialogs import on_dialog
from zorgdesk.services.partners import organisations as directory
from zorgdesk.services.partners.queries import load_organisations
from zorgdesk.store import open_store
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.partners.organisation_dialogs import OrganisationDialog, PersonDialog
from zorgdesk.ui.partners.page import PartnersPage

warnings: list[str] = []


@pytest.fixture
def page(qtbot: QtBot, sample_copy: Callable[[str], Path],
         monkeypatch: pytest.MonkeyPatch) -> Iterator[PartnersPage]:
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text: warnings.append(text)))
    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    ctx.set_store(None)




def click(page: PartnersPage, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def orgs(page: PartnersPage) -> dict[str, int]:
    return {o.name: o.roles for o in load_organisations(page.ctx.store)}


def test_create_edit_merge_and_delete_organisations(page: PartnersPage,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page.tabs.setCurrentWidget(page.organisations)

    def create(dialog: QDialog) -> None:
        assert isinstance(dialog, OrganisationDialog)
        QTest.keyClicks(dialog.name, "Gemeente Venlo (dubbel)")
        dialog.kind.setCurrentIndex(dialog.kind.findData("gemeente"))
        dialog.population.setValue(102_000)
        dialog.accept()
    on_dialog(create)
    click(page, "newOrganisation")
    assert "Gemeente Venlo (dubbel)" in orgs(page)
    assert page.organisations.current() is not None
    assert page.organisations.current().name == "Gemeente Venlo (dubbel)"  # type: ignore[union-attr]

    venlo = "Gemeente Venlo"
    roles_before = orgs(page)[venlo]
    assert roles_before > 0
    page.organisations.select(next(o.id for o in load_organisations(page.ctx.store)
                                   if o.name == venlo))
    page.organisations.show_involvement()
    assert "trekker" in page.organisations.details.toPlainText() or \
        "betrokken" in page.organisations.details.toPlainText()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda *a, **k: ("Gemeente Venlo (dubbel)", True)))
    click(page, "mergeOrganisation")
    merged = orgs(page)
    assert "Gemeente Venlo (dubbel)" not in merged and merged[venlo] == roles_before
    merged_row = next(o for o in load_organisations(page.ctx.store) if o.name == venlo)
    assert merged_row.population == 102_000  # filled in from the duplicate
    assert page.ctx.undo_stack.undoText() == "Organisaties samengevoegd"
    page.ctx.undo_stack.undo()
    assert "Gemeente Venlo (dubbel)" in orgs(page)

    page.organisations.select(next(o.id for o in load_organisations(page.ctx.store)
                                   if o.name == venlo))
    click(page, "deleteOrganisation")
    assert venlo not in orgs(page)
    page.ctx.undo_stack.undo()
    assert orgs(page)[venlo] == roles_before  # its roles came back with it


def test_people_with_a_checked_email_and_publishable_flag(page: PartnersPage) -> None:
    page.tabs.setCurrentWidget(page.people)
    count = page.people.model.rowCount()

    def bad(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        QTest.keyClicks(dialog.name, "Anna de Vries")
        QTest.keyClicks(dialog.email, "anna.devries-at-venlo.nl")
        dialog.accept()
    warnings.clear()
    on_dialog(bad)
    click(page, "newPerson")
    assert warnings == ["'anna.devries-at-venlo.nl' is geen geldig e-mailadres."]
    assert page.people.model.rowCount() == count

    def good(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        QTest.keyClicks(dialog.name, "Anna de Vries")
        QTest.keyClicks(dialog.email, "a.devries@venlo.nl")
        dialog.publishable.setChecked(True)
        dialog.accept()
    on_dialog(good)
    click(page, "newPerson")
    anna = next(p for p in directory.list_people(page.ctx.store) if p.name == "Anna de Vries")
    assert anna.publishable and anna.email == "a.devries@venlo.nl"
    page.people.select(anna.id)
    click(page, "deletePerson")
    assert all(p.name != "Anna de Vries" for p in directory.list_people(page.ctx.store))
    page.ctx.undo_stack.undo()
    assert any(p.name == "Anna de Vries" for p in directory.list_people(page.ctx.store))


def test_directory_models_pass_the_model_tester(qtmodeltester: object,
                                               page: PartnersPage) -> None:
    page.tabs.setCurrentWidget(page.organisations)
    qtmodeltester.check(page.organisations.model)  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(page.people)
    qtmodeltester.check(page.people.model)  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(page.funding)
    qtmodeltester.check(page.funding.model)  # type: ignore[attr-defined]
