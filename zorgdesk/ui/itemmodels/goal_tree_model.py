"""Themes -> goals as a tree model that holds ids and plain rows, never ORM objects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from zorgdesk.services.goal_tree import GoalRow, GoalTree, ThemeRow
from zorgdesk.ui.lights import light_icon, light_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "theme" or "goal"


class _Node:
    __slots__ = ("children", "id", "kind", "parent", "payload", "row")

    def __init__(self, kind: str, payload: ThemeRow | GoalRow | None, parent: _Node | None) -> None:
        self.kind = kind
        self.payload = payload
        self.parent = parent
        self.children: list[_Node] = []
        self.row = 0
        self.id = payload.id if payload is not None else ""


class GoalTreeModel(QAbstractItemModel):
    COLUMNS = ("code_title", "light", "owner", "target")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", None, None)
        self._by_id: dict[str, _Node] = {}

    def headers(self) -> list[str]:
        tr = QCoreApplication.translate
        return [tr("GoalTreeModel", "Doel"), tr("GoalTreeModel", "Status"),
                tr("GoalTreeModel", "Trekker"), tr("GoalTreeModel", "Streefjaar")]

    def set_tree(self, tree: GoalTree) -> None:
        self.beginResetModel()
        root = _Node("root", None, None)
        by_id: dict[str, _Node] = {}
        loose = _Node("theme", ThemeRow("", None, QCoreApplication.translate(
            "GoalTreeModel", "Zonder thema"), ""), root)
        for theme in tree.themes:
            node = _Node("theme", theme, root)
            root.children.append(node)
            by_id[theme.id] = node
        for goal in tree.goals:
            if goal.parent_id is not None and goal.parent_id in by_id:
                parent = by_id[goal.parent_id]
            elif goal.theme_id is not None and goal.theme_id in by_id:
                parent = by_id[goal.theme_id]
            else:
                parent = loose
            node = _Node("goal", goal, parent)
            parent.children.append(node)
            by_id[goal.id] = node
        if loose.children:
            root.children.append(loose)
        self._number(root)
        self._root, self._by_id = root, by_id
        self.endResetModel()

    def _number(self, node: _Node) -> None:
        for i, child in enumerate(node.children):
            child.row = i
            self._number(child)

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(item_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return node.kind
        payload = node.payload
        if isinstance(payload, ThemeRow):
            if role == Qt.ItemDataRole.DisplayRole and column == "code_title":
                return f"{payload.code}  {payload.name}" if payload.code else payload.name
            if role == Qt.ItemDataRole.FontRole and column == "code_title":
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        if not isinstance(payload, GoalRow):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "code_title":
                return f"{payload.code}  {payload.title}" if payload.code else payload.title
            if column == "light":
                return light_label(payload.light) if payload.light else ""
            if column == "owner":
                return payload.owner or ""
            if column == "target":
                if payload.target_tbd:
                    return QCoreApplication.translate("GoalTreeModel", "nader te bepalen")
                return str(payload.target_year) if payload.target_year else ""
        if role == Qt.ItemDataRole.DecorationRole and column == "light" and payload.light:
            return light_icon(payload.light)
        if role == Qt.ItemDataRole.ToolTipRole and column == "code_title":
            return payload.title
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
