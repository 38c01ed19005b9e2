"""The partner matrix panels driven like a user: keys, menu, selections, undo, filters,
collapsed kinds, the per-organisation view, and the IZA theme and coalition tables.

Every edit is checked in what the workspace file stores, read back through a fresh store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from zorgdesk.services.partners import matrix as rm
from zorgdesk.store import Store, open_store
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.partners.coalition_panel import CoalitionPanel
from zorgdesk.ui.partners.matrix_panel import PartnerMatrixPanel
from zorgdesk.ui.partners.theme_matrix_panel import ThemeMatrixPanel


@pytest.fixture
def workspace(sample_copy: Callable[[str], Path]) -> Path:
    return sample_copy("iza-drenthe")


@pytest.fixture
def ctx(workspace: Path) -> Iterator[WorkspaceContext]:
    ctx = WorkspaceContext()
    ctx.set_store(open_store(workspace))
    yield ctx
    ctx.set_store(None)


@pytest.fixture
def panel(ctx: WorkspaceContext, qtbot: QtBot) -> PartnerMatrixPanel:
    panel = PartnerMatrixPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def stored(path: Path) -> dict[tuple[str, str], set[str]]:
    """The organisation roles on goals, read through a store of its own."""
    store: Store = open_store(path)
    try:
        data = rm.load_matrix(store)
        return {(data.rows[r].id, data.orgs[c].id): set(roles)
                for (r, c), roles in data.cells.items()}
    finally:
        store.close()


def cell(panel: PartnerMatrixPanel, goal_id: str, org_id: str) -> QModelIndex:
    model = panel.model
    data = model.data_source
    goal_rows = [model.goal_row(i) for i in range(model.rowCount() - 1)]
    row = next(i for i, r in enumerate(goal_rows) if r is not None and data.rows[r].id == goal_id)
    columns = [model.column(i) for i in range(model.columnCount() - 1)]
    col = next(i for i, c in enumerate(columns)
               if c is not None and org_id in {data.orgs[m].id for m in c.members})
    return model.index(row, col)


def click(panel: PartnerMatrixPanel, index: QModelIndex,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    panel.view.scrollTo(index)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     panel.view.visualRect(index).center())


def goals_and_orgs(panel: PartnerMatrixPanel) -> tuple[list[str], list[str]]:
    data = panel.model.data_source
    return [r.id for r in data.rows if r.is_goal], [o.id for o in data.orgs]


def test_keys_set_roles_in_a_selection_as_one_undo_step(
        panel: PartnerMatrixPanel, workspace: Path, qtbot: QtBot) -> None:
    before = stored(workspace)
    held = next(iter(before))  # a cell that already has a role
    first = cell(panel, *held)
    last = panel.model.index(first.row() + 2, first.column() + 2)
    click(panel, first)
    click(panel, last, Qt.KeyboardModifier.ShiftModifier)
    selected = panel.model.cells_at(panel.view.selectionModel().selectedIndexes())
    assert len(selected) >= 6 and held in selected
    qtbot.keyClick(panel.view, Qt.Key.Key_T)
    after = stored(workspace)
    for pair in selected:
        assert after[pair] == {"trekker"}
    assert {k: v for k, v in after.items() if k not in selected} == \
        {k: v for k, v in before.items() if k not in selected}
    stack = panel.ctx.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == f"Rol gezet: trekker ({len(selected)} cellen)"
    stack.undo()
    assert stored(workspace) == before  # including the cell that had another role
    stack.redo()
    assert stored(workspace) == after
    # Delete clears the same selection, again as one step
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    cleared = stored(workspace)
    assert not [p for p in selected if p in cleared]
    assert stack.undoText() == f"Rol gewist ({len(selected)} cellen)"
    stack.undo()
    assert stored(workspace) == after


def test_context_menu_action_and_backspace(panel: PartnerMatrixPanel, workspace: Path,
                                           qtbot: QtBot) -> None:
    goals, orgs = goals_and_orgs(panel)
    target = (goals[3], orgs[5])
    click(panel, cell(panel, *target))
    panel.role_actions["financier"].trigger()
    assert stored(workspace)[target] == {"financier"}
    assert panel.ctx.undo_stack.undoText() == "Rol gezet: financier"
    qtbot.keyClick(panel.view, Qt.Key.Key_Backspace)
    assert target not in stored(workspace)
    steps = panel.ctx.undo_stack.count()
    panel.role_actions[""].trigger()  # "Geen rol" on an empty cell: nothing to store or undo
    assert target not in stored(workspace)
    assert panel.ctx.undo_stack.count() == steps
    assert "niets gewijzigd" in panel.note.text()


def test_role_keys_outside_goal_cells_store_nothing(panel: PartnerMatrixPanel, workspace: Path,
                                                    qtbot: QtBot) -> None:
    before = stored(workspace)
    theme_row = next(i for i in range(panel.model.rowCount()) if panel.model.goal_row(i) is None)
    click(panel, panel.model.index(theme_row, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_T)
    assert stored(workspace) == before
    assert panel.ctx.undo_stack.count() == 0
    assert "Kies eerst" in panel.note.text()


def test_filters_by_kind_and_coalition(panel: PartnerMatrixPanel) -> None:
    data = panel.model.data_source
    all_columns = panel.model.columnCount()
    assert all_columns == len(data.orgs) + 1  # with the totals column
    for kind, action in panel.kind_actions.items():
        action.setChecked(kind == "gemeente")
    municipalities = sum(1 for o in data.orgs if o.kind == "gemeente")
    assert panel.model.columnCount() == municipalities + 1
    assert panel.kinds_button.text().startswith("Soorten: 1 van")
    panel.coalition.setCurrentIndex(panel.coalition.findData("leidend"))
    leading = sum(1 for o in data.orgs if o.kind == "gemeente" and o.coalition == "leidend")
    assert 0 < leading < municipalities
    assert panel.model.columnCount() == leading + 1
    for action in panel.kind_actions.values():
        action.setChecked(True)
    panel.coalition.setCurrentIndex(0)
    assert panel.model.columnCount() == all_columns
    panel.search.setText("2.1.1")
    labels = [panel.model.headerData(r, Qt.Orientation.Vertical)
              for r in range(panel.model.rowCount() - 1)]
    assert labels[0].startswith("2.1 ") and all("2.1.1" in x for x in labels[1:])


def test_collapsed_kinds_aggregate_and_set_all_members(panel: PartnerMatrixPanel,
                                                       workspace: Path, qtbot: QtBot) -> None:
    data = panel.model.data_source
    members = [o.id for o in data.orgs if o.kind == "gemeente"]
    panel.collapse.setChecked(True)
    model = panel.model
    kinds = [getattr(model.column(c), "kind", None) for c in range(model.columnCount() - 1)]
    col = kinds.index("gemeente")
    assert model.headerData(col, Qt.Orientation.Horizontal).replace("\n", " ") == \
        f"Gemeenten ({len(members)})"
    goal_row = next(r for r in range(model.rowCount() - 1) if model.goal_row(r) is not None)
    goal_id = data.rows[model.goal_row(goal_row) or 0].id
    click(panel, model.index(goal_row, col))
    qtbot.keyClick(panel.view, Qt.Key.Key_B)
    after = stored(workspace)
    assert all(after[(goal_id, m)] == {"betrokken"} for m in members)
    assert panel.ctx.undo_stack.undoText() == f"Rol gezet: betrokken ({len(members)} cellen)"
    # the aggregate cell and the totals read the stored roles
    assert model.index(goal_row, col).data() == f"B {len(members)}"
    total_col = model.columnCount() - 1
    assert model.index(goal_row, total_col).data() == str(
        sum(1 for (g, _o) in after if g == goal_id))
    column_total = sum(1 for (_g, o) in after if o in members)
    assert model.index(model.rowCount() - 1, col).data() == str(column_total)


def test_goals_without_trekker_are_marked_and_filtered(panel: PartnerMatrixPanel,
                                                       workspace: Path, qtbot: QtBot) -> None:
    model = panel.model
    data = model.data_source
    goal_row = next(r for r in range(model.rowCount() - 1) if model.goal_row(r) is not None)
    tip = model.headerData(goal_row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "Geen trekker" in tip
    assert model.headerData(goal_row, Qt.Orientation.Vertical,
                            Qt.ItemDataRole.DecorationRole) is not None
    click(panel, model.index(goal_row, 0))
    goal_id = data.rows[model.goal_row(goal_row) or 0].id
    qtbot.keyClick(panel.view, Qt.Key.Key_T)
    tip = model.headerData(goal_row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "Geen trekker" not in tip
    panel.without_trekker.setChecked(True)
    shown = {model.data_source.rows[model.goal_row(r) or 0].id
             for r in range(model.rowCount() - 1) if model.goal_row(r) is not None}
    assert goal_id not in shown
    assert len(shown) == len(rm.load_matrix(panel.ctx.store).without_trekker())


def test_transposed_view_lists_goals_per_organisation(panel: PartnerMatrixPanel,
                                                      workspace: Path) -> None:
    panel.transposed.setChecked(True)
    assert panel.stack.currentWidget() is panel.tree
    model = panel.transposed_model
    roles = stored(workspace)
    data = panel.model.data_source
    assert model.rowCount() == len(data.orgs)
    for top in range(model.rowCount()):
        org = data.orgs[top]
        expected = {g for (g, o) in roles if o == org.id}
        parent = model.index(top, 0)
        assert model.index(top, 0).data() == org.name
        assert model.rowCount(parent) == len(expected)
    busiest = max(range(model.rowCount()), key=lambda t: model.rowCount(model.index(t, 0)))
    parent = model.index(busiest, 0)
    labels = {r.label: r.id for r in data.rows}
    for child in range(model.rowCount(parent)):
        goal_id = labels[model.index(child, 0, parent).data()]
        role_text = model.index(child, 1, parent).data()
        assert role_text == ", ".join(sorted(roles[(goal_id, data.orgs[busiest].id)],
                                             key=rm.ROLE_ORDER.index))


def test_theme_matrix_panel_shows_the_iza_matrix(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    panel = ThemeMatrixPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    assert model.columnCount() == 6
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == \
        ["Bestuurlijke trekkers", "Schrijfteams", "Facilitator"]
    leefstijl = next(c for c in range(6)
                     if model.headerData(c, Qt.Orientation.Horizontal) == "Leefstijl")
    assert model.names(0, leefstijl)[0] == "Gemeente Emmen"
    assert len(model.names(0, leefstijl)) == 3
    assert model.names(2, leefstijl)[0].startswith("Nick Cramer")


def test_coalition_panel_counts_per_sector(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    panel = CoalitionPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    rows = {model.index(r, 0).data(Qt.ItemDataRole.UserRole)[0]:
            model.index(r, 0).data(Qt.ItemDataRole.UserRole)[1:] for r in range(model.rowCount())}
    assert len(rows) == 14
    assert rows["Gemeenten"] == (4, 8)
    assert rows["Ziekenhuizen"] == (2, 1)
    assert rows["Apothekers"] == (1, 0)
    assert "20 organisaties in de leidende" in panel.summary.text()


def test_panels_reload_after_an_edit_elsewhere(panel: PartnerMatrixPanel,
                                               ctx: WorkspaceContext) -> None:
    goals, orgs = goals_and_orgs(panel)
    rm.set_roles(ctx.store, [(goals[0], orgs[0])], "geïnformeerd")
    ctx.notify(ChangeKind.PARTNERS)
    assert cell(panel, goals[0], orgs[0]).data() == "G"


def test_a_refused_edit_shows_why_and_leaves_no_step(panel: PartnerMatrixPanel, workspace: Path,
                                                     qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import delete

    from zorgdesk.models import Goal

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    goals, orgs = goals_and_orgs(panel)
    index = cell(panel, goals[-1], orgs[0])
    with panel.ctx.store.transaction() as session:  # gone behind the matrix's back
        session.execute(delete(Goal).where(Goal.id == goals[-1]))
    before = stored(workspace)
    click(panel, index)
    qtbot.keyClick(panel.view, Qt.Key.Key_T)
    assert shown and "bestaat niet meer" in shown[0]
    assert panel.ctx.undo_stack.count() == 0
    assert stored(workspace) == before
