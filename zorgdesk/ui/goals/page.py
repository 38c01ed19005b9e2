"""Doelen: the goal tree to create, rename, move, renumber and delete goals, with the goal card
(fields, progress, indicators) beside it. Every change is stored at once and can be undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.goals import commands as goal_edit
from zorgdesk.services.goals.filter import GoalFilter, matching_goal_ids
from zorgdesk.services.goals.tree import GoalTree, load_goal_tree
from zorgdesk.ui.goals.goal_editor import GoalEditor
from zorgdesk.ui.goals.indicator_panel import IndicatorPanel
from zorgdesk.ui.goals.status_panel import StatusHistoryPanel
from zorgdesk.ui.goals.tree_model import ID_ROLE, KIND_ROLE, GoalTreeModel
from zorgdesk.ui.kit.context import ChangeKind, WorkspaceContext
from zorgdesk.ui.kit.edits import run_edit
from zorgdesk.ui.kit.goal_filter_bar import GoalFilterBar
from zorgdesk.ui.kit.page import Page, heading

Index = QModelIndex | QPersistentModelIndex


class GoalFilterProxy(QSortFilterProxyModel):
    """Shows the goals of a filter result; themes stay when one of their goals is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)

    def set_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.ids is None:
            return True
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        if index.data(KIND_ROLE) != "goal":
            return False  # shown by recursive filtering when a goal below it is
        return str(index.data(ID_ROLE)) in self.ids


MORE_ACTIONS = ("renumber", "changes")


class GoalsPage(Page):
    # The tree and the goal card: goals with lights, milestones, roles and owners.
    concerns = frozenset({ChangeKind.GOALS, ChangeKind.MILESTONES, ChangeKind.PARTNERS})

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tree_data: GoalTree | None = None
        self.model = GoalTreeModel(self)
        self.model.renameRequested.connect(self.rename_goal)
        self.model.moveRequested.connect(self._dropped)
        self.proxy = GoalFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filters = GoalFilterBar(ctx)
        self.filters.filterChanged.connect(self._filter)

        self.tree = QTreeView()
        self.tree.setObjectName("goalTree")
        self.tree.setAccessibleName(self.tr("Doelenboom"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 140), (3, 84)):
            header.resizeSection(column, width)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.editor = GoalEditor(ctx)
        self.progress = StatusHistoryPanel(ctx)
        self.indicators = IndicatorPanel(ctx)
        self.card = QTabWidget()
        self.card.setObjectName("goalCard")
        self.card.addTab(self.editor, self.tr("Doel"))
        self.card.addTab(self.progress, self.tr("Voortgang"))
        self.card.addTab(self.indicators, self.tr("Indicatoren"))

        self.actions_by_name: dict[str, QAction] = {}
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for name, label, keys, slot in (
                ("new", self.tr("Nieuw doel"), ["Ins"], self.new_sibling),
                ("child", self.tr("Subdoel"), ["Ctrl+Shift+N"], self.new_child),
                ("delete", self.tr("Verwijderen…"), ["Del"], self.delete_selected),
                ("up", self.tr("↑"), ["Alt+Up"], lambda: self.shift(-1)),
                ("down", self.tr("↓"), ["Alt+Down"], lambda: self.shift(1)),
                ("outdent", self.tr("←"), ["Alt+Left"], self.outdent),
                ("indent", self.tr("→"), ["Alt+Right"], self.indent),
                ("renumber", self.tr("Codes hernummeren…"), [], self.renumber),
                ("changes", self.tr("Wat is er veranderd…"), [], self.show_changes)):
            action = QAction(label, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)
            self.actions_by_name[name] = action
            if name in MORE_ACTIONS:
                continue  # in the "Meer" menu: the row fits a 1280 px laptop with a large font
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"goalAction_{name}")
            button.setAccessibleName(action.text().rstrip("…"))
            bar.addWidget(button)
            if name in ("delete", "indent"):
                bar.addSpacing(12)
        more = QToolButton()
        more.setObjectName("goalActionMore")
        more.setText(self.tr("Meer"))
        more.setAccessibleName(self.tr("Meer acties voor doelen"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for name in MORE_ACTIONS:
            menu.addAction(self.actions_by_name[name])
        more.setMenu(menu)
        bar.addWidget(more)
        self.actions_by_name["up"].setToolTip(self.tr("Omhoog (Alt+↑)"))
        self.actions_by_name["down"].setToolTip(self.tr("Omlaag (Alt+↓)"))
        self.actions_by_name["outdent"].setToolTip(self.tr("Een niveau hoger (Alt+←)"))
        self.actions_by_name["indent"].setToolTip(
            self.tr("Onder het doel erboven (Alt+→)"))
        bar.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(heading(self.tr("Doelen")))
        left_layout.addLayout(bar)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 520])
        self.card.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        ctx.workspaceChanged.connect(self._workspace_opened)

    # ----- loading ---------------------------------------------------------------------------
    def _workspace_opened(self) -> None:
        self._first_load = True
        if self.ctx.has_store:
            self.filters.reload()

    _first_load = True

    def focus_search(self) -> bool:
        self.filters.focus_search()
        return True

    def refresh(self) -> None:
        current = self.current_id()
        expanded = self._expanded_ids()
        if not self._first_load:
            self.filters.reload(keep=True)  # a theme, organisation or tag may be new
        self.tree_data = load_goal_tree(self.ctx.store)
        self.model.set_tree(self.tree_data)
        self._apply_filter(self.filters.current())
        if self._first_load:
            self._first_load = False
            self.filters.reload()
            self.tree.expandToDepth(1)
        else:
            for item_id in expanded:
                self.tree.setExpanded(self._proxy_index(item_id), True)
        if current is not None and self.model.index_of(current).isValid():
            self.select(current)
        else:
            self._show(None)

    def _expanded_ids(self) -> list[str]:
        out = []
        for item_id in self.model.ids():
            index = self._proxy_index(item_id)
            if index.isValid() and self.tree.isExpanded(index):
                out.append(item_id)
        return out

    def _proxy_index(self, item_id: str, column: int = 0) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(item_id, column))

    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def current_kind(self) -> str | None:
        index = self.tree.currentIndex()
        return str(index.data(KIND_ROLE)) if index.isValid() else None

    def select(self, item_id: str) -> None:
        index = self._proxy_index(item_id)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        self._show(item_id if self.current_kind() == "goal" else None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KIND_ROLE) == "goal":
            self._show(str(current.data(ID_ROLE)))
        else:
            self._show(None)

    def _show(self, goal_id: str | None) -> None:
        self.editor.set_goal(goal_id)
        self.progress.set_goal(goal_id)
        self.indicators.set_goal(goal_id)
        is_goal = goal_id is not None
        for name in ("delete", "up", "down", "outdent", "indent"):
            self.actions_by_name[name].setEnabled(is_goal)

    def _filter(self, f: GoalFilter) -> None:
        self._apply_filter(f)
        if not f.is_empty:
            self.tree.expandAll()

    def _apply_filter(self, f: GoalFilter) -> None:
        if self.tree_data is not None:
            self.proxy.set_ids(matching_goal_ids(self.ctx.store, self.tree_data, f))

    # ----- edits -----------------------------------------------------------------------------
    def _tree_edit(self, label: str, op: Callable[[], object]) -> object | None:
        store = self.ctx.store
        return run_edit(self.ctx, self, label, lambda: goal_edit.capture_tree(store), op,
                        what=ChangeKind.GOALS)

    def _parent_of_new(self, child: bool) -> tuple[str | None, str | None, str | None]:
        """(parent goal, theme, after goal) for a new goal next to or under the selection."""
        index = self.tree.currentIndex()
        if not index.isValid():
            themes = self.tree_data.themes if self.tree_data else []
            return None, themes[0].id if themes else None, None
        item_id = str(index.data(ID_ROLE))
        if index.data(KIND_ROLE) == "theme":
            return None, item_id or None, None
        if child:
            return item_id, None, None
        row = self.model.goal_row(item_id)
        assert row is not None
        return row.parent_id, row.theme_id, item_id

    def _new(self, child: bool) -> None:
        if not self.ctx.has_store:
            return
        parent_id, theme_id, after = self._parent_of_new(child)
        store = self.ctx.store
        new_id = self._tree_edit(self.tr("Doel toegevoegd"), lambda: goal_edit.create_goal(
            store, title=self.tr("Nieuw doel"), parent_id=parent_id, theme_id=theme_id,
            after_id=after))
        if isinstance(new_id, str):
            self.filters.search.clear()
            self.select(new_id)
            self.tree.edit(self._proxy_index(new_id))

    def new_sibling(self) -> None:
        self._new(child=False)

    def new_child(self) -> None:
        self._new(child=True)

    def rename_goal(self, goal_id: str, title: str) -> None:
        store = self.ctx.store
        run_edit(self.ctx, self, self.tr("Doel hernoemd"),
                 lambda: goal_edit.capture_goal_rows(store, [goal_id]),
                 lambda: goal_edit.update_goal(store, goal_id, title=title), what=ChangeKind.GOALS)

    def delete_selected(self) -> None:
        goal_id = self.current_id()
        if goal_id is None or self.current_kind() != "goal":
            return
        store = self.ctx.store
        counts = goal_edit.delete_summary(store, goal_id)
        row = self.model.goal_row(goal_id)
        label = f"{row.code} {row.title}" if row and row.code else (row.title if row else "")
        parts = [
            (counts["goals"], self.tr("1 subdoel"), self.tr("%1 subdoelen")),
            (counts["milestones"], self.tr("1 mijlpaal"), self.tr("%1 mijlpalen")),
            (counts["updates"], self.tr("1 voortgangsrapportage"),
             self.tr("%1 voortgangsrapportages")),
            (counts["indicators"], self.tr("1 indicator"), self.tr("%1 indicatoren")),
            (counts["roles"], self.tr("1 rol van een partner"), self.tr("%1 rollen van partners")),
            (counts["funding"], self.tr("1 financieringsregel"),
             self.tr("%1 financieringsregels"))]
        along = [one if n == 1 else many.replace("%1", str(n)) for n, one, many in parts if n]
        text = self.tr("Het doel „%1” verwijderen?").replace("%1", label)
        if along:
            text += "\n\n" + self.tr("Dit gaat mee: %1.").replace("%1", ", ".join(along))
        text += "\n\n" + self.tr("Ongedaan maken kan met Ctrl+Z.")
        answer = QMessageBox.question(self, self.tr("Doel verwijderen"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_edit(self.ctx, self, self.tr("Doel verwijderd"),
                 lambda: goal_edit.capture_goal_with_all(store, goal_id),
                 lambda: goal_edit.delete_goal(store, goal_id), what=ChangeKind.GOALS)

    def _move(self, goal_id: str, parent_id: str | None, theme_id: str | None, row: int) -> None:
        store = self.ctx.store
        self._tree_edit(self.tr("Doel verplaatst"), lambda: goal_edit.move_goal(
            store, goal_id, parent_id=parent_id, theme_id=theme_id, row=row))
        self.select(goal_id)

    def _dropped(self, goal_id: str, parent_id: str, theme_id: str, row: int) -> None:
        self._move(goal_id, parent_id or None, theme_id or None, row)

    def shift(self, step: int) -> None:
        goal_id = self.current_id()
        place = self.model.sibling_position(goal_id) if goal_id else None
        if goal_id is None or place is None:
            return
        parent_id, theme_id, row, count = place
        if 0 <= row + step < count:
            self._move(goal_id, parent_id or None, theme_id or None, row + step)

    def indent(self) -> None:
        goal_id = self.current_id()
        place = self.model.sibling_position(goal_id) if goal_id else None
        if goal_id is None or place is None or place[2] == 0:
            return
        above = self.model.index(place[2] - 1, 0, self.model.index_of(goal_id).parent())
        new_parent = str(above.data(ID_ROLE))
        self._move(goal_id, new_parent, None, self.model.rowCount(above))
        self.tree.setExpanded(self._proxy_index(new_parent), True)

    def outdent(self) -> None:
        goal_id = self.current_id()
        row = self.model.goal_row(goal_id) if goal_id else None
        if goal_id is None or row is None or row.parent_id is None:
            return
        parent_place = self.model.sibling_position(row.parent_id)
        if parent_place is None:
            return
        grand_parent, theme_id, parent_row, _count = parent_place
        self._move(goal_id, grand_parent or None, theme_id or None, parent_row + 1)

    def renumber(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        item_id = str(index.data(ID_ROLE))
        is_theme = index.data(KIND_ROLE) == "theme"
        name = str(index.data())
        store = self.ctx.store
        parent_id, theme_id = (None, item_id) if is_theme else (item_id, None)
        if not goal_edit.renumber_children(store, parent_id=parent_id, theme_id=theme_id,
                                           dry_run=True):
            QMessageBox.information(self, self.tr("Codes hernummeren"),
                                    self.tr("De codes onder „%1” lopen al op volgorde.")
                                    .replace("%1", name))
            return
        answer = QMessageBox.question(
            self, self.tr("Codes hernummeren"),
            self.tr("De codes van de doelen direct onder „%1” opnieuw nummeren in de "
                    "volgorde van de boom? Ongedaan maken kan met Ctrl+Z.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._tree_edit(self.tr("Codes hernummerd"), lambda: goal_edit.renumber_children(
            store, parent_id=parent_id, theme_id=theme_id))

    def show_changes(self) -> None:
        from zorgdesk.ui.goals.changes_dialog import ChangesSinceDialog

        ChangesSinceDialog(self.ctx, self).exec()

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for name in ("new", "child", "delete", "up", "down", "outdent", "indent", "renumber"):
            menu.addAction(self.actions_by_name[name])
        menu.addSeparator()
        menu.addAction(self.tr("Exporteren naar Excel…"), self._export_goals)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _export_goals(self) -> None:
        from zorgdesk.ui.kit.export_menu import export_list

        export_list(self.ctx, self, "goals")
