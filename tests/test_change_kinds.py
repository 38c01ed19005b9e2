"""Pages reload only for the kinds of change they show, and never show old data.

A milestone edit leaves the Partners tabs alone; a role edit reloads them. After every kind
of edit, every page shows what a page made afresh on the same workspace shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from zorgdesk.services.goals import commands as goal_edit
from zorgdesk.services.goals.tree import load_goal_tree
from zorgdesk.services.meetings.bodies import list_bodies
from zorgdesk.services.meetings.plan import create_meeting
from zorgdesk.services.partners import funding, matrix
from zorgdesk.services.partners import organisations as directory
from zorgdesk.services.partners.queries import load_organisations
from zorgdesk.services.timeline import commands as milestones
from zorgdesk.services.undo import capture_rows
from zorgdesk.services.workspace.versions import adopt_version
from zorgdesk.store import Store, open_store
from zorgdesk.ui.goals.page import GoalsPage
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.page import Page
from zorgdesk.ui.meetings.page import MeetingsPage
from zorgdesk.ui.partners.coalition_panel import CoalitionPanel
from zorgdesk.ui.partners.directory_panels import OrganisationPanel, PeoplePanel
from zorgdesk.ui.partners.funding_panel import FundingPanel
from zorgdesk.ui.partners.matrix_panel import PartnerMatrixPanel
from zorgdesk.ui.partners.page import PartnersPage
from zorgdesk.ui.partners.theme_matrix_panel import ThemeMatrixPanel
from zorgdesk.ui.reports.page import ReportsPage
from zorgdesk.ui.timeline.page import TimelinePage
from zorgdesk.ui.workspace.overview_page import OverviewPage

PAGES: tuple[Callable[[WorkspaceContext], Page], ...] = (
    OverviewPage, GoalsPage, TimelinePage, PartnerMatrixPanel, OrganisationPanel, PeoplePanel,
    ThemeMatrixPanel, CoalitionPanel, FundingPanel, MeetingsPage, ReportsPage)


@pytest.fixture
def ctx(sample_copy: Callable[[str], Path]) -> Iterator[WorkspaceContext]:
    ctx = WorkspaceContext()
    ctx.set_store(open_store(sample_copy("noord-limburg")))
    yield ctx
    ctx.set_store(None)


def first_goal(store: Store) -> str:
    return load_goal_tree(store).goals[0].id


def first_org(store: Store) -> str:
    return load_organisations(store)[0].id


def edit_milestone(ctx: WorkspaceContext) -> None:
    store, goal_id = ctx.store, first_goal(ctx.store)
    run_edit(ctx, None, "Mijlpaal toegevoegd", lambda: capture_rows(store, "milestone", []),
             lambda: milestones.add_milestone(store, goal_id, "Regiobeeld gereed",
                                              milestones.Period("jaar", 2023)),
             what=ChangeKind.MILESTONES,
             capture_new=lambda new_id: milestones.capture_milestone(store, new_id))


def edit_role(ctx: WorkspaceContext) -> None:
    store = ctx.store
    goal_id, org_id = first_goal(store), first_org(store)
    run_edit(ctx, None, "Rol gezet", lambda: matrix.capture(store, {goal_id}, {org_id}),
             lambda: matrix.set_roles(store, [(goal_id, org_id)], "geïnformeerd"),
             what=ChangeKind.PARTNERS)


def test_a_milestone_edit_leaves_partners_alone_a_role_edit_reloads(
        ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    shown = page.matrix
    assert page.tabs.currentWidget() is shown
    refreshes: list[str] = []
    original = shown.refresh

    def counted() -> None:
        refreshes.append("refresh")
        original()

    monkeypatch.setattr(shown, "refresh", counted)

    edit_milestone(ctx)
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert refreshes == []

    goal_id, org_id = first_goal(ctx.store), first_org(ctx.store)
    edit_role(ctx)
    assert len(refreshes) == 1
    data = shown.model.data_source
    row = next(i for i, r in enumerate(data.rows) if r.id == goal_id)
    column = next(i for i, o in enumerate(data.orgs) if o.id == org_id)
    assert data.cells[(row, column)] == ("geïnformeerd",)
    ctx.undo_stack.undo()
    assert len(refreshes) == 2
    ctx.notify(ChangeKind.SERVER)  # a colleague's change: every page reloads
    assert len(refreshes) == 3


def test_pages_declare_only_known_kinds() -> None:
    for make in (*PAGES, PartnersPage):
        assert isinstance(make, type) and issubclass(make, Page)
        assert make.concerns <= set(ChangeKind), make


def model_text(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    """Every displayed cell and header of `model` (children of tree rows too)."""
    display = Qt.ItemDataRole.DisplayRole
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    out: list[str] = []
    if depth == 0:
        out += [str(model.headerData(c, Qt.Orientation.Horizontal, display))
                for c in range(columns)]
        out += [str(model.headerData(r, Qt.Orientation.Vertical, display))
                for r in range(model.rowCount(parent))]
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            value = model.data(model.index(row, column, parent), display)
            out.append(str(value))
        if depth < 6 and not isinstance(model, QAbstractTableModel | QAbstractListModel):
            out += model_text(model, model.index(row, 0, parent), depth + 1)
    return out


def shown_text(page: QWidget) -> list[str]:
    """What the page shows: its lists, tables, trees, labels and choices."""
    out: list[str] = []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and view.isVisibleTo(page):
            out += [view.objectName(), *model_text(model, QModelIndex())]
    out += [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    for combo in page.findChildren(QComboBox):
        if not combo.isVisibleTo(page):
            continue
        out += [combo.itemText(i) for i in range(combo.count())]
    return out


def change_goals(store: Store) -> None:
    goal_edit.update_goal(store, first_goal(store), title="Samen gezond in Noord-Limburg")


def change_milestones(store: Store) -> None:
    milestones.add_milestone(store, first_goal(store), "Regiobeeld gereed",
                             milestones.Period("jaar", 2023))


def change_partners(store: Store) -> None:
    org = load_organisations(store)[0]
    directory.save_organisation(store, org.id, {
        **directory.get_organisation(store, org.id), "name": "Gemeente Venlo-Noord"})
    matrix.set_roles(store, [(first_goal(store), org.id)], "geïnformeerd")


def change_funding(store: Store) -> None:
    funding.add_line(store, source_id=first_org(store), amount_cents=1_530_000, year=2023,
                     goal_id=first_goal(store), description="Extra regiobudget")


def change_meetings(store: Store) -> None:
    body = list_bodies(store)[0]
    create_meeting(store, body.id, datetime(2022, 12, 20, 14, 0), location="Raadhuis Venray")


def change_versions(store: Store) -> None:
    adopt_version(store, "Werkagenda 2023", "Stuurgroep", date(2023, 1, 10))


def change_for_server(store: Store) -> None:
    change_goals(store)
    change_meetings(store)


def change_workspace(store: Store) -> None:
    change_partners(store)
    change_funding(store)


EDITS: dict[ChangeKind, Callable[[Store], None]] = {
    ChangeKind.GOALS: change_goals, ChangeKind.MILESTONES: change_milestones,
    ChangeKind.PARTNERS: change_partners, ChangeKind.FUNDING: change_funding,
    ChangeKind.MEETINGS: change_meetings, ChangeKind.VERSIONS: change_versions,
    ChangeKind.SERVER: change_for_server, ChangeKind.WORKSPACE: change_workspace,
}


@pytest.mark.parametrize("kind", list(ChangeKind))
def test_every_page_shows_fresh_data_after_each_kind_of_edit(
        kind: ChangeKind, ctx: WorkspaceContext, qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.resize(1366, 768)
    pages = [make(ctx) for make in PAGES]
    for page in pages:
        stack.addWidget(page)
    stack.show()
    for page in pages:  # each page has shown the workspace once
        stack.setCurrentWidget(page)
    stack.setCurrentWidget(pages[0])
    before = {type(page).__name__: shown_text(page) for page in pages}

    EDITS[kind](ctx.store)
    ctx.notify(kind)

    changed = set()
    for page in pages:
        stack.setCurrentWidget(page)
        fresh = type(page)(ctx)
        stack.addWidget(fresh)
        stack.setCurrentWidget(fresh)
        name = type(page).__name__
        assert shown_text(page) == shown_text(fresh), f"{name} shows old data after {kind}"
        if shown_text(page) != before[name]:
            changed.add(name)
    # The edits are visible: each one changes what at least one page shows.
    assert changed, kind
