"""Doelen: the goal tree with a read-only goal card beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.goal_tree import load_goal_tree
from zorgdesk.ui.context import WorkspaceContext
from zorgdesk.ui.itemmodels.goal_tree_model import ID_ROLE, KIND_ROLE, GoalTreeModel
from zorgdesk.ui.pages.base import Page


class GoalsPage(Page):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = GoalTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit()
        self.search.setObjectName("goalSearch")
        self.search.setPlaceholderText(self.tr("Zoek in doelen (code, titel, trekker)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)

        self.tree = QTreeView()
        self.tree.setObjectName("goalTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 150), (3, 110)):
            header.resizeSection(column, width)
        self.tree.selectionModel().selectionChanged.connect(self._selected)

        self.card = QTextBrowser()
        self.card.setObjectName("goalCard")
        self.card.setOpenExternalLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        self.model.set_tree(load_goal_tree(self.ctx.store))
        self.tree.expandToDepth(1)
        self.card.setHtml(
            f"<p style='color:#6b7580'>{self.tr('Kies een doel om de doelkaart te zien.')}</p>")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        if index.data(KIND_ROLE) != "goal":
            self.card.setHtml(f"<h2>{index.data()}</h2>")
            return
        from zorgdesk.services.goal_card import load_goal_card
        from zorgdesk.ui.goal_card_html import goal_card_html

        card = load_goal_card(self.ctx.store, str(index.data(ID_ROLE)))
        self.card.setHtml(goal_card_html(card, self.tr))
