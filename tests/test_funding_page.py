"""Financiering on the Partners page with pytest-qt: add a line, split costs, undo; stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.dialogs import on_dialog
from zorgdesk.services.partners import funding
from zorgdesk.store import open_store
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.partners.cost_split_dialog import CostSplitDialog
from zorgdesk.ui.partners.funding_panel import FundingLineDialog
from zorgdesk.ui.partners.page import PartnersPage


@pytest.fixture
def page(qtbot: QtBot, sample_copy: Callable[[str], Path],
         monkeypatch: pytest.MonkeyPatch) -> Iterator[PartnersPage]:
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("drenthe-werkagenda")))
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.tabs.setCurrentWidget(page.funding)
    qtbot.waitExposed(page)
    yield page
    ctx.set_store(None)




def cents_by_source(page: PartnersPage) -> dict[str, int]:
    return funding.totals(funding.list_funding(page.ctx.store))[1]


def test_totals_and_a_new_line_in_dutch_money(page: PartnersPage) -> None:
    assert page.funding.model.rowCount() == 7
    assert "Totaal: € 176.900,00" in page.funding.totals.text()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FundingLineDialog)
        dialog.source.setCurrentIndex(dialog.source.findText("Gemeente Assen"))
        dialog.amount.setText("€ 8.450,50")  # as pasted from a letter (QTest types no €)
        dialog.year.setValue(2021)
        dialog._check()  # the OK button's slot
    on_dialog(fill)
    button = page.funding.findChild(QPushButton, "addFunding")
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert cents_by_source(page)["Gemeente Assen"] == 845_050
    assert page.funding.model.rowCount() == 8
    page.ctx.undo_stack.undo()
    assert "Gemeente Assen" not in cents_by_source(page)


def test_cost_split_equally_adds_up_and_population_needs_inhabitants(page: PartnersPage) -> None:
    seen: list[str] = []

    def split(dialog: QDialog) -> None:
        assert isinstance(dialog, CostSplitDialog)
        QTest.keyClicks(dialog.total, "115.000")
        QTest.keyClicks(dialog.covered, "40.000 + 10.000")
        seen.append(dialog.message.text())  # by inhabitants: the sample has none
        dialog.equally.setChecked(True)
        seen.append(dialog.message.text())
        dialog.accept()
    on_dialog(split)
    button = page.funding.findChild(QPushButton, "splitCosts")
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Geen inwonertal bekend voor: Gemeente Aa en Hunze" in seen[0]
    assert seen[1] == "€ 65.000,00 verdeeld over 12 organisaties, tot op de euro."
    lines = [r for r in funding.list_funding(page.ctx.store) if r.description == "Kostenverdeling"]
    assert len(lines) == 12 and sum(r.amount_cents for r in lines) == 6_500_000
    assert {r.amount_cents for r in lines} == {541_700, 541_600}
    assert page.ctx.undo_stack.undoText() == "Kosten verdeeld"
    page.ctx.undo_stack.undo()
    assert page.funding.model.rowCount() == 7


def test_changing_a_line_starts_from_its_amount_in_dutch(page: PartnersPage) -> None:
    """The amount field holds the number only ("17.500,00"), so OK keeps the amount."""
    rows = funding.list_funding(page.ctx.store)
    first = page.funding.model.row_at(0)
    seen: list[str] = []

    def keep(dialog: QDialog) -> None:
        assert isinstance(dialog, FundingLineDialog)
        seen.append(dialog.amount.text())
        dialog.description.setText("Bijdrage procesbegeleiding")
        dialog._check()
    on_dialog(keep)
    page.funding.view.selectRow(0)
    page.funding.edit_line()
    assert seen == [f"{first.amount_cents // 100:,}".replace(",", ".")
                    + f",{first.amount_cents % 100:02d}"]
    after = {r.id: r for r in funding.list_funding(page.ctx.store)}
    assert after[first.id].amount_cents == first.amount_cents
    assert after[first.id].description == "Bijdrage procesbegeleiding"
    assert len(after) == len(rows)
