"""Themes -> goals as a tree model that holds ids and plain rows, never ORM objects.

The model never writes: a rename in place or a drop asks the page (signals), which runs the
edit as an undoable step and reloads the tree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from zorgdesk.services.goals.tree import GoalRow, GoalTree, ThemeRow
from zorgdesk.ui.kit.lights import light_icon, light_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "theme" or "goal"
MIME = "application/x-zorgdesk-goal"
translate = QCoreApplication.translate  # a name lupdate recognises with its context


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
    # goal id, new title
    renameRequested = Signal(str, str)
    # goal id, new parent goal id ("" for none), theme id ("" for none), row among siblings
    moveRequested = Signal(str, str, str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", None, None)
        self._by_id: dict[str, _Node] = {}

    def headers(self) -> list[str]:
        return [translate("GoalTreeModel", "Doel"), translate("GoalTreeModel", "Status"),
                translate("GoalTreeModel", "Trekker"), translate("GoalTreeModel", "Streefjaar")]

    def set_tree(self, tree: GoalTree) -> None:
        self.beginResetModel()
        root = _Node("root", None, None)
        by_id: dict[str, _Node] = {}
        loose = _Node("theme", ThemeRow("", None, translate(
            "GoalTreeModel", "Overkoepelende doelen"), ""), root)
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
                    return translate("GoalTreeModel", "nader te bepalen")
                return str(payload.target_year) if payload.target_year else ""
        if role == Qt.ItemDataRole.EditRole and column == "code_title":
            return payload.title
        if role == Qt.ItemDataRole.DecorationRole and column == "light" and payload.light:
            return light_icon(payload.light)
        if role == Qt.ItemDataRole.ToolTipRole and column == "code_title":
            under = getattr(payload, "under", None)
            if under:  # shown under its theme; the ambition above it is in another group
                return f"{payload.title}\n" + translate("GoalTreeModel", "Valt onder: %1"
                                                           ).replace("%1", under)
            return payload.title
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    # ----- editing and moving ---------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node = self._node(index)
        if node.kind == "theme":
            return base | Qt.ItemFlag.ItemIsDropEnabled if node.id else base
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self.COLUMNS[index.column()] == "code_title":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if role != Qt.ItemDataRole.EditRole or node.kind != "goal" or index.column() != 0:
            return False
        title = str(value).strip()
        if not title or not isinstance(node.payload, GoalRow) or title == node.payload.title:
            return False
        self.renameRequested.emit(node.id, title)
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        ids = [self._node(i).id for i in indexes if i.isValid() and i.column() == 0
               and self._node(i).kind == "goal"]
        data.setData(MIME, QByteArray(ids[0].encode() if ids else b""))
        return data

    def drop_target(self, row: int, parent: Index) -> tuple[str, str, int] | None:
        """(parent goal id, theme id, row) for a drop at `row` under `parent`, or None."""
        node = self._node(parent)
        if node is self._root or (node.kind == "theme" and not node.id):
            return None
        if row < 0:
            row = len(node.children)
        if node.kind == "theme":
            return "", node.id, row
        payload = node.payload
        theme_id = payload.theme_id if isinstance(payload, GoalRow) else None
        return node.id, theme_id or "", row

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        if not data.hasFormat(MIME) or self.drop_target(row, parent) is None:
            return False
        moved = bytes(data.data(MIME).data()).decode()
        node: _Node | None = self._node(parent)
        while node is not None:  # not onto itself or one of its own sub-goals
            if node.id == moved:
                return False
            node = node.parent
        return True

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.drop_target(row, parent)
        assert target is not None
        moved = bytes(data.data(MIME).data()).decode()
        node = self._by_id.get(moved)
        parent_id, theme_id, at = target
        if node is not None and node.parent is self._node(parent) and node.row < at:
            at -= 1  # the goal leaves its old place above the drop row
        self.moveRequested.emit(moved, parent_id, theme_id, at)
        return False  # the page reloads the tree; Qt must not remove the dragged row itself

    def ids(self) -> list[str]:
        return list(self._by_id)

    def goal_row(self, item_id: str) -> GoalRow | None:
        node = self._by_id.get(item_id)
        return node.payload if node is not None and isinstance(node.payload, GoalRow) else None

    def sibling_position(self, item_id: str) -> tuple[str, str, int, int] | None:
        """(parent goal id, theme id, row, number of siblings) of a goal."""
        node = self._by_id.get(item_id)
        if node is None or node.parent is None or not isinstance(node.payload, GoalRow):
            return None
        parent = node.parent
        parent_id = parent.id if parent.kind == "goal" else ""
        theme_id = node.payload.theme_id or ""
        return parent_id, theme_id, node.row, len(parent.children)
