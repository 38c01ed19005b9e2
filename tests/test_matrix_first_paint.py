"""What the partner matrix's first paint may skip without showing anything else: the
headers' measuring of labels it never uses, and a Python loop per role while loading."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from zorgdesk.services.partners import matrix as rm
from zorgdesk.store import open_store
from zorgdesk.ui.kit.context import WorkspaceContext
from zorgdesk.ui.partners.matrix_model import PartnerMatrixModel
from zorgdesk.ui.partners.matrix_panel import PartnerMatrixPanel
from zorgdesk.ui.partners.matrix_view import TITLE_WIDTH


def reference_cells(roles: list[tuple[str, str, str]], row_of: dict[str, int],
                    col_of: dict[str, int]) -> tuple[dict[tuple[int, int], tuple[str, ...]],
                                                     set[int]]:
    """The plain loop load_matrix ran before."""
    cells: dict[tuple[int, int], tuple[str, ...]] = {}
    for goal_id, org_id, role in roles:
        at, col = row_of.get(goal_id), col_of.get(org_id)
        if at is None or col is None:
            continue
        held = cells.get((at, col))
        if held is None:
            cells[(at, col)] = (role,)
        elif role not in held:
            cells[(at, col)] = tuple(r for r in rm.ROLE_ORDER if r in held or r == role)
    return cells, {r for (r, _), held in cells.items() if "trekker" in held}


def test_cells_as_the_plain_loop_made_them() -> None:
    rng = random.Random(21)
    for _ in range(300):
        goals = [f"g{n}" for n in range(rng.randint(0, 12))]
        orgs = [f"o{n}" for n in range(rng.randint(0, 6))]
        row_of = {g: n * 2 + 1 for n, g in enumerate(goals)}
        col_of = {o: n for n, o in enumerate(orgs)}
        pairs = rng.sample([(g, o) for g in goals for o in orgs],
                           k=min(len(goals) * len(orgs), rng.randint(0, 20)))
        roles = [(g, o, rng.choice(rm.ROLE_ORDER)) for g, o in pairs]
        if rng.random() < 0.3 and roles:  # a second role in a cell
            g, o, _ = rng.choice(roles)
            roles.append((g, o, rng.choice(rm.ROLE_ORDER)))
        if rng.random() < 0.2:  # a role of a goal or organisation that is not shown
            roles.append((rng.choice(["weg", *goals]), "weg", "trekker"))
        rng.shuffle(roles)
        mine = rm._cells(roles, row_of, col_of)
        expected = reference_cells(roles, row_of, col_of)
        assert mine == expected
        assert list(mine[0].items()) == list(expected[0].items())  # same order too


@pytest.fixture
def ctx(sample_copy: Callable[[str], Path]) -> Any:
    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("iza-drenthe")))
    yield ctx
    ctx.set_store(None)


def test_first_paint_does_not_measure_header_labels(ctx: WorkspaceContext, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The headers keep their fixed size; painting asks only for the labels it shows."""
    asked: list[int] = []
    answer = PartnerMatrixModel.headerData

    def counting(self: PartnerMatrixModel, section: int, orientation: Any,
                 role: int = 0) -> Any:
        asked.append(section)
        return answer(self, section, orientation, role)

    monkeypatch.setattr(PartnerMatrixModel, "headerData", counting)
    panel = PartnerMatrixPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.grab()
    view = panel.view
    assert view.verticalHeader().width() == TITLE_WIDTH
    assert view.horizontalHeader().height() == view.fontMetrics().lineSpacing() * 3 + 22
    shown = view.rowAt(view.viewport().height() - 1) + 1
    assert 0 < shown < panel.model.rowCount()
    assert max(asked) <= max(shown, view.columnAt(view.viewport().width() - 1) + 1)


def test_a_partial_matrix_holds_the_first_rows_of_the_whole(ctx: WorkspaceContext) -> None:
    whole = rm.load_matrix(ctx.store)
    first = rm.load_matrix(ctx.store, first=20)
    assert whole.complete and not first.complete
    assert first.rows == whole.rows and first.orgs == whole.orgs
    assert first.cells == {k: v for k, v in whole.cells.items() if k[0] < 20}
    assert first.cells and len(first.cells) < len(whole.cells)
    assert first.no_trekker == {r for r in whole.no_trekker if r < 20}
    assert rm.load_matrix(ctx.store, first=len(whole.rows)).complete  # nothing left to read


@pytest.fixture
def early(ctx: WorkspaceContext, qtbot: QtBot,
          monkeypatch: pytest.MonkeyPatch) -> PartnerMatrixPanel:
    """A panel shown, not yet painted: its first read holds the roles of 20 rows."""
    from zorgdesk.ui.partners import matrix_panel

    monkeypatch.setattr(matrix_panel, "FIRST_ROWS", 20)
    panel = PartnerMatrixPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    assert not panel.model.data_source.complete
    return panel


def test_the_rest_arrives_once_painted_and_the_selection_stays(
        early: PartnerMatrixPanel, ctx: WorkspaceContext, qtbot: QtBot) -> None:
    whole = rm.load_matrix(ctx.store)
    assert early.note.text() == ""  # its counts need every role
    early.view.setCurrentIndex(early.model.index(5, 3))
    early.view.verticalScrollBar().setValue(4)
    qtbot.waitUntil(lambda: early.model.data_source.complete)
    assert early.model.data_source.cells == whole.cells
    assert early.model.data_source.no_trekker == whole.no_trekker
    assert early.view.currentIndex().row() == 5 and early.view.currentIndex().column() == 3
    assert early.view.verticalScrollBar().value() == 4
    assert f"{len(whole.cells):,} rollen".replace(",", ".") in early.note.text()
    total = early.model.index(early.model.rowCount() - 1, early.model.columnCount() - 1)
    assert total.data() == str(len(whole.cells)), total.data()


def test_a_filter_before_the_rest_arrives_reads_it_first(
        early: PartnerMatrixPanel, ctx: WorkspaceContext) -> None:
    whole = rm.load_matrix(ctx.store)
    early.without_trekker.setChecked(True)  # filters at once, before any event is handled
    assert early.model.data_source.complete
    shown = {early.model.goal_row(i) for i in range(early.model.rowCount())} - {None}
    assert shown == set(whole.no_trekker) and any(r >= 20 for r in whole.no_trekker)
